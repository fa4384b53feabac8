"""Backups through SQLite's online backup API: never a copy of a live file.

Backup files are named `<stem>-YYYYMMDD-HHMMSS-<reason>.sqlite` so that a folder listing is
the history: the name alone gives the date (for thinning) and why it was made.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening `path` read-only. Percent-encoded, so folder names with `?`, `#`,
    `%` or Vietnamese letters cannot be mistaken for URI syntax (SQLite decodes %HH)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)


def _fsync(path: Path) -> None:
    # A backup on a USB stick must be on the stick, not in the OS cache, before we call it done.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_file(source: Path, target: Path) -> Path:
    """Copy a consistent snapshot of `source` into `target` (written beside, then renamed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = connect_read_only(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    _fsync(partial)
    partial.replace(target)
    return target


def copy_closed_file(source: Path, target: Path) -> Path:
    """Copy a file nobody writes to (a finished backup) byte for byte, beside then renamed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with source.open("rb") as src, partial.open("wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    partial.replace(target)
    return target


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


def file_fingerprint(path: Path) -> str:
    conn = connect_read_only(path)
    try:
        return content_fingerprint(conn)
    finally:
        conn.close()
