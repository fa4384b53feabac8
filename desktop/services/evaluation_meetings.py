"""The year's meetings and review as the evaluation needs them, fast.

The same rows as the meetings and review screens (cf. `meeting_records.load_records`) and the
same domain rules (`situation_on` on each meeting's date, `trailing_absences` runs per series,
`score_meeting`, `review_scope`, `final_rating`), but only counts are built: the screens' lists of
names in Vietnamese order are what made a 300-member year cost ~80 ms. Situations are computed
once per member when nothing changes for that member during the year, else per meeting date.
`tests/store/test_evaluation_service.py` checks that the figures equal the meetings list's.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.domain.agenda import is_branch_sitting
from desktop.domain.enums import AttendanceStatus, MeetingKind, MeetingStatus
from desktop.domain.quality import QualityInputs, score_meeting
from desktop.domain.rating import final_rating
from desktop.domain.review_scope import review_scope
from desktop.domain.situation import MemberFacts, situation_on
from desktop.domain.year_facts import DisciplineFact, MeetingFact, ReviewFact
from desktop.services.meeting_records import MeetingRules, duration_minutes
from desktop.store.models import (
    AgendaItem,
    Attendance,
    Commitment,
    Discipline,
    Meeting,
    MemberPosition,
    QualityItem,
    RatingStep,
    Speech,
)


class _Situations:
    """Who is expected at meetings on any date of one year, computed lazily and once per date.

    Members whose history does not change during the year are decided once (on 1 January);
    only the others are looked at again on each meeting's date."""

    def __init__(self, facts: dict[int, MemberFacts], year: int):
        first, last = date(year, 1, 1), date(year, 12, 31)
        self._facts = facts
        constant: set[int] = set()
        self._varying: list[int] = []
        for mid, f in facts.items():
            if any(first <= e.on <= last for e in f.events) or any(
                d and first <= d <= last for d in (f.admitted_on, f.official_on)
            ):
                self._varying.append(mid)
            elif situation_on(f, first).expected_at_meetings:
                constant.add(mid)
        self._constant = frozenset(constant)
        self._by_date: dict[date, frozenset[int]] = {}

    def expected_on(self, day: date) -> frozenset[int]:
        found = self._by_date.get(day)
        if found is None:
            found = self._by_date[day] = self._constant.union(
                mid for mid in self._varying if situation_on(self._facts[mid], day).expected_at_meetings
            )
        return found


def _committee_on(rs: _Records, day: date) -> set[int]:
    return {mid for mid, start, end in rs.positions if start <= day and (end is None or end >= day)}


@dataclass(frozen=True)
class _Meeting:
    id: int
    kind: MeetingKind
    status: MeetingStatus
    held_on: date
    start_time: time | None
    end_time: time | None
    prepared_by_id: int | None
    documents_sent_on: date | None = None
    documents_posted_on: date | None = None


@dataclass
class _Records:
    """The year's current meetings and what their figures need; marks as (member, status)."""

    meetings: list[_Meeting]
    marks: dict[int, list[tuple[int, AttendanceStatus]]]
    speakers: dict[int, int]
    ticks: dict[int, dict[str, float]]
    positions: list[tuple[int, date, date | None]]


def load_meeting_records(s: Session, year: int) -> _Records:
    """Like `meeting_records.load_records` (same rows, current revisions of the year), as plain
    tuples: the attendance of a 300-member year is ~4,000 rows."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    in_year = Meeting.held_on.between(first, last) & Meeting.superseded_by_id.is_(None)
    meetings = [
        _Meeting(*row) for row in s.execute(
            select(Meeting.id, Meeting.kind, Meeting.status, Meeting.held_on, Meeting.start_time, Meeting.end_time,
                   Meeting.prepared_by_id, Meeting.documents_sent_on, Meeting.documents_posted_on)
            .where(in_year).order_by(Meeting.held_on, Meeting.id))
    ]
    ids = select(Meeting.id).where(in_year).scalar_subquery()
    status_of = {st.value: st for st in AttendanceStatus}
    marks: dict[int, list[tuple[int, AttendanceStatus]]] = defaultdict(list)
    raw_status = type_coerce(Attendance.status, String)  # skip the enum round trip per row
    s.flush()  # the Core read below skips the ORM's autoflush
    # Core, not ORM, execution: ~12,000 rows at 1,000 members, and the ORM's per-row work
    # was a third of the whole evaluation.
    for mid, member, status in s.connection().execute(
        select(Attendance.meeting_id, Attendance.member_id, raw_status).where(Attendance.meeting_id.in_(ids))
    ).all():
        marks[mid].append((member, status_of[status]))
    speakers = {
        mid: n for mid, n in s.execute(
            select(AgendaItem.meeting_id, func.count(func.distinct(Speech.member_id)))
            .join(Speech, Speech.agenda_item_id == AgendaItem.id)
            .where(AgendaItem.meeting_id.in_(ids), Speech.member_id.is_not(None))
            .group_by(AgendaItem.meeting_id))
    }
    ticks: dict[int, dict[str, float]] = defaultdict(dict)
    for mid, code, points in s.execute(
        select(QualityItem.meeting_id, QualityItem.code, QualityItem.points).where(QualityItem.meeting_id.in_(ids))
    ):
        ticks[mid][code] = points
    positions = [
        (mid, start, end) for mid, start, end in s.execute(
            select(MemberPosition.member_id, MemberPosition.start_date, MemberPosition.end_date))
    ]
    return _Records(meetings, dict(marks), speakers, dict(ticks), positions)


def meeting_facts(rs: _Records, facts: dict[int, MemberFacts], year: int, rules: MeetingRules) -> tuple[MeetingFact, ...]:
    situations = _Situations(facts, year)
    runs: dict[bool, dict[int, int]] = {True: {}, False: {}}
    out = []
    for m in rs.meetings:
        branch = is_branch_sitting(m.kind)
        expected = situations.expected_on(m.held_on)
        if not branch:  # a committee meeting expects the committee members of the day
            expected = expected & _committee_on(rs, m.held_on)
        marks = rs.marks.get(m.id, [])
        # One pass over the marks, one over the expected members' statuses (~12,000 marks a year
        # at 1,000 members): the same figures as the meetings screen.
        statuses: dict[int, AttendanceStatus] = {}
        extra = 0
        for member, status in marks:
            if member in expected:
                statuses[member] = status
            elif status is AttendanceStatus.PRESENT:
                extra += 1
        series = runs[branch]
        present, any_unexcused, long_runs = 0, False, False
        # Same run rule as the meetings screen: members not expected keep their run unchanged.
        for mid, status in statuses.items():
            if status is AttendanceStatus.PRESENT:
                series[mid] = 0
                present += 1
            else:
                run = series[mid] = series.get(mid, 0) + 1
                any_unexcused = any_unexcused or status is AttendanceStatus.UNEXCUSED
                long_runs = long_runs or run > rules.attendance.max_consecutive_absences
        rate = present / len(expected) if expected else None
        minutes = duration_minutes(m.start_time, m.end_time)
        quality = score_meeting(QualityInputs(
            kind=m.kind, duration_minutes=minutes, attendance_rate=rate,
            any_unexcused=any_unexcused, long_runs=long_runs,
            attendees=present + extra, speakers=rs.speakers.get(m.id, 0), ticked=rs.ticks.get(m.id, {}),
            held_on=m.held_on, documents_sent_on=m.documents_sent_on,
            documents_posted_on=m.documents_posted_on,
        ), rules.quality)
        out.append(MeetingFact(m.id, m.kind, m.held_on, m.status is MeetingStatus.ADOPTED, minutes, len(expected),
                               present, m.prepared_by_id, quality.band))
    return tuple(out)


def review_facts(
    s: Session, year: int, facts: list[MemberFacts], names: dict[int, str]
) -> tuple[tuple[ReviewFact, ...], tuple[DisciplineFact, ...]]:
    """Who is reviewed (the review screen's `review_scope`), their commitment and final rating
    (superior's decision, else committee's, else branch's), and the year's disciplines."""
    scope = review_scope(facts, year)
    committed = set(s.scalars(select(Commitment.member_id).where(Commitment.year == year)))
    steps: dict[int, dict] = defaultdict(dict)
    for mid, step, rating in s.execute(
        select(RatingStep.member_id, RatingStep.step, RatingStep.rating).where(RatingStep.year == year)
    ):
        steps[mid][step] = rating
    reviewed = tuple(
        ReviewFact(mid, names[mid], mid in committed, final_rating(steps.get(mid, {})))
        for mid, decision in scope.items() if decision.reviewed
    )
    disciplines = tuple(
        DisciplineFact(d.member_id, names.get(d.member_id, ""), d.form, d.decided_on, d.decision_number,
                       d.breaks_prohibitions)
        for d in s.scalars(select(Discipline).where(Discipline.decided_on.between(date(year, 1, 1), date(year, 12, 31))))
    )
    return reviewed, disciplines
