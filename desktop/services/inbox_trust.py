"""The inbox's registry of branch keys, read from the data file, as the verifier's TrustRegistry."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.exchange.trust import TrustedKey
from desktop.store.models import InboxBranch, InboxKey, ReceivedPackage


class DatabaseTrust:
    """Bound to one session so packages accepted earlier in the same batch count for the next."""

    def __init__(self, session: Session):
        self._s = session

    def keys_with_fingerprint(self, fingerprint: str) -> list[TrustedKey]:
        rows = self._s.execute(
            select(InboxBranch.code, InboxKey)
            .join(InboxKey, InboxKey.branch_id == InboxBranch.id)
            .where(InboxKey.fingerprint == fingerprint)
        ).all()
        return [
            TrustedKey(code, key.fingerprint, key.valid_from, key.valid_to, key.revoked_at is not None)
            for code, key in rows
        ]

    def last_accepted_seq(self, branch_code: str, year: int) -> int | None:
        return self._s.scalar(
            select(func.max(ReceivedPackage.seq)).where(
                ReceivedPackage.branch_code == branch_code,
                ReceivedPackage.year == year,
                ReceivedPackage.accepted.is_(True),
            )
        )
