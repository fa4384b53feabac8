"""Reading a dues schedule file: TOML → JSON Schema → domain checks, every problem listed with the
file, the key path and what is wrong. No database: `chibo dues schedule check` uses this alone.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from desktop.domain.dues_schedule import Schedule, ScheduleInvalid, parse_schedule
from desktop.paths import resource_path
from desktop.services.errors import UserError
from desktop.wording import DEFAULT_LANGUAGE, Text, say

MAX_FILE_BYTES = 256 * 1024  # a schedule is a page of text; anything larger is not one


@dataclass(frozen=True)
class FileProblem:
    file: str
    path: str  # key path, "" for the whole file
    text: Text

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        if self.path:
            return say("dues.problem_at_key", file=self.file, path=self.path, problem=self.text).render(lang)
        return say("dues.problem_in_file", file=self.file, problem=self.text).render(lang)


class ScheduleFileError(UserError):
    """A schedule file with problems; `problems` lists every one of them."""

    def __init__(self, problems: list[FileProblem]):
        self.problems = problems
        super().__init__(say("dues.schedule_invalid", count=len(problems)), field="schedule")

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        head = say("dues.schedule_invalid", count=len(self.problems)).render(lang)
        return "\n".join([head] + [f"  - {p.render(lang)}" for p in self.problems])

    def __str__(self) -> str:
        return self.render(DEFAULT_LANGUAGE)


@dataclass(frozen=True)
class LoadedSchedule:
    schedule: Schedule
    sha256: str  # of the exact bytes of the file
    text: str


def shipped_schedules() -> list[Path]:
    return sorted(resource_path("dues").glob("*.toml"))


def load_schedule_file(path: Path) -> LoadedSchedule:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ScheduleFileError([FileProblem(path.name, "", say("dues.file_too_large", size=size))])
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ScheduleFileError([FileProblem(path.name, "", say("dues.file_unreadable", reason=reason))]) from exc
    return read_schedule_bytes(data, path.name)


def read_schedule_bytes(data: bytes, name: str) -> LoadedSchedule:
    sha = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ScheduleFileError([FileProblem(name, "", say("dues.file_not_utf8", offset=exc.start))]) from exc
    return LoadedSchedule(parse_schedule_text(text, name), sha, text)


def parse_schedule_text(text: str, name: str) -> Schedule:
    return _parse_cached(text, name)


@lru_cache(maxsize=16)
def _parse_cached(text: str, name: str) -> Schedule:
    # Schedules are immutable once stored (keyed by their bytes): parsing once is enough.
    try:
        raw = tomllib.loads(text.lstrip("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        raise ScheduleFileError([FileProblem(name, "", _toml_problem(exc))]) from exc
    except RecursionError as exc:
        raise ScheduleFileError([FileProblem(name, "", say("dues.toml_too_deep"))]) from exc
    doc = _jsonable(raw)
    problems = [FileProblem(name, _key_path(e), _schema_problem(e)) for e in _validator().iter_errors(doc)]
    try:
        schedule = parse_schedule(raw)
    except ScheduleInvalid as exc:
        # Where the domain names a fault, its sentence is the more specific one: keep it alone.
        domain_paths = {p.path for p in exc.problems}
        problems = [p for p in problems if p.path not in domain_paths]
        problems += [FileProblem(name, p.path, p.text) for p in exc.problems]
        schedule = None
    if problems:
        problems.sort(key=lambda p: p.path)
        raise ScheduleFileError(problems)
    assert schedule is not None
    return schedule


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    schema = json.loads(resource_path("schemas", "dues_schedule.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _key_path(error: ValidationError) -> str:
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    if error.validator == "required":
        missing = re.search(r"'([^']+)' is a required property", error.message)
        if missing:
            out = f"{out}.{missing.group(1)}" if out else missing.group(1)
    return out


_TYPE_WORDS = {"string": "dues.type_string", "number": "dues.type_number",
               "integer": "dues.type_integer", "boolean": "dues.type_boolean",
               "object": "dues.type_table", "array": "dues.type_list"}


def _schema_problem(e: ValidationError) -> Text:
    v, expected = e.validator, e.validator_value
    if v == "required":
        return say("dues.sched_required")
    if v == "type":
        kinds = expected if isinstance(expected, list) else [expected]
        word = say(_TYPE_WORDS.get(kinds[0], "dues.type_value"))
        return say("dues.schema_type", expected=word, value=repr(e.instance))
    if v in ("enum", "const"):
        choices = expected if isinstance(expected, list) else [expected]
        return say("dues.schema_enum", value=str(e.instance), choices=", ".join(map(str, choices)))
    if v == "additionalProperties":
        extra = ", ".join(sorted(set(e.instance) - set(e.schema.get("properties", {}))))
        return say("dues.schema_extra_key", keys=extra)
    if v in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        sign = {"minimum": "≥", "exclusiveMinimum": ">", "maximum": "≤", "exclusiveMaximum": "<"}[v]
        return say("dues.schema_bound", sign=sign, bound=expected, value=e.instance)
    if v == "minItems":
        return say("dues.sched_no_categories") if e.absolute_path and e.absolute_path[-1] == "categories" \
            else say("dues.schema_min_items", count=expected)
    if v == "minLength":
        return say("dues.sched_empty")
    if v == "pattern":
        return say("dues.schema_pattern", value=str(e.instance))
    if v == "oneOf":
        return say("dues.sched_not_number_or_tbs", value=repr(e.instance))
    return say("dues.schema_other", rule=str(v))


def _toml_problem(exc: tomllib.TOMLDecodeError) -> Text:
    where = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
    detail = str(exc).split(" (at line")[0]
    if where:
        return say("dues.toml_syntax_at", line=where.group(1), column=where.group(2), detail=detail)
    return say("dues.toml_syntax", detail=detail)
