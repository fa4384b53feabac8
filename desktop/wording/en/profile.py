"""Wording of the branch profile (the new-file form and Settings → Branch)."""

MESSAGES = {
    "missing": "Fill in the fields still empty: {fields}.",
    "field_name": "Branch name",
    "field_code": "Branch code",
    "field_superior_committee": "Superior party committee",
    "field_place_name": "Place name on documents",
    "field_path": "Where to save the file",
    "term_order": "The term must end after it starts.",
    "bad_mode": "Unknown mode: {mode}.",
}
