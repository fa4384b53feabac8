"""Reading a zip in memory without trusting it: names, counts and sizes are all capped, and
declared sizes are never believed (a reader stops at the cap whatever the header says)."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass

from desktop.exchange.problems import Problem
from desktop.exchange.speed import (
    CHUNK,
    content_start,
    first_refusal,
    plain_directory,
    stored_plainly,
)

SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*")
MAX_NAME = 200  # well inside Windows' 260-character paths once a folder is put before it
# Device names Windows opens instead of a file, whatever the extension, case or trailing dots
# and spaces ("reports/CON", "aux.pdf", "Com1.txt"); COM0 and LPT0 are reserved too.
RESERVED = re.compile(r"(?:^|/)(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\.[^/]*)?[. ]*(?:/|$)",
                      re.IGNORECASE | re.ASCII)
_RESERVED_STEMS = ("con", "prn", "aux", "nul", "com", "lpt")


@dataclass(frozen=True)
class Limits:
    package_bytes: int = 256 * 1024 * 1024
    entries: int = 2000
    entry_bytes: int = 64 * 1024 * 1024
    total_bytes: int = 256 * 1024 * 1024


class Refused(Exception):
    """A structural problem after which nothing more can be checked."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(problem.message)


def is_safe_name(name: str) -> bool:
    return (len(name) <= MAX_NAME and SAFE_NAME.fullmatch(name) is not None
            and ".." not in name.split("/"))


def is_reserved_name(name: str) -> bool:
    """True when a part of the path is a Windows device name (the file could not be saved, and
    opening it would open the device)."""
    lowered = name.lower()  # most names hold none of the six stems: no regex for them
    return any(stem in lowered for stem in _RESERVED_STEMS) and RESERVED.search(name) is not None


@dataclass(frozen=True)
class Archive:
    entries: list  # zipfile.ZipInfo, or speed.DirectoryEntry: the same fields
    zip: zipfile.ZipFile | None  # None when the plain directory was read: no entry needs it

    def infolist(self) -> list:
        return self.entries


def open_zip(data: bytes, limits: Limits, *, plain_first: bool = True) -> Archive:
    """The archive's entries: read with struct when the directory has the builder's plain shape
    (speed.py), else by zipfile. `plain_first=False` always asks zipfile (tests compare)."""
    if len(data) > limits.package_bytes:
        raise Refused(Problem("package_too_large", f"{len(data)} byte"))
    if not data.startswith(b"PK"):
        raise Refused(Problem("not_zip"))
    entries = plain_directory(data) if plain_first else None
    if entries is not None:
        return Archive(entries, None)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError) as exc:
        raise Refused(Problem("truncated")) from exc
    except Exception as exc:  # noqa: BLE001 - zipfile's reading of a hostile directory
        # A directory naming an unknown zip version, a bad name encoding, impossible offsets…:
        # whatever zipfile raises, the archive is one this format does not use.
        raise Refused(Problem("zip_unsupported", type(exc).__name__)) from exc
    return Archive(archive.infolist(), archive)


def check_names(archive: Archive, limits: Limits) -> list:
    infos = archive.infolist()
    if len(infos) > limits.entries:
        raise Refused(Problem("too_many_entries", str(len(infos))))
    seen: set[str] = set()
    seen_folded: set[str] = set()
    for info in infos:
        name = info.filename
        if not is_safe_name(name) or info.is_dir():
            raise Refused(Problem("unsafe_name", name))
        if is_reserved_name(name):
            raise Refused(Problem("reserved_name", name))
        if name in seen:
            raise Refused(Problem("duplicate_name", name))
        if name.casefold() in seen_folded:
            raise Refused(Problem("duplicate_name_case", name))
        if info.flag_bits & 0x1:
            raise Refused(Problem("encrypted_entry", name))
        seen.add(name)
        seen_folded.add(name.casefold())
    return infos


class CappedReader:
    """Reads entries, counting real decompressed bytes against per-entry and total caps.

    Given the archive's own bytes (`data`), an entry stored plainly (no compression, no flag,
    equal sizes: every entry of a canonical package) is returned as a view of those bytes, not
    a copy, after one CRC-32; its place and CRC are kept (`starts`, `crcs`) for the canonical
    check. Any other entry is read through zipfile. Both ways refuse the same entries with the
    same code (tests/exchange/test_zipread.py compares them).
    """

    def __init__(self, archive: Archive, limits: Limits, data: bytes | None = None):
        self._archive = archive
        self._limits = limits
        self._total = 0
        self._data = memoryview(data) if data is not None else None
        self.starts: dict[str, int] = {}
        self.crcs: dict[str, int] = {}

    def read(self, info: zipfile.ZipInfo, cap: int | None = None) -> bytes | memoryview:
        cap = min(cap or self._limits.entry_bytes, self._limits.entry_bytes)
        if self._data is not None and stored_plainly(info):
            return self._slice(self._data, info, cap)
        return self._inflate(info, cap)

    def _slice(self, data: memoryview, info: zipfile.ZipInfo, cap: int) -> memoryview:
        """In place (speed.py): the same refusals as zipfile's reading, in the same order."""
        start = content_start(data, info)
        if start is None:
            raise Refused(Problem("entry_unreadable", info.filename))
        size = info.file_size
        if start + size <= len(data) and size <= cap and size <= self._limits.total_bytes - self._total:
            view = data[start : start + size]  # whole and within the caps: only the CRC can fail
            crc = zlib.crc32(view)
            if crc != info.CRC:
                raise Refused(Problem("entry_corrupted", info.filename))
            self._total += size
            self.starts[info.filename] = start
            self.crcs[info.filename] = crc
            return view
        raise Refused(first_refusal(data, info, start, cap, self._limits.total_bytes - self._total))

    def _inflate(self, info: zipfile.ZipInfo, cap: int) -> bytes:
        out = bytearray()
        try:
            with self._archive.zip.open(info) as stream:
                while True:
                    chunk = stream.read(CHUNK)
                    if not chunk:
                        break
                    out += chunk
                    self._total += len(chunk)
                    if len(out) > cap:
                        raise Refused(Problem("entry_too_large", info.filename))
                    if self._total > self._limits.total_bytes:
                        raise Refused(Problem("total_too_large"))
        except Refused:
            raise
        except zipfile.BadZipFile as exc:
            # The CRC of the content no longer matches: a byte of the entry was changed.
            code = "entry_corrupted" if "CRC" in str(exc) else "entry_unreadable"
            raise Refused(Problem(code, info.filename)) from exc
        except Exception as exc:  # noqa: BLE001 - every decompressor has its own errors
            # A local header that disagrees with the directory, an unknown method, stored bytes
            # said to be deflated (zlib.error), LZMA or bzip2 data that is not (LZMAError,
            # OSError)…: the entry cannot be read, whichever library says so.
            raise Refused(Problem("entry_unreadable", info.filename)) from exc
        return bytes(out)
