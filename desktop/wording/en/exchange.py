"""Why a package is refused (the verifier and the inbox), and how a verdict is named."""

MESSAGES = {
    # --- the verdict of one verification (ETSI-style indication) ---
    "passed": "VALID",
    "failed": "INVALID",
    "indeterminate": "INDETERMINATE",
    # --- reading the file ---
    "file_not_found": "There is no such file.",
    "not_a_file": "This is a folder or a device, not a package file.",
    "unreadable_file": "The file cannot be read: {detail}.",
    "internal_error": "Internal error of the program while checking the package ({detail}); the package "
                      "has no verdict. Please send this file to support.",
    # --- the container ---
    "not_zip": "The file is not a package (it is not a zip file).",
    "truncated": "The package file is truncated or damaged (the end of the zip file is missing).",
    "zip_unsupported": "The zip file has an invalid structure or uses an unsupported format ({detail}).",
    "package_too_large": "The package file is too large ({detail}).",
    "too_many_entries": "The package holds too many files ({detail}).",
    "duplicate_name": "The package holds two files named “{detail}”.",
    "duplicate_name_case": "The package holds two files whose names differ only in case: “{detail}”.",
    "unsafe_name": "Unsafe file name in the package: “{detail}”.",
    "reserved_name": "The file name “{detail}” in the package is a device name reserved by Windows "
                     "(CON, PRN, AUX, NUL, COM1–9, LPT1–9).",
    "encrypted_entry": "The file “{detail}” in the package is encrypted; packages never use zip encryption.",
    "mimetype_bad": "The “mimetype” file is missing, not first, compressed or wrong.",
    "missing_entry": "The file “{detail}” is missing from the package.",
    "extra_entry": "The package holds the file “{detail}”, which is not in the signed list (SHA256SUMS).",
    "entry_too_large": "The file “{detail}” inflates beyond the allowed limit (suspected zip bomb).",
    "total_too_large": "The package inflates beyond the allowed total (suspected zip bomb).",
    "entry_corrupted": "The content of “{detail}” in the package was changed (CRC mismatch).",
    "entry_unreadable": "The file “{detail}” in the package cannot be read (damaged compressed data or "
                        "a wrong entry header).",
    "container_altered": "The zip structure was altered (entry headers, order or extra bytes), "
                         "although the files' contents still match.",
    # --- the signature ---
    "bad_signer_key": "The public key file signer.pem is invalid.",
    "bad_signature": "The signature SHA256SUMS.sig does not match: the file list was changed or not "
                     "signed by this key.",
    "sums_malformed": "SHA256SUMS is malformed at line {detail}.",
    "hash_mismatch": "The content of “{detail}” does not match its signed hash (the file was changed).",
    # --- what the entries hold ---
    "entry_type_unknown": "The file “{detail}” is of a kind a package may not hold "
                          "(only package.json, evaluation.json, records.json and PDF reports under reports/).",
    "archive_inside": "The file “{detail}” in the package is in fact an archive (zip, gzip, 7z, rar…); "
                      "a package may not hold archives.",
    "pdf_invalid": "The file “{detail}” is named .pdf but is not a whole PDF file ({reason}).",
    "json_invalid": "The file “{detail}” is not valid JSON.",
    "json_duplicate_key": "The file “{detail}” gives the field “{field}” twice in one object ({path}): "
                          "there is no telling which value is meant.",
    "schema_invalid": "File {detail}",
    "not_integer": "File “{detail}”, {path}: must be a whole number, is {value}.",
    "score_out_of_range": "File “{detail}”, {path}: the score {score} exceeds the maximum {max}.",
    "documents_disagree": "The package's files disagree on the {what}: package.json says “{stated}”, "
                          "{detail} says “{found}”.",
    "manifest_mismatch": "package.json does not match: {detail}.",
    # --- trust ---
    "unknown_key": "The signing key {detail} is not registered with the superior committee.",
    "key_branch_mismatch": "The signing key {detail} is not registered for this branch.",
    "revoked_key": "The signing key {detail} has been revoked.",
    "key_not_valid_at_date": "The signing key {detail} was not valid on the day the package was made.",
    "stale_sequence": "Package number {detail} is not above the package received before: an old or "
                      "resent package.",
    "untrusted": "The signing key was not checked against the registered keys (no --trust).",
    # --- the trust folder of `chibo verify --trust` ---
    "trust_missing": "The file {path} was not found.",
    "trust_unreadable": "The file {path} cannot be read or is not a JSON object.",
    "trust_field_missing": "{where}: the field {field} is missing.",
    "trust_bad_entry": "{where}: must be a JSON object with branch_code and public_key.",
    "trust_key_unreadable": "{where}: the key file cannot be read ({reason}).",
    "trust_bad_key": "{where}: {reason}",
    "trust_bad_date": "{where}: invalid date “{value}” (YYYY-MM-DD expected).",
    "trust_bad_accepted": "{where}: branch_code, year and seq are needed (year and seq whole numbers).",
    # --- what the inbox finds when it works the verdict out again ---
    "recipient_mismatch": "The package is addressed to “{detail}”, not to the committee keeping this "
                          "inbox (“{own}”).",
    "verdict_contradicts": "evaluation.json says the verdict “{detail}” is {stated}, but worked out again "
                           "from the package's own scores it is {found}.",
    "criterion_contradicts": "evaluation.json says criterion {detail} is {stated}, but worked out again "
                             "under the rulebook's rule from its components' scores it is {found}.",
    "component_contradicts": "evaluation.json says component {detail} is {stated} ({score}/{max} points), "
                             "but under the rulebook's threshold it is {found}.",
    "total_contradicts": "evaluation.json gives the {what} of {detail} as {stated}, but its parts add up "
                         "to {found}.",
    "duplicate_component": "evaluation.json holds component {detail} twice.",
    "duplicate_criterion": "evaluation.json holds criterion {detail} twice.",
    "veto_unknown_criterion": "evaluation.json holds the veto {detail} for criterion {number}, which the "
                              "package does not have.",
    "rulebook_contradicts": "The package says it used the rulebook “{detail}” that the committee holds, but "
                            "the {what} differs: the package says {stated}, the rulebook {found}.",
    # --- pieces of the sentences above ---
    "good": "“good”",
    "not_good": "“not good”",
    "reached": "reached",
    "not_reached": "not reached",
    "all_good": "reached (every criterion is good)",
    "short_of": "not reached (criterion {numbers} not good)",
    "criterion": "criterion {number}",
    "component": "component {code}",
    "the_year": "the year",
    "score": "score",
    "maximum": "maximum",
    "year": "year",
    "branch_code": "branch code",
    "branch_name": "branch name",
    "superior": "receiving committee",
    "rulebook_hash": "rulebook hash",
    "pass_rule": "pass rule",
    "threshold": "threshold",
    "criteria_list": "list of components",
    "vetoes_list": "list of vetoes",
    "component_max": "maximum of component {code}",
    "pdf_header": "no %PDF- header",
    "pdf_end": "no %%EOF end marker",
    "pdf_xref": "broken cross-reference table",
    "pdf_catalog": "no document catalog",
    "pdf_archive": "a zip file is attached at its end",
    # --- `chibo verify` lines ---
    "verified_line": "{verdict}  {file}: {branch} ({code}), year {year}, package {seq}; key {fingerprint}",
    "refused_line": "{verdict}  {file}",
    "note_line": "        note: {text}",
    "reason_line": "        - {text}",
    "detail_fingerprint_differs": "the key fingerprint differs from the key that signed the package",
}
