"""Checking a records document before anything is written: JSON Schema first, then values,
references and uniqueness. Every problem is reported with its JSON path, in Vietnamese.

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


@dataclass(frozen=True)
class RecordProblem:
    path: str  # "$.meetings[3].attendance[5].member"
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


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
    return [RecordProblem(json_path(e.absolute_path), _vietnamese(e)) for e in errors]


def _vietnamese(error) -> str:
    v, val = error.validator, error.validator_value
    if v == "required":
        missing = [k for k in val if isinstance(error.instance, dict) and k not in error.instance]
        return f"thiếu trường {', '.join(f'«{k}»' for k in missing)}"
    if v == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return f"trường không có trong định dạng: {', '.join(f'«{k}»' for k in extra)}"
    if v == "type":
        words = {"string": "chuỗi", "integer": "số nguyên", "number": "số", "object": "đối tượng",
                 "array": "danh sách", "boolean": "đúng/sai", "null": "null"}
        wanted = val if isinstance(val, list) else [val]
        return f"phải là {' hoặc '.join(words.get(w, w) for w in wanted)}, không phải «{error.instance!r}»"
    if v == "enum":
        return f"giá trị «{error.instance}» không thuộc: {', '.join(str(x) for x in val)}"
    if v == "const":
        return f"phải là «{val}», không phải «{error.instance}»"
    if v == "maxLength":
        return f"dài quá {val} ký tự"
    if v == "pattern":
        return f"«{error.instance}» không đúng dạng"
    if v == "anyOf":
        return "phải là một đối tượng hoặc null"
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
                path, f"không có {target.title} nào có id {ref} trong $.{target.key}"))
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
            c.problems.append(RecordProblem(path, str(exc)))
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
                json_path([*base, pk]), f"{pk} {key} trùng với {seen[key]}"))
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
                shown = ", ".join(_shown(section, col) for col in cols)
                c.problems.append(RecordProblem(
                    row["__path"], f"trùng ({shown}) với {seen[key]}"))
            else:
                seen[key] = row["__path"]


def _shown(section: Section, col_name: str) -> str:
    if col_name == section.parent_fk:
        return "mục cha"
    return field_name(section.table.columns[col_name])
