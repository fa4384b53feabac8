"""The dues book: schedules as imported, the figures the branch entered, members' dated bases,
the ledger of payments and the remittances to the superior committee.

Months are stored as their first day (a Date), so they sort and compare in SQL.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.dues import Via
from desktop.store.base import Base, UtcDateTime, enum_column, not_negative, utcnow


class DuesSchedule(Base):
    """A dues schedule file as imported: its exact text is kept, like a rulebook's."""

    __tablename__ = "dues_schedule"
    __table_args__ = (UniqueConstraint("sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(40))
    issuer: Mapped[str] = mapped_column(String(200))
    document_number: Mapped[str] = mapped_column(String(80), default="")
    effective_from: Mapped[date] = mapped_column(Date)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class DuesFigure(Base):
    """A value the schedule leaves "to be set", as the branch entered it, from a month on."""

    __tablename__ = "dues_figure"
    __table_args__ = (UniqueConstraint("schedule_id", "key", "start_month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    schedule_id: Mapped[int] = mapped_column(ForeignKey("dues_schedule.id", ondelete="RESTRICT"))
    key: Mapped[str] = mapped_column(String(60))
    start_month: Mapped[date] = mapped_column(Date)
    value: Mapped[str] = mapped_column(String(40))  # a decimal number, exact ("30", "5310000")
    note: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class DuesMonth(Base):
    """The schedule a month's dues were computed under, fixed when the first line of the month
    was recorded: a schedule imported later never rewrites it."""

    __tablename__ = "dues_month"

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    schedule_id: Mapped[int] = mapped_column(ForeignKey("dues_schedule.id", ondelete="RESTRICT"))


class DuesBasis(Base):
    """A member's category and declared base (salary, allowance, pension) from a month on.

    Personal data (it reveals income): stays on this PC, never goes into the package."""

    __tablename__ = "dues_basis"
    __table_args__ = (UniqueConstraint("member_id", "start_month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    start_month: Mapped[date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(60))
    base: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class DuesEntry(Base):
    """A member's month in the ledger: the payment (amount, how, when, receipt) and/or the
    reason the branch accepted for paying late, early or not at all. One per member and month."""

    __tablename__ = "dues_entry"
    __table_args__ = (UniqueConstraint("member_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    month: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[int | None] = mapped_column(Integer, info=not_negative())
    via: Mapped[Via | None] = mapped_column(enum_column(Via))
    reference: Mapped[str] = mapped_column(String(80), default="")
    paid_on: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class DuesRemittance(Base):
    """Money sent to the superior committee for a period of months."""

    __tablename__ = "dues_remittance"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_month: Mapped[date] = mapped_column(Date)
    last_month: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Integer, info=not_negative())
    remitted_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
