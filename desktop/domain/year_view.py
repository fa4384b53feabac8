"""The year at a glance: a 12-month grid, thematic sessions by quarter and the gaps in words.

A combined sitting counts as the month's regular meeting *and* the quarter's thematic session.
A period is reported missing only once it is over (`as_of` past its last day), so the current
month is not flagged before it ends. Committee meetings are expected only when the branch has
a committee (`expects_committee`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.agenda import holds_regular, holds_thematic
from desktop.domain.enums import MeetingKind, QualityBand
from desktop.wording import DEFAULT_LANGUAGE, Text, say

ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class MeetingBrief:
    meeting_id: int
    kind: MeetingKind
    held_on: date
    attendance_rate: float | None = None
    quality: QualityBand | None = None
    checks_passed: bool | None = None


@dataclass(frozen=True)
class MonthCell:
    month: int
    regular: MeetingBrief | None  # the first regular or combined meeting of the month
    committee: MeetingBrief | None
    others: tuple[MeetingBrief, ...]  # further sittings (extraordinary, a second regular …)


@dataclass(frozen=True)
class QuarterCell:
    quarter: int
    thematic: tuple[MeetingBrief, ...]
    planned_topic: str = ""


@dataclass(frozen=True)
class YearGrid:
    year: int
    months: tuple[MonthCell, ...]
    quarters: tuple[QuarterCell, ...]
    gap_texts: tuple[Text, ...]  # what is missing, in calendar order

    @property
    def gaps(self) -> tuple[str, ...]:
        """In Vietnamese, for callers that show no other language."""
        return tuple(gap.render(DEFAULT_LANGUAGE) for gap in self.gap_texts)


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)


def build_year(
    year: int,
    meetings: Sequence[MeetingBrief],
    *,
    as_of: date,
    expects_committee: bool = True,
    planned_topics: dict[int, str] | None = None,
) -> YearGrid:
    planned_topics = planned_topics or {}
    ordered = sorted((m for m in meetings if m.held_on.year == year), key=lambda m: m.held_on)
    months = []
    for month in range(1, 13):
        here = [m for m in ordered if m.held_on.month == month]
        regular = next((m for m in here if holds_regular(m.kind)), None)
        committee = next((m for m in here if m.kind is MeetingKind.COMMITTEE), None)
        shown = {id(regular), id(committee)}
        others = tuple(m for m in here if id(m) not in shown and m.kind is not MeetingKind.THEMATIC)
        months.append(MonthCell(month, regular, committee, others))
    quarters = tuple(
        QuarterCell(
            q,
            tuple(m for m in ordered if holds_thematic(m.kind) and quarter_of(m.held_on.month) == q),
            planned_topics.get(q, ""),
        )
        for q in range(1, 5)
    )
    gaps: list[Text] = []
    for q in range(1, 5):
        for cell in months[(q - 1) * 3 : q * 3]:
            if _month_end(year, cell.month) >= as_of:
                continue
            if cell.regular is None:
                gaps.append(say("year.gap_regular", month=cell.month))
            if expects_committee and cell.committee is None:
                gaps.append(say("year.gap_committee", month=cell.month))
        if _month_end(year, q * 3) < as_of and not quarters[q - 1].thematic:
            gaps.append(say("year.gap_thematic", quarter=ROMAN[q - 1]))
    return YearGrid(year, tuple(months), quarters, tuple(gaps))
