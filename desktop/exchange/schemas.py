r"""JSON Schemas of the package's JSON files (resources/schemas/package/), loaded once per call site.

Two validators read the same schema files. jsonschema-rs (compiled, Draft 2020-12 like the
files; speed.py says what it buys) answers "valid or not" quickly: nearly every package is
valid, and that is all it must be told. Only when it says no does jsonschema walk the document
to list every error with its path, and jsonschema's list is the verdict.

Both read "pattern" and "format" the same way, so neither lets through what the other refuses:
- a pattern is an ECMA-262 one, as the files' dialect says: "$" is the very end of the text (in
  Python's `re` it also matches before a final newline, so "…Z\n" passed a date-time pattern)
  and \d is 0-9 only. jsonschema's "pattern" is given that meaning (`_ecma_pattern`).
- "date" and "date-time" are checked by desktop.exchange.dates, the same strict functions the
  code reads those dates with.
tests/exchange/test_schemas.py holds the two to the same answers.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators

from desktop.exchange import dates, layout
from desktop.exchange.speed import fast_validator
from desktop.paths import resource_path

_SCHEMA_FILES = {
    layout.MANIFEST: "package.schema.json",
    layout.EVALUATION: "evaluation.schema.json",
    layout.RECORDS: "records.schema.json",
}
_FORMATS = {"date": dates.is_date, "date-time": dates.is_datetime}


@cache
def _schema(entry: str) -> dict[str, Any]:
    # Cached: the schema files are read-only resources shipped with the program.
    path = resource_path("schemas", "package", _SCHEMA_FILES[entry])
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _python_pattern(pattern: str) -> re.Pattern[str]:
    r"""An ECMA-262 pattern for Python's `re`: every "$" outside a class and not escaped becomes
    "\Z" (the very end), and \d, \w, \s are ASCII. The schema files are ours: the
    patterns they use need no more than this."""
    out, escaped, in_class = [], False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "$" and not in_class:
            char = r"\Z"
        out.append(char)
    return re.compile("".join(out), re.ASCII)


def _ecma_pattern(validator, pattern: str, instance: object, schema: dict):  # noqa: ANN001, ANN202
    if validator.is_type(instance, "string") and not _python_pattern(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


_StrictValidator = validators.extend(Draft202012Validator, {"pattern": _ecma_pattern})


def _format_checker() -> FormatChecker:
    checker = FormatChecker(())
    for name, conforms in _FORMATS.items():
        checker.checks(name)(conforms)
    return checker


@cache
def _validator(entry: str) -> Draft202012Validator:
    return _StrictValidator(_schema(entry), format_checker=_format_checker())


@cache
def _fast_validator(entry: str):  # noqa: ANN202 - document -> bool
    return fast_validator(_schema(entry), _FORMATS)


def is_valid(entry: str, document: object) -> bool:
    """The fast answer alone (false may still mean valid: see validate_payload)."""
    return _fast_validator(entry)(document)


def full_errors(entry: str, document: object) -> list[str]:
    """Every schema error as "$.a.b: message" (the validator's own words), sorted by path."""
    errors = sorted(_validator(entry).iter_errors(document), key=lambda e: list(e.absolute_path))
    return [f"{e.json_path}: {e.message}" for e in errors]


def validate_payload(entry: str, document: object) -> list[str]:
    """Every schema error as "$.a.b: message", sorted by path; [] when valid."""
    if is_valid(entry, document):
        return []
    # The fast check may still be stricter in a corner (NaN is no number to it; the verifier's
    # reader never yields one), so its "no" is only a reason to ask jsonschema.
    return full_errors(entry, document)
