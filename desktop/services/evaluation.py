"""The year's self-evaluation ("Chi bộ 4 tốt" or the model of the year's rulebook).

One call = one transaction: resolve (and on first use pin) the year's rulebook, load only that
year's rows, measure every indicator, apply the engine. Meetings with a record count whether
adopted or still a draft; the drafts are listed in `EvaluationReport.drafts` so the user sees
what is not final yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desktop.clock import Clock
from desktop.domain.agenda import KIND_TITLES
from desktop.domain.evaluation import EvaluationResult, evaluate
from desktop.domain.measures import compute_measures
from desktop.domain.year_facts import YearFacts, dmy
from desktop.services.evaluation_load import load_manual, load_year_facts
from desktop.services.name_keys import NameKeys
from desktop.services.rulebooks import RulebookInfo, ensure_year_pinned, resolve_year
from desktop.services.speed import transient_objects
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Branch, Meeting, YearSetting


@dataclass(frozen=True)
class EvaluationReport:
    year: int
    as_of: date
    branch_name: str
    rulebook: RulebookInfo
    result: EvaluationResult
    drafts: tuple[str, ...]  # meetings counted though their minutes are not adopted yet
    locked: bool

    @property
    def in_progress(self) -> bool:
        return not self.result.closed


_BRANCH_NAME = select(Branch.name).limit(1)


def evaluate_in_session(s, year: int, as_of: date, name_key: NameKeys | None = None) -> EvaluationReport:
    """The evaluation inside a caller's session (the package and report builders reuse it)."""
    yr = resolve_year(s, year)  # the caller pins first (ensure_year_pinned)
    facts: YearFacts = load_year_facts(s, year, as_of, yr.rulebook)
    measures = compute_measures(facts, yr.rulebook.thresholds, name_key or NameKeys())
    result = evaluate(yr.rulebook, measures, load_manual(s, year), year=year, as_of=as_of, closed=facts.closed)
    branch = s.execute(_BRANCH_NAME).first()
    drafts = tuple(
        f"{KIND_TITLES[m.kind]} ngày {dmy(m.held_on)}" for m in sorted(facts.meetings, key=lambda m: m.held_on) if not m.adopted
    )
    return EvaluationReport(year, as_of, branch[0] if branch else "", yr.info, result, drafts, yr.locked)


class EvaluationService:
    def __init__(self, db: Database, *, clock: Clock):
        self._db = db
        self._clock = clock
        self._names = NameKeys()

    def focus_year(self) -> int:
        """The year a secretary is working on: last year until its package has been sent (its
        evaluation is the pending year-end work), then the current year."""
        today = self._clock.today()
        previous = today.year - 1
        with unit_of_work(self._db) as s:
            setting = s.get(YearSetting, previous)
            if setting is not None and setting.locked_at is not None:
                return today.year
            held = s.scalar(select(func.count(Meeting.id)).where(
                Meeting.held_on.between(date(previous, 1, 1), date(previous, 12, 31))))
        return previous if held else today.year

    def evaluate(self, year: int, as_of: date | None = None) -> EvaluationReport:
        """`as_of` defaults to today; a past year is closed, the running year in progress."""
        as_of = as_of or self._clock.today()
        with transient_objects(), unit_of_work(self._db) as s:  # read only
            setting = s.get(YearSetting, year)
            if self._db.read_only or (setting is not None and setting.rulebook_id):
                return evaluate_in_session(s, year, as_of, self._names)
        # The year's first evaluation pins its rulebook, in a transaction of its own (a write).
        ensure_year_pinned(self._db, year, self._clock.utcnow())
        with transient_objects(), unit_of_work(self._db) as s:  # read only
            return evaluate_in_session(s, year, as_of, self._names)
