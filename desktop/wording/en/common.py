"""Wording shared by every area."""

MESSAGES = {
    "unexpected": "An unexpected error occurred. The details were written to “{log}”.",
    "new_file_path_missing": "Choose where to save the new data file.",
    "new_file_exists": "The file “{path}” already exists. Choose another name: a new file never overwrites an old one.",
}
