"""Admission, probation, badges, transfers and the "due soon" list."""

MESSAGES = {
    # field names used inside sentences
    "field_voted_on": "the branch's vote date",
    "field_decided_on": "the superior committee's decision date",
    "field_birth": "the date of birth",
    "field_proposed": "the date proposed",
    "field_certificate": "the party class certificate date",
    "field_admitted_on": "the admission date",
    "field_moved_on": "the transfer date",
    "field_letter_on": "the introduction letter's date",
    "field_receipt_on": "the receipt date",
    "field_break": "the start of the period out of the party",
    # checks
    "date_in_future": "{name}: {field} {day} is in the future.",
    "recognition_no_admission": "{name}: no date of admission, so official recognition cannot be voted on.",
    "recognition_too_early": "{name}: the branch voted on {day}, before the {months} months of probation "
                             "ended (admitted {admitted}, probation ends {end}).",
    "recognition_late": "{name}: the branch voted on {day}, after the {days} working days allowed once "
                        "probation ended (deadline {deadline}); recorded — report the reason to the superior committee.",
    "votes_negative": "{name}: vote counts cannot be negative.",
    "votes_over_base": "{name}: the votes cast ({cast}) exceed the official members entitled to vote ({ceiling}).",
    "vote_counts_missing": "{name}: a vote date needs the votes for and against.",
    "decision_before_vote": "{name}: the superior committee's decision {decided} is before the branch's vote {voted}.",
    "decision_needs_vote": "{name}: no branch resolution with {words} of the official members in favour, "
                           "so the superior committee's decision cannot be recorded.",
    "candidate_no_name": "The candidate's full name is required.",
    "introducers_two": "{name}: exactly two different introducing members are needed.",
    "introducer_not_official": "{name}: the introducer (id {member_id}) is not an official member of the branch.",
    "vote_needs_class_and_introducers": "{name}: the branch votes only once the party class certificate "
                                        "and two introducing members are recorded.",
    "vote_before_certificate": "{name}: the vote {voted} is before the party class certificate {certificate}.",
    "admission_needs_certificate": "{name}: no party class certificate date, so the candidate cannot be admitted.",
    "admission_before_certificate": "{name}: the admission date {admitted} is before the party class "
                                    "certificate {certificate}.",
    "admission_needs_decision": "{name}: the superior committee's admission decision is not recorded.",
    "admission_before_decision": "{name}: the admission date {admitted} is before the admission decision {decided}.",
    "admission_under_18": "{name}: not yet 18 on the admission date.",
    "certificate_before_proposal": "{name}: the certificate date {certificate} is before the date proposed {proposed}.",
    "badge_no_admission": "{name}: no date of admission, so party age and badge milestones cannot be computed.",
    "break_reversed": "{name}: a period out of the party ends {end} before it starts {start}.",
    "break_before_admission": "{name}: a period out of the party from {start} is before admission {admitted}.",
    "break_overlap": "{name}: two periods out of the party (from {first} and from {second}) overlap.",
    "transfer_no_organisation": "{name}: enter the party organisation transferred to or from.",
    "transfer_no_letter": "{name}: enter the introduction letter's number.",
    "transfer_in_before_letter": "{name}: the date received {moved} is before the introduction letter {letter}.",
    "transfer_out_before_letter": "{name}: the date of leaving {moved} is before the introduction letter {letter}.",
    "receipt_before_letter": "{name}: the receipt date {receipt} is before the introduction letter {letter}.",
    "return_before_leaving": "{name}: the expected return {back} is not after leaving on {moved}.",
}
