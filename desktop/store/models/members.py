"""Members and the dated history of their situation and positions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.enums import Position, Sex, SituationEventKind
from desktop.store.base import Base, UtcDateTime, enum_column, utcnow


class Member(Base):
    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[Sex | None] = mapped_column(enum_column(Sex))
    admitted_on: Mapped[date | None] = mapped_column(Date)
    official_on: Mapped[date | None] = mapped_column(Date)
    # Personal data: stays on this PC, never exported in a package.
    card_number: Mapped[str | None] = mapped_column(String(40), unique=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    events: Mapped[list[SituationEvent]] = relationship(
        back_populates="member", cascade="all, delete-orphan", order_by="SituationEvent.on"
    )
    positions: Mapped[list[MemberPosition]] = relationship(
        back_populates="member", cascade="all, delete-orphan", order_by="MemberPosition.start_date"
    )


class SituationEvent(Base):
    """A dated change: admitted, made official, exempt from/to, transferred out …"""

    __tablename__ = "situation_event"
    __table_args__ = (Index("ix_situation_event_member_on", "member_id", "on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    kind: Mapped[SituationEventKind] = mapped_column(enum_column(SituationEventKind))
    on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    member: Mapped[Member] = relationship(back_populates="events")


class MemberPosition(Base):
    """Secretary, deputy or committee member for a period (end open while in office)."""

    __tablename__ = "member_position"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    position: Mapped[Position] = mapped_column(enum_column(Position))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)

    member: Mapped[Member] = relationship(back_populates="positions")
