"""Read models of the annual review: plain frozen data handed to the front ends."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.enums import DisciplineForm, Rating, ReviewStep
from desktop.domain.rating import RatingRules, RatingSummary, final_rating
from desktop.domain.review_scope import ScopeReason
from desktop.domain.situation import Situation
from desktop.domain.year_facts import DISCIPLINE_TITLES
from desktop.wording import Text, say

DISCIPLINE_FORMS: dict[DisciplineForm, Text] = DISCIPLINE_TITLES


def situation_code(sit: Situation) -> str:
    """One word for a member's situation: the special cases first, else the standing."""
    if sit.in_branch:
        for flag in ("exempt", "suspended", "attached_elsewhere"):
            if getattr(sit, flag):
                return flag
    if sit.left_by is not None:
        return sit.left_by.value
    return sit.standing.value


def vi_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


@dataclass(frozen=True)
class StepEntry:
    step: ReviewStep
    rating: Rating
    score: float | None = None
    decided_on: date | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    note: str = ""


@dataclass(frozen=True)
class DisciplineEntry:
    id: int
    member_id: int
    member_name: str
    form: DisciplineForm
    decision_number: str
    decided_on: date
    issuing_body: str
    reason: str = ""
    breaks_prohibitions: bool = False

    def describe(self) -> Text:
        return say("reviews.discipline_decision", form=DISCIPLINE_FORMS[self.form],
                   number=self.decision_number, date=vi_date(self.decided_on), body=self.issuing_body)

    def describe_vi(self) -> str:
        return self.describe().render("vi")


@dataclass(frozen=True)
class ReviewRow:
    """One member reviewed in the year, with every step recorded so far."""

    member_id: int
    full_name: str
    situation: str  # situation_code on the reference date
    reason: ScopeReason
    since: date | None
    commitment_signed_on: date | None
    has_commitment: bool
    has_self_review: bool
    self_score: float | None
    tasks_exceeded_pct: float | None
    proposed_rating: Rating | None  # what the rules give to the self score
    steps: tuple[StepEntry, ...] = ()
    disciplines: tuple[DisciplineEntry, ...] = ()  # decided in the year

    @property
    def disciplined(self) -> bool:
        return bool(self.disciplines)

    def step(self, step: ReviewStep) -> StepEntry | None:
        return next((s for s in self.steps if s.step is step), None)

    def rating(self, step: ReviewStep) -> Rating | None:
        entry = self.step(step)
        return entry.rating if entry else None

    @property
    def final_rating(self) -> Rating | None:
        return final_rating({s.step: s.rating for s in self.steps})


@dataclass(frozen=True)
class ExcludedRow:
    """A member in the branch during the year who is not reviewed here, and why."""

    member_id: int
    full_name: str
    situation: str
    reason: ScopeReason
    since: date | None


@dataclass(frozen=True)
class YearReview:
    year: int
    reference_date: date
    rules: RatingRules
    rows: tuple[ReviewRow, ...]
    excluded: tuple[ExcludedRow, ...]
    summary: RatingSummary
    disciplines: tuple[DisciplineEntry, ...] = ()  # every decision of the year

    def row(self, member_id: int) -> ReviewRow | None:
        return next((r for r in self.rows if r.member_id == member_id), None)


@dataclass(frozen=True)
class MemberReview:
    """One member's review in full, for the detail panel and the forms."""

    year: int
    row: ReviewRow
    commitment: dict[str, str] = field(default_factory=dict)
    self_review: dict[str, str] = field(default_factory=dict)
    self_review_written_on: date | None = None
    all_disciplines: tuple[DisciplineEntry, ...] = ()
