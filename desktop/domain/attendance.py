"""Attendance at one meeting: who is expected, the rate and the three checks (DOMAIN.md §5).

Inputs are plain values (a roster with each member's situation on the meeting's date, and the
recorded marks); the output is an `AttendanceSummary` a screen or a document shows as it is.

- Expected = `Situation.expected_at_meetings` on the date: exempt, attached-elsewhere, suspended
  and special-duty members are listed apart and left out of the base.
- Rate = present ÷ expected. An exempt member who attends is shown (`extra_present`) but is in
  neither the numerator nor the base.
- Checks: rate > 85 %; no unexcused absence; nobody absent (even excused) more than 3 times in a
  row in the year. The run is the member's *trailing* run of absences ending at this meeting, so
  the meeting of the 4th consecutive absence is the one that fails (an earlier run does not make
  every later meeting fail).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.collation import name_sort_key
from desktop.domain.enums import AttendanceStatus
from desktop.domain.situation import MemberFacts, Situation, Standing, situation_on


@dataclass(frozen=True)
class AttendanceRules:
    """Thresholds of §5, fed by the rulebook; defaults are the DOMAIN.md values."""

    min_rate: float = 0.85  # the rate must be strictly above this
    max_consecutive_absences: int = 3  # a run longer than this fails


@dataclass(frozen=True)
class RosterMember:
    """A member considered for this meeting, with the situation on the meeting's date."""

    member_id: int
    name: str
    situation: Situation


def roster_on(members: Iterable[MemberFacts], names: Mapping[int, str], on: date,
              sitting: Collection[int] | None = None) -> tuple[RosterMember, ...]:
    """The members of the branch on `on`, each with that day's situation; with `sitting`,
    only those (a committee meeting counts the committee, see `committee_on`)."""
    roster = []
    for facts in members:
        if sitting is not None and facts.member_id not in sitting:
            continue
        situation = situation_on(facts, on)
        if situation.in_branch:
            roster.append(RosterMember(facts.member_id, names[facts.member_id], situation))
    return tuple(roster)


def committee_on(positions: Iterable[tuple[int, date, date | None]], on: date) -> set[int]:
    """Who sits on the committee on `on`, from (member id, start, end or None) positions."""
    return {mid for mid, start, end in positions if start <= on and (end is None or end >= on)}


@dataclass(frozen=True)
class Mark:
    """One recorded attendance row."""

    member_id: int
    status: AttendanceStatus
    reason: str = ""
    expected: bool = True


@dataclass(frozen=True)
class Person:
    member_id: int
    name: str


@dataclass(frozen=True)
class Absence:
    member_id: int
    name: str
    reason: str = ""


@dataclass(frozen=True)
class LongRun:
    """A member absent `count` times in a row up to and including this meeting."""

    member_id: int
    name: str
    count: int


@dataclass(frozen=True)
class AttendanceChecks:
    rate_ok: bool
    no_unexcused: bool
    no_long_runs: bool
    unexcused: tuple[Person, ...] = ()
    long_runs: tuple[LongRun, ...] = ()

    @property
    def passed(self) -> bool:
        return self.rate_ok and self.no_unexcused and self.no_long_runs


@dataclass(frozen=True)
class AttendanceSummary:
    """Counts for the attendance report; lists are sorted by Vietnamese name order.

    official / probationary: members in the roster with that standing on the date (the whole
    branch, or the committee for a committee meeting). expected: of them, those expected.
    present = present_official + present_probationary (expected members only).
    extra_present: not expected (e.g. exempt) but attended; not in the rate.
    rate: present ÷ expected, None when nobody is expected.
    """

    official: int
    probationary: int
    expected: int
    present: int
    present_official: int
    present_probationary: int
    excused: tuple[Absence, ...]
    unexcused: tuple[Person, ...]
    exempt: tuple[Person, ...]
    attached_elsewhere: tuple[Person, ...]
    other_not_expected: tuple[Person, ...]  # suspended or on special duty
    extra_present: tuple[Person, ...]
    rate: float | None
    checks: AttendanceChecks
    unmarked: tuple[Person, ...] = field(default=())  # expected but no row (data gap)

    @property
    def total(self) -> int:
        return self.official + self.probationary

    @property
    def absent(self) -> int:
        return len(self.excused) + len(self.unexcused)


def _by_name(items: Iterable) -> tuple:
    return tuple(sorted(items, key=lambda p: name_sort_key(p.name)))


def _people(members: Iterable[RosterMember]) -> tuple[Person, ...]:
    return _by_name(Person(r.member_id, r.name) for r in members)


def is_absent(status: AttendanceStatus) -> bool:
    return status is not AttendanceStatus.PRESENT


def trailing_absences(history: Sequence[AttendanceStatus | None]) -> int:
    """Length of the run of absences at the end of `history` (oldest first).

    `None` means the member was not expected at that meeting: it neither breaks nor extends a
    run (an exempt month between two absences does not reset the count).
    """
    run = 0
    for status in reversed(history):
        if status is None:
            continue
        if not is_absent(status):
            break
        run += 1
    return run


def summarize(
    roster: Sequence[RosterMember],
    marks: Sequence[Mark],
    runs: Mapping[int, int] | None = None,
    rules: AttendanceRules = AttendanceRules(),
) -> AttendanceSummary:
    """Attendance figures and checks for one meeting.

    `runs`: member id → trailing run of absences including this meeting (see
    `trailing_absences`); members missing from it count as 0.
    """
    runs = runs or {}
    by_id = {m.member_id: m for m in marks}
    names = {r.member_id: r.name for r in roster}
    in_branch = [r for r in roster if r.situation.in_branch]
    expected = [r for r in in_branch if r.situation.expected_at_meetings]
    present_off = present_prob = 0
    excused: list[Absence] = []
    unexcused: list[Person] = []
    unmarked: list[Person] = []
    for member in expected:
        mark = by_id.get(member.member_id)
        if mark is None:
            unmarked.append(Person(member.member_id, member.name))
        elif mark.status is AttendanceStatus.PRESENT:
            if member.situation.standing is Standing.OFFICIAL:
                present_off += 1
            else:
                present_prob += 1
        elif mark.status is AttendanceStatus.EXCUSED:
            excused.append(Absence(member.member_id, member.name, mark.reason))
        else:
            unexcused.append(Person(member.member_id, member.name))
    expected_ids = {r.member_id for r in expected}
    extra = [
        Person(m.member_id, names.get(m.member_id, ""))
        for m in marks
        if m.member_id not in expected_ids and m.status is AttendanceStatus.PRESENT
    ]
    present = present_off + present_prob
    rate = present / len(expected) if expected else None
    long_runs = [
        LongRun(mid, names.get(mid, ""), n)
        for mid, n in runs.items()
        if n > rules.max_consecutive_absences and mid in expected_ids
    ]
    checks = AttendanceChecks(
        rate_ok=rate is not None and rate > rules.min_rate,
        no_unexcused=not unexcused,
        no_long_runs=not long_runs,
        unexcused=_by_name(unexcused),
        long_runs=_by_name(long_runs),
    )

    # Each member not expected is listed once: exempt first, then attached, then the rest.
    exempt = [r for r in in_branch if r.situation.exempt]
    attached = [r for r in in_branch if r.situation.attached_elsewhere and not r.situation.exempt]
    shown = {r.member_id for r in exempt + attached} | expected_ids
    other = [r for r in in_branch if r.member_id not in shown]

    return AttendanceSummary(
        official=sum(1 for r in in_branch if r.situation.standing is Standing.OFFICIAL),
        probationary=sum(1 for r in in_branch if r.situation.standing is Standing.PROBATIONARY),
        expected=len(expected),
        present=present,
        present_official=present_off,
        present_probationary=present_prob,
        excused=_by_name(excused),
        unexcused=_by_name(unexcused),
        exempt=_people(exempt),
        attached_elsewhere=_people(attached),
        other_not_expected=_people(other),
        extra_present=_by_name(extra),
        rate=rate,
        checks=checks,
        unmarked=_by_name(unmarked),
    )
