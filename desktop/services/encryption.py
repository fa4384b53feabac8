"""Công cụ → Mã hóa tệp dữ liệu (`chibo --db F encrypt | decrypt | change-passphrase`).

Converting a plain file (`encrypt`), with its lock held and every connection closed:
1. the plain file's WAL is folded back into it (no `-wal` or `-shm` is left beside it);
2. SQLCipher exports it into `<file>.encrypting` under a new key (scrypt of the passphrase and a
   fresh salt), which must hold exactly the same records (same content fingerprint);
3. the plain original is moved aside, the encrypted file takes its name and is checked again
   (SQLite's integrity check and the fingerprint); on a failure the original goes back;
4. only then is the plain original overwritten and deleted, and the old plain backups of the
   file in the backup folders are encrypted under the same key in their place (a plain backup
   would still give everything away);
5. the file is reopened encrypted: the caller rebuilds its services on the new Database.

Changing the passphrase backs the file up first (under the old key), then `PRAGMA rekey` writes
every page again under scrypt(new passphrase, the same salt): the old passphrase and the old
recovery code stop opening the file, and open only the backups made before.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.clock import Clock
from desktop.documents.recovery_sheet import RecoverySheetData, recovery_sheet_pdf
from desktop.exchange import recovery_code
from desktop.exchange.key_encryption import derive_file_key
from desktop.services.backups import BackupService
from desktop.services.branch import BranchService
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import UserError
from desktop.services.file_secrets import (
    FileSecret,
    check_new_passphrase,
    key_opens,
    new_file_key,
    recovery_code_of,
)
from desktop.store.backup import content_fingerprint, file_fingerprint, find_backups
from desktop.store.cipher import (
    DB_ERRORS,
    FileKey,
    connect_keyed,
    export_into,
    file_kind,
    open_source,
    overwrite_and_remove,
)
from desktop.store.database import Database, open_database
from desktop.store.integrity import check_storage_file
from desktop.wording import say


@dataclass(frozen=True)
class EncryptResult:
    database: Database  # the file reopened encrypted: rebuild services on it
    recovery_code: str
    removed_original: Path  # where the plain original was kept aside, now deleted
    encrypted_backups: tuple[Path, ...]  # old plain backups now encrypted in place
    warnings: tuple[str, ...]  # plain backups that could not be encrypted (they are still there)
    notice: ChangeNotice


@dataclass(frozen=True)
class PassphraseChange:
    recovery_code: str
    backup: Path  # made just before, under the old passphrase
    notice: ChangeNotice


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _sides(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _remove(path: Path) -> None:
    for leftover in (path, *_sides(path)):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass  # the folder refuses: nothing could have been written there either


def _fingerprint(path: Path, key: FileKey | None) -> str:
    return file_fingerprint(path, key)


def _export_checked(source: Path, source_key: FileKey | None, target: Path,
                    key: FileKey | None) -> None:
    """`source` exported into the new file `target` under `key` (None: plain); the copy must
    hold the same records. On any failure nothing is left at `target`."""
    _remove(target)
    try:
        conn = open_source(source, source_key)
        try:
            expected = content_fingerprint(conn)
            export_into(conn, target, key)
        finally:
            conn.close()
        if _fingerprint(target, key) != expected:
            raise ValueError("the copy does not hold the same records")
    except BaseException:
        _remove(target)
        raise


class EncryptionService:
    def __init__(self, db: Database, backups: BackupService, *, clock: Clock):
        self._db = db
        self._backups = backups
        self._clock = clock

    @property
    def encrypted(self) -> bool:
        return self._db.encrypted

    # -- plain → encrypted ---------------------------------------------------------------------
    def encrypt(self, passphrase: str, repeated: str | None = None) -> EncryptResult:
        db = self._db
        if db.encrypted:
            raise UserError(say("encryption.already_encrypted", path=db.path))
        if db.read_only:
            raise UserError(say("encryption.read_only", path=db.path))
        check_new_passphrase(passphrase, repeated)
        key = new_file_key(passphrase)
        live = db.path
        db.engine.dispose()  # the lock stays: nobody opens the file meanwhile
        self._fold_wal(live)
        converted = live.with_name(live.name + ".encrypting")
        try:
            _export_checked(live, None, converted, key)
        except (OSError, ValueError, *DB_ERRORS) as exc:
            key.wipe()
            raise UserError(say("encryption.convert_failed", path=live, reason=_reason(exc))) from exc
        aside = self._swap(live, converted, key)
        overwrite_and_remove(aside)
        encrypted, warnings = self._encrypt_old_backups(key)
        db.lock.release()
        database = open_database(live, backup_dir=db.backup_dir, key=key)
        return EncryptResult(database, recovery_code_of(key), aside, tuple(encrypted),
                             tuple(warnings), ChangeNotice.of(Changed.EVERYTHING))

    @staticmethod
    def _fold_wal(live: Path) -> None:
        """Write the WAL back into the file and leave the rollback journal mode, so that no
        `-wal` of the plain file can ever be applied to the encrypted one that takes its name."""
        conn = sqlite3.connect(live)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
        for side in _sides(live):
            if side.exists() and side.stat().st_size > 0:
                raise UserError(say("encryption.side_files", path=live, side=side.name))
            side.unlink(missing_ok=True)

    @staticmethod
    def _swap(live: Path, converted: Path, key: FileKey) -> Path:
        """The encrypted file takes the plain one's name; the plain one waits aside until the
        encrypted file passes its check in place, and goes back if it does not."""
        aside = live.with_name(live.name + ".plain-original")
        os.replace(live, aside)
        try:
            os.replace(converted, live)
        except OSError as exc:
            os.replace(aside, live)
            _remove(converted)
            raise UserError(say("encryption.convert_failed", path=live, reason=_reason(exc))) from exc
        try:
            problems = [p.detail for p in check_storage_file(live, key) if p.kind != "foreign_key"]
            if not problems and _fingerprint(live, key) != _fingerprint(aside, None):
                problems = ["the records differ"]
        except DB_ERRORS as exc:
            problems = [str(exc)]
        if problems:
            _remove(live)
            os.replace(aside, live)
            key.wipe()
            raise UserError(say("encryption.check_failed", path=live, detail=problems[0]))
        return aside

    def _encrypt_old_backups(self, key: FileKey) -> tuple[list[Path], list[str]]:
        """Every plain backup of this file in the backup folders, encrypted in place under the
        same key and salt (the passphrase and the recovery code then open them too)."""
        done, warnings = [], []
        for folder in self._backups.folders:
            for path, _made, _reason_ in find_backups(folder, self._db.path.stem):
                try:
                    if file_kind(path) != "plain":
                        continue
                    self._encrypt_backup(path, key)
                    done.append(path)
                except (OSError, ValueError, *DB_ERRORS) as exc:
                    warnings.append(str(say("encryption.plain_backup_left", backup=path, reason=_reason(exc))))
        return done, warnings

    @staticmethod
    def _encrypt_backup(path: Path, key: FileKey) -> None:
        converted = path.with_name(path.name + ".encrypting")
        _export_checked(path, None, converted, key)
        stat = path.stat()  # the backup keeps its time: the list orders backups by it
        os.utime(converted, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        old = path.with_name(path.name + ".plain-old")
        os.replace(path, old)
        os.replace(converted, path)
        overwrite_and_remove(old)

    # -- encrypted → plain copy ----------------------------------------------------------------
    def decrypt_to(self, out: Path) -> Path:
        """A plain copy of the open encrypted file at the new path `out` (the file itself stays
        encrypted). Whoever has the copy reads everything: the caller says so."""
        db = self._db
        if not db.encrypted:
            raise UserError(say("encryption.not_encrypted_file", path=db.path))
        out = Path(out).expanduser().resolve()
        if out == db.path:
            raise UserError(say("encryption.out_same", path=db.path), field="out")
        if out.exists():
            raise UserError(say("encryption.out_exists", path=out), field="out")
        partial = out.with_name(out.name + ".partial")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            _export_checked(db.path, db.key, partial, None)
            os.replace(partial, out)
        except (OSError, ValueError, *DB_ERRORS) as exc:
            _remove(partial)
            raise UserError(say("encryption.decrypt_failed", path=db.path, out=out,
                                reason=_reason(exc))) from exc
        return out

    # -- the passphrase ------------------------------------------------------------------------
    def _require_current(self, current: FileSecret) -> FileKey:
        db = self._db
        if not db.encrypted:
            raise UserError(say("encryption.not_encrypted_file", path=db.path))
        given = current.key_for_salt(db.key.salt)
        try:
            if not given.same_as(db.key):
                raise UserError(say("encryption.wrong_current", path=db.path), field="current")
        finally:
            given.wipe()
        return db.key

    def recovery_code(self, current: FileSecret) -> str:
        """The code of the open file, for printing its sheet again (the passphrase is asked
        again: whoever sits at an open window should not print it)."""
        return recovery_code_of(self._require_current(current))

    def change_passphrase(self, current: FileSecret, new: str,
                          repeated: str | None = None) -> PassphraseChange:
        db = self._db
        key = self._require_current(current)
        if db.read_only:
            raise UserError(say("encryption.read_only", path=db.path))
        check_new_passphrase(new, repeated)
        fresh = FileKey(bytearray(derive_file_key(new, key.salt)), key.salt)
        backup = self._backups.before("passphrase-change")
        db.engine.dispose()  # the rekey writes every page: no other connection may be open
        try:
            conn = connect_keyed(db.path, key)
            try:
                conn.isolation_level = None
                conn.execute(f'PRAGMA rekey = "{fresh.spec()}"')
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        except DB_ERRORS as exc:
            fresh.wipe()
            raise UserError(say("encryption.rekey_failed", path=db.path, reason=_reason(exc),
                                backup=backup)) from exc
        key.replace_raw(bytes(fresh.raw))  # the engine's connection factory keys with it now
        fresh.wipe()
        if not key_opens(db.path, key):
            raise UserError(say("encryption.rekey_failed", path=db.path,
                                reason=say("encryption.rekey_unverified"), backup=backup))
        return PassphraseChange(recovery_code_of(key), backup, ChangeNotice.of(Changed.EVERYTHING))

    # -- the recovery sheet --------------------------------------------------------------------
    def recovery_sheet(self, code: str, reason: str) -> bytes:
        """The one-page sheet for `code` (reason: created, converted, changed, reprinted)."""
        profile = BranchService(self._db).profile()
        if profile is None:
            raise UserError(say("encryption.sheet_needs_profile"))
        data = RecoverySheetData(
            branch_name=profile.name,
            superior_committee=profile.superior_committee,
            place_name=profile.place_name,
            issued_on=self._clock.today(),
            file_name=self._db.path.name,
            code_lines=tuple(recovery_code.lines(code)),
            code=code,
            reason=reason,
        )
        return recovery_sheet_pdf(data)
