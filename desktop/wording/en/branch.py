"""The branch profile, its signing key, and what printing needs first (desktop/services/branch.py,
keys.py, documents*.py, reviews_report.py)."""

MESSAGES = {
    "name_empty": "The branch's name is required.",
    "code_empty": "The branch's code is required.",
    "superior_committee_empty": "The superior committee is required.",
    "place_name_empty": "The place name written on documents is required.",
    "term_reversed": "The term's end date must be after its start date.",
    "bad_mode": "Not a valid mode: {mode}",
    "profile_missing_documents": "There is no branch profile yet: enter the branch's name, the "
                                 "superior committee and the place name in Settings before printing documents.",
    "profile_missing_report": "There is no branch profile yet: enter the branch's name, the superior "
                              "committee and the place name in Settings before printing the report.",
    "bad_year": "Not a valid year: {year} (it must be from {first} to {last}).",
    "no_meeting": "There is no meeting with id {meeting_id} (list them with “chibo meetings list”).",
    "no_member": "There is no member with id {member_id}.",
    # the signing key
    "no_key_create": "The branch has no signing key. Create one first (chibo keys init).",
    "no_key_backup": "The branch has no signing key to back up.",
    "no_key": "The branch has no signing key.",
    "key_form_needs": "The branch profile and a signing key are needed before printing the key registration form.",
}
