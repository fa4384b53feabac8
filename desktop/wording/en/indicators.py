"""The indicators a rulebook scores, with what each counts (desktop/domain/indicators.py)."""

MESSAGES = {
    "targets_met": "Resolution targets met or exceeded ÷ number of targets",
    "months_with_regular_meeting": "Months with a regular meeting ÷ 12",
    "quarters_with_thematic_session": "Quarters with a thematic session ÷ 4",
    "months_committee_before_branch": "Months the committee met before the branch meeting ÷ 12",
    "attendance_rate_average": "Average attendance rate at regular meetings",
    "regular_meetings_rated_good": "Regular meetings rated Good ÷ number of meetings",
    "regular_meetings_full_duration": "Regular meetings of full length ÷ number of meetings",
    "members_disciplined": "Members disciplined in the year",
    "members_disciplined_prohibited_acts": "Members disciplined for breaking what members must not do",
    "reviewed_with_commitment": "Members with a commitment ÷ members reviewed",
    "reviewed_rated_good_or_better": "Members rated HTTNV or better ÷ members reviewed",
    "reviewed_rated_khtnv": "Members rated KHTNV",
    "admissions_against_target": "Members newly admitted ÷ admission target",
    "members_dues_unpaid_to_removal": "Members who did not pay dues for enough months of the year to "
                                      "be considered for removal (without an accepted reason)",
    "members_paid_dues_every_month": "Members who paid dues for every past month ÷ members owing dues",
    "unit_targets": "targets",
    "unit_months": "months",
    "unit_quarters": "quarters",
    "unit_meetings": "meetings",
    "unit_members": "members",
    "verdict_reached": "«{name}» reached",
    "verdict_one": "«{name}» not reached — criterion {which} is not good",
    "verdict_many": "«{name}» not reached — criteria {which} are not good",
}
