"""Hostile files for the reader tests, built in memory (issue 14's reproducers).

A zip is written by hand so that an entry can declare what it will inflate to without the test
ever holding that much: a deflate stream of N copies of one fully flushed block is N copies of
the same bytes, so a 2.6 MB file can inflate to 2.6 GB.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 b'<Default Extension="xml" ContentType="application/xml"/>'
                 b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                 b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                 b'</Types>')
ROOT_RELS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
             b'</Relationships>')
WORKBOOK = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            b'<sheets><sheet name="Danh s\xc3\xa1ch" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                 b'</Relationships>')
SHEET_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
SHEET_TAIL = b"</sheetData></worksheet>"


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


class _Entry:
    def __init__(self, name: str, deflated: bytes, crc: int, size: int):
        self.name, self.deflated, self.crc, self.size = name.encode("utf-8"), deflated, crc, size


def write_zip(path: Path, entries: list[_Entry]) -> Path:
    out, central = bytearray(), bytearray()
    for e in entries:
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, e.crc, len(e.deflated),
                           e.size, len(e.name), 0) + e.name + e.deflated
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, e.crc,
                               len(e.deflated), e.size, len(e.name), 0, 0, 0, 0, 0, offset) + e.name
    out += central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                                 len(central), len(out), 0)
    path.write_bytes(bytes(out))
    return path


def entry(name: str, data: bytes) -> _Entry:
    return _Entry(name, _deflate(data), zlib.crc32(data), len(data))


def xlsx(path: Path, sheet_xml: bytes, extra: list[_Entry] = ()) -> Path:
    """A minimal workbook whose first sheet is `sheet_xml` (openpyxl reads it)."""
    return write_zip(path, [entry("[Content_Types].xml", CONTENT_TYPES), entry("_rels/.rels", ROOT_RELS),
                            entry("xl/workbook.xml", WORKBOOK), entry("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                            entry("xl/worksheets/sheet1.xml", sheet_xml), *extra])


def rows_xml(rows: list[list[str]]) -> bytes:
    body = b"".join(b"<row>" + b"".join(b'<c t="inlineStr"><is><t>' + cell.encode("utf-8") + b"</t></is></c>"
                                        for cell in row) + b"</row>" for row in rows)
    return SHEET_HEAD + body + SHEET_TAIL


def xlsx_bomb(path: Path, compressed_mb: float = 2.6) -> Path:
    """~`compressed_mb` MB on disk whose sheet inflates ~1,000 times (2.6 GB for 2.6 MB)."""
    block = b'<row><c t="inlineStr"><is><t>Nguy\xe1\xbb\x85n V\xc4\x83n An</t></is></c></row>' * 16384
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    copies = int(compressed_mb * 1_000_000 / len(chunk))
    deflated = chunk * copies + b"\x03\x00"  # an empty final block ends the stream
    # The CRC of gigabytes is not worth computing: the reader must refuse before it would check it.
    bomb = _Entry("xl/worksheets/sheet1.xml", deflated, 0, min(len(block) * copies, 0xFFFFFFFF))
    return write_zip(path, [entry("[Content_Types].xml", CONTENT_TYPES), entry("_rels/.rels", ROOT_RELS),
                            entry("xl/workbook.xml", WORKBOOK), entry("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                            bomb])


def billion_laughs_xlsx(path: Path) -> Path:
    """Entity expansion in the sheet (the "billion laughs"): ten levels of ten references."""
    levels = [b'<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">'.encode() for i in range(1, 10)]
    sheet = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet [' + b"".join(levels) + b"]>"
             b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             b'<row><c t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    return xlsx(path, sheet)


def nested_toml(depth: int) -> str:
    return "[rulebook]\nmodel = " + "[" * depth + "]" * depth + "\n"


def nested_json(depth: int) -> str:
    return '{"format": "chibo-records", "members": ' + "[" * depth + "]" * depth + "}"
