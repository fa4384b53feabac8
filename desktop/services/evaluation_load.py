"""Load one year's records for the evaluation inside the caller's session, each query filtered
by the year, and hand them over as `YearFacts`.

Meetings come from the meetings service's own loader (`load_records`) and are counted with the
same domain rules and the year's rulebook thresholds; the review uses the review screen's
`review_scope` and `final_rating` (see evaluation_meetings.py), so the evaluation counts what
those screens show.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import Date, Integer, bindparam, exists, select
from sqlalchemy.orm import Session

from desktop.domain.enums import SituationEventKind as K
from desktop.domain.enums import TaskStatus
from desktop.domain.rating import RatingRules
from desktop.domain.rulebook import Rulebook
from desktop.domain.shortfalls import ManualEntry
from desktop.domain.situation import year_timelines
from desktop.domain.year_facts import AdmissionFact, TargetFact, TaskReviewFact, YearFacts
from desktop.services.dues import DUES_INDICATORS, dues_year_fact_in
from desktop.services.errors import UserError
from desktop.services.evaluation_meetings import (
    load_meeting_records,
    meeting_facts,
    review_facts,
)
from desktop.services.meeting_records import MeetingRules
from desktop.services.member_facts import load_member_facts_and_names
from desktop.services.rulebook_files import default_rulebook_path, load_rulebook_file
from desktop.services.rulebooks import resolve_year
from desktop.store.database import unit_of_work
from desktop.store.models import (
    Candidate,
    ManualScore,
    Meeting,
    MeetingTask,
    Member,
    SituationEvent,
    YearSetting,
    YearTarget,
)


def meeting_rules(rulebook: Rulebook) -> MeetingRules:
    return MeetingRules(rulebook.attendance_rules(), rulebook.quality_rules())


# The statements are built once, with the year's bounds as parameters (see evaluation_meetings).
_FIRST, _LAST, _YEAR = bindparam("first", type_=Date), bindparam("last", type_=Date), bindparam("year", type_=Integer)
_TARGETS = select(YearTarget).where(YearTarget.year == _YEAR).order_by(YearTarget.position, YearTarget.id)
_CEREMONIES = (
    select(Candidate.member_id, Member.full_name, Candidate.admitted_on)
    .join(Member, Member.id == Candidate.member_id)
    .where(Candidate.admitted_on.between(_FIRST, _LAST))
)
_ADMITTED_EVENTS = (
    select(SituationEvent.member_id, Member.full_name, SituationEvent.on)
    .join(Member, Member.id == SituationEvent.member_id)
    .where(SituationEvent.kind == K.ADMITTED, SituationEvent.on.between(_FIRST, _LAST))
)
_ADMITTED_WITHOUT_JOIN = select(Member.id, Member.full_name, Member.admitted_on).where(
    Member.admitted_on.between(_FIRST, _LAST),
    ~exists().where(SituationEvent.member_id == Member.id, SituationEvent.kind.in_((K.ADMITTED, K.TRANSFERRED_IN))),
)
_MANUAL = select(ManualScore).where(ManualScore.year == _YEAR)
_TASK_REVIEWS = (
    select(Meeting.id, Meeting.held_on, MeetingTask.status)
    .join(MeetingTask, MeetingTask.reviewed_at_meeting_id == Meeting.id)
    .where(Meeting.held_on.between(_FIRST, _LAST), Meeting.superseded_by_id.is_(None))
)


def _bounds(year: int) -> dict[str, object]:
    return {"first": date(year, 1, 1), "last": date(year, 12, 31), "year": year}


def load_targets(s: Session, year: int) -> tuple[TargetFact, ...]:
    rows = s.scalars(_TARGETS, _bounds(year))
    return tuple(TargetFact(t.id, t.title, t.planned, t.achieved, t.unit) for t in rows)


def load_admissions(s: Session, year: int) -> tuple[AdmissionFact, ...]:
    """Members admitted (kết nạp) by the branch during the year: the admission pipeline's
    ceremonies first, then ADMITTED events, then the admission date of members recorded without
    any join event. A member who joined by a transfer in was admitted elsewhere: not counted."""
    s.flush()  # Core reads skip the ORM's autoflush
    conn, bounds = s.connection(), _bounds(year)
    found: dict[int, AdmissionFact] = {}
    for mid, name, on in conn.execute(_CEREMONIES, bounds).all():
        found[mid] = AdmissionFact(mid, name, on)
    for statement in (_ADMITTED_EVENTS, _ADMITTED_WITHOUT_JOIN):
        for mid, name, on in conn.execute(statement, bounds).all():
            found.setdefault(mid, AdmissionFact(mid, name, on))
    return tuple(found.values())


def load_manual(s: Session, year: int) -> dict[str, ManualEntry]:
    return {
        m.component_code: ManualEntry(m.score, m.justification, m.entered_by,
                                      m.entered_at.astimezone().strftime("%d/%m/%Y %H:%M") if m.entered_at else "")
        for m in s.scalars(_MANUAL, _bounds(year))
    }


def load_year_facts(s: Session, year: int, as_of: date, rulebook: Rulebook) -> YearFacts:
    facts, names = load_member_facts_and_names(s)
    timelines = year_timelines(facts, year)  # each member's situations through the year, once
    reviewed, disciplines = review_facts(s, year, facts, timelines, names)
    setting = s.get(YearSetting, year)
    return YearFacts(
        year=year,
        as_of=as_of,
        meetings=meeting_facts(load_meeting_records(s, year), timelines, meeting_rules(rulebook)),
        reviewed=reviewed,
        disciplines=disciplines,
        targets=load_targets(s, year),
        admissions=load_admissions(s, year),
        admission_target=setting.admission_target if setting else None,
        dues=dues_year_fact_in(s, year, as_of) if rulebook.indicators_used() & DUES_INDICATORS else None,
        task_reviews=load_task_reviews(s, year),
    )


def load_task_reviews(s: Session, year: int) -> tuple[TaskReviewFact, ...]:
    """The year's current meetings that reviewed earlier tasks, by date."""
    counts: dict[tuple[date, int], list[int]] = {}
    s.flush()
    for meeting_id, held_on, status in s.connection().execute(_TASK_REVIEWS, _bounds(year)).all():
        row = counts.setdefault((held_on, meeting_id), [0, 0])
        row[0] += status is TaskStatus.DONE
        row[1] += 1
    return tuple(TaskReviewFact(mid, day, done, total)
                 for (day, mid), (done, total) in sorted(counts.items()))


def year_rulebook_for(db) -> Callable[[int], Rulebook]:
    """The rulebook a year is evaluated under, read in a transaction of its own: call it before
    opening the caller's transaction (every transaction begins IMMEDIATE, so a nested one waits)."""
    def rulebook(year: int) -> Rulebook:
        with unit_of_work(db) as s:  # read only
            try:
                return resolve_year(s, year).rulebook
            except UserError:  # a file where no rulebook was ever stored: the shipped default
                return load_rulebook_file(default_rulebook_path()).rulebook

    return rulebook


def meeting_rules_for(db) -> Callable[[int], MeetingRules]:
    """The meetings and documents services' `rules_for_year`: §5 thresholds and the quality
    sheet of the year's rulebook, so meetings are scored by the same rules as the evaluation."""
    rulebook = year_rulebook_for(db)
    return lambda year: meeting_rules(rulebook(year))


def rating_rules_for(db) -> Callable[[int], RatingRules]:
    """The review service's `rules_for_year`: the rating bands and cap of the year's rulebook."""
    rulebook = year_rulebook_for(db)
    return lambda year: rulebook(year).rating_rules()
