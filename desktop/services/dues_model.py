"""What the dues service returns: plain frozen values, never rows of the data file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from desktop.domain.dues import Basis, Line, Status
from desktop.domain.dues_ledger import ArrearsRow, MonthLedger, MonthTotals
from desktop.domain.dues_schedule import Category, Schedule
from desktop.domain.months import Month
from desktop.wording import Text


@dataclass(frozen=True)
class ScheduleInfo:
    id: int
    name: str
    version: str
    issuer: str
    document_number: str
    effective_from: date
    sha256: str
    sample: bool
    imported_at: datetime | None
    schedule: Schedule


@dataclass(frozen=True)
class FigureState:
    """A figure of the schedule in force: the schedule's own value, or what the branch entered
    (dated), and how many members' dues need it now."""

    schedule_id: int
    key: str
    title: str | Text
    unit: str  # "đồng" or "%"
    schedule_value: Decimal | None
    entered: tuple[tuple[Month, Decimal], ...]
    current: Decimal | None  # the value in force for the month asked
    in_use: int
    source: str

    @property
    def to_be_set(self) -> bool:
        return self.schedule_value is None

    @property
    def missing(self) -> bool:
        return self.current is None


@dataclass(frozen=True)
class ScheduleState:
    month: Month
    schedules: tuple[ScheduleInfo, ...]
    in_force: ScheduleInfo | None
    figures: tuple[FigureState, ...]

    @property
    def missing(self) -> tuple[FigureState, ...]:
        return tuple(f for f in self.figures if f.missing)


@dataclass(frozen=True)
class BasisRow:
    """A member in the basis editor: the basis the dues of `month` are computed on."""

    member_id: int
    name: str
    in_branch: bool
    basis: Basis | None
    category: Category | None
    due: int | None


@dataclass(frozen=True)
class MemberBases:
    member_id: int
    name: str
    history: tuple[Basis, ...]
    categories: tuple[Category, ...]  # of the schedule in force this month


@dataclass(frozen=True)
class BasisChange:
    month: Month
    old_due: int | None
    new_due: int | None
    paid: int | None
    old_status: Status
    new_status: Status


@dataclass(frozen=True)
class BasisPreview:
    member_id: int
    name: str
    start: Month
    replaces: Basis | None  # the basis with the same start month, corrected
    changes: tuple[BasisChange, ...]


@dataclass(frozen=True)
class PaymentResult:
    line: Line
    warnings: tuple[Text, ...]


@dataclass(frozen=True)
class MonthView:
    ledger: MonthLedger
    behind: dict[int, int]  # member id → unpaid months of the year so far (no accepted reason)


@dataclass(frozen=True)
class DuesOverview:
    on: date
    month: Month
    in_use: bool  # any basis or payment recorded: the branch keeps its dues here
    totals: MonthTotals | None
    flagged: tuple[ArrearsRow, ...]
    threshold: int
    missing_figures: tuple[str, ...]


@dataclass(frozen=True)
class MonthStatus:
    month: Month
    owing: int
    paid: int
    unpaid: int
    collected: int


@dataclass(frozen=True)
class DuesYearStatus:
    year: int
    as_of: date
    in_use: bool
    months: tuple[MonthStatus, ...]
    flagged: tuple[ArrearsRow, ...]
    threshold: int
