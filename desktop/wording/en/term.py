"""The branch's term of office in the branch profile."""

MESSAGES = {
    "dates_missing": "Fill in the start and end dates of the branch's term of office.",
}
