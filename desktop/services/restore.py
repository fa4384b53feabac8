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
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.clock import Clock
from desktop.services.backups import BackupService
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import UserError
from desktop.store.backup import backup_file, connect_read_only
from desktop.store.database import Database, DataFileError, inspect_file, open_database
from desktop.store.errors import ReadOnlyDataFile
from desktop.store.integrity import check_storage_file, keep_damaged_copy
from desktop.store.lock import DataFileLock, FileLockedError
from desktop.store.messages import data_file_message, locked_message
from desktop.wording import say


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


def check_backup(backup: Path) -> None:
    """Refuse a backup that is missing, damaged, not ours, or from a newer version."""
    try:
        inspect_file(backup)
    except DataFileError as exc:
        if exc.reason == "missing":  # deleted, renamed, or on a stick pulled out
            raise UserError(say("restore.backup_missing", backup=backup), field="backup") from exc
        raise UserError(say("restore.refused", reason=data_file_message(exc)), field="backup") from exc
    except OSError as exc:  # e.g. no permission to read it, or the stick was pulled out
        raise UserError(say("restore.backup_unreadable", backup=backup, reason=_reason(exc)),
                        field="backup") from exc
    problems = [p for p in check_storage_file(backup) if p.kind != "foreign_key"]
    if problems:
        raise UserError(say("restore.backup_damaged", backup=backup, detail=problems[0].detail),
                        field="backup")


def _connect_backup(backup: Path) -> sqlite3.Connection:
    try:
        return connect_read_only(backup)
    except sqlite3.Error as exc:  # deleted or unplugged since it was checked
        raise UserError(say("restore.backup_unreadable", backup=backup, reason=_reason(exc)),
                        field="backup") from exc


def _write_into(backup: Path, live: Path) -> None:
    """Replace the records of `live` by those of `backup` in one SQLite transaction.

    On an error SQLite rolls that transaction back: `live` keeps its records."""
    src = _connect_backup(backup)
    try:
        dst = sqlite3.connect(live)
        try:
            src.backup(dst)  # all pages in one step = one write transaction on `live`
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise UserError(say("restore.write_failed", backup=backup, path=live,
                            reason=_reason(exc))) from exc
    finally:
        src.close()


def _reads_back_sound(path: Path) -> bool:
    """The copy committed; a failing disk can still have garbled it."""
    try:
        conn = sqlite3.connect(path)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


class RestoreService:
    def __init__(self, db: Database, backups: BackupService, *, clock: Clock):
        self._db = db
        self._backups = backups
        self._clock = clock

    def restore(self, backup: Path) -> RestoreResult:
        if self._db.read_only:  # a file opened for viewing is never replaced
            raise ReadOnlyDataFile(say("storage.read_only_write", path=self._db.path), self._db.path)
        backup = Path(backup).resolve()
        live = self._db.path
        if backup == live:
            raise UserError(say("restore.same_file", path=live), field="backup")
        with self._backups.pinned(backup):
            check_backup(backup)
            safety = self._keep_current(live)
            # Close every connection but keep the lock, so no other window opens the file
            # meanwhile. If writing fails the old handle stays usable: the engine reconnects.
            self._db.engine.dispose()
            _write_into(backup, live)
            if not _reads_back_sound(live):
                _write_into(safety, live)  # put the records back as they were
                raise UserError(say("restore.written_wrong", path=live, backup=backup))
        self._db.lock.release()
        database = _reopen(live, self._db.backup_dir)
        return RestoreResult(database, backup, safety, ChangeNotice.of(Changed.EVERYTHING))

    def _keep_current(self, live: Path) -> Path:
        """The records as they are now: a backup, or for a damaged file a byte copy kept aside
        (kept forever, never thinned)."""
        if not any(p.kind != "foreign_key" for p in check_storage_file(live)):
            return self._backups.before("restore")
        try:
            return keep_damaged_copy(live, self._clock.now())
        except OSError as exc:
            raise UserError(say("restore.keep_failed", path=live, reason=_reason(exc))) from exc


def _reopen(live: Path, backup_dir: Path) -> Database:
    try:
        return open_database(live, backup_dir=backup_dir)
    except DataFileError as exc:
        reason = data_file_message(exc)
    except FileLockedError as exc:  # another window took the file in the moment it was free
        reason = locked_message(exc)
    except (OSError, sqlite3.Error) as exc:
        reason = _reason(exc)
    raise UserError(say("restore.reopen_failed", path=live, reason=reason.rstrip(".")))


def restore_over_unopenable(backup: Path, live: Path, now: datetime) -> Path:
    """Restore when the data file is too damaged to open: keep it aside (with its WAL), then put
    a copy of the backup in its place. Returns the damaged copy. Holds the file's lock."""
    backup = Path(backup)
    check_backup(backup)
    live = Path(live).resolve()
    with DataFileLock(live):
        try:
            kept = keep_damaged_copy(live, now)
        except OSError as exc:
            raise UserError(say("restore.keep_failed", path=live, reason=_reason(exc))) from exc
        fresh = _copy_backup(backup, live.with_name(live.name + ".restoring"), live)
        try:
            for stale in ("-wal", "-shm"):  # they belong to the damaged file, never to the backup
                live.with_name(live.name + stale).unlink(missing_ok=True)
            fresh.replace(live)
        except OSError as exc:
            _remove(fresh)
            raise UserError(say("restore.replace_failed", path=live, kept=kept,
                                reason=_reason(exc))) from exc
    return kept


def restore_into_new_file(backup: Path, target: Path) -> Path:
    """`chibo --db NEW restore FILE` on a PC without the data file: start from the backup."""
    backup, target = Path(backup), Path(target)
    check_backup(backup)
    if target.exists():
        raise UserError(say("restore.target_exists", path=target), field="path")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(say("restore.copy_failed", backup=backup, path=target,
                            reason=_reason(exc))) from exc
    return _copy_backup(backup, target, target)


def _copy_backup(backup: Path, target: Path, named: Path) -> Path:
    """A consistent copy of `backup` at `target`; on failure nothing is left there. `named` is
    the file the user knows (the message names it)."""
    try:
        return backup_file(backup, target)
    except (OSError, sqlite3.Error) as exc:
        _remove(target.with_name(target.name + ".partial"))
        _remove(target)
        raise UserError(say("restore.copy_failed", backup=backup, path=named,
                            reason=_reason(exc))) from exc


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # the folder itself refuses: nothing could have been written there either
