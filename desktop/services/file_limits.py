"""Reading a file a user hands us (a rulebook, a records file, a member list) within limits.

Each reader keeps its own limits as named constants beside its code (why that size is said
there); this module holds the checks they share: a bounded read, an iterative depth check (a
nested structure must not reach Python's recursion limit in the parser, the schema check or the
printing of an error), a deadline, and the check of a zip's declared sizes before any part of it
is inflated (zipfile stops at the declared size, so the declared sizes bound the real ones).
Every refusal is a UserError naming the file.
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.services.errors import UserError
from desktop.wording import say

MB = 1024 * 1024


def size_text(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB // 10 else f"{size:,} byte".replace(",", ".")


def read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, refused (naming it) when larger than `limit`, without reading more."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise UserError(say("reading.missing", file=path)) from None
    except OSError as exc:
        raise UserError(say("reading.unreadable", file=path.name, reason=exc.strerror or exc)) from exc
    if len(data) > limit:
        raise UserError(say("reading.too_large", file=path.name, size=size_text(_size(path, len(data))),
                            limit=size_text(limit)))
    return data


def check_size(path: Path, limit: int) -> None:
    """Refuse a file larger than `limit` before a library opens it."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserError(say("reading.missing", file=path)) from None
    except OSError as exc:
        raise UserError(say("reading.unreadable", file=path.name, reason=exc.strerror or exc)) from exc
    if size > limit:
        raise UserError(say("reading.too_large", file=path.name, size=size_text(size), limit=size_text(limit)))


def _size(path: Path, at_least: int) -> int:
    try:
        return max(path.stat().st_size, at_least)
    except OSError:
        return at_least


def depth_exceeds(value: Any, limit: int) -> bool:
    """True when dicts and lists nest deeper than `limit` (iterative: no recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


class Deadline:
    """Stops a slow read: `check()` refuses once `seconds` have passed since it was made."""

    def __init__(self, name: str, seconds: float, timer: Callable[[], float] = time.monotonic):
        self._name, self._seconds, self._timer = name, seconds, timer
        self._end = timer() + seconds

    def check(self) -> None:
        if self._timer() > self._end:
            raise UserError(say("reading.too_slow", file=self._name, seconds=f"{self._seconds:g}"))


def check_zip(path: Path, *, max_total: int, max_entries: int, max_ratio: int) -> None:
    """Refuse an archive whose parts would inflate beyond `max_total` in all, number more than
    `max_entries`, or any part over 1 MB inflating more than `max_ratio` times its compressed
    size (office documents compress 5–30×; a bomb 1,000×)."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise UserError(say("reading.not_a_zip", file=path.name)) from exc
    if len(entries) > max_entries:
        raise UserError(say("reading.zip_entries", file=path.name, count=len(entries), limit=max_entries))
    total = 0
    for entry in entries:
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > MB and ratio > max_ratio:
            raise UserError(say("reading.zip_ratio", file=path.name, entry=entry.filename,
                                ratio=f"{ratio:,.0f}".replace(",", "."), size=size_text(entry.file_size)))
    if total > max_total:
        raise UserError(say("reading.zip_total", file=path.name, size=size_text(total), limit=size_text(max_total)))
