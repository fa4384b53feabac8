"""JSON Schemas of the package's JSON files (resources/schemas/package/), loaded once per call site."""

from __future__ import annotations

import json
from functools import cache

from jsonschema import Draft202012Validator

from desktop.exchange import layout
from desktop.paths import resource_path

_SCHEMA_FILES = {
    layout.MANIFEST: "package.schema.json",
    layout.EVALUATION: "evaluation.schema.json",
    layout.RECORDS: "records.schema.json",
}


@cache
def _validator(entry: str) -> Draft202012Validator:
    # Cached: the schema files are read-only resources shipped with the program.
    path = resource_path("schemas", "package", _SCHEMA_FILES[entry])
    schema = json.loads(path.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def validate_payload(entry: str, document: object) -> list[str]:
    """Every schema error as "đường dẫn $.a.b: thông điệp", sorted by path."""
    errors = sorted(_validator(entry).iter_errors(document), key=lambda e: list(e.absolute_path))
    return [f"đường dẫn {e.json_path}: {e.message}" for e in errors]
