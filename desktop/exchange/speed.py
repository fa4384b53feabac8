"""The exchange's speed measures: each stays because a benchmark row shows what it buys
(`python -m tests.benchmarks --only exchange`; figures of the same run, verify per package:
the 300-member year package of 3.1 MB / a province package of 0.32 MB, floor SHA-256 + one
Ed25519 verify 1.94 / 0.36 ms):

- a compiled JSON Schema check (jsonschema-rs) answers "valid or not" before jsonschema, which
  only lists the errors of a package found invalid: verify 3.9 / 0.88 ms with it, 16.2 / 4.8 ms
  with jsonschema alone (schemas.py);
- orjson reads the JSON documents and writes them back to prove no key was given twice: verify
  3.9 / 0.88 ms with it, 6.4 / 1.8 ms with the standard library's reader (content.py);
- a canonical package's zip is read in place: its directory with struct (`plain_directory`),
  each stored entry as a view of the package's bytes after one CRC-32, and the canonical check
  compares the headers alone (zipread.py, verify.py): entries read and hashed in 2.7 / 0.36 ms
  in place, 4.5 / 0.45 ms through zipfile (copies, and the container rebuilt to compare).

Removed for buying nothing measurable: pausing the cyclic collector while a package's JSON is
read (verify 3.93 / 0.874 ms without it, 3.94 / 0.875 ms with it; a province's import 13.5 s
either way).
"""

from __future__ import annotations

import re
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from typing import Any

import jsonschema_rs
import orjson

from desktop.exchange.problems import Problem
from desktop.exchange.zipwrite import (
    CENTRAL,
    CENTRAL_MAGIC,
    END,
    END_MAGIC,
    LOCAL_MAGIC,
)

# --- JSON ----------------------------------------------------------------------------------------


def fast_validator(schema: dict[str, Any], formats: dict[str, Callable[[str], bool]]) -> Callable[[object], bool]:
    """jsonschema-rs's compiled check of `schema` (Draft 2020-12, `formats` checked by the given
    functions): valid or not, nothing more. A document Rust cannot hold (a lone surrogate in a
    string) is not valid to it."""
    validator = jsonschema_rs.Draft202012Validator(schema, formats=formats, validate_formats=True)

    def valid(document: object) -> bool:
        try:
            return validator.is_valid(document)
        except ValueError:
            return False

    return valid


# The builder writes each document with exchange.build.json_bytes (two-space indent). orjson
# writes the very same bytes for the document read back, keys in the order read, and never a
# key twice: equal bytes prove that no key was dropped while reading (~10 µs for 30 KB).
_CANONICAL = orjson.OPT_INDENT_2
JsonError = orjson.JSONDecodeError


def read_json(content: bytes | memoryview) -> Any:
    """The document, read from the bytes as they lie in the package. Stricter than the standard
    library's reader (no NaN, no Infinity, no lone surrogate, no nesting past 1,024): JsonError
    or RecursionError for all of those."""
    return orjson.loads(content)


def written_canonically(document: Any, content: bytes | memoryview) -> bool:
    """True when `content` is exactly what the builder writes for `document`."""
    try:
        return orjson.dumps(document, option=_CANONICAL) + b"\n" == bytes(content)
    except (TypeError, orjson.JSONEncodeError):
        return False


# --- the zip read in place -------------------------------------------------------------------------
# The central directory of a zip shaped as the builder makes it, read with struct in one pass.
# zipfile reads a directory through a file object and builds a full ZipInfo per entry; across an
# inbox's thousands of packages that was a tenth of the verifier's own work. This reads only the
# plain shape: the end record at the very end with no comment, no ZIP64 locator before it, the
# directory right before it, every entry stored with equal sizes, no flag, extra field or comment
# and a printable ASCII name. For such an archive zipfile reads exactly these fields. Anything else
# gives None, and zipfile reads the archive as before, refusals included (test_zipread.py compares).

ZIP64_LOCATOR_MAGIC = b"PK\x06\x07"
MAX_EXTRACT_VERSION = 63  # zipfile refuses newer versions: leave those to it
# Printable ASCII without "\": the same name in cp437 and UTF-8, and on every OS.
PLAIN_NAME = re.compile(rb"[\x20-\x5b\x5d-\x7e]+")


class DirectoryEntry:
    """The fields of zipfile.ZipInfo that the reader uses, under the same names."""

    __slots__ = ("CRC", "compress_size", "file_size", "filename", "header_offset", "orig_filename")
    flag_bits = 0
    compress_type = 0  # zipfile.ZIP_STORED

    def __init__(self, name: str, header_offset: int, crc: int, size: int):
        self.filename = self.orig_filename = name
        self.header_offset = header_offset
        self.CRC = crc
        self.compress_size = self.file_size = size

    def is_dir(self) -> bool:
        return self.filename.endswith("/")


def plain_directory(data: bytes) -> list[DirectoryEntry] | None:
    size = len(data)
    end = size - END.size
    if (size < END.size + 20 or not data.startswith(END_MAGIC, end) or not data.endswith(b"\0\0")
            or data.startswith(ZIP64_LOCATOR_MAGIC, end - 20)):
        return None
    directory_size, directory_offset = END.unpack_from(data, end)[5:7]
    if directory_offset + directory_size != end:  # bytes before the archive, or a gap
        return None
    entries = []
    at = directory_offset
    while at < end:
        name_at = at + CENTRAL.size
        if name_at > end:
            return None
        (magic, _, _, extract_version, _, flags, method, _, _, crc, compressed, file_size,
         name_length, extra_length, comment_length, _, _, _, offset) = CENTRAL.unpack_from(data, at)
        at = name_at + name_length
        if (magic != CENTRAL_MAGIC or extract_version > MAX_EXTRACT_VERSION or flags or method
                or compressed != file_size or extra_length or comment_length or at > end):
            return None
        name = data[name_at:at]
        if not PLAIN_NAME.fullmatch(name):
            return None
        entries.append(DirectoryEntry(name.decode("ascii"), offset, crc, file_size))
    return entries


CHUNK = 64 * 1024  # zipfile hands an entry out in pieces of this size
# A local header's signature, general-purpose flags, name and extra lengths (APPNOTE §4.3.7).
LOCAL_HEADER = struct.Struct("<4s2xH18xHH")
UTF8_NAME = 0x800


def stored_plainly(info: zipfile.ZipInfo) -> bool:
    return (info.compress_type == zipfile.ZIP_STORED and info.flag_bits == 0
            and info.compress_size == info.file_size)


def first_refusal(data: memoryview, info: zipfile.ZipInfo, start: int, cap: int, room: int) -> Problem:
    """The refusal zipfile meets first. It hands the entry out in CHUNK pieces and checks,
    piece by piece: a short read, then the CRC once the last piece is in, then the entry
    cap, then the total cap; the first piece at which each would fail decides."""
    size = info.file_size
    available = min(size, max(0, len(data) - start))
    never = sys.maxsize
    pieces = max(1, -(-size // CHUNK))
    short = available // CHUNK + 1 if available < size else never
    over_entry = cap // CHUNK + 1 if size > cap else never
    over_total = room // CHUNK + 1 if size > room else never
    crc_at = never
    if short == never and min(over_entry, over_total) >= pieces:
        crc_at = pieces if zlib.crc32(data[start : start + size]) != info.CRC else never
    first = min(short, crc_at, over_entry, over_total)
    if first == short:
        return Problem("entry_unreadable", info.filename)
    if first == crc_at:
        return Problem("entry_corrupted", info.filename)
    if first == over_entry:
        return Problem("entry_too_large", info.filename)
    return Problem("total_too_large")


def content_start(data: memoryview, info: zipfile.ZipInfo) -> int | None:
    """Where the entry's bytes begin, after the same local-header checks zipfile makes; None
    when they fail (the entry cannot be read)."""
    offset = info.header_offset
    if offset < 0 or offset + LOCAL_HEADER.size > len(data):
        return None
    magic, flags, name_length, extra_length = LOCAL_HEADER.unpack_from(data, offset)
    if magic != LOCAL_MAGIC:
        return None
    name_at = offset + LOCAL_HEADER.size
    raw = bytes(data[name_at : name_at + name_length])
    try:
        name = raw.decode("utf-8" if flags & UTF8_NAME else "cp437")
    except UnicodeDecodeError:
        return None
    if name != info.orig_filename:
        return None
    return name_at + name_length + extra_length
