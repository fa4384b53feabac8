"""Tasks decided at a meeting (the resolution's part II) and their review at a later meeting."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.enums import TaskStatus
from desktop.store.base import Base, enum_column


class MeetingTask(Base):
    """One task: who does what by when; reviewed (status, note) at a later meeting.

    A task carried over is reviewed as `carried` and copied into the reviewing meeting's tasks,
    the copy pointing back to it (`carried_from_id`), so a task carried twice is a chain of three.
    """

    __tablename__ = "meeting_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(500))
    owner_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    due_on: Mapped[date] = mapped_column(Date)
    target_id: Mapped[int | None] = mapped_column(ForeignKey("year_target.id", ondelete="SET NULL"))
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_task.id", ondelete="SET NULL")
    )
    status: Mapped[TaskStatus] = mapped_column(enum_column(TaskStatus), default=TaskStatus.OPEN)
    review_note: Mapped[str] = mapped_column(Text, default="")
    reviewed_at_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )


class MeetingResolution(Base):
    """The number (NQ, its own counter per term) of the resolution a meeting adopted."""

    __tablename__ = "meeting_resolution"
    __table_args__ = (UniqueConstraint("meeting_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    document_number_id: Mapped[int] = mapped_column(
        ForeignKey("document_number.id", ondelete="RESTRICT")
    )
