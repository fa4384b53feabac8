"""The canonical container, written field by field: a zip of STORED entries (PKWARE APPNOTE
§4.3) whose every byte follows from the entries' names, sizes and CRC-32s and the creation time.

The builder joins these headers with the contents; the verifier rebuilds only the headers and
compares them with the bytes around the contents it has already read, so the contents are
neither copied nor checksummed a second time. The fields are those Python's `zipfile` writes
for the same entries (a test holds the two equal), so packages already sent stay canonical.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

LOCAL = struct.Struct("<4s2B4HL2L2H")
CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
END = struct.Struct("<4s4H2LH")
LOCAL_MAGIC = b"PK\x03\x04"
CENTRAL_MAGIC = b"PK\x01\x02"
END_MAGIC = b"PK\x05\x06"
VERSION = 20  # 2.0: the lowest version that reads stored entries in folders
UNIX = 3  # "made by" system: the same on every OS, so the bytes are too
MODE = 0o644 << 16  # rw-r--r--, in the high half of the external attributes
# Beyond these sizes zipfile switches to ZIP64 records, which this format never uses; the
# verifier's caps (zipread.Limits) stay far below them.
MAX_ENTRY_BYTES = 1 << 30
MAX_TOTAL_BYTES = (1 << 31) - 1
MAX_ENTRIES = 0xFFFF


class Entry(NamedTuple):  # a tuple: the verifier makes one per entry of every package
    name: str
    size: int
    crc: int


@dataclass(frozen=True)
class Layout:
    """Each entry's local header and where it starts; the central directory and end record."""

    headers: tuple[bytes, ...]
    offsets: tuple[int, ...]
    trailer: bytes
    size: int

    def content_start(self, index: int) -> int:
        return self.offsets[index] + len(self.headers[index])


def dos_stamp(created: datetime) -> tuple[int, int]:
    """(time, date) in MS-DOS form, local to `created`'s own offset, 2-second resolution."""
    year, month, day, hour, minute, second = created.timetuple()[:6]
    if not 1980 <= year <= 2107:
        raise ValueError(f"a zip cannot hold the year {year}")
    return hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day


def layout(entries: Sequence[Entry], created: datetime) -> Layout:
    """The container's bytes other than the contents. ValueError if no such container exists
    (a name that is not ASCII, a size or count that would need ZIP64, a year a zip cannot hold)."""
    if len(entries) > MAX_ENTRIES:
        raise ValueError(f"{len(entries)} entries need ZIP64")
    time, date = dos_stamp(created)
    headers, offsets, central = [], [], []
    offset = 0
    for entry in entries:
        name = entry.name.encode("ascii")  # UnicodeEncodeError is a ValueError
        if entry.size > MAX_ENTRY_BYTES:
            raise ValueError(f"{entry.name}: {entry.size} bytes need ZIP64")
        fields = (0, 0, time, date, entry.crc, entry.size, entry.size, len(name))
        headers.append(LOCAL.pack(LOCAL_MAGIC, VERSION, 0, *fields, 0) + name)
        central.append(CENTRAL.pack(CENTRAL_MAGIC, VERSION, UNIX, VERSION, 0, *fields, 0, 0, 0, 0,
                                    MODE, offset) + name)
        offsets.append(offset)
        offset += len(headers[-1]) + entry.size
        if offset > MAX_TOTAL_BYTES:
            raise ValueError("the container needs ZIP64")
    directory = b"".join(central)
    end = END.pack(END_MAGIC, 0, 0, len(entries), len(entries), len(directory), offset, 0)
    trailer = directory + end
    return Layout(tuple(headers), tuple(offsets), trailer, offset + len(trailer))


def join(plan: Layout, contents: Iterable[bytes]) -> bytes:
    """The whole container: each header followed by its content, then the trailer."""
    parts: list[bytes] = []
    for header, content in zip(plan.headers, contents, strict=True):
        parts += (header, content)
    parts.append(plan.trailer)
    return b"".join(parts)
