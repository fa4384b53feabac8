"""Restore (Tệp → Khôi phục): put a backup's records back into the data file.

Order matters and every step is safe to die in:
1. the chosen backup is pinned, so that no thinning deletes it while it is read, and checked
   (a damaged or foreign backup is refused, nothing is touched);
2. the current file is backed up (or, when it is itself damaged, kept aside and never thinned);
   the thinning after that backup may share the chosen backup's week or month: the pin keeps it;
3. every connection of the app is closed (Windows keeps handles open until then);
4. the backup is written into the data file through SQLite's online backup API, which replaces
   the content in one transaction: a power cut leaves either the old records or the new ones;
5. the file is reopened with `open_database` (locked, migrated if the backup is older) and the
   new `Database` is returned: the caller rebuilds its services on it.

Every SQLite or OS error on the way becomes a `UserError` naming the file; until step 4 has
committed, the data file holds its old records.

An encrypted file: a backup under the same key is written in with the backup API as above; a
backup under another key (made before the passphrase was changed) or a plain one (made before
the file was encrypted) is first exported by SQLCipher into an encrypted file beside the data
file, under the data file's key and salt, and that is written in (never a plain copy). A backup
under another key needs that key's passphrase or recovery code: `BackupKeyNeeded` asks for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.clock import Clock
from desktop.services.backups import BackupService
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import UserError
from desktop.services.file_secrets import FileSecret, key_opens
from desktop.store.backup import backup_file, connect_read_only
from desktop.store.cipher import DB_ERRORS, FileKey, connect, export_into, file_salt, open_source
from desktop.store.database import (
    Database,
    DataFileError,
    encryption_of,
    inspect_file,
    open_database,
)
from desktop.store.errors import ReadOnlyDataFile
from desktop.store.integrity import check_storage_file, keep_damaged_copy
from desktop.store.lock import DataFileLock, FileLockedError
from desktop.store.messages import data_file_message, data_file_text, locked_message
from desktop.wording import say


class BackupKeyNeeded(UserError):
    """The backup is encrypted under another key: ask for its passphrase or recovery code."""


@dataclass(frozen=True)
class RestoreResult:
    database: Database  # the reopened data file: rebuild services on it
    restored_from: Path
    safety_copy: Path  # the records as they were just before the restore
    notice: ChangeNotice


def _reason(exc: BaseException) -> str:
    """SQLite's or the OS's own words for what failed (kept short: one line in a message)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def backup_key(backup: Path, live_key: FileKey | None, secret: FileSecret | None) -> FileKey | None:
    """The key that reads `backup`: None for a plain backup; the open file's own when it opens
    it; else the one `secret` gives with the backup's salt. BackupKeyNeeded when none does."""
    try:
        kind = encryption_of(Path(backup))
    except DataFileError as exc:
        _refuse(backup, exc)
    except OSError as exc:
        raise UserError(say("restore.backup_unreadable", backup=backup, reason=_reason(exc)),
                        field="backup") from exc
    if kind == "plain":
        return None
    if secret is not None:
        key = secret.key_for(backup)
        if key_opens(backup, key):
            return key
        raise UserError(say("encryption.backup_wrong_secret", backup=backup), field="backup_secret")
    if live_key is not None and live_key.salt == file_salt(backup) and key_opens(backup, live_key):
        return live_key.copy()
    raise BackupKeyNeeded(say("encryption.backup_other_key", backup=backup), field="backup_secret")


def _refuse(backup: Path, exc: DataFileError):  # noqa: ANN202 - always raises
    if exc.reason == "missing":  # deleted, renamed, or on a stick pulled out
        raise UserError(say("restore.backup_missing", backup=backup), field="backup") from exc
    raise UserError(say("restore.refused", reason=data_file_text(exc)), field="backup") from exc


def check_backup(backup: Path, key: FileKey | None = None) -> None:
    """Refuse a backup that is missing, damaged, not ours, or from a newer version. `key`: the
    one that reads it (`backup_key`), for an encrypted backup."""
    try:
        inspect_file(backup, key)
    except DataFileError as exc:
        if exc.reason == "missing":  # deleted, renamed, or on a stick pulled out
            raise UserError(say("restore.backup_missing", backup=backup), field="backup") from exc
        raise UserError(say("restore.refused", reason=data_file_text(exc)), field="backup") from exc
    except OSError as exc:  # e.g. no permission to read it, or the stick was pulled out
        raise UserError(say("restore.backup_unreadable", backup=backup, reason=_reason(exc)),
                        field="backup") from exc
    problems = [p for p in check_storage_file(backup, key) if p.kind != "foreign_key"]
    if problems:
        raise UserError(say("restore.backup_damaged", backup=backup, detail=problems[0].detail),
                        field="backup")


def _connect_backup(backup: Path, key: FileKey | None):  # noqa: ANN202
    try:
        return connect_read_only(backup, key)
    except DB_ERRORS as exc:  # deleted or unplugged since it was checked
        raise UserError(say("restore.backup_unreadable", backup=backup, reason=_reason(exc)),
                        field="backup") from exc


def _write_into(backup: Path, live: Path, key: FileKey | None = None) -> None:
    """Replace the records of `live` by those of `backup` (both plain, or both under `key`) in
    one SQLite transaction.

    On an error SQLite rolls that transaction back: `live` keeps its records."""
    src = _connect_backup(backup, key)
    try:
        dst = connect(live, key)
        try:
            src.backup(dst)  # all pages in one step = one write transaction on `live`
        finally:
            dst.close()
    except DB_ERRORS as exc:
        raise UserError(say("restore.write_failed", backup=backup, path=live,
                            reason=_reason(exc))) from exc
    finally:
        src.close()


def _write_rekeyed(backup: Path, backup_key: FileKey | None, live: Path, key: FileKey) -> None:
    """A backup under another key (or a plain one) into the encrypted `live`: SQLCipher exports
    it into an encrypted file beside `live`, under `live`'s key and salt, which is then written
    in as above. The file in between is encrypted, and removed either way."""
    between = live.with_name(live.name + ".restoring")
    _remove_with_sides(between)
    try:
        try:
            src = open_source(backup, backup_key)
            try:
                export_into(src, between, key)
            finally:
                src.close()
        except DB_ERRORS as exc:
            raise UserError(say("restore.write_failed", backup=backup, path=live,
                                reason=_reason(exc))) from exc
        _write_into(between, live, key)
    finally:
        _remove_with_sides(between)


def _reads_back_sound(path: Path, key: FileKey | None = None) -> bool:
    """The copy committed; a failing disk can still have garbled it."""
    try:
        conn = connect(path, key)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except DB_ERRORS:
        return False


class RestoreService:
    def __init__(self, db: Database, backups: BackupService, *, clock: Clock):
        self._db = db
        self._backups = backups
        self._clock = clock

    def restore(self, backup: Path, secret: FileSecret | None = None) -> RestoreResult:
        """`secret`: the passphrase or recovery code of a backup made under another key."""
        if self._db.read_only:  # a file opened for viewing is never replaced
            raise ReadOnlyDataFile(say("storage.read_only_write", path=self._db.path), self._db.path)
        backup = Path(backup).resolve()
        live, key = self._db.path, self._db.key
        if backup == live:
            raise UserError(say("restore.same_file", path=live), field="backup")
        with self._backups.pinned(backup):
            source_key = backup_key(backup, key, secret)
            if source_key is not None and key is None:
                raise UserError(say("encryption.backup_encrypted_file_plain", backup=backup, path=live),
                                field="backup")
            check_backup(backup, source_key)
            safety = self._keep_current(live)
            # Close every connection but keep the lock, so no other window opens the file
            # meanwhile. If writing fails the old handle stays usable: the engine reconnects.
            self._db.engine.dispose()
            if key is None or key.same_as(source_key):
                _write_into(backup, live, key)
            else:
                _write_rekeyed(backup, source_key, live, key)
            if not _reads_back_sound(live, key):
                _write_into(safety, live, key)  # put the records back as they were
                raise UserError(say("restore.written_wrong", path=live, backup=backup))
        self._db.lock.release()
        database = _reopen(live, self._db.backup_dir, key.copy() if key else None)
        return RestoreResult(database, backup, safety, ChangeNotice.of(Changed.EVERYTHING))

    def _keep_current(self, live: Path) -> Path:
        """The records as they are now: a backup, or for a damaged file a byte copy kept aside
        (kept forever, never thinned)."""
        if not any(p.kind != "foreign_key" for p in check_storage_file(live, self._db.key)):
            return self._backups.before("restore")
        try:
            return keep_damaged_copy(live, self._clock.now())
        except OSError as exc:
            raise UserError(say("restore.keep_failed", path=live, reason=_reason(exc))) from exc


def _reopen(live: Path, backup_dir: Path, key: FileKey | None) -> Database:
    try:
        return open_database(live, backup_dir=backup_dir, key=key)
    except DataFileError as exc:
        reason = data_file_message(exc)
    except FileLockedError as exc:  # another window took the file in the moment it was free
        reason = locked_message(exc)
    except (OSError, *DB_ERRORS) as exc:
        reason = _reason(exc)
    raise UserError(say("restore.reopen_failed", path=live, reason=reason.rstrip(".")))


def restore_over_unopenable(backup: Path, live: Path, now: datetime,
                            secret: FileSecret | None = None) -> Path:
    """Restore when the data file is too damaged to open: keep it aside (with its WAL), then put
    a copy of the backup in its place. Returns the damaged copy. Holds the file's lock.
    An encrypted backup needs `secret` and stays encrypted under its key."""
    backup = Path(backup)
    key = backup_key(backup, None, secret)
    check_backup(backup, key)
    live = Path(live).resolve()
    with DataFileLock(live):
        try:
            kept = keep_damaged_copy(live, now)
        except OSError as exc:
            raise UserError(say("restore.keep_failed", path=live, reason=_reason(exc))) from exc
        fresh = _copy_backup(backup, live.with_name(live.name + ".restoring"), live, key)
        try:
            for stale in ("-wal", "-shm"):  # they belong to the damaged file, never to the backup
                live.with_name(live.name + stale).unlink(missing_ok=True)
            fresh.replace(live)
        except OSError as exc:
            _remove(fresh)
            raise UserError(say("restore.replace_failed", path=live, kept=kept,
                                reason=_reason(exc))) from exc
    return kept


def restore_into_new_file(backup: Path, target: Path, secret: FileSecret | None = None) -> Path:
    """`chibo --db NEW restore FILE` on a PC without the data file: start from the backup (an
    encrypted one needs `secret` and the new file stays encrypted under the same key)."""
    backup, target = Path(backup), Path(target)
    key = backup_key(backup, None, secret)
    check_backup(backup, key)
    if target.exists():
        raise UserError(say("restore.target_exists", path=target), field="path")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(say("restore.copy_failed", backup=backup, path=target,
                            reason=_reason(exc))) from exc
    return _copy_backup(backup, target, target, key)


def _copy_backup(backup: Path, target: Path, named: Path, key: FileKey | None = None) -> Path:
    """A consistent copy of `backup` at `target`; on failure nothing is left there. `named` is
    the file the user knows (the message names it)."""
    try:
        return backup_file(backup, target, key)
    except (OSError, *DB_ERRORS) as exc:
        _remove(target.with_name(target.name + ".partial"))
        _remove(target)
        raise UserError(say("restore.copy_failed", backup=backup, path=named,
                            reason=_reason(exc))) from exc


def _remove_with_sides(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm"))):
        _remove(leftover)


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # the folder itself refuses: nothing could have been written there either
