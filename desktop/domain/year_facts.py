"""The year's records as the evaluation needs them: plain values, loaded by the service.

Meetings are the current rows only (corrections replace the row they correct). A meeting with a
record counts whether its minutes are adopted or still a draft; drafts are flagged so the screen
can list them as "not yet adopted" (the completeness check).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from desktop.domain.enums import DisciplineForm, MeetingKind, QualityBand, Rating
from desktop.wording import Text, say

REGULAR_KINDS = frozenset({MeetingKind.REGULAR, MeetingKind.COMBINED})
THEMATIC_KINDS = frozenset({MeetingKind.THEMATIC, MeetingKind.COMBINED})
ROMAN = ("I", "II", "III", "IV")

DISCIPLINE_TITLES: dict[DisciplineForm, Text] = {form: say(f"reviews.discipline_{form.value}")
                                                 for form in DisciplineForm}
DISCIPLINE_TITLES_VI = DISCIPLINE_TITLES  # the evaluation's evidence formats them (in Vietnamese)


@dataclass(frozen=True)
class MeetingFact:
    id: int
    kind: MeetingKind
    held_on: date
    adopted: bool = True
    duration_minutes: int | None = None
    expected: int = 0  # members expected on the date (exempt and attached left out)
    present: int = 0  # of them, present (an exempt member who attended is not counted)
    prepared_by_id: int | None = None  # the committee meeting that prepared it
    quality_band: QualityBand | None = None


@dataclass(frozen=True)
class ReviewFact:
    """A member reviewed this year, with what the review has produced so far."""

    member_id: int
    name: str
    has_commitment: bool = False
    final_rating: Rating | None = None


@dataclass(frozen=True)
class DisciplineFact:
    member_id: int
    name: str
    form: DisciplineForm
    decided_on: date
    decision_number: str = ""
    breaks_prohibitions: bool = False


@dataclass(frozen=True)
class TargetFact:
    id: int
    title: str
    planned: float
    achieved: float | None = None
    unit: str = ""

    @property
    def met(self) -> bool:
        return self.achieved is not None and self.achieved >= self.planned


@dataclass(frozen=True)
class AdmissionFact:
    member_id: int
    name: str
    admitted_on: date


@dataclass(frozen=True)
class DuesFact:
    """A member owing dues in the year: unpaid months (over, nothing paid, no accepted reason)."""

    member_id: int
    name: str
    owed_months: int  # months of the year that are over and owed
    unpaid: tuple[str, ...] = ()  # "09/2026", in order


@dataclass(frozen=True)
class DuesYearFact:
    threshold: int  # unpaid months in a year that lead to a removal proposal (from the schedule)
    members: tuple[DuesFact, ...] = ()


@dataclass(frozen=True)
class TaskReviewFact:
    """A meeting's review of last month's tasks: how many were done on time of those reviewed."""

    meeting_id: int
    held_on: date
    on_time: int
    reviewed: int


@dataclass(frozen=True)
class YearFacts:
    year: int
    as_of: date  # the evaluation date: on or after 31/12 the year is closed
    meetings: tuple[MeetingFact, ...] = ()
    reviewed: tuple[ReviewFact, ...] = ()
    disciplines: tuple[DisciplineFact, ...] = ()
    targets: tuple[TargetFact, ...] = ()
    admissions: tuple[AdmissionFact, ...] = ()
    admission_target: int | None = None
    dues: DuesYearFact | None = None  # None: no dues book kept here (or the rulebook asks none)
    task_reviews: tuple[TaskReviewFact, ...] = ()  # evidence of criterion 1 (the monthly tasks)

    @property
    def closed(self) -> bool:
        return self.as_of >= date(self.year, 12, 31)

    def month_open(self, month: int) -> bool:
        """A month still to come or running on `as_of` (its meeting may still be held)."""
        last = date(self.year, month, calendar.monthrange(self.year, month)[1])
        return self.as_of <= last and not self.closed

    def quarter_open(self, quarter: int) -> bool:
        return self.month_open(quarter * 3)


def dmy(d: date) -> str:
    return d.strftime("%d/%m/%Y")

