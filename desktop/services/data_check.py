"""Check data (Công cụ → Kiểm tra dữ liệu): SQLite's own checks plus the domain's invariants.

`check_path` reads a file read-only and never migrates it, so even a file that cannot be opened
can be checked. When the file itself is damaged, a byte-for-byte copy is kept aside at once
(`<name>-damaged-<stamp>.sqlite`, never overwritten). `DataCheckService.repair` copies the file
aside first, then applies every safe repair in one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.clock import Clock
from desktop.domain.invariants import (
    AttendanceRecord,
    Invariant,
    MeetingRecord,
    MemberRecord,
    NumberRecord,
    Records,
    RepairKind,
    TermRecord,
    VoteRecord,
    find_problems,
)
from desktop.domain.situation import Event, MemberFacts
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import UserError
from desktop.store.cipher import FileKey
from desktop.store.database import Database, unit_of_work
from desktop.store.integrity import (
    StorageProblem,
    check_storage,
    keep_damaged_copy,
    open_read_only,
    orphan_repair,
    read_only_engine,
    storage_text,
)
from desktop.store.models import (
    Attendance,
    DocumentNumber,
    Meeting,
    Member,
    MemberPosition,
    SituationEvent,
    Term,
    Vote,
)
from desktop.wording import DEFAULT_LANGUAGE, Text, render, say


@dataclass(frozen=True)
class Finding:
    """One problem as shown to the user."""

    source: str  # "storage" (SQLite's checks) or "records" (the domain's invariants)
    code: str
    text: Text | str  # what is wrong (the store's own checks still word it in Vietnamese)
    repair_text: Text | None = None  # the safe repair; None = none exists
    detail: str = ""  # technical words (SQLite's message), for the details pane

    @property
    def message(self) -> str:
        """In Vietnamese, for callers that show no other language."""
        return self.render(DEFAULT_LANGUAGE)

    @property
    def repair(self) -> str | None:
        return self.render_repair(DEFAULT_LANGUAGE)

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return render(self.text, lang)

    def render_repair(self, lang: str = DEFAULT_LANGUAGE) -> str | None:
        return None if self.repair_text is None else self.repair_text.render(lang)


@dataclass(frozen=True)
class CheckReport:
    path: Path
    findings: tuple[Finding, ...]
    records_checked: bool  # False: the file was too damaged to read its records
    damaged_copy: Path | None = None  # kept aside because the file itself is damaged

    @property
    def ok(self) -> bool:
        return not self.findings and self.records_checked

    @property
    def repairable(self) -> int:
        return sum(1 for f in self.findings if f.repair)

    def as_json(self, lang: str = DEFAULT_LANGUAGE) -> dict:
        return {
            "file": str(self.path),
            "ok": self.ok,
            "records_checked": self.records_checked,
            "damaged_copy": str(self.damaged_copy) if self.damaged_copy else None,
            "problems": [
                {"source": f.source, "code": f.code, "message": f.render(lang),
                 "repair": f.render_repair(lang), "detail": f.detail}
                for f in self.findings
            ],
        }


@dataclass(frozen=True)
class RepairResult:
    damaged_copy: Path
    repaired: int
    after: CheckReport
    notice: ChangeNotice


def _storage_finding(conn, problem: StorageProblem) -> Finding:  # noqa: ANN001
    if problem.index_only:
        repair = say("data_check.repair_reindex")
    elif orphan_repair(conn, problem) is not None:
        repair = say("data_check.repair_orphan")
    else:
        repair = None
    return Finding("storage", problem.kind, storage_text(problem), repair, problem.detail)


def _record_finding(problem: Invariant) -> Finding:
    return Finding("records", problem.code, problem.text,
                   problem.repair.text if problem.repair else None,
                   f"{problem.table} #{problem.row_id}")


def load_records(s: Session) -> Records:
    events: dict[int, list[Event]] = defaultdict(list)
    for member_id, kind, on in s.execute(
        select(SituationEvent.member_id, SituationEvent.kind, SituationEvent.on)
    ):
        events[member_id].append(Event(kind, on))
    positions: dict[int, list] = defaultdict(list)
    for member_id, pos, start, end in s.execute(
        select(MemberPosition.member_id, MemberPosition.position,
               MemberPosition.start_date, MemberPosition.end_date)
    ):
        positions[member_id].append((pos, start, end))
    members = tuple(
        MemberRecord(m.id, m.full_name, m.birth_date, m.admitted_on, m.official_on,
                     MemberFacts(m.id, m.admitted_on, m.official_on, tuple(events[m.id])),
                     tuple(positions[m.id]))
        for m in s.execute(select(Member.id, Member.full_name, Member.birth_date,
                                  Member.admitted_on, Member.official_on))
    )
    return Records(
        members=members,
        terms=tuple(TermRecord(*r) for r in s.execute(
            select(Term.id, Term.start_date, Term.end_date, Term.label))),
        numbers=tuple(NumberRecord(*r) for r in s.execute(
            select(DocumentNumber.id, DocumentNumber.term_id, DocumentNumber.doc_type,
                   DocumentNumber.seq, DocumentNumber.issued_on))),
        meetings=tuple(MeetingRecord(*r) for r in s.execute(
            select(Meeting.id, Meeting.kind, Meeting.held_on, Meeting.start_time, Meeting.end_time,
                   Meeting.documents_sent_on, Meeting.superseded_by_id,
                   Meeting.document_number_id, Meeting.documents_posted_on))),
        attendance=tuple(AttendanceRecord(*r) for r in s.execute(
            select(Attendance.id, Attendance.meeting_id, Attendance.member_id, Attendance.expected,
                   Attendance.status))),
        votes=tuple(VoteRecord(*r) for r in s.execute(
            select(Vote.id, Vote.meeting_id, Vote.subject, Vote.votes_for, Vote.votes_against,
                   Vote.abstentions))),
    )


def _read_invariants(path: Path, today: date, key: FileKey | None) -> tuple[list[Invariant] | None, str]:
    engine = read_only_engine(path, key)
    try:
        with Session(engine) as s:
            return find_problems(load_records(s), today), ""
    except (SQLAlchemyError, ValueError, LookupError) as exc:
        return None, str(getattr(exc, "orig", None) or exc)
    finally:
        engine.dispose()


def check_path(path: Path, now: datetime, key: FileKey | None = None) -> CheckReport:
    """Check a data file read-only, as of `now` (local time); `key` for an encrypted one. A
    damaged file is copied aside (never overwritten; an encrypted file's copy stays encrypted)."""
    path = Path(path).resolve()
    if not path.exists():
        raise UserError(say("data_check.file_missing", path=path))
    conn = open_read_only(path, key)
    try:
        storage = check_storage(conn)
        findings = [_storage_finding(conn, p) for p in storage]
    finally:
        conn.close()
    damaged = any(p.kind in ("unreadable", "structure") for p in storage)
    invariants, why = (None, "") if damaged else _read_invariants(path, now.date(), key)
    if invariants is None and not damaged:
        findings.append(Finding(
            "records", "records_unreadable",
            say("data_check.records_unreadable"), None, why))
    findings += [_record_finding(p) for p in invariants or ()]
    copy = keep_damaged_copy(path, now) if damaged else None
    return CheckReport(path, tuple(findings), invariants is not None, copy)


class DataCheckService:
    def __init__(self, db: Database, *, clock: Clock):
        self._db = db
        self._clock = clock

    def check(self) -> CheckReport:
        return check_path(self._db.path, self._clock.now(), self._db.key)

    def repair(self) -> RepairResult:
        """Copy the file aside, then apply every safe repair in one transaction."""
        now = self._clock.now()
        before = self.check()
        if not before.records_checked:
            raise UserError(say("data_check.cannot_repair", copy=before.damaged_copy or self._db.path))
        if before.repairable == 0:
            raise UserError(say("data_check.nothing_to_repair"))
        copy = before.damaged_copy or keep_damaged_copy(self._db.path, now)
        with unit_of_work(self._db) as s:
            repaired = self._apply(s, now.date())
        after = self.check()
        return RepairResult(copy, repaired, after, ChangeNotice.of(Changed.EVERYTHING))

    def _apply(self, s: Session, today: date) -> int:
        raw = s.connection().connection.driver_connection  # the same transaction's sqlite3 handle
        storage = check_storage(raw)
        count = 0
        if any(p.index_only for p in storage):
            s.execute(text("REINDEX"))
            count += sum(1 for p in storage if p.index_only)
        for problem in storage:
            sql = orphan_repair(raw, problem)
            if sql is not None:
                s.execute(text(sql[0].replace("?", ":rowid")), {"rowid": sql[1][0]})
                count += 1
        for problem in find_problems(load_records(s), today):
            if problem.repair and problem.repair.kind is RepairKind.SET_ATTENDANCE_EXPECTED:
                s.execute(update(Attendance).where(Attendance.id == problem.repair.row_id)
                          .values(expected=problem.repair.value))
                count += 1
        return count
