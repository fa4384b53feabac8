"""The branch profile, its committee terms and document numbering."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.enums import DocumentType
from desktop.store.base import Base, enum_column


class Branch(Base):
    """One row: the branch this file belongs to (or, in inbox mode, the superior committee)."""

    __tablename__ = "branch"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))  # "Chi bộ Tổ dân phố số 5"
    code: Mapped[str] = mapped_column(String(40))  # identifies the branch to its superior
    superior_committee: Mapped[str] = mapped_column(String(200))  # "Đảng bộ phường Ba Đình"
    place_name: Mapped[str] = mapped_column(String(120))  # used in document dates: "Phường Ba Đình"
    mode: Mapped[str] = mapped_column(String(16), default="branch")  # "branch" or "inbox"
    # Admission target and other yearly figures live in YearTarget.


class Term(Base):
    """A committee term (nhiệm kỳ): document numbers restart from 01 in each."""

    __tablename__ = "term"

    id: Mapped[int] = mapped_column(primary_key=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(40), default="")  # "2025–2030"


class DocumentNumber(Base):
    """A number handed out for one document type within a term; never reused."""

    __tablename__ = "document_number"
    __table_args__ = (UniqueConstraint("term_id", "doc_type", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("term.id", ondelete="RESTRICT"))
    doc_type: Mapped[DocumentType] = mapped_column(enum_column(DocumentType))
    seq: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(String(300), default="")
