"""One instance per data file: an OS lock on `<file>.lock`, which also names the holder.

The OS drops the lock when a process dies, so a lock file left by a crash is stale by
construction: whoever can take the lock simply overwrites it.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str  # ISO 8601 in UTC, as written by the holder

    def opened_at(self) -> datetime | None:
        """When the holder opened the file, in this computer's local time (None if unreadable)."""
        try:
            moment = datetime.fromisoformat(self.since)
        except ValueError:
            return None
        return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment

    @property
    def on_this_computer(self) -> bool:
        return self.host.casefold() == socket.gethostname().casefold()


class FileLockedError(Exception):
    def __init__(self, path: Path, holder: LockHolder | None):
        self.path = path
        self.holder = holder
        super().__init__(f"{path} is open elsewhere: {holder}")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt  # this platform's module only

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl  # this platform's module only

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _read_holder(path: Path) -> LockHolder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8")[1:] or "{}")
        return LockHolder(data["user"], data["host"], int(data["pid"]), data["since"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


class DataFileLock:
    """Held for as long as a data file is open. Use as a context manager or call release()."""

    def __init__(self, db_path: Path):
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            raise FileLockedError(self.path, _read_holder(self.path))
        holder = {
            "user": getpass.getuser(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
        # Byte 0 is the locked byte on Windows; the holder's details follow it.
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, b" " + json.dumps(holder).encode("utf-8"))
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # The file stays: unlinking it could race with another instance taking the lock.
        try:
            os.ftruncate(fd, 0)
        finally:
            os.close(fd)  # closing drops the OS lock

    def __enter__(self) -> DataFileLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
