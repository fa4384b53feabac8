"""Keys and packages: the branch side (signing, exported) and the inbox side (received)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, UtcDateTime, utcnow


class SigningKey(Base):
    """The branch's Ed25519 key; the private half only ever stored encrypted."""

    __tablename__ = "signing_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(80), unique=True)
    public_pem: Mapped[str] = mapped_column(Text)
    encrypted_private_pem: Mapped[bytes] = mapped_column(LargeBinary)
    holder_name: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ExportedPackage(Base):
    __tablename__ = "exported_package"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(260))
    key_fingerprint: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class InboxBranch(Base):
    """A branch registered with the superior committee's inbox."""

    __tablename__ = "inbox_branch"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class InboxKey(Base):
    __tablename__ = "inbox_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("inbox_branch.id", ondelete="CASCADE"), index=True)
    fingerprint: Mapped[str] = mapped_column(String(80), unique=True)
    public_pem: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ReceivedPackage(Base):
    """A package taken into the inbox, accepted or rejected, with its verdict summary."""

    __tablename__ = "received_package"
    __table_args__ = (UniqueConstraint("sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(260))
    branch_code: Mapped[str | None] = mapped_column(String(40), index=True)
    year: Mapped[int | None] = mapped_column(Integer)
    seq: Mapped[int | None] = mapped_column(Integer)
    accepted: Mapped[bool] = mapped_column(Boolean)
    problems: Mapped[list] = mapped_column(JSON, default=list)
    summary: Mapped[dict] = mapped_column(JSON, default=dict)  # criteria verdicts, four_good
    # Accepted packages are kept as files beside the data file (a province sends thousands).
    stored_name: Mapped[str | None] = mapped_column(String(120))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
