"""The branch's signing key: made once per secretary, stored encrypted, backed up encrypted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, update

from desktop.clock import Clock
from desktop.documents.key_form import KeyFormData, key_registration_pdf
from desktop.documents.kit import PageSetup
from desktop.exchange.keys import (
    KeyProblem,
    encrypt_private_key,
    generate_key_pair,
    needs_stronger_encryption,
    unlock_private_key,
)
from desktop.services.branch import BranchService
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import UserError
from desktop.store.database import Database, unit_of_work
from desktop.store.models import SigningKey
from desktop.wording import say


@dataclass(frozen=True)
class KeyInfo:
    id: int
    fingerprint: str
    public_pem: str
    holder_name: str
    created_at: datetime
    retired_at: datetime | None

    @property
    def active(self) -> bool:
        return self.retired_at is None


def _info(row: SigningKey) -> KeyInfo:
    return KeyInfo(row.id, row.fingerprint, row.public_pem, row.holder_name, row.created_at, row.retired_at)


def _active_key(db: Database) -> KeyInfo | None:
    with unit_of_work(db) as s:
        row = s.scalars(select(SigningKey).where(SigningKey.retired_at.is_(None))).first()
        return _info(row) if row else None


class KeyService:
    def __init__(self, db: Database, *, clock: Clock):
        self._db = db
        self._clock = clock  # when a key is made (the registration form's date) or retired

    def keys(self) -> list[KeyInfo]:
        with unit_of_work(self._db) as s:
            return [_info(k) for k in s.scalars(select(SigningKey).order_by(SigningKey.created_at, SigningKey.id))]

    def active_key(self) -> KeyInfo | None:
        return _active_key(self._db)

    def create_key(self, passphrase: str, holder_name: str) -> tuple[KeyInfo, ChangeNotice]:
        """A new key pair; the previous active key is retired (kept to verify old packages)."""
        try:
            pair = generate_key_pair(passphrase)
        except KeyProblem as exc:
            raise UserError(exc.message, field="passphrase") from exc
        now = self._clock.utcnow()
        with unit_of_work(self._db) as s:
            for old in s.scalars(select(SigningKey).where(SigningKey.retired_at.is_(None))):
                old.retired_at = now
            row = SigningKey(
                created_at=now,
                fingerprint=pair.fingerprint,
                public_pem=pair.public_pem,
                encrypted_private_pem=pair.encrypted_private_pem,
                holder_name=holder_name.strip(),
            )
            s.add(row)
            s.flush()
            info = _info(row)
        return info, ChangeNotice.of(Changed.KEYS)

    def unlock(self, passphrase: str) -> tuple[KeyInfo, Ed25519PrivateKey]:
        """The active key, opened. A key still in the old, weaker encryption (PKCS#8 with
        PBKDF2) is written again in the current one now that its passphrase is known."""
        with unit_of_work(self._db) as s:
            row = s.scalars(select(SigningKey).where(SigningKey.retired_at.is_(None))).first()
            if row is None:
                raise UserError(say("branch.no_key_create"))
            info, encrypted = _info(row), row.encrypted_private_pem
        try:
            private = unlock_private_key(encrypted, passphrase)
        except KeyProblem as exc:
            raise UserError(exc.message, field="passphrase") from exc
        if needs_stronger_encryption(encrypted) and not self._db.read_only:
            stronger = encrypt_private_key(private, passphrase)
            with unit_of_work(self._db) as s:
                # Only the row just read: a key replaced meanwhile is left as it is.
                s.execute(update(SigningKey).where(SigningKey.id == info.id,
                                                   SigningKey.encrypted_private_pem == encrypted)
                          .values(encrypted_private_pem=stronger))
        return info, private

    def backup_private_key(self, target: Path) -> Path:
        """Write the active key, still encrypted with its passphrase, to a file (e.g. a USB stick)."""
        with unit_of_work(self._db) as s:
            row = s.scalars(select(SigningKey).where(SigningKey.retired_at.is_(None))).first()
            if row is None:
                raise UserError(say("branch.no_key_backup"))
            encrypted = row.encrypted_private_pem
        target.write_bytes(encrypted)
        return target

    def public_key_file(self, target: Path) -> Path:
        key = self.active_key()
        if key is None:
            raise UserError(say("branch.no_key"))
        target.write_text(key.public_pem, encoding="ascii")
        return target


def registration_form(db: Database, setup: PageSetup | None = None) -> bytes:
    """The paper form for the active key, dated the day the key was made."""
    key = _active_key(db)
    profile = BranchService(db).profile()
    if key is None or profile is None:
        raise UserError(say("branch.key_form_needs"))
    data = KeyFormData(
        branch_name=profile.name,
        branch_code=profile.code,
        superior_committee=profile.superior_committee,
        place_name=profile.place_name,
        issued_on=key.created_at.date(),
        fingerprint=key.fingerprint,
        public_pem=key.public_pem,
        holder_name=key.holder_name,
    )
    return key_registration_pdf(data, setup)
