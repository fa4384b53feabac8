"""Who was expected at a sitting and how each one answered the roll call.

Expected members come from `situation_on` on the sitting's date (DOMAIN.md §5), so exempt,
attached-elsewhere and not-yet-joined members never appear in the base.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.enums import AttendanceStatus
from desktop.domain.situation import MemberFacts, Situation, situation_on
from desktop.services.demo import texts

_EXCUSED_SHARE = 0.07  # about two of thirty members excused at a typical meeting


@dataclass(frozen=True)
class RollCall:
    """Statuses by member id; `extra` are present members outside the base (expected = 0)."""

    statuses: dict[int, tuple[AttendanceStatus, str]]
    extra: tuple[int, ...] = ()

    def present(self) -> list[int]:
        listed = [m for m, (s, _) in self.statuses.items() if s is AttendanceStatus.PRESENT]
        return listed + list(self.extra)


class Situations:
    """Situations of every member on a date.

    A situation can only change on a dated fact (admission, official date, an event) or the day
    after one (a period ends after its *_to date), so it is computed once per member and interval
    between those days: thousands of `situation_on` calls instead of a million at 1,000 × 20.
    """

    def __init__(self, facts: list[MemberFacts]):
        self._facts = facts
        self._changes: dict[int, list[date]] = {}
        for f in facts:
            days = {d for d in (f.admitted_on, f.official_on) if d is not None}
            for event in f.events:
                days.update((event.on, event.on + timedelta(days=1)))
            self._changes[f.member_id] = sorted(days)
        self._by_interval: dict[tuple[int, int], Situation] = {}
        self._cache: dict[date, dict[int, Situation]] = {}

    def on(self, day: date) -> dict[int, Situation]:
        if day not in self._cache:
            self._cache[day] = {f.member_id: self._one(f, day) for f in self._facts}
        return self._cache[day]

    def _one(self, facts: MemberFacts, day: date) -> Situation:
        key = (facts.member_id, bisect_right(self._changes[facts.member_id], day))
        if key not in self._by_interval:
            self._by_interval[key] = situation_on(facts, day)
        return self._by_interval[key]

    def expected(self, day: date, among: set[int] | None = None) -> list[int]:
        return [m for m, s in self.on(day).items()
                if s.expected_at_meetings and (among is None or m in among)]

    def exempt_present_candidates(self, day: date) -> list[int]:
        return [m for m, s in self.on(day).items() if s.in_branch and s.exempt]


def roll_call(
    rng: random.Random, expected: list[int], *, always_present: set[int],
    unexcused: int | None = None, exempt_guest: int | None = None, excused_share: float = _EXCUSED_SHARE,
    excused: int | None = None, not_excused: set[int] | frozenset[int] = frozenset(),
) -> RollCall:
    """Each member is excused with `excused_share`; or, when `excused` is given, exactly that
    many are, drawn from those neither always present nor in `not_excused`."""
    if excused is None:
        away = {m for m in expected if m not in always_present and rng.random() < excused_share}
    else:
        pool = [m for m in expected if m not in always_present and m not in not_excused]
        away = set(rng.sample(pool, min(excused, len(pool))))
    statuses: dict[int, tuple[AttendanceStatus, str]] = {}
    for member_id in expected:
        if member_id in away:
            statuses[member_id] = (AttendanceStatus.EXCUSED, rng.choice(texts.EXCUSE_REASONS))
        else:
            statuses[member_id] = (AttendanceStatus.PRESENT, "")
    if unexcused is not None and unexcused in statuses:
        statuses[unexcused] = (AttendanceStatus.UNEXCUSED, "")
    extra = (exempt_guest,) if exempt_guest is not None else ()
    return RollCall(statuses, extra)
