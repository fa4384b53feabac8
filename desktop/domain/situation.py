"""A member's situation on a given date, from the dated history (DOMAIN.md §3).

Every count for a meeting uses the members' situation *on the meeting's date*.
Periods (exempt, attached elsewhere, suspended, special duty) start on their *_from date and
end after their *_to date (the end date is still inside the period).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cached_property, lru_cache
from operator import attrgetter
from typing import NamedTuple

from desktop.domain.enums import SituationEventKind as K


class Standing(StrEnum):
    NOT_YET = "not_yet"  # before admission or transfer in
    PROBATIONARY = "probationary"
    OFFICIAL = "official"
    LEFT = "left"  # transferred out, deceased, expelled, removed from the list


@dataclass(frozen=True)
class Event:
    kind: K
    on: date


@dataclass(frozen=True)
class MemberFacts:
    """What the rules need about one member, free of storage."""

    member_id: int
    admitted_on: date | None = None
    official_on: date | None = None
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class Situation:
    standing: Standing
    exempt: bool = False
    attached_elsewhere: bool = False
    suspended: bool = False
    special_duty: bool = False
    left_by: K | None = None

    # Worked out once per situation (equal situations are shared, see `_situation`): the
    # evaluation asks them of every member on every meeting's day.
    @cached_property
    def in_branch(self) -> bool:
        return self.standing in (Standing.OFFICIAL, Standing.PROBATIONARY)

    @property
    def is_official(self) -> bool:
        return self.standing is Standing.OFFICIAL

    @cached_property
    def expected_at_meetings(self) -> bool:
        """In the attendance base: exempt, attached, suspended and special-duty members are not."""
        return self.in_branch and not (
            self.exempt or self.attached_elsewhere or self.suspended or self.special_duty
        )


_JOIN = {K.ADMITTED, K.TRANSFERRED_IN}
_LEAVE = {K.TRANSFERRED_OUT, K.DECEASED, K.EXPELLED, K.REMOVED}
_PERIOD_START = {
    K.EXEMPT_FROM: "exempt",
    K.ATTACHED_FROM: "attached_elsewhere",
    K.SUSPENDED_FROM: "suspended",
    K.SPECIAL_DUTY_FROM: "special_duty",
}
_PERIOD_END = {
    K.EXEMPT_TO: "exempt",
    K.ATTACHED_TO: "attached_elsewhere",
    K.SUSPENDED_TO: "suspended",
    K.SPECIAL_DUTY_TO: "special_duty",
}


_FLAG_NAMES = ("exempt", "attached_elsewhere", "suspended", "special_duty")
_START_FLAG = {kind: _FLAG_NAMES.index(name) for kind, name in _PERIOD_START.items()}
_END_FLAG = {kind: _FLAG_NAMES.index(name) for kind, name in _PERIOD_END.items()}
_BY_DATE = attrgetter("on")


@lru_cache(maxsize=None)
def _situation(standing: Standing, flags: tuple[bool, ...], left_by: K | None) -> Situation:
    """Situations are immutable values of a few hundred kinds: the evaluation of a 1,000-member
    year asks for thousands, so equal ones are shared instead of built again."""
    return Situation(standing, *flags, left_by=left_by)


def situation_on(facts: MemberFacts, on: date) -> Situation:
    events = sorted(facts.events, key=_BY_DATE) if len(facts.events) > 1 else facts.events
    for event in events:
        if event.kind in _JOIN:
            in_branch = False
            break
    else:
        # A long-standing member recorded without a join event: a member since admission.
        in_branch = facts.admitted_on is None or facts.admitted_on <= on
    official = facts.official_on is not None and facts.official_on <= on
    flags = [False, False, False, False]
    left_by: K | None = None
    for event in events:
        kind = event.kind
        if kind in _END_FLAG:
            if event.on < on:
                flags[_END_FLAG[kind]] = False
            continue
        if event.on > on:
            break
        if kind in _JOIN:
            in_branch, left_by = True, None
        elif kind in _LEAVE:
            in_branch, left_by = False, kind
        elif kind is K.MADE_OFFICIAL:
            official = True
        elif kind in _START_FLAG:
            flags[_START_FLAG[kind]] = True
    if left_by is not None:
        standing = Standing.LEFT
    elif not in_branch:
        standing = Standing.NOT_YET
    else:
        standing = Standing.OFFICIAL if official else Standing.PROBATIONARY
    return _situation(standing, tuple(flags), left_by)


def situations_on(members: Iterable[MemberFacts], on: date) -> dict[int, Situation]:
    return {m.member_id: situation_on(m, on) for m in members}


_DAY = timedelta(days=1)


def change_days(facts: MemberFacts) -> set[date]:
    """The days on which the member's situation may change: `situation_on` gives the same
    situation on every day from one of them up to the day before the next. A period's start
    counts on its own day, its end on the day after it (the end date is inside the period)."""
    days = set()
    if facts.admitted_on is not None:
        days.add(facts.admitted_on)
    if facts.official_on is not None:
        days.add(facts.official_on)
    for event in facts.events:
        if event.kind in _END_FLAG:
            if event.on < date.max:
                days.add(event.on + _DAY)
        else:
            days.add(event.on)
    return days


class Timeline(NamedTuple):
    """A member's situations over a span of days: `situations[i]` holds from `starts[i]` to the
    day before `starts[i + 1]` (the last one to the end of the span). Equal to `situation_on`
    on every day of the span, built with one `situation_on` per change instead of one per day
    asked: the evaluation asks about every meeting and the review's dates for every member."""

    starts: tuple[date, ...]
    situations: tuple[Situation, ...]

    def on(self, day: date) -> Situation:
        """The situation on a day of the span (a day before it gets the first situation)."""
        return self.situations[max(bisect_right(self.starts, day) - 1, 0)]


def timeline(facts: MemberFacts, first: date, last: date) -> Timeline:
    """The member's situations from `first` to `last` (both included)."""
    later = set()  # the change days inside the span, after its first day (cf. change_days)
    for day in (facts.admitted_on, facts.official_on):
        if day is not None and first < day <= last:
            later.add(day)
    for event in facts.events:
        if event.kind in _END_FLAG:
            if first <= event.on < last:  # the day after it is inside the span
                later.add(event.on + _DAY)
        elif first < event.on <= last:
            later.add(event.on)
    if not later:  # most members: nothing changes during the span
        return Timeline((first,), (situation_on(facts, first),))
    starts, situations = [first], [situation_on(facts, first)]
    for day in sorted(later):
        found = situation_on(facts, day)
        if found != situations[-1]:
            starts.append(day)
            situations.append(found)
    return Timeline(tuple(starts), tuple(situations))


def year_timeline(facts: MemberFacts, year: int) -> Timeline:
    return timeline(facts, date(year, 1, 1), date(year, 12, 31))


def year_timelines(members: Iterable[MemberFacts], year: int) -> dict[int, Timeline]:
    """Every member's `year_timeline`, by member id."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    return {m.member_id: timeline(m, first, last) for m in members}


def expected_on_days(timelines: dict[int, Timeline], days: list[date]) -> dict[date, frozenset[int]]:
    """Who is expected at meetings on each of the (sorted, distinct) days, from the members'
    year timelines: members whose situation does not change during the year are decided once,
    the others once per period of their timeline (the days inside it found by bisection)."""
    constant: set[int] = set()
    more: list[list[int]] = [[] for _ in days]
    for mid, span in timelines.items():
        if len(span.situations) == 1:
            if span.situations[0].expected_at_meetings:
                constant.add(mid)
            continue
        ends = (*span.starts[1:], None)
        for start, end, situation in zip(span.starts, ends, span.situations):
            if situation.expected_at_meetings:
                for i in range(bisect_left(days, start), bisect_left(days, end) if end else len(days)):
                    more[i].append(mid)
    every_day = frozenset(constant)
    return {day: every_day.union(extra) for day, extra in zip(days, more)}
