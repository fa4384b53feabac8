"""Opening a data file safely: recognise it, lock it, back it up, migrate it.

`Database` is the one handle the services receive; it is created by the composition root
(`desktop.app`) or the CLI and passed down, never stored in a module global.

A healthy file that cannot be written (on a read-only medium, or a read-only file) is opened
read-only for viewing: no lock, no migration, no backup beside it; every write is refused with
ReadOnlyDataFile, never called damage.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.backup import (
    READ_ONLY_ERRNOS,
    backup_file,
    backup_name,
    connect_read_only,
    pending_wal,
    writable,
)
from desktop.store.cipher import (
    DATABASE_ERRORS,
    PAGE_SIZE,
    FileKey,
    driver,
    file_kind,
    is_wrong_key,
)
from desktop.store.engine import create_file_engine
from desktop.store.errors import DataFileError, ReadOnlyDataFile
from desktop.store.lock import DataFileLock
from desktop.store.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from desktop.wording import say

SIDE_FILES = ("-wal", "-shm", "-journal")  # what SQLite writes beside a data file

log = logging.getLogger(__name__)


def encryption_of(path: Path) -> str:
    """What the file is before anything is opened: "plain" or "encrypted", or DataFileError
    (missing, empty, not a database, an encrypted file cut short)."""
    if not path.exists():
        raise DataFileError(path, "missing")
    if path.stat().st_size == 0:
        raise DataFileError(path, "empty")
    kind = file_kind(path)
    if kind == "foreign":
        raise DataFileError(path, "not_sqlite")
    if kind == "encrypted_truncated":
        raise DataFileError(path, "encrypted_truncated", str(path.stat().st_size))
    return kind


def inspect_file(path: Path, key: FileKey | None = None) -> str | None:
    """Check that `path` is a Sổ Chi bộ file this version can open with `key` (None: a plain
    file); return its schema revision.

    Reads only (SQLite read-only URI); raises DataFileError naming what is wrong: an encrypted
    file without a key ("encrypted"), a key that does not open it ("wrong_key"), a plain file
    given a key ("not_encrypted"), an encrypted file damaged or cut short.
    """
    kind = encryption_of(path)
    if kind == "encrypted" and key is None:
        raise DataFileError(path, "encrypted")
    if kind == "plain" and key is not None:
        raise DataFileError(path, "not_encrypted")
    damaged = "damaged" if key is None else "encrypted_damaged"
    stuck = not writable(path) and pending_wal(path)
    try:
        conn = connect_read_only(path, key)  # percent-encoded URI: paths may hold "?" or "#"
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()[0] if key is None else _whole(conn, path)
            if check != "ok":
                raise DataFileError(path, damaged, str(check))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "branch" not in tables:
                raise DataFileError(path, "not_chibo")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except DATABASE_ERRORS as exc:
        if stuck:  # not damage: SQLite cannot read a `-wal` it may not write beside
            raise DataFileError(path, "read_only_pending", str(exc)) from exc
        if key is not None and is_wrong_key(exc):  # page 1 does not decrypt with this key
            raise DataFileError(path, "wrong_key") from exc
        raise DataFileError(path, damaged, str(exc)) from exc
    revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        raise DataFileError(path, "newer", revision)
    return revision


def _whole(conn, path: Path) -> str:  # noqa: ANN001
    """The opening check of an encrypted file. Every page carries an HMAC that SQLCipher checks
    on each read, so a changed or damaged page is refused when read, never used; what that
    cannot see is a file cut short at a page boundary: the header (page 1, authenticated) must
    count no more pages than the disk holds. SQLite's quick check, which would decrypt every
    page (4× the plain file's cost on a 300×20 file), runs in the data check and on backups."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    on_disk = path.stat().st_size // PAGE_SIZE
    if pages > on_disk and not pending_wal(path):  # pages still in the WAL are not on disk yet
        # A technical detail, like SQLite's own quick_check lines: the sentence around it is
        # the catalogue's, in the reader's language.
        return f"page_count {pages} > {on_disk}"
    return "ok"


@dataclass
class Database:
    """An open data file: its engine, a session factory and the lock that keeps it ours."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    lock: DataFileLock | None  # None when read-only: nothing is written, not even a lock file
    backup_dir: Path
    read_only: bool = False
    key: FileKey | None = None  # an encrypted file's key, held only while it is open

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def close(self) -> None:
        self.engine.dispose()  # Windows keeps handles open until every connection is closed
        if self.lock is not None:
            self.lock.release()
        self._forget_key()

    def discard(self) -> None:
        """Close and delete a file this process has just created and could not fill (a failed
        new file, demo or import): the data file, SQLite's side files and the lock file, so
        nothing half-made is left behind. Never for a file that existed before."""
        self.engine.dispose()
        _discard_new_file(self.path, self.lock)
        self._forget_key()

    def _forget_key(self) -> None:
        if self.key is not None:
            self.key.wipe()  # the engine's factory holds this object: no connection opens now

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def backup(self, reason: str, target: Path | None = None, *,
               when: datetime | None = None) -> Path:
        """A backup named for `when` (services pass their clock's local time)."""
        when = when or datetime.now()
        target = target or self.backup_dir / backup_name(self.path, reason, when)
        return backup_file(self.path, target, self.key)


def _discard_new_file(path: Path, lock: DataFileLock) -> None:
    """Delete a just-created data file while still holding its lock (nobody opens it
    meanwhile), then drop the lock and its file. A lock file is otherwise left in place (see
    `DataFileLock.release`); this one names a file that no longer exists."""
    try:
        for leftover in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove %s after a failed creation", leftover)
    finally:
        lock.release()
    try:
        lock.path.unlink(missing_ok=True)
    except OSError:
        log.warning("could not remove %s after a failed creation", lock.path)


def default_backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def open_database(path: Path, *, create: bool = False, backup_dir: Path | None = None,
                  key: FileKey | None = None) -> Database:
    """Open (or with `create`, make) a data file, migrating it to this version's schema.
    `key` opens an encrypted file, or makes the new one encrypted (with the key's salt); the
    Database keeps it until it is closed.

    Order matters: inspect without writing, lock, back up, then migrate.
    """
    path = Path(path).resolve()
    backup_dir = backup_dir or default_backup_dir(path)
    is_new = create and (not path.exists())
    revision = None if is_new else inspect_file(path, key)
    if not is_new and not writable(path):
        return _open_read_only(path, revision, backup_dir, key)
    lock = DataFileLock(path)
    try:
        lock.acquire()
    except OSError as exc:
        # Write-protected media that the OS still reports as writable (Windows checks only the
        # file's read-only attribute) refuse the lock file: open for viewing instead.
        if is_new or exc.errno not in READ_ONLY_ERRNOS:
            raise
        return _open_read_only(path, revision, backup_dir, key)
    engine = None
    try:
        engine = create_file_engine(path, key=key, new=is_new)
        if not is_new and revision != head_revision():
            backup = backup_file(path, backup_dir / backup_name(path, "before-migration", datetime.now()), key)
            _migrate(engine, path, backup)
        elif is_new:
            _migrate(engine, path, None)
    except BaseException:
        if engine is not None:
            engine.dispose()
        if is_new:
            _discard_new_file(path, lock)
        else:
            lock.release()
        raise
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False), lock, backup_dir,
                    key=key)


def _migrate(engine: Engine, path: Path, backup: Path | None) -> None:
    """Upgrade in one transaction (SQLite's DDL is transactional): on failure the file is as it
    was, and the error names the backup made just before."""
    try:
        upgrade_to_head(engine)
    except Exception as exc:
        engine.dispose()
        if backup is None:  # a new file: the caller removes it
            raise
        raise DataFileError(path, "migration_failed", str(exc).splitlines()[0][:200], backup=backup) from exc


def _open_read_only(path: Path, revision: str | None, backup_dir: Path,
                    key: FileKey | None) -> Database:
    if revision != head_revision():  # an upgrade would have to write it
        raise DataFileError(path, "read_only_old", revision or "")
    engine = create_engine(f"sqlite:///{path}", module=driver(key),
                           creator=lambda: connect_read_only(path, key))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        dbapi_connection.isolation_level = None  # SQLAlchemy's BEGIN reaches SQLite

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")  # a snapshot to read; IMMEDIATE would ask for a write lock

    sessions = sessionmaker(engine, expire_on_commit=False, info={"read_only": True})
    return Database(path, engine, sessions, None, backup_dir, read_only=True, key=key)


@contextmanager
def unit_of_work(db: Database) -> Iterator[Session]:
    """One user action = one transaction: committed on success, rolled back on any error.
    A write to a file opened read-only (or whose medium became read-only) is ReadOnlyDataFile."""
    try:
        with db.sessions() as session:
            with session.begin():
                yield session
    except OperationalError as exc:
        if _read_only_refusal(exc):
            raise ReadOnlyDataFile(say("storage.read_only_write", path=db.path), db.path) from exc
        raise


def _read_only_refusal(exc: OperationalError) -> bool:
    code = getattr(exc.orig, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF == 8  # SQLITE_READONLY and its extended codes


def schema_is_current(db: Database) -> bool:
    with db.engine.connect() as conn:
        return current_revision(conn) == head_revision()
