"""Backups as the user sees them: make one (with a reason), list them with what they hold,
thin old ones, keep a second copy (a USB stick), and tell whether the file changed since the last.

Folders come from the settings through `configure()`; the first folder is where backups are
made and thinned, the others receive a copy of each backup and are thinned the same way.
A backup an operation reads (the one being restored, or whose contents the restore dialog shows)
is `pinned()` meanwhile: thinning leaves it alone.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.clock import Clock
from desktop.domain.situation import situations_on
from desktop.services.errors import UserError
from desktop.services.member_facts import load_member_facts
from desktop.store.backup import (
    backup_file,
    copy_closed_file,
    file_fingerprint,
    find_backups,
    unique_backup_path,
)
from desktop.store.backup_policy import backups_to_delete
from desktop.store.cipher import FileKey, file_kind, is_wrong_key
from desktop.store.database import Database
from desktop.store.errors import BackupFailed
from desktop.store.integrity import read_only_engine
from desktop.store.models import Meeting
from desktop.wording import say


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str  # "auto", "open", "close", "manual", "before-restore", "before-migration" …
    size_bytes: int
    folder: Path


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, read from the file itself (read-only)."""

    path: Path
    readable: bool
    members: int | None = None  # official + probationary on the day the backup was made
    meetings_by_year: tuple[tuple[int, int], ...] = ()  # (year, meetings), current rows only
    problem: str = ""  # Vietnamese, when not readable
    encrypted: bool = False  # the backup file itself is encrypted
    other_key: bool = False  # encrypted under another passphrase: restoring it asks for that one


@dataclass(frozen=True)
class BackupResult:
    path: Path
    copies: tuple[Path, ...] = ()
    deleted: tuple[Path, ...] = ()
    copy_failures: tuple[str, ...] = ()  # Vietnamese: a second folder that could not be written


class BackupService:
    def __init__(
        self,
        db: Database,
        folders: Sequence[Path] = (),
        *,
        clock: Clock,
    ):
        self._db = db
        self._folders: tuple[Path, ...] = tuple(folders) or (db.backup_dir,)
        self._clock = clock
        self._lock = threading.Lock()  # the timer and a manual backup must not interleave
        self._fingerprints: dict[Path, str] = {}  # a finished backup never changes
        self._pins: Counter[Path] = Counter()  # resolved paths that thinning must not delete

    # -- configuration -------------------------------------------------------------------
    def configure(self, primary: Path | None, extra: Sequence[Path] = ()) -> None:
        """Set the folders from the settings (None = beside the data file)."""
        first = Path(primary) if primary else self._db.backup_dir
        others = tuple(Path(p) for p in extra if Path(p) != first)
        self._folders = (first, *others)

    @property
    def folders(self) -> tuple[Path, ...]:
        return self._folders

    # -- making backups ------------------------------------------------------------------
    def make(self, reason: str = "manual", out: Path | None = None) -> BackupResult:
        """Back up now. With `out`, write exactly that file (never over an existing one)."""
        with self._lock:
            if out is not None:
                out = Path(out)
                if out.exists():
                    raise UserError(say("storage.backup_file_exists", path=out))
                return BackupResult(self._write(out))
            now = self._clock.now()
            primary = self._folders[0]
            path = self._write(unique_backup_path(primary, self._db.path, reason, now))
            deleted = list(self._thin(primary, now))
            copies, failures = [], []
            for folder in self._folders[1:]:
                if self._db.encrypted and file_kind(path) != "encrypted":
                    # The second folder is a USB stick that gets lost: never a plain copy there.
                    failures.append(str(say("encryption.plain_copy_refused", backup=path, folder=folder)))
                    continue
                try:
                    copies.append(copy_closed_file(path, folder / path.name))
                    deleted += self._thin(folder, now)
                except BackupFailed as exc:  # the main backup exists; this copy left nothing
                    reason = exc.detail if exc.reason == "failed" else say(f"storage.why_{exc.reason}")
                    failures.append(str(say("storage.copy_failed", folder=folder, reason=reason)))
                except OSError as exc:  # thinning the second folder
                    failures.append(str(say("storage.copy_to_folder_failed", folder=folder,
                                            reason=exc.strerror or exc)))
            return BackupResult(path, tuple(copies), tuple(deleted), tuple(failures))

    def before(self, reason: str) -> Path:
        """For other services: back up before an import, export, restore or repair.

        Raises UserError when no backup could be made, so the risky action does not start.
        """
        return self.make(f"before-{reason}").path

    @contextmanager
    def pinned(self, path: Path) -> Iterator[Path]:
        """While inside, no thinning deletes `path` (in any folder it is listed from), e.g. the
        backup a restore is reading while the safety backup before it thins the folder.
        Yields the resolved path."""
        key = Path(path).resolve()
        with self._lock:
            self._pins[key] += 1
        try:
            yield key
        finally:
            with self._lock:
                self._pins[key] -= 1
                if self._pins[key] <= 0:
                    del self._pins[key]

    def backup_if_changed(self, reason: str) -> BackupResult | None:
        """On opening the file and by the timer: back up only if the records changed."""
        if not self.changed_since_last_backup():
            return None
        return self.make(reason)

    def changed_since_last_backup(self) -> bool:
        newest = find_backups(self._folders[0], self._db.path.stem)
        if not newest:
            return True
        try:
            return file_fingerprint(self._db.path, self._db.key) != self._fingerprint(newest[0][0])
        except Exception:  # noqa: BLE001 - an unreadable last backup is as good as none
            return True

    # -- listing -------------------------------------------------------------------------
    def list(self) -> list[BackupInfo]:
        """Backups in every folder, newest first."""
        found = []
        for folder in self._folders:
            for path, made_at, reason in find_backups(folder, self._db.path.stem):
                try:
                    size = path.stat().st_size
                except OSError:
                    continue  # deleted meanwhile, or the stick was pulled out
                found.append(BackupInfo(path, made_at, reason, size, folder))
        found.sort(key=lambda b: b.made_at, reverse=True)  # stable: keeps each folder's order
        return found

    def contents(self, path: Path, made_at: datetime | None = None) -> BackupContents:
        with self.pinned(path):  # not thinned away while it is being read
            return read_contents(Path(path), (made_at or self._clock.now()).date(), self._db.key)

    # -- internals -----------------------------------------------------------------------
    def _write(self, target: Path) -> Path:
        try:
            return backup_file(self._db.path, target, self._db.key)
        except BackupFailed as exc:  # a full, read-only or missing disk; nothing left behind
            raise UserError(exc.text) from exc

    def _thin(self, folder: Path, now: datetime) -> list[Path]:
        """Called with `_lock` held, so no pin comes or goes meanwhile."""
        listed = [(p, when) for p, when, _reason in find_backups(folder, self._db.path.stem)]
        resolved = folder.resolve()  # a pin is a resolved path; the folder may be relative
        pinned = {p for p, _when in listed if resolved / p.name in self._pins}
        deleted = []
        for path in backups_to_delete(listed, now, pinned):
            try:
                path.unlink()
                deleted.append(path)
            except OSError:
                continue  # try again after the next backup
            self._fingerprints.pop(path, None)
        return deleted

    def _fingerprint(self, path: Path) -> str:
        if path not in self._fingerprints:
            self._fingerprints[path] = file_fingerprint(path, self._db.key)
        return self._fingerprints[path]


def read_contents(path: Path, on: date, key: FileKey | None = None) -> BackupContents:
    """Members and meetings per year in a backup file, opened read-only (never migrated). An
    encrypted backup is read with `key` (the open file's); one made under another passphrase
    is said to be so."""
    try:
        kind = file_kind(path)
    except OSError as exc:
        return BackupContents(path, False, problem=str(say("storage.backup_unreadable", reason=exc.strerror or exc)))
    encrypted = kind != "plain"
    if encrypted and key is None:
        return BackupContents(path, False, problem=str(say("encryption.backup_needs_secret", backup=path.name)),
                              encrypted=True, other_key=True)
    engine = read_only_engine(path, key if encrypted else None)
    try:
        with Session(engine) as s:
            situations = situations_on(load_member_facts(s), on).values()
            rows = s.execute(
                select(func.strftime("%Y", Meeting.held_on), func.count())
                .where(Meeting.superseded_by_id.is_(None))
                .group_by(func.strftime("%Y", Meeting.held_on))
                .order_by(func.strftime("%Y", Meeting.held_on))
            ).all()
        members = sum(1 for x in situations if x.in_branch)
        return BackupContents(path, True, members, tuple((int(y), n) for y, n in rows if y),
                              encrypted=encrypted)
    except SQLAlchemyError as exc:
        if encrypted and is_wrong_key(exc.orig):
            return BackupContents(path, False, problem=str(say("encryption.backup_contents_other_key")),
                                  encrypted=True, other_key=True)
        return BackupContents(path, False, problem=str(say("storage.backup_contents_unreadable", reason=exc.orig or exc)),
                              encrypted=encrypted)
    finally:
        engine.dispose()
