"""The demo branch: what refuses to build it (desktop/services/demo/). The demo's own records are
sample content and stay Vietnamese."""

MESSAGES = {
    "bad_year": "The demo year {year} is not valid: choose a year from {first} to {last}.",
    "file_not_empty": "The file “{path}” already holds the records of “{branch}”: the demo branch is "
                      "only created in an empty file. Choose a new file.",
}
