"""A member's profile: characters and dates that cannot be (desktop/domain/members.py)."""

MESSAGES = {
    "hidden_character": "{field} holds a control or invisible character ({code}) at position "
                        "{position}; type this cell again.",
    "name_start": "The full name “{name}” must begin with a letter.",
    "formula_start": "{field} begins with “{first}”: spreadsheet programs run such a cell as a "
                     "formula; remove that character at the start of the cell.",
    "birth_too_early": "The birth date {date} cannot be right (over {age} years old).",
    "admitted_before_party": "The admission date {date} is before the Party was founded ({founded}).",
    "admitted_too_young": "The admission date {date} is before the age of {age} (born {birth}).",
}
