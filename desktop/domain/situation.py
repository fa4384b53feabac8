"""A member's situation on a given date, from the dated history (DOMAIN.md §3).

Every count for a meeting uses the members' situation *on the meeting's date*.
Periods (exempt, attached elsewhere, suspended, special duty) start on their *_from date and
end after their *_to date (the end date is still inside the period).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from operator import attrgetter

from desktop.domain.enums import SituationEventKind as K


class Standing(StrEnum):
    NOT_YET = "not_yet"  # before admission or transfer in
    PROBATIONARY = "probationary"
    OFFICIAL = "official"
    LEFT = "left"  # transferred out, deceased, expelled


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

    @property
    def in_branch(self) -> bool:
        return self.standing in (Standing.OFFICIAL, Standing.PROBATIONARY)

    @property
    def is_official(self) -> bool:
        return self.standing is Standing.OFFICIAL

    @property
    def expected_at_meetings(self) -> bool:
        """In the attendance base: exempt, attached, suspended and special-duty members are not."""
        return self.in_branch and not (
            self.exempt or self.attached_elsewhere or self.suspended or self.special_duty
        )


_JOIN = {K.ADMITTED, K.TRANSFERRED_IN}
_LEAVE = {K.TRANSFERRED_OUT, K.DECEASED, K.EXPELLED}
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
    if any(e.kind in _JOIN for e in events):
        in_branch = False
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
