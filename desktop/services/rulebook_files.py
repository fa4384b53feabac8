"""Reading a rulebook file: TOML → JSON-schema check → domain checks, every problem listed with
the file, the key path and what is wrong (a `Text`, rendered by each front end). No database: `chibo rulebook check`
uses this alone.
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

from desktop.domain.rulebook import Rulebook, RulebookInvalid, parse_rulebook
from desktop.paths import resource_path
from desktop.services.errors import UserError
from desktop.services.file_limits import MB, depth_exceeds, read_bounded, size_text
from desktop.wording import DEFAULT_LANGUAGE, Text, say

DEFAULT_RULEBOOK = "chi_bo_4_tot_mau.toml"
# Limits of a rulebook file (issue 14). The shipped rulebooks are ~10 KB and nest 6 levels
# (rulebook → criteria → component → auto → bands → band).
MAX_RULEBOOK_BYTES = MB // 4  # 25× a real rulebook; parsed and checked in about a second here
MAX_RULEBOOK_DEPTH = 16  # well past a real rulebook, far below Python's recursion limit
SHOWN_PROBLEMS = 50  # listed in the message; a file with more is not worth listing in full


@dataclass(frozen=True)
class FileProblem:
    file: str
    path: str  # key path, "" for the whole file
    text: Text | str  # a reader's refusal may still be a plain string

    @property
    def message(self) -> str:
        """In Vietnamese, for callers that show no other language."""
        return self.render(DEFAULT_LANGUAGE)

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.text.render(lang) if isinstance(self.text, Text) else self.text

    def said(self) -> Text:
        """The problem with its file and key path."""
        if self.path:
            return say("rulebook_check.problem_at_key", file=self.file, path=self.path, problem=self.text)
        return say("rulebook_check.problem_in_file", file=self.file, problem=self.text)

    def line(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.said().render(lang)


class RulebookFileError(UserError):
    """A rulebook file with problems; `problems` lists every one of them."""

    def __init__(self, problems: list[FileProblem]):
        self.problems = problems
        super().__init__(say("rulebook_check.invalid", count=len(problems)), field="rulebook")

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        head = say("rulebook_check.invalid", count=len(self.problems)).render(lang)
        lines = [f"  - {p.line(lang)}" for p in self.problems[:SHOWN_PROBLEMS]]
        if len(self.problems) > SHOWN_PROBLEMS:
            lines.append(say("rulebook_check.more_problems",
                             count=len(self.problems) - SHOWN_PROBLEMS).render(lang))
        return "\n".join([head, *lines])

    def __str__(self) -> str:
        return self.render(DEFAULT_LANGUAGE)


@dataclass(frozen=True)
class LoadedRulebook:
    rulebook: Rulebook
    sha256: str  # of the exact bytes of the file
    text: str


def shipped_rulebooks() -> list[Path]:
    return sorted(resource_path("rulebooks").glob("*.toml"))


def default_rulebook_path() -> Path:
    return resource_path("rulebooks", DEFAULT_RULEBOOK)


def load_rulebook_file(path: Path) -> LoadedRulebook:
    path = Path(path)
    try:
        data = read_bounded(path, MAX_RULEBOOK_BYTES)
    except UserError as exc:
        raise RulebookFileError([FileProblem(path.name, "", exc.text)]) from exc
    return read_rulebook_bytes(data, path.name)


def read_rulebook_bytes(data: bytes, name: str) -> LoadedRulebook:
    if len(data) > MAX_RULEBOOK_BYTES:
        raise RulebookFileError([FileProblem(name, "", say(
            "reading.too_large", file=name, size=size_text(len(data)), limit=size_text(MAX_RULEBOOK_BYTES)))])
    sha = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RulebookFileError([FileProblem(name, "", say("rulebook_check.not_utf8", offset=exc.start))]) from exc
    return LoadedRulebook(parse_rulebook_text(text, name), sha, text)


def parse_rulebook_text(text: str, name: str) -> Rulebook:
    return _parse_cached(text, name)


@lru_cache(maxsize=16)
def _parse_cached(text: str, name: str) -> Rulebook:
    # Rulebooks are immutable once stored (keyed by their bytes), so parsing once is enough.
    too_deep = FileProblem(name, "", say("reading.too_deep", file=name, limit=MAX_RULEBOOK_DEPTH,
                                         kind=say("rulebook_check.kind")))
    try:
        raw = tomllib.loads(text.lstrip("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        raise RulebookFileError([FileProblem(name, "", _toml_message(exc))]) from exc
    except RecursionError as exc:  # tomllib recurses once per nested array or inline table
        raise RulebookFileError([too_deep]) from exc
    except ValueError as exc:  # an integer of thousands of digits (Python's int limit)
        raise RulebookFileError([FileProblem(name, "", say("rulebook_check.toml_number_too_long"))]) from exc
    if depth_exceeds(raw, MAX_RULEBOOK_DEPTH):
        raise RulebookFileError([too_deep])
    doc = _jsonable(raw)
    problems = [FileProblem(name, _key_path(e), _schema_message(e)) for e in _validator().iter_errors(doc)]
    try:
        rulebook = parse_rulebook(raw)
    except RulebookInvalid as exc:
        # Where the domain names a fault, its message is the more specific one: keep it alone.
        domain_paths = {p.path for p in exc.problems}
        problems = [p for p in problems if p.path not in domain_paths]
        problems += [FileProblem(name, p.path, p.text) for p in exc.problems]
        rulebook = None
    if problems:
        problems.sort(key=lambda p: p.path)
        raise RulebookFileError(problems)
    assert rulebook is not None
    return rulebook


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    schema = json.loads(resource_path("schemas", "rulebook.schema.json").read_text("utf-8"))
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


_TYPES = {"string": "type_string", "number": "type_number", "integer": "type_integer",
          "boolean": "type_boolean", "object": "type_table", "array": "type_list"}


def _schema_message(e: ValidationError) -> Text:
    v, expected = e.validator, e.validator_value
    if v == "required":
        return say("rulebook_check.required")
    if v == "type":
        kind = say(f"rulebook_check.{_TYPES[expected]}") if expected in _TYPES else expected
        return say("rulebook_check.schema_type", expected=kind, value=repr(e.instance))
    if v == "enum":
        return say("rulebook_check.schema_enum", value=e.instance, choices=", ".join(map(str, expected)))
    if v == "additionalProperties":
        extra = sorted(set(e.instance) - set(e.schema.get("properties", {})))
        keys = (say("rulebook_check.keys_and_more", keys=", ".join(extra[:10]), count=len(extra) - 10)
                if len(extra) > 10 else ", ".join(extra))
        return say("rulebook_check.schema_extra_key", keys=keys)
    if v in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        sign = {"minimum": "≥", "exclusiveMinimum": ">", "maximum": "≤", "exclusiveMaximum": "<"}[v]
        return say("rulebook_check.schema_bound", sign=sign, bound=expected, value=e.instance)
    if v == "minItems":
        return say("rulebook_check.schema_min_items", count=expected)
    if v == "minLength":
        return say("rulebook_check.empty")
    if v == "pattern":
        return say("rulebook_check.schema_pattern", value=e.instance, pattern=expected)
    return say("rulebook_check.schema_other", rule=v)


def _toml_message(exc: tomllib.TOMLDecodeError) -> Text:
    where = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
    detail = str(exc).split(" (at line")[0]
    if detail.endswith(" (at end of document)"):
        detail = say("rulebook_check.at_end", detail=detail.removesuffix(" (at end of document)"))
    if where:
        return say("rulebook_check.toml_syntax_at", line=where.group(1), column=where.group(2), detail=detail)
    return say("rulebook_check.toml_syntax", detail=detail)
