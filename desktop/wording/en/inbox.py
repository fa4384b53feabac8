"""The superior committee's inbox: importing packages, the summary of the year."""

MESSAGES = {
    "summary": "{good}/{total} branches reached “{model}”",
    "summary_missing": "{count} branches have not sent a package",
    "accepted": "ACCEPTED",
    "duplicate": "ALREADY RECEIVED",
    "refused": "REFUSED",
    "outcome_line": "{mark}  {file}",
    "outcome_reasons": "{mark}  {file}: {reasons}",
    "totals": "Total: {accepted} accepted, {refused} refused, of {files} files.",
    "backup": "The data file was backed up before receiving packages: {path}",
    "already_received": "This package was received before.",
    "not_found": "“{path}” was not found.",
    "folder_unwritable": "The inbox folder “{path}” cannot be created: {reason}.",
    "store_failed": "The package cannot be saved in the inbox folder “{path}”: {reason}.",
    "commit_failed": "The data file cannot be written ({reason}); the {recorded} packages received before are "
                     "kept, those of the batch being written are not received.",
    "branch_reached": "  {code:<12} {name:<40} reached “{model}”",
    "branch_not_reached": "  {code:<12} {name:<40} did not reach “{model}”",
    "code_and_name_needed": "Enter both the branch's code and its name.",
    "branch_not_registered": "No branch with the code «{code}» is registered.",
    "key_registered": "The key {fingerprint} is already registered.",
    "key_unknown": "There is no key {fingerprint}.",
    "package_not_found": "The received package was not found.",
}
