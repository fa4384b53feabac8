"""Every field of every zip record set to its edge values: the first, a middle and the last
entry's local header and central record, and the end record. Each changed package gets a
refusal with a one-line reason, never an exception and never "passed"."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from desktop.exchange import zipwrite
from desktop.exchange.verify import verify_package

# (name, offset in the record, struct format), magic number included.
LOCAL = [("signature", 0, "<4s"), ("version needed", 4, "<H"), ("flags", 6, "<H"), ("method", 8, "<H"),
         ("time", 10, "<H"), ("date", 12, "<H"), ("crc-32", 14, "<L"), ("compressed size", 18, "<L"),
         ("size", 22, "<L"), ("name length", 26, "<H"), ("extra length", 28, "<H")]
CENTRAL = [("signature", 0, "<4s"), ("version made by", 4, "<B"), ("made on", 5, "<B"),
           ("version needed", 6, "<H"), ("flags", 8, "<H"), ("method", 10, "<H"), ("time", 12, "<H"),
           ("date", 14, "<H"), ("crc-32", 16, "<L"), ("compressed size", 20, "<L"), ("size", 24, "<L"),
           ("name length", 28, "<H"), ("extra length", 30, "<H"), ("comment length", 32, "<H"),
           ("disk", 34, "<H"), ("internal attributes", 36, "<H"), ("external attributes", 38, "<L"),
           ("local header offset", 42, "<L")]
END = [("signature", 0, "<4s"), ("disk", 4, "<H"), ("directory disk", 6, "<H"), ("entries here", 8, "<H"),
       ("entries", 10, "<H"), ("directory size", 12, "<L"), ("directory offset", 16, "<L"),
       ("comment length", 20, "<H")]
MAGICS = [b"\0\0\0\0", b"PK\0\0", zipwrite.LOCAL_MAGIC, zipwrite.CENTRAL_MAGIC, zipwrite.END_MAGIC,
          b"PK\x06\x06", b"PK\x06\x07", b"PK\x07\x08"]


def edge_values(fmt: str, original: int, size: int) -> set:
    if fmt == "<4s":
        return set(MAGICS)
    top = 256 ** struct.calcsize(fmt) - 1
    values = {0, 1, 2, top, top - 1, top // 2, top // 2 + 1, original - 1, original + 1, original ^ 1,
              original ^ (top + 1) // 2}
    if fmt == "<H":
        values |= {8, 9, 12, 14, 19, 20, 45, 63, 64, 93, 95, 98, 99, 0x800, 0x808}  # methods, versions, flags
    if fmt == "<L":
        values |= {size - 1, size, size + 1, 0xFFFF, 0x10000}
    return {v for v in values if 0 <= v <= top}


def records(data: bytes) -> list[tuple[str, int, list]]:
    """(label, start, fields) of the records the sweep changes."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
    end = data.rindex(zipwrite.END_MAGIC)
    directory = struct.unpack_from("<L", data, end + 16)[0]
    centrals, at = [], directory
    while at < end:
        centrals.append(at)
        at += 46 + sum(struct.unpack_from("<3H", data, at + 28))
    picked = sorted({0, len(infos) // 2, len(infos) - 1})
    out = [(f"local {infos[i].filename}", infos[i].header_offset, LOCAL) for i in picked]
    out += [(f"central {infos[i].filename}", centrals[i], CENTRAL) for i in picked]
    out.append(("end", end, END))
    return out


@pytest.mark.parametrize("record_kind", ["local", "central", "end"])
def test_every_header_field_at_every_edge_value_is_refused(real_package, record_kind):
    data = real_package.data
    tried = 0
    for label, start, fields in records(data):
        if not label.startswith(record_kind):
            continue
        for name, offset, fmt in fields:
            (original,) = struct.unpack_from(fmt, data, start + offset)
            for value in edge_values(fmt, original if isinstance(original, int) else 0, len(data)):
                if value == original:
                    continue
                changed = bytearray(data)
                struct.pack_into(fmt, changed, start + offset, value)
                result = verify_package(bytes(changed), trust=real_package.trust)
                where = f"{label}: {name} = {value!r}"
                assert not result.valid and not result.internal_error, (where, result.problems)
                assert "\n" not in result.problems[0].message, where
                tried += 1
    assert tried > {"local": 300, "central": 500, "end": 100}[record_kind]
