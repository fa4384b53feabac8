"""Rulebook files: bounds of their numbers and lists (desktop/domain/rulebook*.py)."""

MESSAGES = {
    "not_finite": "must be a finite number from {low} to {high}, not “{value}”",
    "out_of_range": "must be from {low} to {high}, is {value}",
    "too_many": "at most {limit} entries, has {count}",
    "text_too_long": "longer than {limit} characters ({length})",
    "total_too_large": "the total of {total} points exceeds the limit of {limit} points",
}
