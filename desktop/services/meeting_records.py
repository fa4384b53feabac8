"""Load what the figures of a year's meetings need in a fixed number of queries, then compute
attendance, voting base and quality with the domain rules (the same code for the list, the
detail, the year view and the documents, so the numbers always agree).

Series for "absent more than 3 times in a row": committee meetings form one series, every other
sitting of the branch (regular, combined, thematic, extraordinary) the other; only the current
revision of each meeting (`superseded_by_id IS NULL`) counts, within the calendar year.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.agenda import is_branch_sitting
from desktop.domain.meeting_times import duration_minutes
from desktop.domain.attendance import (
    AttendanceRules,
    AttendanceSummary,
    Mark,
    RosterMember,
    committee_on,
    roster_on,
    summarize,
)
from desktop.domain.enums import (
    AttendanceStatus,
    DocumentType,
    MeetingKind,
    MeetingStatus,
    TaskStatus,
)
from desktop.domain.numbering import number_code
from desktop.domain.quality import (
    QualityInputs,
    QualityRules,
    QualityScore,
    score_meeting,
)
from desktop.domain.situation import MemberFacts
from desktop.domain.votes import VotingBase, voting_base
from desktop.services.member_facts import load_member_facts
from desktop.store.models import (
    AgendaItem,
    Attendance,
    DocumentNumber,
    Meeting,
    MeetingResolution,
    MeetingTask,
    Member,
    MemberPosition,
    QualityItem,
    Speech,
)


@dataclass(frozen=True)
class MeetingRules:
    attendance: AttendanceRules = AttendanceRules()
    quality: QualityRules = QualityRules()


# The rulebook engineer supplies a function year → rules; by default the DOMAIN.md sample.
RulesForYear = Callable[[int], MeetingRules]


def default_rules(year: int) -> MeetingRules:  # noqa: ARG001 - same sample every year
    return MeetingRules()


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    kind: MeetingKind
    status: MeetingStatus
    held_on: date
    start_time: time | None
    end_time: time | None
    topic: str
    revision: int
    superseded_by_id: int | None
    document_number_id: int | None
    documents_sent_on: date | None = None
    documents_posted_on: date | None = None


@dataclass(frozen=True)
class Figures:
    attendance: AttendanceSummary
    voting: VotingBase
    quality: QualityScore
    duration_minutes: int | None
    roster: tuple[RosterMember, ...]
    marks: tuple[Mark, ...]


@dataclass
class RecordSet:
    meetings: dict[int, MeetingRecord]
    facts: dict[int, MemberFacts]
    names: dict[int, str]
    positions: list[tuple[int, date, date | None]]
    marks: dict[int, list[Mark]] = field(default_factory=dict)
    speakers: dict[int, int] = field(default_factory=dict)
    ticks: dict[int, dict[str, float]] = field(default_factory=dict)
    numbers: dict[int, str] = field(default_factory=dict)
    resolutions: dict[int, str] = field(default_factory=dict)  # meeting id → "03-NQ/CB"
    task_results: dict[int, tuple[int, int]] = field(default_factory=dict)  # (on time, reviewed)
    _rosters: dict[tuple[date, bool], tuple[RosterMember, ...]] = field(default_factory=dict)

    def current(self) -> list[MeetingRecord]:
        rows = [m for m in self.meetings.values() if m.superseded_by_id is None]
        return sorted(rows, key=lambda m: (m.held_on, m.id))

    def roster(self, meeting: MeetingRecord) -> tuple[RosterMember, ...]:
        """Members counted at this meeting: the branch, or the committee on that date."""
        return self.roster_on(meeting.held_on, committee=not is_branch_sitting(meeting.kind))

    def roster_on(self, on: date, *, committee: bool = False) -> tuple[RosterMember, ...]:
        key = (on, committee)
        if key not in self._rosters:
            sitting = committee_on(self.positions, on) if committee else None
            self._rosters[key] = roster_on(self.facts.values(), self.names, on, sitting)
        return self._rosters[key]

    def number_code(self, meeting: MeetingRecord) -> str:
        return self.numbers.get(meeting.document_number_id or 0, "")

    def resolution_code(self, meeting: MeetingRecord) -> str:
        """The monthly resolution's number, "" before adoption or for a meeting without one."""
        return self.resolutions.get(meeting.id, "")


def _record(m: Meeting) -> MeetingRecord:
    return MeetingRecord(
        m.id, m.kind, m.status, m.held_on, m.start_time, m.end_time, m.topic or "", m.revision,
        m.superseded_by_id, m.document_number_id, m.documents_sent_on, m.documents_posted_on,
    )


def load_members(session: Session, meetings: dict[int, MeetingRecord] | None = None) -> RecordSet:
    """Members, names and positions: enough for `RecordSet.roster` of any date."""
    return RecordSet(
        meetings=meetings or {},
        facts={f.member_id: f for f in load_member_facts(session)},
        names=dict(session.execute(select(Member.id, Member.full_name)).all()),
        positions=list(
            session.execute(
                select(MemberPosition.member_id, MemberPosition.start_date, MemberPosition.end_date)
            ).all()
        ),
    )


def record_of(meeting: Meeting) -> MeetingRecord:
    return _record(meeting)


def load_records(session: Session, year: int, extra_ids: Iterable[int] = ()) -> RecordSet:
    """The year's current meetings (plus `extra_ids`, e.g. an old revision) and their data."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    cond = Meeting.held_on.between(first, last) & Meeting.superseded_by_id.is_(None)
    extra = list(extra_ids)
    if extra:
        cond = cond | Meeting.id.in_(extra)
    meetings = {m.id: _record(m) for m in session.scalars(select(Meeting).where(cond))}
    ids = list(meetings)
    rs = load_members(session, meetings)
    if not ids:
        return rs
    for mid, member, status, reason, expected in session.execute(
        select(
            Attendance.meeting_id, Attendance.member_id, Attendance.status, Attendance.reason,
            Attendance.expected,
        ).where(Attendance.meeting_id.in_(ids))
    ):
        rs.marks.setdefault(mid, []).append(Mark(member, status, reason or "", bool(expected)))
    rs.speakers = dict(
        session.execute(
            select(AgendaItem.meeting_id, func.count(func.distinct(Speech.member_id)))
            .join(Speech, Speech.agenda_item_id == AgendaItem.id)
            .where(AgendaItem.meeting_id.in_(ids), Speech.member_id.is_not(None))
            .group_by(AgendaItem.meeting_id)
        ).all()
    )
    ticks: dict[int, dict[str, float]] = defaultdict(dict)
    for mid, code, points in session.execute(
        select(QualityItem.meeting_id, QualityItem.code, QualityItem.points).where(
            QualityItem.meeting_id.in_(ids)
        )
    ):
        ticks[mid][code] = points
    rs.ticks = dict(ticks)
    results: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for mid, status in session.execute(
        select(MeetingTask.reviewed_at_meeting_id, MeetingTask.status).where(
            MeetingTask.reviewed_at_meeting_id.in_(ids))
    ):
        results[mid][0] += status is TaskStatus.DONE
        results[mid][1] += 1
    rs.task_results = {mid: (done, total) for mid, (done, total) in results.items()}
    number_ids = [m.document_number_id for m in meetings.values() if m.document_number_id]
    if number_ids:  # a resolution is numbered at adoption, with the minutes: one query for both
        for nid, seq, doc_type, resolved in session.execute(
            select(DocumentNumber.id, DocumentNumber.seq, DocumentNumber.doc_type,
                   MeetingResolution.meeting_id)
            .outerjoin(MeetingResolution, MeetingResolution.document_number_id == DocumentNumber.id)
            .where(DocumentNumber.id.in_(number_ids) | MeetingResolution.meeting_id.in_(ids))
        ):
            code = number_code(seq, DocumentType(doc_type))
            if resolved is None:
                rs.numbers[nid] = code
            else:
                rs.resolutions[resolved] = code
    return rs


def _statuses(rs: RecordSet, meeting: MeetingRecord) -> dict[int, AttendanceStatus]:
    expected = {r.member_id for r in rs.roster(meeting) if r.situation.expected_at_meetings}
    return {m.member_id: m.status for m in rs.marks.get(meeting.id, []) if m.member_id in expected}


def _advance(runs: dict[int, int], statuses: dict[int, AttendanceStatus]) -> None:
    # Members not expected at this meeting keep their run unchanged (neither broken nor extended).
    for member_id, status in statuses.items():
        runs[member_id] = 0 if status is AttendanceStatus.PRESENT else runs.get(member_id, 0) + 1


def _figures(rs: RecordSet, meeting: MeetingRecord, runs: dict[int, int], rules: MeetingRules) -> Figures:
    roster = rs.roster(meeting)
    marks = tuple(rs.marks.get(meeting.id, []))
    current_runs = {mid: runs.get(mid, 0) for mid in _statuses(rs, meeting)}
    summary = summarize(roster, marks, current_runs, rules.attendance)
    minutes = duration_minutes(meeting.start_time, meeting.end_time)
    attendees = summary.present + len(summary.extra_present)
    quality = score_meeting(
        QualityInputs(
            kind=meeting.kind,
            duration_minutes=minutes,
            attendance_rate=summary.rate,
            any_unexcused=bool(summary.unexcused),
            long_runs=bool(summary.checks.long_runs),
            attendees=attendees,
            speakers=rs.speakers.get(meeting.id, 0),
            ticked=rs.ticks.get(meeting.id, {}),
            task_results=rs.task_results.get(meeting.id),
            held_on=meeting.held_on,
            documents_sent_on=meeting.documents_sent_on,
            documents_posted_on=meeting.documents_posted_on,
        ),
        rules.quality,
    )
    return Figures(summary, voting_base(roster, marks), quality, minutes, roster, marks)


def figures_for_year(rs: RecordSet, rules: MeetingRules) -> dict[int, Figures]:
    """Figures of every current meeting in the set, runs carried along each series in order."""
    runs: dict[bool, dict[int, int]] = {True: {}, False: {}}
    out: dict[int, Figures] = {}
    for meeting in rs.current():
        series = runs[is_branch_sitting(meeting.kind)]
        _advance(series, _statuses(rs, meeting))
        out[meeting.id] = _figures(rs, meeting, series, rules)
    return out


def figures_for_meeting(rs: RecordSet, meeting_id: int, rules: MeetingRules) -> Figures:
    """One meeting (current or an old revision): runs over the current meetings before it."""
    meeting = rs.meetings[meeting_id]
    branch = is_branch_sitting(meeting.kind)
    runs: dict[int, int] = {}
    replacement = meeting.superseded_by_id  # an old revision must not count its own correction
    for other in rs.current():
        if other.id in (meeting.id, replacement):
            continue
        if (other.held_on, other.id) > (meeting.held_on, meeting.id):
            continue
        if is_branch_sitting(other.kind) == branch:
            _advance(runs, _statuses(rs, other))
    _advance(runs, _statuses(rs, meeting))
    return _figures(rs, meeting, runs, rules)
