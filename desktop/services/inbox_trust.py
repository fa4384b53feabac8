"""The inbox's registry of branch keys, read from the data file, as the verifier's TrustRegistry.

Read once per import (two queries), then kept up to date by the import itself: nothing else
writes to the file while an import runs (it holds the writer), so the registry cannot change
under it. Asking the file for every package cost two queries each, ~1.2 ms a package (a third
of a province's import).
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.exchange.trust import TrustedKey
from desktop.store.models import InboxBranch, InboxKey, ReceivedPackage


class DatabaseTrust:
    """The keys and the last accepted sequence numbers as they are in the file when made;
    `accepted` records a package received since (once its row is written)."""

    def __init__(self, session: Session):
        self._keys: dict[str, list[TrustedKey]] = defaultdict(list)
        rows = session.execute(
            select(InboxBranch.code, InboxKey.fingerprint, InboxKey.valid_from, InboxKey.valid_to,
                   InboxKey.revoked_at)
            .join(InboxKey, InboxKey.branch_id == InboxBranch.id)
            .order_by(InboxKey.id))
        for code, fingerprint, valid_from, valid_to, revoked_at in rows:
            self._keys[fingerprint].append(
                TrustedKey(code, fingerprint, valid_from, valid_to, revoked_at is not None))
        self._last: dict[tuple[str, int], int] = {
            (code, year): seq for code, year, seq in session.execute(
                select(ReceivedPackage.branch_code, ReceivedPackage.year, func.max(ReceivedPackage.seq))
                .where(ReceivedPackage.accepted.is_(True))
                .group_by(ReceivedPackage.branch_code, ReceivedPackage.year))}

    def keys_with_fingerprint(self, fingerprint: str) -> list[TrustedKey]:
        return list(self._keys.get(fingerprint, ()))

    def last_accepted_seq(self, branch_code: str, year: int) -> int | None:
        return self._last.get((branch_code, year))

    def accepted(self, branch_code: str, year: int, seq: int) -> None:
        key = (branch_code, year)
        self._last[key] = max(seq, self._last.get(key, seq))
