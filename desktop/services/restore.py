"""Restore (Tệp → Khôi phục): put a backup's records back into the data file.

Order matters and every step is safe to die in:
1. the backup is checked first (a damaged or foreign backup is refused, nothing is touched);
2. the current file is backed up (or, when it is itself damaged, kept aside and never thinned);
3. every connection of the app is closed (Windows keeps handles open until then);
4. the backup is written into the data file through SQLite's online backup API, which replaces
   the content in one transaction: a power cut leaves either the old records or the new ones;
5. the file is reopened with `open_database` (locked, migrated if the backup is older) and the
   new `Database` is returned: the caller rebuilds its services on it.
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
from desktop.store.integrity import check_storage_file, keep_damaged_copy
from desktop.store.lock import DataFileLock
from desktop.store.messages import data_file_message


@dataclass(frozen=True)
class RestoreResult:
    database: Database  # the reopened data file: rebuild services on it
    restored_from: Path
    safety_copy: Path  # the records as they were just before the restore
    notice: ChangeNotice


def check_backup(backup: Path) -> None:
    """Refuse a backup that is missing, damaged, not ours, or from a newer version."""
    try:
        inspect_file(backup)
    except DataFileError as exc:
        raise UserError("Không khôi phục được: " + data_file_message(exc)) from exc
    problems = [p for p in check_storage_file(backup) if p.kind != "foreign_key"]
    if problems:
        raise UserError(
            f"Bản sao lưu «{backup}» bị hỏng ({problems[0].detail}); hãy chọn bản khác.")


def _write_into(backup: Path, live: Path) -> None:
    """Replace the records of `live` by those of `backup` in one SQLite transaction."""
    src = connect_read_only(backup)
    try:
        dst = sqlite3.connect(live)
        try:
            src.backup(dst)  # all pages in one step = one write transaction on `live`
            if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise UserError(f"Tệp «{live}» không đúng sau khi khôi phục; hãy thử lại.")
        finally:
            dst.close()
    finally:
        src.close()


class RestoreService:
    def __init__(self, db: Database, backups: BackupService, *, clock: Clock):
        self._db = db
        self._backups = backups
        self._clock = clock

    def restore(self, backup: Path) -> RestoreResult:
        backup = Path(backup).resolve()
        live = self._db.path
        if backup == live:
            raise UserError("Không thể khôi phục một tệp từ chính nó.")
        check_backup(backup)
        if any(p.kind != "foreign_key" for p in check_storage_file(live)):
            safety = keep_damaged_copy(live, self._clock.now())  # kept forever, never thinned
        else:
            safety = self._backups.before("restore")
        # Close every connection but keep the lock, so no other window opens the file meanwhile.
        # If writing fails the old handle stays usable: the engine reconnects on its next use.
        self._db.engine.dispose()
        _write_into(backup, live)
        self._db.lock.release()
        database = open_database(live, backup_dir=self._db.backup_dir)
        return RestoreResult(database, backup, safety, ChangeNotice.of(Changed.EVERYTHING))


def restore_over_unopenable(backup: Path, live: Path, now: datetime) -> Path:
    """Restore when the data file is too damaged to open: keep it aside (with its WAL), then put
    a copy of the backup in its place. Returns the damaged copy. Holds the file's lock."""
    check_backup(Path(backup))
    live = Path(live).resolve()
    with DataFileLock(live):
        kept = keep_damaged_copy(live, now)
        fresh = backup_file(Path(backup), live.with_name(live.name + ".restoring"))
        for stale in ("-wal", "-shm"):  # they belong to the damaged file, never to the backup
            live.with_name(live.name + stale).unlink(missing_ok=True)
        fresh.replace(live)
    return kept


def restore_into_new_file(backup: Path, target: Path) -> Path:
    """`chibo --db NEW restore FILE` on a PC without the data file: start from the backup."""
    check_backup(Path(backup))
    if Path(target).exists():
        raise UserError(f"Tệp «{target}» đã tồn tại.")
    return backup_file(Path(backup), Path(target))
