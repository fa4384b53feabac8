"""The annual member review: commitments, self-reviews, rating steps and discipline."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.enums import DisciplineForm, Rating, ReviewStep
from desktop.store.base import Base, enum_column, not_negative


class Commitment(Base):
    """Bản cam kết: free text under each of the five standards of QĐ 144."""

    __tablename__ = "commitment"
    __table_args__ = (UniqueConstraint("member_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer, index=True)
    signed_on: Mapped[date | None] = mapped_column(Date)
    sections: Mapped[dict] = mapped_column(JSON, default=dict)  # standard code -> text


class SelfReview(Base):
    """Bản tự kiểm điểm (Mẫu 2C sections) with the member's proposed score."""

    __tablename__ = "self_review"
    __table_args__ = (UniqueConstraint("member_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer, index=True)
    written_on: Mapped[date | None] = mapped_column(Date)
    sections: Mapped[dict] = mapped_column(JSON, default=dict)  # section code -> text
    self_score: Mapped[float | None] = mapped_column(Float)
    tasks_exceeded_pct: Mapped[float | None] = mapped_column(Float)


class RatingStep(Base):
    """One step of the rating process: self, branch vote, committee proposal, superior decision."""

    __tablename__ = "rating_step"
    __table_args__ = (UniqueConstraint("member_id", "year", "step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer, index=True)
    step: Mapped[ReviewStep] = mapped_column(enum_column(ReviewStep))
    rating: Mapped[Rating] = mapped_column(enum_column(Rating))
    score: Mapped[float | None] = mapped_column(Float)
    decided_on: Mapped[date | None] = mapped_column(Date)
    votes_for: Mapped[int | None] = mapped_column(Integer, info=not_negative())
    votes_against: Mapped[int | None] = mapped_column(Integer, info=not_negative())
    abstentions: Mapped[int | None] = mapped_column(Integer, info=not_negative())
    note: Mapped[str] = mapped_column(Text, default="")


class Discipline(Base):
    __tablename__ = "discipline"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    form: Mapped[DisciplineForm] = mapped_column(enum_column(DisciplineForm))
    decision_number: Mapped[str] = mapped_column(String(60))
    decided_on: Mapped[date] = mapped_column(Date)
    issuing_body: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    # Breaking the rules on what members must not do: vetoes criterion 3.
    breaks_prohibitions: Mapped[bool] = mapped_column(Boolean, default=False)
