"""Party age and badge milestones (Điều lệ Đảng art. 5.4; HD 01-HD/TW item 18; DOMAIN.md §12).

Party age counts from admission, less the periods out of the party that are recorded. A
milestone (30, 40, 45 … years) is reached on the day the party age becomes that many years,
and is awarded at the first ceremony date (3/2, 19/5, 2/9, 7/11 — rulebook data) on or after it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.lifecycle_dates import add_years, dmy
from desktop.domain.lifecycle_rules import BadgeRules
from desktop.domain.probation import Finding
from desktop.wording import say


@dataclass(frozen=True)
class Break:
    """A period out of the party, both days included; `end` None: still out."""

    start: date
    end: date | None = None


@dataclass(frozen=True)
class PartyAge:
    years: int
    months: int
    days: int  # out-of-party days already taken off

    def words(self) -> str:
        if self.years and self.months:
            return f"{self.years} năm {self.months} tháng"
        if self.years:
            return f"{self.years} năm"
        return f"{self.months} tháng"


@dataclass(frozen=True)
class Milestone:
    years: int
    reached_on: date
    ceremony_on: date


def _days_out_before(breaks: Sequence[Break], admitted_on: date, on: date) -> int:
    total = 0
    for b in breaks:
        start = max(b.start, admitted_on)
        end = min(b.end or on, on)
        if end >= start:
            total += (end - start).days + 1
    return total


def party_age(admitted_on: date, breaks: Sequence[Break], on: date) -> PartyAge | None:
    """Whole years and months of party age on `on`; None before admission."""
    if on < admitted_on:
        return None
    out = _days_out_before(breaks, admitted_on, on)
    start = admitted_on + timedelta(days=out)  # the same length, counted from a later start
    if on < start:
        return PartyAge(0, 0, out)
    months = (on.year - start.year) * 12 + on.month - start.month - (on.day < start.day)
    return PartyAge(months // 12, months % 12, out)


def milestone_reached_on(admitted_on: date, breaks: Sequence[Break], years: int) -> date | None:
    """The day the party age reaches `years`: the anniversary of a start pushed later by every
    day out of the party before it (a break still open: never)."""
    if any(b.end is None for b in breaks):
        return None
    day = add_years(admitted_on, years)
    for _ in range(len(breaks) + 1):  # each pass may bring one more break before the day
        # The same model as party_age: the start moves later by the days out before the day.
        moved = add_years(admitted_on + timedelta(days=_days_out_before(breaks, admitted_on, day)),
                          years)
        if moved == day:
            break
        day = moved
    return day


def milestones(admitted_on: date, breaks: Sequence[Break], rules: BadgeRules) -> list[Milestone]:
    out = []
    for years in rules.milestones:
        reached = milestone_reached_on(admitted_on, breaks, years)
        if reached is not None:
            out.append(Milestone(years, reached, rules.ceremony_on_or_after(reached)))
    return out


def next_milestone(admitted_on: date, breaks: Sequence[Break], rules: BadgeRules,
                   on: date) -> Milestone | None:
    """The first milestone whose ceremony is on or after `on`."""
    return next((m for m in milestones(admitted_on, breaks, rules) if m.ceremony_on >= on), None)


def milestones_in_year(admitted_on: date, breaks: Sequence[Break], rules: BadgeRules,
                       year: int) -> list[Milestone]:
    return [m for m in milestones(admitted_on, breaks, rules) if m.ceremony_on.year == year]


def check_breaks(name: str, admitted_on: date | None, breaks: Iterable[Break],
                 today: date) -> list[Finding]:
    found: list[Finding] = []
    ordered = sorted(breaks, key=lambda b: b.start)
    if ordered and admitted_on is None:
        found.append(Finding("admitted_on", say("lifecycle.badge_no_admission", name=name)))
        return found
    for b in ordered:
        if b.end is not None and b.end < b.start:
            found.append(Finding("breaks", say("lifecycle.break_reversed", name=name,
                                               start=dmy(b.start), end=dmy(b.end))))
        if admitted_on is not None and b.start < admitted_on:
            found.append(Finding("breaks", say("lifecycle.break_before_admission", name=name,
                                               start=dmy(b.start), admitted=dmy(admitted_on))))
        if b.start > today:
            found.append(Finding("breaks", say("lifecycle.date_in_future", name=name,
                                               field=say("lifecycle.field_break"),
                                               day=dmy(b.start))))
    for a, b in zip(ordered, ordered[1:]):
        if a.end is None or a.end >= b.start:
            found.append(Finding("breaks", say("lifecycle.break_overlap", name=name,
                                               first=dmy(a.start), second=dmy(b.start))))
    return found
