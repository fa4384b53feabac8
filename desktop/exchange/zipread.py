"""Reading a zip in memory without trusting it: names, counts and sizes are all capped, and
declared sizes are never believed (a reader stops at the cap whatever the header says)."""

from __future__ import annotations

import io
import re
import struct
import zipfile
from dataclasses import dataclass

from desktop.exchange.problems import Problem

SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*$")
CHUNK = 64 * 1024


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
    return bool(SAFE_NAME.match(name)) and ".." not in name.split("/")


def open_zip(data: bytes, limits: Limits) -> zipfile.ZipFile:
    if len(data) > limits.package_bytes:
        raise Refused(Problem("package_too_large", f"{len(data)} byte"))
    if not data.startswith(b"PK"):
        raise Refused(Problem("not_zip"))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError) as exc:
        raise Refused(Problem("truncated")) from exc
    except (NotImplementedError, ValueError, OSError, UnicodeDecodeError, struct.error, KeyError,
            OverflowError) as exc:
        # A directory naming an unknown zip version, a bad name encoding, impossible offsets…
        raise Refused(Problem("zip_unsupported", type(exc).__name__)) from exc
    return archive


def check_names(archive: zipfile.ZipFile, limits: Limits) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.entries:
        raise Refused(Problem("too_many_entries", str(len(infos))))
    seen: set[str] = set()
    seen_folded: set[str] = set()
    for info in infos:
        name = info.filename
        if not is_safe_name(name) or info.is_dir():
            raise Refused(Problem("unsafe_name", name))
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
    """Reads entries, counting real decompressed bytes against per-entry and total caps."""

    def __init__(self, archive: zipfile.ZipFile, limits: Limits):
        self._archive = archive
        self._limits = limits
        self._total = 0

    def read(self, info: zipfile.ZipInfo, cap: int | None = None) -> bytes:
        cap = min(cap or self._limits.entry_bytes, self._limits.entry_bytes)
        out = bytearray()
        try:
            with self._archive.open(info) as stream:
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
        except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError, struct.error,
                UnicodeDecodeError, OverflowError, KeyError) as exc:
            # A local header that disagrees with the directory, an unknown method…
            raise Refused(Problem("entry_unreadable", info.filename)) from exc
        return bytes(out)
