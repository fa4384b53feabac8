"""The annual review: who is reviewed, the forms' headings, ratings step by step, discipline
(desktop/domain/review_*.py, services/reviews*.py, services/discipline.py)."""

MESSAGES = {
    # who is reviewed, and why the others are not
    "scope_reviewed": "Reviewed and rated.",
    "scope_transferred_in": "Transferred in this year: reviewed here, consulting the previous "
                            "branch's remarks.",
    "scope_attached_elsewhere": "Attached elsewhere: reviewed here, with the remarks of the branch "
                                "they meet with.",
    "scope_new_member": "Admitted less than 6 months before the review date: not rated this year.",
    "scope_exempt": "Exempt from party work and meetings: not reviewed or rated.",
    "scope_suspended": "Suspended from party activity: not reviewed or rated.",
    "scope_transferred_out": "Transferred out: the new branch reviews and rates them.",
    "scope_deceased": "Deceased: not reviewed.",
    "scope_expelled": "Expelled: not reviewed.",
    "scope_removed": "Removed from the list of members: not reviewed.",
    "scope_joins_later": "Joined the branch after the review date: reviewed from next year.",
    # the headings of the commitment (QĐ 144-QĐ/TW) and of the self-review (Mẫu 2C)
    "section_loyalty": "Patriotism, respect for the People, absolute loyalty to the Party and the Fatherland",
    "section_courage": "Courage, renewal, creativity, integration",
    "section_integrity": "Diligence, thrift, integrity, uprightness, impartiality",
    "section_unity": "Unity, discipline, compassion, responsibility",
    "section_example": "Setting an example, modesty, self-improvement, lifelong learning",
    "section_ideology": "Political ideology",
    "section_ethics": "Moral qualities and way of life",
    "section_style": "Manner and way of working",
    "section_discipline": "Sense of organisation and discipline",
    "section_results": "Results in the duties and tasks assigned",
    "section_limitations": "Shortcomings, faults and their causes",
    "section_remedies": "Direction and measures to remedy shortcomings and faults",
    "section_self_rating": "Self-assessed quality rating",
    # forms of discipline
    "discipline_khien_trach": "reprimand",
    "discipline_canh_cao": "warning",
    "discipline_cach_chuc": "dismissal from office",
    "discipline_khai_tru": "expulsion",
    "discipline_decision": "{form} by decision no. {number} of {date} by {body}",
    "discipline_short": "Discipline: {form} ({number})",
    # the steps of a rating
    "step_self": "self-rating",
    "step_branch": "the branch's vote",
    "step_committee": "the committee's proposal",
    "step_superior": "the superior committee's decision",
    "step_rating": "{step}: {rating}",
    # refusals
    "no_member": "There is no member with id {member_id}.",
    "not_in_branch": "{name} was not a member of the branch in {year}.",
    "not_reviewed": "{name} is not rated for {year}: {reason}",
    "what_locked": "the reviews and ratings",
    "disciplined_cap": "{name} was disciplined ({discipline}): in {year} they can only be rated KHTNV "
                       "(did not fulfil their tasks), not {rating} at the step “{step}”.",
    "score_range": "{label} must be from 0 to 100 ({value} was entered).",
    "votes_for": "The votes for",
    "votes_against": "The votes against",
    "abstentions": "The abstentions",
    "self_has_no_vote": "The self-rating step has no vote.",
    "votes_negative": "{label} cannot be negative ({value} was entered).",
    "date_outside": "The date {date} is not valid for the {year} review (from 01/01/{year} to 31/12/{next}).",
    "commitment": "The commitment",
    "self_review": "The self-review",
    "unknown_sections": "{form}: sections not on the form: {codes}.",
    "signed_outside": "The commitment's signing date {date} is neither in {year} nor at the end of the year before.",
    "self_score": "The self-assessed score",
    "tasks_exceeded": "The share of tasks exceeded",
    "score": "The score",
    # discipline decisions
    "no_discipline": "There is no discipline decision with id {discipline_id}.",
    "discipline_no_number": "The number of the discipline decision is required.",
    "discipline_no_body": "The body that issued the discipline decision is required.",
    "discipline_bad_form": "Not a form of discipline: {form}.",
    "discipline_in_future": "The decision date {date} is in the future.",
    "rated_above_khtnv": "{name} is already rated above KHTNV for {year} ({ratings}). A member "
                         "disciplined in the year can only be rated KHTNV: correct these ratings "
                         "before recording decision {number}.",
}
