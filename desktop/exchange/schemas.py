"""JSON Schemas of the package's JSON files (resources/schemas/package/), loaded once per call site.

Two validators read the same schema files. jsonschema-rs (compiled, Draft 2020-12 like the
files) answers "valid or not" quickly: nearly every package is valid, and that is all it must be
told. Only when it says no does jsonschema walk the document to list every error with its path,
and jsonschema's list is the verdict. The fast check calls jsonschema's own format checkers, so
it is never looser; tests/exchange/test_schemas.py holds the two to the same answers.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator

from desktop.exchange import layout
from desktop.paths import resource_path

_SCHEMA_FILES = {
    layout.MANIFEST: "package.schema.json",
    layout.EVALUATION: "evaluation.schema.json",
    layout.RECORDS: "records.schema.json",
}
_FORMATS = ("date", "date-time")  # the formats the schema files use


@cache
def _schema(entry: str) -> dict[str, Any]:
    # Cached: the schema files are read-only resources shipped with the program.
    path = resource_path("schemas", "package", _SCHEMA_FILES[entry])
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _validator(entry: str) -> Draft202012Validator:
    return Draft202012Validator(_schema(entry), format_checker=Draft202012Validator.FORMAT_CHECKER)


def _format_check(name: str) -> Callable[[str], bool]:
    """jsonschema's own check of a format (FormatChecker.checkers, its documented registry),
    called directly: a package holds dozens of dates, and FormatChecker.conforms' wrapping
    cost as much as the checks themselves."""
    known = Draft202012Validator.FORMAT_CHECKER.checkers.get(name)
    if known is None:  # as jsonschema does: a format it cannot check is not checked
        return lambda _value: True
    check, raises = known

    def conforms(value: str) -> bool:
        try:
            return bool(check(value))
        except raises:
            return False

    return conforms


@cache
def _fast_validator(entry: str) -> jsonschema_rs.Draft202012Validator:
    formats = {name: _format_check(name) for name in _FORMATS}
    return jsonschema_rs.Draft202012Validator(_schema(entry), formats=formats, validate_formats=True)


def is_valid(entry: str, document: object) -> bool:
    """The fast answer alone (false may still mean valid: see validate_payload)."""
    try:
        return _fast_validator(entry).is_valid(document)
    except ValueError:  # e.g. a lone surrogate in a string, which Rust strings cannot hold
        return False


def full_errors(entry: str, document: object) -> list[str]:
    """Every schema error as "đường dẫn $.a.b: thông điệp", sorted by path."""
    errors = sorted(_validator(entry).iter_errors(document), key=lambda e: list(e.absolute_path))
    return [f"đường dẫn {e.json_path}: {e.message}" for e in errors]


def validate_payload(entry: str, document: object) -> list[str]:
    """Every schema error as "đường dẫn $.a.b: thông điệp", sorted by path; [] when valid."""
    if is_valid(entry, document):
        return []
    # The fast check is stricter in a few corners (its patterns follow ECMA-262: "$" is the very
    # end, \d is 0-9; NaN is no number), so its "no" is only a reason to ask jsonschema.
    return full_errors(entry, document)
