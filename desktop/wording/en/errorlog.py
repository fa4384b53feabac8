"""Unexpected errors (desktop/errorlog.py)."""

MESSAGES = {
    "unexpected_unlogged": "An unexpected error occurred ({kind}) and the error log could not be "
                           "written (the user's data folder is not writable).",
}
