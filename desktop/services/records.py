"""Export and import a branch's whole record as JSON (the open records format, issue 3 item 7).

`export_records(db)` gives a dict that `json.dumps(..., sort_keys=True)` writes the same way every
time; `import_records(db, data)` checks everything first (schema, values, references, unique
keys), reports every problem with its JSON path, and writes only into an empty file, in one
transaction. Format: `resources/schemas/records.schema.json`, built from `records_spec`.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from desktop.clock import Clock
from desktop.domain.documents_rule import posted_problem
from desktop.domain.meeting_times import times_problem
from desktop.domain.members import check_profile
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import UserError
from desktop.services.file_limits import MB, depth_exceeds, read_bounded
from desktop.services.output_file import write_output
from desktop.services.records_checks import RecordProblem, collect_rows, schema_problems
from desktop.services.records_spec import (
    FORMAT,
    SECTIONS,
    VERSION,
    Section,
    all_sections,
    field_name,
    primary_key,
    to_json,
)
from desktop.services.records_lifecycle import break_problems
from desktop.services.records_tasks import task_problems
from desktop.services.rulebook_files import RulebookFileError, parse_rulebook_text
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Meeting, Member
from desktop.store.models import Rulebook as RulebookRow
from desktop.wording import DEFAULT_LANGUAGE, Text, say

SHOWN_PROBLEMS = 20  # in the one-line error; the full list is on the exception
# Limits of a records file (issue 14). The largest branch planned for (1,000 members × 20 years,
# ~560,000 attendance rows of ~90 bytes) exports to ~60 MB, and the format nests 6 levels deep.
MAX_RECORDS_BYTES = 128 * MB  # 2× that branch; JSON needs ~8× its size in memory while parsed
MAX_RECORDS_DEPTH = 32  # 5× the format's depth, far below Python's recursion limit (1,000)
MAX_INT_DIGITS = 19  # ids and counts are SQLite integers (< 2⁶³, 19 digits)


class RecordsInvalid(UserError):
    def __init__(self, source: str, problems: list[RecordProblem]):
        self.problems = tuple(problems)
        self.source = source
        super().__init__(say("records.invalid", source=source, count=len(problems), problems=""))

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        shown = "; ".join(p.line(lang) for p in self.problems[:SHOWN_PROBLEMS])
        if len(self.problems) > SHOWN_PROBLEMS:
            shown += say("records.more_problems", count=len(self.problems) - SHOWN_PROBLEMS).render(lang)
        return say("records.invalid", source=self.source, count=len(self.problems), problems=shown).render(lang)

    def __str__(self) -> str:
        return self.render(DEFAULT_LANGUAGE)


@dataclass(frozen=True)
class RecordsSummary:
    counts: dict[str, int]  # section key -> entries (top level)


# --- export ---------------------------------------------------------------------------------
def export_records(db: Database) -> dict:
    with unit_of_work(db) as s:
        data: dict[str, Any] = {"format": FORMAT, "version": VERSION}
        for section in SECTIONS:
            rows = s.execute(select(section.table).order_by(
                section.table.c[primary_key(section)])).mappings().all()
            cache: dict = {}  # nested rows fetched once per table, not once per parent
            entries = [_entry(s, section, row, cache) for row in rows]
            if section.single:
                data[section.key] = entries[0] if entries else None
            else:
                data[section.key] = entries
        return data


def _entry(s: Session, section: Section, row, cache: dict) -> dict:
    entry = {field_name(c): to_json(c, row[c.name]) for c in section.columns()}
    for child in section.children:
        if child.key not in cache:
            cache[child.key] = _children_by_parent(s, child)
        entry[child.key] = [_entry(s, child, r, cache)
                            for r in cache[child.key].get(row["id"], [])]
    return entry


def _children_by_parent(s: Session, child: Section) -> dict[int, list]:
    """All rows of a nested table at once (no query per parent), in insertion (id) order."""
    grouped: dict[int, list] = defaultdict(list)
    for row in s.execute(select(child.table).order_by(child.table.c.id)).mappings():
        grouped[row[child.parent_fk]].append(row)
    return grouped


# --- import ---------------------------------------------------------------------------------
def check_records(data: Any, today: date) -> tuple[dict[str, list[dict]], list[RecordProblem]]:
    """Rows to insert and every problem; `today` bounds the members' dates."""
    problems = schema_problems(data)
    if problems:
        return {}, problems
    rows, problems = collect_rows(data)
    return rows, problems + content_problems(rows, today)


def content_problems(rows: dict[str, list[dict]], today: date) -> list[RecordProblem]:
    """What the schema cannot say: members under the rules a typed or imported member meets
    (names, impossible dates), and rulebooks under the rulebook checks (finite, bounded numbers),
    so that a records file cannot bring in what the dialogs and importers refuse."""
    found = []
    for row in rows.get(Member.__tablename__, []):
        for p in check_profile(row.get("full_name") or "", row.get("birth_date"), row.get("admitted_on"),
                               row.get("official_on"), row.get("card_number") or "", row.get("phone") or "",
                               today, row.get("notes") or ""):
            found.append(RecordProblem(f"{row['__path']}.{p.field}", p.text))
    for row in rows.get(RulebookRow.__tablename__, []):
        try:
            parse_rulebook_text(row.get("content") or "", f"{row.get('name')} {row.get('version')}")
        except RulebookFileError as exc:
            found += [RecordProblem(f"{row['__path']}.content",
                                    say("records.rulebook_invalid", problem=p.said()))
                      for p in exc.problems]
    for row in rows.get(Meeting.__tablename__, []):  # as the meetings service refuses it
        held = row.get("held_on")
        problem = held and posted_problem(held, row.get("documents_posted_on"), today)
        if problem:
            found.append(RecordProblem(f"{row['__path']}.documents_posted_on", problem))
        problem = times_problem(row.get("start_time"), row.get("end_time"))
        if problem:
            found.append(RecordProblem(f"{row['__path']}.end_time", problem))
    return found + task_problems(rows) + break_problems(rows, today)


def import_records(db: Database, data: Any, source: str = "", *, today: date) -> RecordsSummary:
    rows, problems = check_records(data, today)
    if problems:
        raise RecordsInvalid(source or "JSON", problems)
    with unit_of_work(db) as s:
        _ensure_empty(s, db)
        for section in all_sections():
            table_rows = [{k: v for k, v in r.items() if k != "__path"}
                          for r in rows.get(section.table.name, [])]
            if not table_rows:
                continue
            # References to the same table (a correction's superseded_by…) are set afterwards.
            self_refs = [c.name for c in section.table.columns
                         if any(fk.column.table is section.table for fk in c.foreign_keys)]
            first = [{**r, **dict.fromkeys(self_refs)} for r in table_rows]
            s.execute(insert(section.table), first)
            pk = section.table.c[primary_key(section)]
            for r in table_rows:
                values = {c: r[c] for c in self_refs if r[c] is not None}
                if values:
                    s.execute(update(section.table).where(pk == r[pk.name]).values(**values))
    counts = {sec.key: len(rows.get(sec.table.name, [])) for sec in SECTIONS}
    return RecordsSummary(counts)


def _ensure_empty(s: Session, db: Database) -> None:
    filled = [sec.title for sec in all_sections()
              if s.execute(select(func.count()).select_from(sec.table)).scalar_one()]
    if filled:
        raise UserError(say("records.target_not_empty", file=db.path.name, tables=", ".join(filled[:4])))


class RecordsService:
    def __init__(self, db: Database, *, clock: Clock):
        self._db = db
        self._clock = clock

    def export_file(self, path: Path) -> RecordsSummary:
        data = export_records(self._db)
        write_output(Path(path), dumps(data).encode("utf-8"), suffix=".json")
        return RecordsSummary({sec.key: _count(data[sec.key]) for sec in SECTIONS})

    def import_file(self, path: Path) -> tuple[RecordsSummary, ChangeNotice]:
        data = load(Path(path))
        self._db.backup("before-import")
        summary = import_records(self._db, data, source=Path(path).name, today=self._clock.today())
        return summary, ChangeNotice.of(Changed.EVERYTHING)


def _count(value) -> int:
    return len(value) if isinstance(value, list) else int(value is not None)


def dumps(data: dict) -> str:
    """The canonical text: sorted keys, UTF-8 (Vietnamese stays readable), two-space indent."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def load(path: Path) -> Any:
    """The parsed document, within the limits above; every failure names the file."""
    path = Path(path)
    raw = read_bounded(path, MAX_RECORDS_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(say("records.not_utf8", file=path.name)) from exc
    try:
        data = json.loads(text, parse_constant=_refuse_constant(path.name),
                          parse_int=_bounded_int(path.name), parse_float=_finite_float(path.name))
    except json.JSONDecodeError as exc:
        raise UserError(say("records.not_json", file=path.name, line=exc.lineno, column=exc.colno,
                            detail=json_reason(exc.msg))) from exc
    except RecursionError as exc:  # the C decoder stops at Python's recursion limit
        raise UserError(say("reading.too_deep", file=path.name, limit=MAX_RECORDS_DEPTH,
                            kind=say("records.kind"))) from exc
    if depth_exceeds(data, MAX_RECORDS_DEPTH):
        raise UserError(say("reading.too_deep", file=path.name, limit=MAX_RECORDS_DEPTH, kind=say("records.kind")))
    return data


# The json module's reasons (CPython 3.11–3.13), said in the user's language.
_JSON_REASONS = (
    ("Expecting value", "json_expecting_value"),
    ("Expecting property name", "json_expecting_name"),
    ("Expecting ':'", "json_expecting_colon"),
    ("Expecting ','", "json_expecting_comma"),
    ("Unterminated string", "json_unterminated"),
    ("Invalid control character", "json_control"),
    ("Invalid \\", "json_escape"),
    ("Extra data", "json_extra"),
    ("Illegal trailing comma", "json_trailing_comma"),
)


def json_reason(message: str) -> Text | str:
    """The json module's reason for a refusal, worded; one not known stays as it is."""
    key = next((key for start, key in _JSON_REASONS if message.startswith(start)), None)
    return say(f"records.{key}") if key is not None else message


def _refuse_constant(name: str):  # noqa: ANN202
    def refuse(value: str) -> Any:
        raise UserError(say("reading.json_constant", file=name, value=value))
    return refuse


def _bounded_int(name: str):  # noqa: ANN202
    def parse(text: str) -> int:
        if len(text.lstrip("-")) > MAX_INT_DIGITS:
            raise UserError(say("reading.json_number", file=name, limit=MAX_INT_DIGITS))
        return int(text)
    return parse


def _finite_float(name: str):  # noqa: ANN202
    def parse(text: str) -> float:
        value = float(text)
        if not math.isfinite(value):  # "1e400" parses as inf
            raise UserError(say("reading.json_constant", file=name, value=text))
        return value
    return parse
