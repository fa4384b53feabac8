"""The central directory of a zip shaped as the builder makes it, read with struct in one pass.

zipfile reads a directory through a file object and builds a full ZipInfo per entry; across an
inbox's thousands of packages that was a tenth of the verifier's own work. This reads only the
plain shape: the end record at the very end with no comment, no ZIP64 locator before it, the
directory right before it, every entry stored with equal sizes, no flag, extra field or comment
and a printable ASCII name. For such an archive zipfile reads exactly these fields. Anything else
gives None, and zipfile reads the archive as before, refusals included (test_zipread.py compares).
"""

from __future__ import annotations

import re

from desktop.exchange.zipwrite import CENTRAL, CENTRAL_MAGIC, END, END_MAGIC

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
