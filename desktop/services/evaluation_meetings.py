"""The year's meetings and review as the evaluation needs them, fast.

The same rows as the meetings and review screens (cf. `meeting_records.load_records`) and the
same domain rules (`situation_on` on each meeting's date, `trailing_absences` runs per series,
`score_meeting`, `review_scope`, `final_rating`), but only counts are built: the screens' lists of
names in Vietnamese order are what made a 300-member year cost ~80 ms. Situations come from each
member's year timeline (`situation.year_timelines`, computed once per evaluation), and the
marks are read as one joined row per meeting. `tests/store/test_evaluation_service.py` checks
that the figures equal the meetings list's and a mark-by-mark count.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import Date, Integer, String, bindparam, case, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.domain.agenda import is_branch_sitting
from desktop.domain.enums import AttendanceStatus, MeetingKind, MeetingStatus, Rating, ReviewStep
from desktop.domain.quality import QualityInputs, score_meeting
from desktop.domain.rating import final_rating
from desktop.domain.review_scope import review_scope
from desktop.domain.situation import MemberFacts, Timeline, expected_on_days
from desktop.domain.year_facts import DisciplineFact, MeetingFact, ReviewFact
from desktop.domain.meeting_times import duration_minutes
from desktop.services.meeting_records import MeetingRules
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
    """The year's current meetings and what their figures need, by meeting id: the members
    marked present, and the others' marks as (member, status)."""

    meetings: list[_Meeting]
    present: dict[int, frozenset[int]]
    absent: dict[int, list[tuple[int, AttendanceStatus]]]
    speakers: dict[int, int]
    ticks: dict[int, dict[str, float]]
    positions: list[tuple[int, date, date | None]]


# The statements are built once, with the year's bounds as parameters: building a select and
# working out its cache key on every call cost ~0.15 ms a statement, ~3 ms of an evaluation.
_FIRST, _LAST, _YEAR = bindparam("first", type_=Date), bindparam("last", type_=Date), bindparam("year", type_=Integer)
_IN_YEAR = Meeting.held_on.between(_FIRST, _LAST) & Meeting.superseded_by_id.is_(None)
_IDS = select(Meeting.id).where(_IN_YEAR).scalar_subquery()
_MEETINGS = select(
    Meeting.id, Meeting.kind, Meeting.status, Meeting.held_on, Meeting.start_time, Meeting.end_time, Meeting.prepared_by_id,
    Meeting.documents_sent_on, Meeting.documents_posted_on,
).where(_IN_YEAR).order_by(Meeting.held_on, Meeting.id)
_STATUS = type_coerce(Attendance.status, String)  # skip the enum round trip per row
_IS_PRESENT = _STATUS == AttendanceStatus.PRESENT.value
# One row per meeting, its marks joined into two strings by SQLite: "12,15,…" for the members
# present, "13:excused,…" for the others. ~12,000 marks at 1,000 members made 12,000 Python
# rows (6 ms to read at 1,000×20, and as much again to sort them out); joined, the read takes
# 2 ms and parsing the strings 0.5 ms (the present members' ids read as one JSON list).
_MARKS = select(
    Attendance.meeting_id,
    func.group_concat(case((_IS_PRESENT, Attendance.member_id))),
    func.group_concat(case((~_IS_PRESENT, type_coerce(Attendance.member_id, String) + ":" + _STATUS))),
).where(Attendance.meeting_id.in_(_IDS)).group_by(Attendance.meeting_id)
_SPEAKERS = (
    select(AgendaItem.meeting_id, func.count(func.distinct(Speech.member_id)))
    .join(Speech, Speech.agenda_item_id == AgendaItem.id)
    .where(AgendaItem.meeting_id.in_(_IDS), Speech.member_id.is_not(None))
    .group_by(AgendaItem.meeting_id)
)
_TICKS = select(QualityItem.meeting_id, QualityItem.code, QualityItem.points).where(QualityItem.meeting_id.in_(_IDS))
_POSITIONS = select(MemberPosition.member_id, MemberPosition.start_date, MemberPosition.end_date)
_COMMITTED = select(Commitment.member_id).where(Commitment.year == _YEAR)
# The enums read as text: ~3,000 rating steps at 1,000 members, and the enum type's per-row
# work cost more than the reading. Self-ratings are left out: `final_rating` never counts them
# (a quarter of the rows).
_STEPS = select(RatingStep.member_id, type_coerce(RatingStep.step, String), type_coerce(RatingStep.rating, String)
                ).where(RatingStep.year == _YEAR, RatingStep.step != ReviewStep.SELF)
_DISCIPLINES = select(Discipline).where(Discipline.decided_on.between(_FIRST, _LAST))


def _bounds(year: int) -> dict[str, object]:
    return {"first": date(year, 1, 1), "last": date(year, 12, 31), "year": year}


def load_meeting_records(s: Session, year: int) -> _Records:
    """Like `meeting_records.load_records` (same rows, current revisions of the year), as plain
    tuples, read through Core (the ORM's per-statement work is not needed for tuples)."""
    s.flush()  # Core reads skip the ORM's autoflush
    conn, bounds = s.connection(), _bounds(year)
    meetings = [_Meeting(*row) for row in conn.execute(_MEETINGS, bounds).all()]
    status_of = {st.value: st for st in AttendanceStatus}
    present: dict[int, frozenset[int]] = {}
    absent: dict[int, list[tuple[int, AttendanceStatus]]] = {}
    for mid, here, others in conn.execute(_MARKS, bounds).all():
        present[mid] = frozenset(json.loads(f"[{here}]")) if here else frozenset()  # ints parsed in C
        absent[mid] = [(int(member), status_of[status])
                       for member, _, status in (mark.partition(":") for mark in others.split(","))] if others else []
    speakers = dict(conn.execute(_SPEAKERS, bounds).all())
    ticks: dict[int, dict[str, float]] = defaultdict(dict)
    for mid, code, points in conn.execute(_TICKS, bounds).all():
        ticks[mid][code] = points
    positions = [tuple(row) for row in conn.execute(_POSITIONS).all()]
    return _Records(meetings, present, absent, speakers, dict(ticks), positions)


def meeting_facts(rs: _Records, timelines: dict[int, Timeline], rules: MeetingRules) -> tuple[MeetingFact, ...]:
    expected_on = expected_on_days(timelines, sorted({m.held_on for m in rs.meetings}))
    runs: dict[bool, dict[int, int]] = {True: {}, False: {}}
    out = []
    for m in rs.meetings:
        branch = is_branch_sitting(m.kind)
        expected = expected_on[m.held_on]
        if not branch:  # a committee meeting expects the committee members of the day
            expected = expected & _committee_on(rs, m.held_on)
        here = rs.present.get(m.id, frozenset())
        series = runs[branch]  # each expected member's run of absences, only those above zero
        # The same figures and run rule as the meetings screen: a present mark counts only for
        # an expected member (the others are extra attendees) and ends their run; the other
        # marks lengthen it; members not expected or not marked keep their run unchanged.
        attending = here & expected
        present, extra = len(attending), len(here) - len(attending)
        for mid in attending.intersection(series):
            del series[mid]
        any_unexcused, long_runs = False, False
        for mid, status in rs.absent.get(m.id, ()):
            if mid in expected:
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
    s: Session, year: int, facts: list[MemberFacts], timelines: dict[int, Timeline], names: dict[int, str]
) -> tuple[tuple[ReviewFact, ...], tuple[DisciplineFact, ...]]:
    """Who is reviewed (the review screen's `review_scope`), their commitment and final rating
    (superior's decision, else committee's, else branch's), and the year's disciplines."""
    scope = review_scope(facts, year, timelines=timelines)
    conn, bounds = s.connection(), _bounds(year)
    committed = set(conn.execute(_COMMITTED, bounds).scalars().all())
    step_of = {v.value: v for v in ReviewStep}
    rating_of = {v.value: v for v in Rating}
    steps: dict[int, dict[ReviewStep, Rating]] = defaultdict(dict)
    for mid, step, rating in conn.execute(_STEPS, bounds).all():
        steps[mid][step_of[step]] = rating_of[rating]
    reviewed = tuple(
        ReviewFact(mid, names[mid], mid in committed, final_rating(steps.get(mid, {})))
        for mid, decision in scope.items() if decision.reviewed
    )
    disciplines = tuple(
        DisciplineFact(d.member_id, names.get(d.member_id, ""), d.form, d.decided_on, d.decision_number,
                       d.breaks_prohibitions)
        for d in s.scalars(_DISCIPLINES, bounds)
    )
    return reviewed, disciplines
