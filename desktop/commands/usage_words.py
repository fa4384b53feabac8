"""argparse's own sentences ("the following arguments are required: …") said in the user's
language: argparse writes them in English, and a usage error is the first thing a secretary
who mistypes a command reads. Recognised by their English form (Python 3.11–3.13); anything
not recognised is passed on as it is."""

from __future__ import annotations

import re

from desktop.wording import Text, say

_VALUE = r"['\"]?(?P<value>.*?)['\"]?"
_SENTENCES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.S), key) for pattern, key in (
        (r"argument (?P<name>[^:]+): (?P<message>.*)", "usage_argument"),
        (r"the following arguments are required: (?P<names>.*)", "usage_required"),
        (r"one of the arguments (?P<names>.*) is required", "usage_one_of"),
        (r"unrecognized arguments: (?P<names>.*)", "usage_unrecognized"),
        (rf"invalid choice: {_VALUE} \(choose from (?P<choices>.*)\)", "usage_invalid_choice"),
        (r"expected one argument", "usage_expected_one"),
        (r"expected at most one argument", "usage_expected_at_most_one"),
        (r"expected at least one argument", "usage_expected_at_least_one"),
        (r"expected (?P<count>\d+) arguments?", "usage_expected_count"),
        (r"not allowed with argument (?P<other>.*)", "usage_not_allowed_with"),
        (rf"ignored explicit argument {_VALUE}", "usage_ignored_value"),
        (rf"invalid \S+ value: {_VALUE}", "usage_invalid_value"),
        (r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)", "usage_ambiguous"),
    ))


def usage_words(message: str) -> Text | str:
    """`message` as a Text of the `cli` area when argparse wrote it, else unchanged."""
    for pattern, key in _SENTENCES:
        found = pattern.fullmatch(message)
        if found is not None:
            values = found.groupdict()
            if "message" in values:  # "argument --on: <argparse's or the type's reason>"
                values["message"] = usage_words(values["message"])
            return say(f"cli.{key}", **values)
    return message
