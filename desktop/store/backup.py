"""Backups through SQLite's online backup API: never a copy of a live file.

Backup files are named `<stem>-YYYYMMDD-HHMMSS-<reason>.sqlite` so that a folder listing is
the history: the name alone gives the date (for thinning) and why it was made.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.store.cipher import DB_ERRORS, FileKey
from desktop.store.cipher import connect as connect_file
from desktop.store.errors import BackupFailed
from desktop.wording import say

# OS errors meaning "this medium or folder cannot be written" (a write-protected stick, a CD, a
# folder without write permission) and "the disk is full".
READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_CANTOPEN = 13, 8, 14


def writable(path: Path) -> bool:
    """Whether this process may write `path` and create files beside it (SQLite's journal and
    the lock file): false on a read-only medium, for a read-only file or folder."""
    path = Path(path)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def pending_wal(path: Path) -> bool:
    """The file has writes not yet copied back from its `-wal` (a copy made while it was open)."""
    wal = Path(path).with_name(Path(path).name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def read_only_uri(path: Path, immutable: bool = False) -> str:
    """An SQLite URI opening `path` read-only. Percent-encoded, so folder names with `?`, `#`,
    `%` or Vietnamese letters cannot be mistaken for URI syntax (SQLite decodes %HH).

    `immutable` is for a file nobody can write (a read-only medium): SQLite then needs neither a
    `-shm` file nor locks, which it cannot create there (opening a WAL file read-only otherwise
    fails with "unable to open database file")."""
    return Path(path).resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def connect_read_only(path: Path, key: FileKey | None = None) -> sqlite3.Connection:
    """A connection that can only read `path`; keyed with `key` for an encrypted file."""
    # Immutable only when nothing can change the file and no `-wal` holds part of it (an
    # immutable connection does not read the WAL).
    immutable = not writable(path) and not pending_wal(path)
    conn = connect_file(read_only_uri(path, immutable), key, uri=True, check_same_thread=False)
    if immutable or pending_wal(path):
        return conn
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
    except DB_ERRORS as exc:
        # A medium the OS calls writable that refuses writes (a write-protected stick on
        # Windows, where only the file's read-only attribute is checked): SQLite cannot make
        # the `-shm` a WAL file needs. Nothing can change the file there: read it as immutable.
        # Any other error (not a database…) is met by the caller's first query, as before.
        if getattr(exc, "sqlite_errorcode", None) == _SQLITE_CANTOPEN and Path(path).exists():
            conn.close()
            conn = connect_file(read_only_uri(path, True), key, uri=True, check_same_thread=False)
    return conn


def _fsync(path: Path) -> None:
    # A backup on a USB stick must be on the stick, not in the OS cache, before we call it done.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_file(source: Path, target: Path, key: FileKey | None = None) -> Path:
    """Copy a consistent snapshot of `source` into `target` (written beside, then renamed).

    An encrypted source (`key`) gives a backup encrypted with the same key and salt: SQLite's
    backup API between two connections keyed alike, so no page is ever written in clear.
    On any failure nothing is left behind (no `.partial`) and a full disk or a read-only folder
    is said as such (BackupFailed)."""
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        src = connect_read_only(source, key)
        try:
            dst = connect_file(partial, key, new=True)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(partial)
        partial.replace(target)
    except (OSError, *DB_ERRORS) as exc:
        _discard(partial)
        raise backup_failure(target, exc) from exc
    except BaseException:
        _discard(partial)
        raise
    return target


def copy_closed_file(source: Path, target: Path) -> Path:
    """Copy a file nobody writes to (a finished backup) byte for byte, beside then renamed."""
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with source.open("rb") as src, partial.open("wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        partial.replace(target)
    except OSError as exc:
        _discard(partial)
        raise backup_failure(target, exc) from exc
    except BaseException:
        _discard(partial)
        raise
    return target


def _discard(partial: Path) -> None:
    for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-journal", "-wal", "-shm"))):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass  # the folder itself cannot be written: nothing was left there


def backup_failure(target: Path, exc: OSError | sqlite3.Error) -> BackupFailed:
    """What went wrong, in words the user can act on: a full disk, a folder that cannot be
    written, or anything else with the system's own words."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    folder = target.parent
    if getattr(exc, "errno", None) in DISK_FULL_ERRNOS or primary == _SQLITE_FULL:
        return BackupFailed(say("storage.backup_disk_full", folder=folder, file=target.name), target, "disk_full")
    if getattr(exc, "errno", None) in READ_ONLY_ERRNOS or primary in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
        return BackupFailed(say("storage.backup_read_only", folder=folder), target, "read_only")
    detail = getattr(exc, "strerror", None) or str(exc)
    return BackupFailed(say("storage.backup_failed", folder=folder, detail=detail), target, "failed", detail)


_REASON_CHARS = re.compile(r"[^a-z0-9]+")


def reason_slug(reason: str) -> str:
    return _REASON_CHARS.sub("-", reason.lower()).strip("-") or "manual"


def backup_name(source: Path, reason: str, when: datetime) -> str:
    """`chibo-20261123-104501-migration.sqlite`: sortable, says why it was made."""
    return f"{source.stem}-{when:%Y%m%d-%H%M%S}-{reason}.sqlite"


def unique_backup_path(folder: Path, source: Path, reason: str, when: datetime) -> Path:
    """A new backup's path; two backups in the same second get `-2`, `-3` … (never overwritten)."""
    base = backup_name(source, reason_slug(reason), when)
    candidate = folder / base
    n = 2
    while candidate.exists():
        candidate = folder / base.replace(".sqlite", f"-{n}.sqlite")
        n += 1
    return candidate


def parse_backup_name(name: str, stem: str) -> tuple[datetime, str] | None:
    """(made at, reason) for a backup of the data file `stem`, or None for any other file."""
    match = re.fullmatch(
        re.escape(stem) + r"-(\d{8}-\d{6})-([a-z0-9-]+?)(?:-\d+)?\.sqlite", name
    )
    if match is None:
        return None
    try:
        when = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return when, match.group(2)


def find_backups(folder: Path, stem: str) -> list[tuple[Path, datetime, str]]:
    """Backups of `stem` in `folder`, newest first (a missing folder holds none)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name, stem)
        if parsed is None:
            continue
        try:
            written = path.stat().st_mtime_ns  # orders two backups made in the same second
        except OSError:
            continue
        found.append((written, path, parsed[0], parsed[1]))
    found.sort(key=lambda item: (item[2], item[0], item[1].name), reverse=True)
    return [(path, when, reason) for _written, path, when, reason in found]


def _table_names(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [r[0] for r in rows]


def content_fingerprint(conn: sqlite3.Connection) -> str:
    """SHA-256 of the schema and every row: equal fingerprints mean equal records.

    Used for "changed since the last backup"; a backup and its source have the same one, although
    their files differ (journal mode, free pages).
    """
    digest = hashlib.sha256()
    for (sql,) in conn.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
    ):
        digest.update(sql.encode("utf-8"))
    for table in _table_names(conn):
        digest.update(b"\x00table\x00" + table.encode("utf-8"))
        quoted = '"' + table.replace('"', '""') + '"'
        for row in conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid"):
            digest.update(repr(row).encode("utf-8"))
    return digest.hexdigest()


def file_fingerprint(path: Path, key: FileKey | None = None) -> str:
    conn = connect_read_only(path, key)
    try:
        return content_fingerprint(conn)
    finally:
        conn.close()
