"""The command line's own refusals and errors (desktop/cli.py, desktop/commands/). Its help and
report lines stay Vietnamese; what it refuses speaks `--lang`."""

MESSAGES = {
    "error": "Error: {text}",
    "usage_error": "Command line error: {message}\nSee “chibo --help”.",
    "stopped": "Stopped on request.",
    "not_a_date": "“{value}” is not a date as YYYY-MM-DD",
    "not_an_integer": "“{value}” is not a whole number",
    "votes_negative": "the number of votes {value} cannot be negative",
    "passphrase_unreadable": "The passphrase file “{path}” cannot be read: {reason}.",
    "key_unreadable": "The key file “{path}” cannot be read: {reason}.",
    "inbox_file_exists": "The file “{path}” already exists; an inbox is only created in a new file.",
    "missing_item": "Missing: {item}",
    "no_key": "The branch has no signing key (create one with: chibo keys init --passphrase-file P).",
    "exported": "Package number {sequence}, {size} bytes, key {fingerprint}",
    "exported_superseding": "{exported}; it replaces package {previous}…",
    "warning": "Warning: {text}",
}
