"""The rules of the dues ledger (Quy định 01-QĐ/TW, 3/2/2026; DOMAIN.md §12).

Which months a member owes, from the dated history of their situation:

- a month is owed when the member, on at least one of its days, belongs to the branch
  (probationary members included) and is not freed from dues. So a member admitted or
  transferred in on 20 March owes March; a member transferred out (or expelled) on 15 June
  owes June, the last month — they were this branch's member in June, and the introduction
  letter tells the receiving branch that dues are paid up to June, so it collects from July;
- being exempt from work and meetings, or attached to another branch, frees a member only if
  the schedule says so (`exempt_members_pay`, `attached_elsewhere_pay_here`), and only for a
  month the period covers entirely: exempt from 15 March → March is owed, April is not;
- the month a member dies is not owed (nothing is claimed from the family for it), but a
  payment already made for it is kept;
- a payment for a month in which the member was never in the branch (before joining, after
  leaving) is refused; one for a month that is not owed but was spent in the branch (exempt,
  attached, the month of death) is accepted and shown as voluntary.

What a month costs: the schedule in force for the month applied to the member's basis in force
the *previous* month ("1% of the previous month's insured salary"); a raise declared from July
changes the dues of August. A member whose first basis starts in the month itself (just joined,
just recorded) pays on it from that month.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from desktop.domain.dues_schedule import Due, Schedule
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.months import Month
from desktop.domain.situation import MemberFacts, Situation, Standing, situation_on

_PERIOD_ENDS = {K.EXEMPT_TO, K.ATTACHED_TO, K.SUSPENDED_TO, K.SPECIAL_DUTY_TO}


class Owing(StrEnum):
    OWED = "owed"
    FREED = "freed"  # in the branch, but not owing this month (exempt, attached, died)
    BEFORE = "before"  # not yet in the branch
    AFTER = "after"  # left the branch before this month


class Freed(StrEnum):
    EXEMPT = "exempt"
    ATTACHED = "attached"
    DECEASED = "deceased"
    NO_SCHEDULE = "no_schedule"  # before the first schedule: the book does not cover the month


class Via(StrEnum):
    CASH = "cash"  # tiền mặt, nộp trực tiếp cho chi bộ
    PORTAL = "portal"  # Cổng Dịch vụ công Quốc gia


class Status(StrEnum):
    """A member's month, as the month list and `dues month --json` say it."""

    PAID = "paid"  # the amount due, exactly
    OVERPAID = "overpaid"  # more than due: allowed, and reported
    SHORT = "short"  # less than due: recorded, and shown as short
    UNPAID = "unpaid"  # owed, the month is over, nothing paid
    PENDING = "pending"  # owed, the month is not over yet, nothing paid
    EXCUSED = "excused"  # owed, unpaid, with a reason the branch accepted
    NOT_DUE = "not_due"  # in the branch but not owing (exempt, attached, died)
    VOLUNTARY = "voluntary"  # paid for a month not owed
    UNKNOWN = "unknown"  # paid, but the amount due cannot be computed yet (no basis, figure to set)
    NO_BASIS = "no_basis"  # owed, nothing paid, and no basis recorded yet: not counted as unpaid


class Timing(StrEnum):
    ADVANCE = "advance"  # paid before the month began
    ON_TIME = "on_time"
    LATE = "late"  # paid after the month ended


@dataclass(frozen=True)
class OwingRules:
    exempt_pay: bool = False
    attached_pay: bool = False

    @classmethod
    def of(cls, schedule: Schedule) -> OwingRules:
        return cls(schedule.exempt_members_pay, schedule.attached_elsewhere_pay_here)


@dataclass(frozen=True)
class MonthOwing:
    owing: Owing
    freed: Freed | None = None

    @property
    def in_branch(self) -> bool:
        return self.owing in (Owing.OWED, Owing.FREED)


@dataclass(frozen=True)
class Basis:
    """A member's category and declared base (salary, allowance, pension) from a month on."""

    member_id: int
    start: Month
    category: str
    base: int | None
    id: int = 0
    note: str = ""


@dataclass(frozen=True)
class Entry:
    """The ledger line of a member and month as recorded: a payment and/or an accepted reason."""

    member_id: int
    month: Month
    amount: int | None = None
    via: Via | None = None
    reference: str = ""
    paid_on: date | None = None
    reason: str = ""

    @property
    def paid(self) -> bool:
        return self.amount is not None


def _change_days(facts: MemberFacts, month: Month) -> list[date]:
    """The days of `month` on which the member's situation may change (its first day, each
    event, the day after a period ends): checking those days sees every situation of the month."""
    first, last = month.first_day, month.last_day
    days = {first}
    for event in facts.events:
        day = event.on + timedelta(days=1) if event.kind in _PERIOD_ENDS else event.on
        if first < day <= last:
            days.add(day)
    for day in (facts.admitted_on, facts.official_on):
        if day is not None and first < day <= last:
            days.add(day)
    return sorted(days)


def _freed(situation: Situation, rules: OwingRules) -> Freed | None:
    if situation.exempt and not rules.exempt_pay:
        return Freed.EXEMPT
    if situation.attached_elsewhere and not rules.attached_pay:
        return Freed.ATTACHED
    return None


def month_owing(facts: MemberFacts, month: Month, rules: OwingRules) -> MonthOwing:
    situations = [situation_on(facts, day) for day in _change_days(facts, month)]
    inside = [s for s in situations if s.in_branch]
    if not inside:
        # Every situation in the month is outside the branch: before joining or after leaving.
        joined_later = situation_on(facts, month.last_day).standing is Standing.NOT_YET
        return MonthOwing(Owing.BEFORE if joined_later else Owing.AFTER)
    if any(e.kind is K.DECEASED and month.first_day <= e.on <= month.last_day for e in facts.events):
        return MonthOwing(Owing.FREED, Freed.DECEASED)
    freed = [_freed(s, rules) for s in inside]
    if any(f is None for f in freed):
        return MonthOwing(Owing.OWED)
    return MonthOwing(Owing.FREED, freed[0])


def basis_for(bases: Sequence[Basis], month: Month) -> Basis | None:
    """The basis the dues of `month` are computed on: the one in force the previous month, or,
    for a member with none then, the one starting in `month` itself."""
    ordered = sorted(bases, key=lambda b: b.start)
    previous = month.previous()
    before = [b for b in ordered if b.start <= previous]
    if before:
        return before[-1]
    return next((b for b in ordered if b.start == month), None)


def due_for(bases: Sequence[Basis], month: Month, schedule: Schedule | None,
            values: Mapping[str, Decimal]) -> tuple[Due, Basis | None]:
    if schedule is None:
        return Due(None, problem="no_schedule"), None
    basis = basis_for(bases, month)
    if basis is None:
        return Due(None, problem="no_basis"), None
    return schedule.due(basis.category, basis.base, values), basis


def timing_of(paid_on: date | None, month: Month) -> Timing | None:
    if paid_on is None:
        return None
    if paid_on < month.first_day:
        return Timing.ADVANCE
    if paid_on > month.last_day:
        return Timing.LATE
    return Timing.ON_TIME


def status_of(owing: MonthOwing, due: Due, entry: Entry | None, month: Month, as_of: date) -> Status:
    paid = entry is not None and entry.paid
    if owing.owing is not Owing.OWED:
        return Status.VOLUNTARY if paid else Status.NOT_DUE
    if not paid:
        if entry is not None and entry.reason.strip():
            return Status.EXCUSED
        if due.problem == "no_basis":
            # The branch has not started this member's dues yet (no basis recorded): a month it
            # kept no book for is not held against the member.
            return Status.NO_BASIS
        return Status.PENDING if month.last_day >= as_of else Status.UNPAID
    if not due.known:
        return Status.UNKNOWN
    if entry.amount == due.amount:
        return Status.PAID
    return Status.OVERPAID if entry.amount > due.amount else Status.SHORT


@dataclass(frozen=True)
class Line:
    """One member's month: what is owed, what was paid, and what that makes."""

    member_id: int
    name: str
    month: Month
    owing: MonthOwing
    due: Due
    basis: Basis | None
    entry: Entry | None
    status: Status

    @property
    def paid(self) -> int | None:
        return self.entry.amount if self.entry is not None else None

    @property
    def timing(self) -> Timing | None:
        return timing_of(self.entry.paid_on, self.month) if self.entry is not None else None

    @property
    def shortfall(self) -> int:
        """How much is missing from a short payment (0 otherwise)."""
        if self.status is Status.SHORT and self.due.amount is not None and self.paid is not None:
            return self.due.amount - self.paid
        return 0

    @property
    def surplus(self) -> int:
        if self.status is Status.OVERPAID and self.due.amount is not None and self.paid is not None:
            return self.paid - self.due.amount
        return 0

    @property
    def owed(self) -> bool:
        return self.owing.owing is Owing.OWED

    @property
    def counts_unpaid(self) -> bool:
        """An unpaid month without an accepted reason (towards the removal rule)."""
        return self.status is Status.UNPAID


def split_percent(total: int, keeps_percent: Decimal | None) -> tuple[int | None, int | None]:
    """(kept by the branch, to remit) of `total`, in whole đồng (the kept share rounded half
    up); (None, None) while the share is not set."""
    if keeps_percent is None:
        return None, None
    kept = int((Decimal(total) * keeps_percent / 100).to_integral_value(rounding=ROUND_HALF_UP))
    return kept, total - kept
