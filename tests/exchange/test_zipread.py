"""Reading the directory with struct and the entries in place (views of the package's bytes)
refuses exactly what reading them through zipfile refuses, with the same code, and otherwise
gives the same entries and bytes."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.exchange.speed import plain_directory
from desktop.exchange.zipread import (
    CHUNK,
    CappedReader,
    Limits,
    Refused,
    check_names,
    open_zip,
)

FIELDS = ("filename", "orig_filename", "header_offset", "flag_bits", "compress_type", "CRC",
          "compress_size", "file_size")


def read_all(data: bytes, limits: Limits, in_place: bool, caps: list[int | None]) -> list:
    """What each entry reads as, in order, until the first refusal (as its code and detail)."""
    try:
        archive = open_zip(data, limits, plain_first=in_place)
        infos = check_names(archive, limits)
    except Refused as refused:
        return [("refused", refused.problem)]
    reader = CappedReader(archive, limits, data if in_place else None)
    out = []
    for info, cap in zip(infos, caps * len(infos)):
        try:
            out.append(("read", info.filename, bytes(reader.read(info, cap))))
        except Refused as refused:
            out.append(("refused", refused.problem))
            break
    return out


def stored(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries:
            archive.writestr(zipfile.ZipInfo(name, (2026, 1, 2, 3, 4, 6)), content)
    return buffer.getvalue()


def assert_same(data: bytes, limits: Limits, caps: list[int | None] = [None]) -> list:  # noqa: B006
    plain = plain_directory(data)
    if plain is not None:  # read with struct: then zipfile reads the very same entries
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            expected = [tuple(getattr(i, f) for f in FIELDS) + (i.is_dir(),) for i in archive.infolist()]
        assert [tuple(getattr(e, f) for f in FIELDS) + (e.is_dir(),) for e in plain] == expected
    in_place = read_all(data, limits, True, caps)
    assert in_place == read_all(data, limits, False, caps)
    return in_place


ENTRIES = st.lists(st.tuples(st.sampled_from(["a.pdf", "b/c.json", "mimetype", "d"]),
                             st.integers(min_value=0, max_value=3 * CHUNK + 7)),
                   min_size=1, max_size=4, unique_by=lambda e: e[0])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries=ENTRIES, data=st.data())
def test_in_place_and_zipfile_agree_on_mutated_archives(entries, data):
    package = bytearray(stored([(n, bytes([len(n)]) * size) for n, size in entries]))
    for _ in range(data.draw(st.integers(min_value=0, max_value=3))):
        if not package:
            break
        kind = data.draw(st.sampled_from(["flip", "delete", "insert", "cut"]))
        at = data.draw(st.integers(min_value=0, max_value=len(package) - 1))
        if kind == "flip":
            package[at] ^= data.draw(st.integers(min_value=1, max_value=255))
        elif kind == "delete":
            del package[at]
        elif kind == "insert":
            package.insert(at, data.draw(st.integers(min_value=0, max_value=255)))
        else:
            del package[at : at + data.draw(st.integers(min_value=1, max_value=2 * CHUNK))]
    limits = Limits(entry_bytes=data.draw(st.integers(min_value=1, max_value=4 * CHUNK)),
                    total_bytes=data.draw(st.integers(min_value=1, max_value=8 * CHUNK)))
    caps = data.draw(st.lists(st.sampled_from([None, 256, CHUNK, CHUNK + 1, 2 * CHUNK]),
                              min_size=1, max_size=3))
    assert_same(bytes(package), limits, caps)


def test_a_plain_archive_reads_the_same_both_ways():
    entries = [("mimetype", b"application/vnd.chibo.package+zip"), ("e", b""), ("big", b"z" * (CHUNK * 2 + 1))]
    assert assert_same(stored(entries), Limits()) == [("read", n, c) for n, c in entries]


def test_caps_fall_at_the_same_piece_both_ways():
    data = stored([("a", b"1" * (3 * CHUNK)), ("b", b"2" * (3 * CHUNK))])
    limits = Limits(entry_bytes=3 * CHUNK, total_bytes=4 * CHUNK + 1)  # "a" fits, then CHUNK + 1 left
    # b's own cap and the total both break in its second piece: the entry cap is checked first.
    assert assert_same(data, limits, [None, CHUNK + 5])[-1][1].code == "entry_too_large"
    # b's own cap would break in its third piece, the total already in its second.
    assert assert_same(data, limits, [None, 2 * CHUNK + 5])[-1][1].code == "total_too_large"
    assert assert_same(data, limits)[-1][1].code == "total_too_large"


def test_a_wrong_crc_is_found_after_the_last_piece_both_ways():
    data = bytearray(stored([("a", b"x" * 300)]))
    central = data.rindex(b"PK\x01\x02")
    struct.pack_into("<L", data, central + 16, zlib.crc32(b"y" * 300))
    # With a cap of 256 the whole entry is one piece: the CRC fails before the cap is looked at.
    result = assert_same(bytes(data), Limits(), [256])
    assert result[-1][1].code == "entry_corrupted"


def test_a_truncated_entry_is_unreadable_both_ways():
    data = stored([("a", b"x" * (2 * CHUNK)), ("b", b"y")])
    central = data.index(b"PK\x01\x02")  # a's record in the directory
    # The directory says "a" is longer than the bytes before "b": zipfile hits the end early.
    longer = bytearray(data)
    struct.pack_into("<LL", longer, central + 20, 5 * CHUNK, 5 * CHUNK)
    assert assert_same(bytes(longer), Limits())[-1][1].code == "entry_unreadable"


def test_a_local_header_that_disagrees_is_unreadable_both_ways():
    data = bytearray(stored([("a", b"x")]))
    data[30] = ord("b")  # the name in the local header
    assert assert_same(bytes(data), Limits())[0][1].code == "entry_unreadable"
    data = bytearray(stored([("a", b"x")]))
    data[0:4] = b"PK\x09\x09"  # the local header's magic number
    assert assert_same(bytes(data), Limits())[0][1].code == "entry_unreadable"
