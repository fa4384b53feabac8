"""Kiểm tra dữ liệu (Công cụ → Kiểm tra dữ liệu, `chibo check`): what is wrong across the records
(desktop/domain/invariants.py) and what the check and its repair say (services/data_check.py)."""

MESSAGES = {
    "meeting": "Meeting",
    "meeting_regular": "Regular meeting",
    "meeting_thematic": "Thematic session",
    "meeting_combined": "Regular meeting combined with a thematic session",
    "meeting_committee": "Committee meeting",
    "meeting_extraordinary": "Extraordinary meeting",
    "meeting_on": "{meeting} on {date} (id {id})",
    "member": "Member {name} (id {id})",
    "member_problem": "{member}: {problem}",
    "term_dates": "Term {term}: the end date {end} is not after the start date {start}.",
    "meeting_times": "{meeting}: the end time {end} is not after the start time {start}.",
    "documents_late": "{meeting}: the documents were sent on {sent}, after the meeting.",
    "posted_early": "{meeting}: the finished documents were posted on {posted}, before the meeting.",
    "supersede_cycle": "{meeting}: the corrections of the minutes go round in a circle and none is "
                       "current. Check the corrections of this meeting.",
    "attendance_of": "{meeting}, attendance of {name}",
    "attendance_not_member": "{where}: on {date} this person was not a member of the branch (not "
                             "yet joined or already left). Check the dates of joining and leaving in "
                             "the member's record, or the attendance list.",
    "expected": "was expected at meetings",
    "not_expected": "was not expected at meetings (exempt, attached elsewhere, suspended or on "
                    "special duty)",
    "attendance_expected_flag": "{where}: on {date} this person {what}, but the attendance row says "
                                "the opposite, so the attendance rate is wrong.",
    "repair_expected": "Recompute the “expected” column from the member's situation on the meeting day.",
    "number": "No. {code}",
    "number_duplicate": "{number} was issued more than once in the term {term}.",
    "number_outside_term": "{number} was issued on {date}, outside the term {term} ({start}–{end}).",
    "number_shared": "One document number (id {id}) is used by several current minutes: {meetings}.",
    # the check itself (services/data_check.py)
    "repair_reindex": "Rebuild the indexes (REINDEX); the data does not change.",
    "repair_orphan": "Do what deleting the parent row does: delete the orphan row or drop its "
                     "reference to the missing row.",
    "file_missing": "The data file “{path}” was not found.",
    "records_unreadable": "The records could not be read for the check (a file of another version, "
                          "or one changed outside the program).",
    "cannot_repair": "The data file is damaged in its structure and cannot be repaired safely. A copy "
                     "of the damaged file was kept at “{copy}”. Use File → Restore from a backup to "
                     "bring back the latest backup.",
    "nothing_to_repair": "There is nothing that can be repaired automatically and safely.",
    # the command line's report (`chibo check`)
    "cli_ok": "Checked “{path}”: no problem found.",
    "cli_found": "Checked “{path}”: problems found: {count}.",
    "cli_storage": "File",
    "cli_records": "Records",
    "cli_finding": "{n}. [{where}] {problem}",
    "cli_repair": "   Safe repair: {repair}",
    "cli_damaged_copy": "An untouched copy of the damaged file was kept at “{copy}”.",
    "cli_repairable": "Problems that can be repaired safely: {count}; run again with “--repair”.",
}
