"""What the open records format holds and how each column is written (issue 3 item 7).

One table-driven description serves the exporter, the importer's checks and the JSON Schema, so
a column added to a model cannot be forgotten by one of them (a test compares the committed
schema with `build_schema()`).

Identifiers: a top-level entry keeps its row id as a *record-local id*; a reference to another
entry is written without the `_id` suffix (`chair_id` → `"chair": 12`) and holds that id. Nested
entries (a member's events, a meeting's attendance…) have no id: they belong to their parent and
keep their order.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    String,
    Table,
    Text,
    Time,
)

from desktop.domain.members import clean_text
from desktop.paths import resource_path
from desktop.services.meeting_guard import nfc
from desktop.store import models as m
from desktop.wording import say

FORMAT = "chibo-records"
VERSION = 1
SCHEMA_FILE = ("schemas", "records.schema.json")


@dataclass(frozen=True)
class Section:
    key: str  # JSON key
    model: type
    title: str  # Vietnamese, for messages and the schema
    children: tuple[Section, ...] = ()
    parent_fk: str | None = None  # on a nested section: the column pointing to the parent
    single: bool = False  # one object (or null) instead of a list
    # Added after the format's first release: a record written before it has no such key, and
    # reads as empty (the format stays version 1, older files still import).
    optional: bool = False

    @property
    def table(self) -> Table:
        return self.model.__table__

    @property
    def nested(self) -> bool:
        return self.parent_fk is not None

    def columns(self) -> list[Column]:
        """The columns written to JSON: nested entries drop their id and parent pointer."""
        skip = {"id", self.parent_fk} if self.nested else set()
        return [c for c in self.table.columns if c.name not in skip]


def _nested(key: str, model: type, title: str, parent: str, *children: Section,
            optional: bool = False) -> Section:
    return Section(key, model, title, children, parent_fk=parent, optional=optional)


SECTIONS: tuple[Section, ...] = (
    Section("branch", m.Branch, "hồ sơ chi bộ", single=True),
    Section("terms", m.Term, "nhiệm kỳ"),
    Section("document_numbers", m.DocumentNumber, "số văn bản"),
    Section("rulebooks", m.Rulebook, "bộ tiêu chí"),
    Section("dues_schedules", m.DuesSchedule, "mức đóng đảng phí", optional=True),
    Section("dues_figures", m.DuesFigure, "số liệu mức đóng chi bộ nhập", optional=True),
    Section("dues_months", m.DuesMonth, "tháng đảng phí đã chốt mức đóng", optional=True),
    Section("dues_remittances", m.DuesRemittance, "khoản nộp đảng phí cấp trên", optional=True),
    Section("members", m.Member, "đảng viên", (
        _nested("events", m.SituationEvent, "diễn biến", "member_id"),
        _nested("positions", m.MemberPosition, "chức vụ", "member_id"),
        _nested("dues_bases", m.DuesBasis, "căn cứ đóng đảng phí", "member_id", optional=True),
        _nested("dues_entries", m.DuesEntry, "sổ đảng phí", "member_id", optional=True),
    )),
    Section("thematic_plan", m.ThematicPlanEntry, "kế hoạch chuyên đề"),
    Section("thematic_topics", m.ThematicTopic, "chủ đề chuyên đề"),
    Section("meetings", m.Meeting, "cuộc họp", (
        _nested("agenda", m.AgendaItem, "mục chương trình", "meeting_id",
                _nested("speeches", m.Speech, "ý kiến phát biểu", "agenda_item_id")),
        _nested("attendance", m.Attendance, "điểm danh", "meeting_id"),
        _nested("votes", m.Vote, "biểu quyết", "meeting_id"),
        _nested("quality_items", m.QualityItem, "chấm điểm chất lượng", "meeting_id"),
    )),
    Section("candidates", m.Candidate, "quần chúng xét kết nạp"),
    Section("recognitions", m.Recognition, "biểu quyết công nhận chính thức"),
    Section("mentor_reviews", m.MentorReview, "nhận xét của đảng viên giúp đỡ"),
    Section("transfers", m.Transfer, "chuyển sinh hoạt đảng"),
    Section("party_breaks", m.PartyBreak, "thời gian không sinh hoạt đảng"),
    Section("commitments", m.Commitment, "bản cam kết"),
    Section("self_reviews", m.SelfReview, "bản tự kiểm điểm"),
    Section("rating_steps", m.RatingStep, "bước xếp loại"),
    Section("disciplines", m.Discipline, "kỷ luật"),
    Section("year_settings", m.YearSetting, "thiết lập năm"),
    Section("year_targets", m.YearTarget, "chỉ tiêu năm"),
    Section("manual_scores", m.ManualScore, "điểm chấm tay"),
    Section("evaluation_snapshots", m.EvaluationSnapshot, "kết quả đánh giá đã lưu"),
    # After the meetings, members and targets they point to; a task carried over points to
    # its original (set after the insert, as every reference within a table).
    Section("meeting_tasks", m.MeetingTask, "nhiệm vụ nghị quyết", optional=True),
    Section("meeting_resolutions", m.MeetingResolution, "số nghị quyết cuộc họp", optional=True),
)
# Keys, packages and the superior committee's inbox stay with the file that made them.
EXCLUDED_TABLES = frozenset({
    "signing_key", "exported_package", "inbox_branch", "inbox_key", "received_package",
})


def all_sections(sections=SECTIONS):
    for s in sections:
        yield s
        yield from all_sections(s.children)


def section_for_table(name: str) -> Section:
    return next(s for s in all_sections() if s.table.name == name)


def field_name(col: Column) -> str:
    if col.foreign_keys and col.name.endswith("_id"):
        return col.name[: -len("_id")]
    return col.name


def reference_target(col: Column) -> Section | None:
    """The top-level section a foreign key points into (None for a plain column)."""
    if not col.foreign_keys:
        return None
    return section_for_table(next(iter(col.foreign_keys)).column.table.name)


def primary_key(section: Section) -> str:
    return section.table.primary_key.columns.values()[0].name


def is_datetime(t) -> bool:
    return isinstance(t, DateTime) or isinstance(getattr(t, "impl_instance", None), DateTime)


# --- values ---------------------------------------------------------------------------------
def to_json(col: Column, value: Any) -> Any:
    if value is None:
        return None
    t = col.type
    if isinstance(t, Enum):
        return value.value if hasattr(value, "value") else str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(t, Float):
        return float(value)
    if isinstance(t, Boolean):
        return bool(value)
    return value


# Names are stored as the services store typed ones: NFC (one code point per accented letter,
# «ễ» rather than «e» and two marks) and trimmed; a member's name also with single spaces. A
# record written elsewhere may hold another form: read it the same way, so that the names sort,
# match and print like typed ones.
NAME_FIELDS: dict[tuple[str, str], Callable[[str], str]] = {
    ("member", "full_name"): clean_text,  # as MembersService
    ("speech", "speaker_name"): nfc,  # as MeetingMinutesService
    ("thematic_plan_entry", "presenter"): nfc,  # as ThematicService
    ("branch", "name"): nfc,  # as BranchService
    ("branch", "superior_committee"): nfc,
    ("branch", "place_name"): nfc,
}


def from_json(col: Column, value: Any) -> Any:
    """The stored value; raises ValueError with a reason (a `Text`) on a value that cannot be."""
    if value is None:
        return None
    name = NAME_FIELDS.get((col.table.name, col.name))
    if name is not None and isinstance(value, str):
        return name(value)
    t = col.type
    try:
        if isinstance(t, Enum):
            return t.enum_class(value) if t.enum_class else value
        if is_datetime(t):
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise ValueError
            return parsed
        if isinstance(t, Date):
            return date.fromisoformat(value)
        if isinstance(t, Time):
            return time.fromisoformat(value)
    except (ValueError, TypeError):
        kind = "DateTime" if is_datetime(t) else type(t).__name__
        raise ValueError(say("records.bad_value", value=value, form=say(f"records.form_{kind}"))) from None
    if isinstance(t, Float):
        return float(value)
    return value


# --- schema ---------------------------------------------------------------------------------
def _value_schema(col: Column) -> dict:
    t = col.type
    if isinstance(t, Enum):
        schema: dict = {"type": "string", "enum": list(t.enums)}
    elif is_datetime(t):
        schema = {"type": "string", "format": "date-time"}
    elif isinstance(t, Date):
        schema = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    elif isinstance(t, Time):
        # A local time of day, as the minutes give it: no offset, so not JSON Schema's "time"
        # format (RFC 3339 requires one); the pattern says the form, old files included.
        schema = {"type": "string", "pattern": r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$"}
    elif isinstance(t, Boolean):
        schema = {"type": "boolean"}
    elif isinstance(t, Integer):
        schema = {"type": "integer"}
    elif isinstance(t, Float):
        schema = {"type": "number"}
    elif isinstance(t, JSON):
        schema = {"type": "object"}
    elif isinstance(t, (String, Text)):
        schema = {"type": "string"}
        if getattr(t, "length", None):
            schema["maxLength"] = t.length
    else:
        raise TypeError(f"no JSON form for column {col}")
    if "minimum" in col.info:
        schema["minimum"] = col.info["minimum"]
    target = reference_target(col)
    if target is not None:
        schema["description"] = f"id of an entry of $.{target.key}"
    if col.nullable and not col.primary_key:
        schema["type"] = [schema["type"], "null"]
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
    return schema


def _section_schema(section: Section) -> dict:
    props = {field_name(c): _value_schema(c) for c in section.columns()}
    for child in section.children:
        props[child.key] = {"type": "array", "items": _section_schema(child)}
    optional = {child.key for child in section.children if child.optional}
    # A column added after the format's first release: an older record lacks it (reads as null).
    optional |= {field_name(c) for c in section.columns() if c.info.get("records_optional")}
    obj = {
        "type": "object",
        "title": section.title,
        "properties": props,
        "required": sorted(set(props) - optional),
        "additionalProperties": False,
    }
    return obj


DESCRIPTION = (
    "Sổ Chi bộ open records format: a branch's whole record (profile, terms, document numbers, "
    "members with their dated situation history and positions, meetings with agenda, speeches, "
    "attendance, votes and quality items, the thematic plan and topics, candidates for "
    "admission, official recognition votes, mentors' reviews, transfers, periods out of the "
    "party, commitments, "
    "self-reviews, rating steps, discipline, rulebooks, year settings and targets, manual "
    "scores, saved evaluations; the dues book: schedules, the figures the branch entered, the "
    "schedule each month was recorded under, members' dated bases and ledger entries, "
    "remittances; the tasks each meeting decided, with their review at a later meeting, and "
    "the numbers of the resolutions). Sections added after the first release (the dues book: "
    "`dues_*` keys, at the top level and in each member; `meeting_tasks`, "
    "`meeting_resolutions`) may be absent from an older record, which then has none. Not included: signing keys, exported packages and the "
    "superior committee's inbox (signing_key, exported_package, inbox_branch, inbox_key, "
    "received_package), which belong to the file that made them. The file holds personal data "
    "(card numbers, phones): keep it like the data file. Identifiers: each top-level entry has "
    "an `id` local to this record; references drop the `_id` suffix of the column "
    "(`chair`, `member`, `term`, `rulebook`, …) and hold such an id. Nested entries have no id "
    "and keep their order. Dates are ISO 8601 (YYYY-MM-DD), times of day HH:MM:SS (local, "
    "without offset), timestamps ISO 8601 with offset; enumerations are written by value. Lists "
    "are sorted by id; the exporter's output, dumped with sorted keys, is byte-identical after an "
    "import into an empty file."
)


def build_schema() -> dict:
    props: dict = {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
    }
    optional = set()
    for s in SECTIONS:
        item = _section_schema(s)
        props[s.key] = {"anyOf": [item, {"type": "null"}]} if s.single else {
            "type": "array", "items": item}
        if s.optional:
            optional.add(s.key)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://chibo.invalid/schemas/records.schema.json",
        "title": "Sổ Chi bộ — hồ sơ chi bộ (định dạng mở)",
        "description": DESCRIPTION,
        "type": "object",
        "properties": props,
        "required": sorted(set(props) - optional),
        "additionalProperties": False,
    }


def regenerate_schema_file() -> None:
    """Rewrite resources/schemas/records.schema.json from the models (after a schema change)."""

    path = resource_path(*SCHEMA_FILE)
    path.write_text(json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n",
                    encoding="utf-8")


if __name__ == "__main__":
    regenerate_schema_file()
