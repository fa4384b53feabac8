"""When the branch sits in a generated year: committee meeting, then the regular meeting, every
month; one thematic session per quarter, in one quarter held together with the regular meeting.

Only sittings on or before the last day are produced, so the current year stops at today. The
year's style may leave one quarter's thematic session planned but never held.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta

from desktop.domain.enums import MeetingKind
from desktop.services.demo.style import ORDINARY, YearStyle

# A quarter still under way gets its thematic session only once this much of it has passed.
_QUARTER_ELAPSED_DAYS = 45


@dataclass(frozen=True)
class Sitting:
    kind: MeetingKind
    held_on: date
    start: time
    end: time
    quarter: int
    # For a committee meeting: it prepares the branch meeting that follows it.
    prepares_next: bool = False


@dataclass(frozen=True)
class PlanEntry:
    quarter: int
    month: int
    held_on: date | None  # None: planned, not held by the last day


@dataclass(frozen=True)
class YearPlan:
    year: int
    sittings: list[Sitting]
    plan: list[PlanEntry]


def _at(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def plan_year(rng: random.Random, year: int, last_day: date, style: YearStyle = ORDINARY) -> YearPlan:
    # Day 4 at the earliest, so the committee (2–3 days before) sits in the same month.
    regular_day = {m: date(year, m, rng.randint(4, 8)) for m in range(1, 13)}
    skipped = style.skipped_thematic_quarter
    combined_quarter = rng.choice([q for q in range(1, 5) if q != skipped])
    short_month = rng.randint(1, 12) if rng.random() < style.short_meeting_chance else None
    thematic: dict[int, PlanEntry] = {}
    for quarter in range(1, 5):
        first_month = 3 * quarter - 2
        months = range(first_month, first_month + 3)
        if quarter == combined_quarter:
            candidates = {m: regular_day[m] for m in months}
        else:
            candidates = {m: date(year, m, rng.randint(15, 22)) for m in months}
        planned_month = rng.choice(list(months))
        quarter_start = date(year, first_month, 1)
        quarter_end = date(year + (first_month + 3) // 13, (first_month + 2) % 12 + 1, 1) - timedelta(days=1)
        held = {m: d for m, d in candidates.items() if d <= last_day}
        if quarter == skipped or (
                quarter_end > last_day and (last_day - quarter_start).days < _QUARTER_ELAPSED_DAYS):
            held = {}
        if held:
            month = planned_month if planned_month in held else rng.choice(sorted(held))
            thematic[quarter] = PlanEntry(quarter, month, held[month])
        else:
            thematic[quarter] = PlanEntry(quarter, planned_month, None)

    sittings: list[Sitting] = []
    for month in range(1, 13):
        quarter = (month - 1) // 3 + 1
        held_on = regular_day[month]
        if held_on > last_day:
            break
        entry = thematic[quarter]
        combined = quarter == combined_quarter and entry.held_on == held_on
        committee_day = held_on - timedelta(days=rng.randint(2, 3))
        committee_start = rng.choice((8 * 60, 14 * 60 + 30))
        sittings.append(Sitting(MeetingKind.COMMITTEE, committee_day, _at(committee_start),
                                _at(committee_start + rng.randint(75, 100)), quarter, prepares_next=True))
        if combined:
            start, length = 19 * 60, rng.randint(130, 150)
        else:
            start = 19 * 60 + 30
            length = rng.randint(75, 85) if month == short_month else rng.randint(95, 110)
        kind = MeetingKind.COMBINED if combined else MeetingKind.REGULAR
        sittings.append(Sitting(kind, held_on, _at(start), _at(start + length), quarter))
        if entry.held_on is not None and not combined and entry.held_on.month == month:
            sittings.append(Sitting(MeetingKind.THEMATIC, entry.held_on, _at(19 * 60 + 30),
                                    _at(19 * 60 + 30 + rng.randint(95, 110)), quarter))
    return YearPlan(year, sittings, [thematic[q] for q in range(1, 5)])
