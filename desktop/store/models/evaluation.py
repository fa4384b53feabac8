"""Rulebooks, the year's targets, manual scores and saved evaluations."""

from __future__ import annotations

from datetime import date, datetime

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

from desktop.store.base import Base, UtcDateTime, utcnow


class Rulebook(Base):
    """A rulebook file as imported: its exact text is kept so its SHA-256 can be recomputed."""

    __tablename__ = "rulebook"
    __table_args__ = (UniqueConstraint("sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(40))
    issuer: Mapped[str] = mapped_column(String(200))
    document_number: Mapped[str] = mapped_column(String(80), default="")
    effective_from: Mapped[date] = mapped_column(Date)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)
    signature_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    signer_fingerprint: Mapped[str | None] = mapped_column(String(80))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class YearSetting(Base):
    """Per year: the rulebook it is evaluated under, and whether it is locked after export."""

    __tablename__ = "year_setting"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    rulebook_id: Mapped[int | None] = mapped_column(ForeignKey("rulebook.id", ondelete="RESTRICT"))
    locked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    admission_target: Mapped[int | None] = mapped_column(Integer)


class YearTarget(Base):
    """A target (chỉ tiêu) of the branch's annual resolution, with planned and achieved values."""

    __tablename__ = "year_target"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(40), default="")
    planned: Mapped[float] = mapped_column(Float)
    achieved: Mapped[float | None] = mapped_column(Float)


class ManualScore(Base):
    """A committee-scored component, with the justification required below the maximum."""

    __tablename__ = "manual_score"
    __table_args__ = (UniqueConstraint("year", "component_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    component_code: Mapped[str] = mapped_column(String(20))
    score: Mapped[float] = mapped_column(Float)
    justification: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(String(120), default="")
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class EvaluationSnapshot(Base):
    """An evaluation result as it stood when saved (for export and history)."""

    __tablename__ = "evaluation_snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    rulebook_id: Mapped[int] = mapped_column(ForeignKey("rulebook.id", ondelete="RESTRICT"))
    computed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    result: Mapped[dict] = mapped_column(JSON)
