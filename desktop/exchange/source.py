"""Reading a package file from disk against the size cap, never whole first.

The file's size is asked first: a file larger than the cap is refused before one byte is read
(a 3 GiB file costs nothing). The bytes are then read in pieces, the SHA-256 of the whole file
worked out on the way, and the reading stops as soon as the cap is passed, so a file that grows
while it is read, or a device that never ends (/dev/zero), is refused at the cap too.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.numbers import grouped
from desktop.exchange.problems import Problem
from desktop.exchange.zipread import Limits, Refused

PIECE = 8 * 1024 * 1024


@dataclass(frozen=True)
class PackageFile:
    data: bytes
    sha256: str


def read_package_file(path: Path, limits: Limits | None = None) -> PackageFile:
    """The file's bytes and digest; Refused (file_not_found, not_a_file, unreadable_file,
    package_too_large) otherwise. Never any other exception for a file that cannot be read."""
    cap = (limits or Limits()).package_bytes
    try:
        with open(path, "rb") as fh:
            info = os.fstat(fh.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise Refused(Problem("not_a_file"))
            if info.st_size > cap:
                raise Refused(Problem("package_too_large", f"{grouped(info.st_size)} byte"))
            return _read_capped(fh, info.st_size, cap)
    except Refused:
        raise
    except FileNotFoundError as exc:
        raise Refused(Problem("file_not_found")) from exc
    except IsADirectoryError as exc:
        raise Refused(Problem("not_a_file")) from exc
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise Refused(Problem("not_a_file")) from exc
        raise Refused(Problem("unreadable_file", exc.strerror or type(exc).__name__)) from exc
    except ValueError as exc:  # e.g. a NUL character in the path
        raise Refused(Problem("unreadable_file", str(exc))) from exc


def _read_capped(fh, size: int, cap: int) -> PackageFile:  # noqa: ANN001
    digest = hashlib.sha256()
    pieces: list[bytes] = []
    total = 0
    want = size + 1  # a regular file: all of it and one byte to see its end, in one read
    while True:
        piece = fh.read(min(want, cap + 1 - total))
        if not piece:
            break
        digest.update(piece)
        pieces.append(piece)
        total += len(piece)
        if total > cap:
            raise Refused(Problem("package_too_large", f"> {grouped(cap)} byte"))
        want = PIECE
    data = pieces[0] if len(pieces) == 1 else b"".join(pieces)
    return PackageFile(data, digest.hexdigest())
