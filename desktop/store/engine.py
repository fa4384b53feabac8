"""Engine factory: foreign keys on, busy timeout, durable writes, WAL only on a local disk."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from desktop.store.cipher import FileKey, connect_keyed, driver

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


def is_network_path(path: Path) -> bool:
    """True for UNC paths, mapped network drives and network file systems (WAL breaks there)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        return _windows_drive_is_remote(path)
    return _posix_fs_is_network(path)


def _windows_drive_is_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes  # Windows only

    drive = os.path.splitdrive(str(path.resolve()))[0]
    if not drive:
        return False
    DRIVE_REMOTE = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE


_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ncpfs"}


def _posix_fs_is_network(path: Path) -> bool:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    target = str(path.resolve().parent)
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fs_type = parts[1], parts[2]
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, fs_type
    return best_type in _NETWORK_FS


def create_file_engine(path: Path, *, wal: bool | None = None, key: FileKey | None = None,
                       new: bool = False) -> Engine:
    """An engine on one SQLite file. `wal=None` chooses WAL unless the file is on a network share.

    With `key` every connection is a sqlcipher3 one keyed before its first read (`new`: the
    file is created now, keyed with the key's salt too); the `-wal` and `-shm` beside it are
    then encrypted as well (SQLCipher encrypts WAL frames)."""
    if wal is None:
        wal = not is_network_path(path)
        if not wal:
            log.warning("data file %s is on a network drive: using journal_mode=DELETE", path)
    if key is None:
        engine = create_engine(f"sqlite:///{path}", future=True)
    else:
        engine = create_engine(f"sqlite:///{path}", future=True, module=driver(key),
                               creator=lambda: connect_keyed(path, key, new=new, check_same_thread=False))
    journal = "WAL" if wal else "DELETE"

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        # Let SQLAlchemy's BEGIN reach SQLite so every unit of work is one real transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA journal_mode={journal}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        # IMMEDIATE: a unit of work that reads then writes cannot fail half-way with "database
        # is locked" because another connection committed in between (WAL readers are never
        # blocked; writers wait up to the busy timeout). Units of work are therefore never
        # nested on one thread: a service reads what it needs from another unit first.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
