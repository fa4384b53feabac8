"""Checking a records document before anything is written: JSON Schema first, then values,
references and uniqueness. Every problem is reported with its JSON path and a `Text`.

The result of a clean check is the rows to insert, table by table, with ids: top-level ids are
the record-local ids; nested rows get ids 1, 2, … in document order (the target file is empty).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from sqlalchemy import UniqueConstraint

from desktop.paths import resource_path
from desktop.services.records_spec import (
    SCHEMA_FILE,
    SECTIONS,
    Section,
    field_name,
    from_json,
    primary_key,
    reference_target,
)
from desktop.wording import DEFAULT_LANGUAGE, Text, joined, render, say


@dataclass(frozen=True)
class RecordProblem:
    path: str  # "$.meetings[3].attendance[5].member"
    text: Text | str  # a validator's own words stay a plain (English) string

    @property
    def message(self) -> str:
        """In Vietnamese, for callers that show no other language."""
        return self.render(DEFAULT_LANGUAGE)

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return str(render(self.text, lang))

    def line(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return f"{self.path}: {self.render(lang)}"

    def __str__(self) -> str:
        return self.line(DEFAULT_LANGUAGE)


@cache
def records_schema() -> dict:
    return json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8"))


def json_path(parts) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def schema_problems(data: Any) -> list[RecordProblem]:
    validator = Draft202012Validator(records_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    return [RecordProblem(json_path(e.absolute_path), _worded(e)) for e in errors]


_TYPES = ("string", "integer", "number", "object", "array", "boolean", "null")


def _worded(error) -> Text | str:  # noqa: ANN001 - a jsonschema ValidationError
    v, val = error.validator, error.validator_value
    if v == "required":
        missing = [k for k in val if isinstance(error.instance, dict) and k not in error.instance]
        return say("records.missing_fields", fields=joined(say("records.quoted", name=k) for k in missing))
    if v == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return say("records.unknown_fields", fields=joined(say("records.quoted", name=k) for k in extra))
    if v == "type":
        wanted = val if isinstance(val, list) else [val]
        kinds = joined((say(f"records.type_{w}") if w in _TYPES else w for w in wanted),
                       say("records.or"))
        return say("records.wrong_type", kinds=kinds, value=repr(error.instance))
    if v == "enum":
        return say("records.not_in_enum", value=error.instance, choices=", ".join(str(x) for x in val))
    if v == "const":
        return say("records.not_const", expected=val, value=error.instance)
    if v == "maxLength":
        return say("records.too_long", limit=val)
    if v == "minimum":
        return say("records.negative", value=error.instance)  # the only minimum is 0
    if v == "pattern":
        return say("records.bad_pattern", value=error.instance)
    if v == "anyOf":
        return say("records.object_or_null")
    return error.message


class _Collector:
    def __init__(self) -> None:
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.problems: list[RecordProblem] = []
        self.ids: dict[str, dict[Any, str]] = defaultdict(dict)  # section key -> id -> path
        self.refs: list[tuple[str, Section, Any]] = []  # (path, target, id)
        self.next_id: dict[str, int] = defaultdict(int)


def collect_rows(data: dict) -> tuple[dict[str, list[dict]], list[RecordProblem]]:
    """Values converted, references and unique keys checked (run after the schema check)."""
    c = _Collector()
    for section in SECTIONS:
        value = data.get(section.key)
        entries = ([value] if value is not None else []) if section.single else value or []
        for i, entry in enumerate(entries):
            base = [section.key] if section.single else [section.key, i]
            _entry(c, section, entry, base, parent_id=None)
    for path, target, ref in c.refs:
        if ref not in c.ids[target.key]:
            c.problems.append(RecordProblem(
                path, say("records.no_reference", title=target.title, id=ref, section=target.key)))
    for section in _all(SECTIONS):
        _unique(c, section)
    return dict(c.rows), c.problems


def _all(sections):
    for s in sections:
        yield s
        yield from _all(s.children)


def _entry(c: _Collector, section: Section, entry: dict, base: list, parent_id) -> None:
    row: dict[str, Any] = {}
    for col in section.columns():
        name = field_name(col)
        path = json_path([*base, name])
        try:
            row[col.name] = from_json(col, entry.get(name))
        except ValueError as exc:
            said = exc.args[0] if exc.args and isinstance(exc.args[0], Text) else str(exc)
            c.problems.append(RecordProblem(path, said))
            continue
        target = reference_target(col)
        if target is not None and row[col.name] is not None:
            c.refs.append((path, target, row[col.name]))
    if section.nested:
        c.next_id[section.key] += 1
        row["id"] = c.next_id[section.key]
        row[section.parent_fk] = parent_id
    else:
        pk = primary_key(section)
        key = row.get(pk)
        seen = c.ids[section.key]
        if key in seen:
            c.problems.append(RecordProblem(
                json_path([*base, pk]), say("records.id_repeated", field=pk, value=key, first=seen[key])))
        seen[key] = json_path(base)
    row["__path"] = json_path(base)
    c.rows[section.table.name].append(row)
    for child in section.children:
        for j, sub in enumerate(entry.get(child.key, [])):
            _entry(c, child, sub, [*base, child.key, j], row["id"])


def _unique(c: _Collector, section: Section) -> None:
    """The table's unique constraints, checked on the document so the insert cannot fail."""
    groups = [(col.name,) for col in section.table.columns if col.unique]
    groups += [tuple(col.name for col in con.columns)
               for con in section.table.constraints if isinstance(con, UniqueConstraint)]
    for cols in groups:
        seen: dict[tuple, str] = {}
        for row in c.rows.get(section.table.name, []):
            key = tuple(row.get(col) for col in cols)
            if any(k is None for k in key):
                continue  # SQL lets NULLs repeat
            if key in seen:
                shown = joined(_shown(section, col) for col in cols)
                c.problems.append(RecordProblem(
                    row["__path"], say("records.unique_repeated", fields=shown, first=seen[key])))
            else:
                seen[key] = row["__path"]


def _shown(section: Section, col_name: str) -> Text | str:
    if col_name == section.parent_fk:
        return say("records.parent")
    return field_name(section.table.columns[col_name])
