"""SQLite's own checks of a data file: page structure (`integrity_check`) and references
(`foreign_key_check`). Works on a read-only connection, so a damaged file can be checked without
being opened, locked or migrated.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine

from desktop.store.backup import connect_read_only, copy_closed_file
from desktop.store.cipher import DATABASE_ERRORS, DB_ERRORS, FileKey, driver
from desktop.wording import Text, say

MAX_REPORTED = 100


@dataclass(frozen=True)
class StorageProblem:
    kind: str  # "unreadable" | "structure" | "index" | "foreign_key"
    detail: str  # SQLite's own words, kept for the technical details
    table: str | None = None
    row_id: int | None = None
    parent: str | None = None
    fk_index: int | None = None  # which foreign key of `table` (PRAGMA foreign_key_list id)

    @property
    def index_only(self) -> bool:
        """Only an index is wrong: rebuilding indexes (REINDEX) repairs it without losing data."""
        return self.kind == "index"


# integrity_check lines that concern only an index (the table rows themselves are intact).
_INDEX_LINE = re.compile(
    r"^(row \d+ missing from index|wrong # of entries in index|non-unique entry in index)"
)


def open_read_only(path: Path, key: FileKey | None = None) -> sqlite3.Connection:
    return connect_read_only(path, key)


def read_only_engine(path: Path, key: FileKey | None = None) -> Engine:
    """An engine that can only read `path` (a backup, or a file too damaged to migrate),
    keyed with `key` when the file is encrypted. Callers dispose it when done."""
    return create_engine("sqlite://", module=driver(key), creator=lambda: connect_read_only(path, key))


def check_storage(conn: sqlite3.Connection, limit: int = MAX_REPORTED) -> list[StorageProblem]:
    """Everything SQLite itself finds wrong, or [] for a sound file."""
    problems: list[StorageProblem] = []
    try:
        lines = [row[0] for row in conn.execute(f"PRAGMA integrity_check({int(limit)})")]
    except DATABASE_ERRORS as exc:
        return [StorageProblem("unreadable", str(exc))]
    if lines != ["ok"]:
        for line in lines:
            kind = "index" if _INDEX_LINE.match(line) else "structure"
            problems.append(StorageProblem(kind, line))
    try:
        for table, rowid, parent, fk in conn.execute("PRAGMA foreign_key_check"):
            problems.append(
                StorageProblem(
                    "foreign_key",
                    f"{table} row {rowid} refers to a missing {parent} row",
                    table,
                    rowid,
                    parent,
                    fk,
                )
            )
            if len(problems) >= limit:
                break
    except DATABASE_ERRORS as exc:
        problems.append(StorageProblem("unreadable", str(exc)))
    return problems


def orphan_repair(conn: sqlite3.Connection, problem: StorageProblem) -> tuple[str, tuple] | None:
    """The SQL that does for an orphan what its foreign key's ON DELETE rule would have done when
    the parent row was deleted (CASCADE: delete it; SET NULL: clear the reference); None for
    RESTRICT, where a person must decide."""
    if problem.kind != "foreign_key" or problem.table is None or problem.row_id is None:
        return None
    quoted = '"' + problem.table.replace('"', '""') + '"'
    for fk_id, _seq, _parent, column, _to, _upd, on_delete, _match in conn.execute(
        f"PRAGMA foreign_key_list({quoted})"
    ):
        if fk_id != problem.fk_index:
            continue
        if on_delete == "CASCADE":
            return f"DELETE FROM {quoted} WHERE rowid = ?", (problem.row_id,)
        if on_delete == "SET NULL":
            return f'UPDATE {quoted} SET "{column}" = NULL WHERE rowid = ?', (problem.row_id,)
        return None
    return None


def check_storage_file(path: Path, key: FileKey | None = None) -> list[StorageProblem]:
    try:
        conn = open_read_only(path, key)
    except DB_ERRORS as exc:
        return [StorageProblem("unreadable", str(exc))]
    try:
        return check_storage(conn)
    finally:
        conn.close()


def storage_text(problem: StorageProblem) -> Text:
    """What one storage problem means and what to do (CLI, the data-check dialog)."""
    kind = problem.kind if problem.kind in ("unreadable", "index", "foreign_key") else "structure"
    return say(f"storage_check.{kind}", detail=problem.detail, row_id=problem.row_id,
               table=problem.table, parent=problem.parent)


def storage_message(problem: StorageProblem, lang: str = "vi") -> str:
    return storage_text(problem).render(lang)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def keep_damaged_copy(path: Path, when: datetime) -> Path:
    """Copy a damaged data file aside, byte for byte, as `<name>-damaged-<stamp>.sqlite`.

    Byte for byte (not through SQLite) so that the copy is exactly what was found, readable or
    not; its WAL goes with it. An existing copy is never overwritten, and a copy identical to
    one already kept is not made twice (checking the same file again must not fill the disk).
    """
    path = Path(path)
    digest = _sha256(path)
    for earlier in sorted(path.parent.glob(f"{path.stem}-damaged-*.sqlite")):
        if earlier.stat().st_size == path.stat().st_size and _sha256(earlier) == digest:
            wal = path.with_name(path.name + "-wal")
            if not wal.exists() or wal.stat().st_size == 0:
                return earlier
    base = f"{path.stem}-damaged-{when:%Y%m%d-%H%M%S}"
    target, n = path.with_name(base + ".sqlite"), 2
    while target.exists():
        target, n = path.with_name(f"{base}-{n}.sqlite"), n + 1
    copy_closed_file(path, target)
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        copy_closed_file(wal, target.with_name(target.name + "-wal"))
    return target
