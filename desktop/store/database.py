"""Opening a data file safely: recognise it, lock it, back it up, migrate it.

`Database` is the one handle the services receive; it is created by the composition root
(`desktop.app`) or the CLI and passed down, never stored in a module global.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.backup import backup_file, backup_name, connect_read_only
from desktop.store.engine import create_file_engine
from desktop.store.errors import DataFileError
from desktop.store.lock import DataFileLock
from desktop.store.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)

SQLITE_HEADER = b"SQLite format 3\x00"


def inspect_file(path: Path) -> str | None:
    """Check that `path` is a Sổ Chi bộ file this version can open; return its schema revision.

    Reads only (SQLite read-only URI); raises DataFileError naming what is wrong.
    """
    if not path.exists():
        raise DataFileError(path, "missing")
    size = path.stat().st_size
    if size == 0:
        raise DataFileError(path, "empty")
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DataFileError(path, "not_sqlite")
    try:
        conn = connect_read_only(path)  # percent-encoded URI: paths may hold "?" or "#"
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise DataFileError(path, "damaged", str(check))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "branch" not in tables:
                raise DataFileError(path, "not_chibo")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DataFileError(path, "damaged", str(exc)) from exc
    revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        raise DataFileError(path, "newer", revision)
    return revision


@dataclass
class Database:
    """An open data file: its engine, a session factory and the lock that keeps it ours."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    lock: DataFileLock
    backup_dir: Path

    def close(self) -> None:
        self.engine.dispose()  # Windows keeps handles open until every connection is closed
        self.lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def backup(self, reason: str, target: Path | None = None, *,
               when: datetime | None = None) -> Path:
        """A backup named for `when` (services pass their clock's local time)."""
        when = when or datetime.now()
        target = target or self.backup_dir / backup_name(self.path, reason, when)
        return backup_file(self.path, target)


def default_backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def open_database(path: Path, *, create: bool = False, backup_dir: Path | None = None) -> Database:
    """Open (or with `create`, make) a data file, migrating it to this version's schema.

    Order matters: inspect without writing, lock, back up, then migrate.
    """
    path = Path(path).resolve()
    backup_dir = backup_dir or default_backup_dir(path)
    is_new = create and (not path.exists())
    revision = None if is_new else inspect_file(path)
    lock = DataFileLock(path)
    lock.acquire()
    try:
        engine = create_file_engine(path)
        if not is_new and revision != head_revision():
            backup_file(path, backup_dir / backup_name(path, "before-migration", datetime.now()))
        if is_new or revision != head_revision():
            upgrade_to_head(engine)
    except BaseException:
        lock.release()
        raise
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False), lock, backup_dir)


@contextmanager
def unit_of_work(db: Database) -> Iterator[Session]:
    """One user action = one transaction: committed on success, rolled back on any error."""
    with db.sessions() as session:
        with session.begin():
            yield session


def schema_is_current(db: Database) -> bool:
    with db.engine.connect() as conn:
        return current_revision(conn) == head_revision()
