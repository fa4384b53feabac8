"""Meetings of every kind, with agenda, speeches, attendance, votes and the quality sheet."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.enums import AttendanceStatus, MeetingKind, MeetingStatus
from desktop.store.base import Base, UtcDateTime, enum_column, not_negative, utcnow


class Meeting(Base):
    """One sitting. A correction to an adopted meeting is a new row; the old one points to it."""

    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_held_on", "held_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MeetingKind] = mapped_column(enum_column(MeetingKind))
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus), default=MeetingStatus.DRAFT
    )
    held_on: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(200), default="")
    topic: Mapped[str] = mapped_column(String(300), default="")  # thematic sessions
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    minute_taker_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL")
    )
    guests: Mapped[str] = mapped_column(Text, default="")
    ideology_notes: Mapped[str] = mapped_column(Text, default="")  # tình hình tư tưởng
    conclusion: Mapped[str] = mapped_column(Text, default="")  # kết luận / nghị quyết
    documents_sent_on: Mapped[date | None] = mapped_column(Date)
    # The day the finished minutes/resolution were posted to members (Sổ tay đảng viên).
    # A fact about the record, so it may still be set after adoption.
    # Added after the records format's first release: an older records file has no such key.
    documents_posted_on: Mapped[date | None] = mapped_column(Date, info={"records_optional": True})
    # The committee meeting that prepared this branch meeting.
    prepared_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL")
    )
    thematic_plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("thematic_plan_entry.id", ondelete="SET NULL")
    )
    document_number_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_number.id", ondelete="RESTRICT")
    )
    revision: Mapped[int] = mapped_column(Integer, default=1)
    superseded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    adopted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    votes: Mapped[list[Vote]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Vote.id"
    )
    quality_items: Mapped[list[QualityItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )


class AgendaItem(Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(24), default="proceedings")  # opening/proceedings/closing
    title: Mapped[str] = mapped_column(String(300))
    content: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
    speeches: Mapped[list[Speech]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", order_by="Speech.position"
    )


class Speech(Base):
    """A speaker and the gist of what they said, under one agenda item."""

    __tablename__ = "speech"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    speaker_name: Mapped[str] = mapped_column(String(120))  # kept for guests and for history
    gist: Mapped[str] = mapped_column(Text, default="")

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="speeches")


class Attendance(Base):
    """One row per member expected on the meeting's date; others are not recorded."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("member.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[AttendanceStatus] = mapped_column(enum_column(AttendanceStatus))
    reason: Mapped[str] = mapped_column(String(300), default="")
    # A member who is exempt but attends (and may vote) is recorded with expected = 0.
    expected: Mapped[int] = mapped_column(Integer, default=1)

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")


class Vote(Base):
    """A show-of-hands vote on a resolution or conclusion; only official members vote."""

    __tablename__ = "vote"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    votes_for: Mapped[int] = mapped_column(Integer, default=0, info=not_negative())
    votes_against: Mapped[int] = mapped_column(Integer, default=0, info=not_negative())
    abstentions: Mapped[int] = mapped_column(Integer, default=0, info=not_negative())

    meeting: Mapped[Meeting] = relationship(back_populates="votes")


class QualityItem(Base):
    """A committee-scored line of the meeting quality sheet (the computed lines are not stored)."""

    __tablename__ = "quality_item"
    __table_args__ = (UniqueConstraint("meeting_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    points: Mapped[float] = mapped_column(Float, default=0.0)
    note: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="quality_items")


class ThematicPlanEntry(Base):
    __tablename__ = "thematic_plan_entry"
    __table_args__ = (Index("ix_thematic_plan_entry_year", "year", "quarter"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    topic: Mapped[str] = mapped_column(String(300))
    presenter: Mapped[str] = mapped_column(String(120), default="")
    planned_month: Mapped[int | None] = mapped_column(Integer)


class ThematicTopic(Base):
    """Topics the user added to the shipped bank of suggestions."""

    __tablename__ = "thematic_topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), unique=True)
