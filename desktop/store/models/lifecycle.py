"""A member's life in the branch: candidates for admission, the recognition vote that ends a
probation, the mentors' reviews, transfers of party activity, and periods out of the party."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.enums import Sex
from desktop.domain.transfers import TransferDirection, TransferKind
from desktop.store.base import Base, UtcDateTime, enum_column, not_negative, utcnow


class Candidate(Base):
    """Quần chúng ưu tú on the way to admission; `member_id` is set at the ceremony."""

    __tablename__ = "candidate"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[Sex | None] = mapped_column(enum_column(Sex))
    source_org: Mapped[str] = mapped_column(String(200), default="")
    proposed_on: Mapped[date | None] = mapped_column(Date)
    certificate_on: Mapped[date | None] = mapped_column(Date)  # party class certificate
    introducer1_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    introducer2_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    voted_on: Mapped[date | None] = mapped_column(Date)
    votes_for: Mapped[int | None] = mapped_column(Integer, info=not_negative())
    votes_against: Mapped[int | None] = mapped_column(Integer, info=not_negative())
    vote_base: Mapped[int | None] = mapped_column(Integer, info=not_negative())  # official members entitled to vote
    decided_on: Mapped[date | None] = mapped_column(Date)
    decision_number: Mapped[str] = mapped_column(String(40), default="")
    admitted_on: Mapped[date | None] = mapped_column(Date)  # the ceremony
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class Recognition(Base):
    """The branch's vote on official recognition, and the superior committee's decision."""

    __tablename__ = "recognition"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    voted_on: Mapped[date] = mapped_column(Date)
    votes_for: Mapped[int] = mapped_column(Integer, info=not_negative())
    votes_against: Mapped[int] = mapped_column(Integer, info=not_negative())
    vote_base: Mapped[int] = mapped_column(Integer, info=not_negative())
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    decided_on: Mapped[date | None] = mapped_column(Date)
    decision_number: Mapped[str] = mapped_column(String(40), default="")
    warning: Mapped[str] = mapped_column(Text, default="")  # recorded despite a late vote


class MentorReview(Base):
    """A mentor's written review of a probationary member (nhận xét của đảng viên giúp đỡ)."""

    __tablename__ = "mentor_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    written_on: Mapped[date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text, default="")


class Transfer(Base):
    """A transfer of party activity out of or into the branch, with its introduction letter."""

    __tablename__ = "transfer"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    direction: Mapped[TransferDirection] = mapped_column(enum_column(TransferDirection))
    kind: Mapped[TransferKind] = mapped_column(enum_column(TransferKind))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    letter_number: Mapped[str] = mapped_column(String(40), default="")
    letter_on: Mapped[date | None] = mapped_column(Date)
    moved_on: Mapped[date] = mapped_column(Date)
    expected_return: Mapped[date | None] = mapped_column(Date)
    receipt_on: Mapped[date | None] = mapped_column(Date)  # receipt slip returned / letter received
    returned_on: Mapped[date | None] = mapped_column(Date)  # back from a temporary or away period
    reason: Mapped[str] = mapped_column(Text, default="")


class PartyBreak(Base):
    """A period out of the party (not counted in party age), e.g. before a re-admission."""

    __tablename__ = "party_break"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
