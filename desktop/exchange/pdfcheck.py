"""Is a report entry a whole PDF? A bounded structural check, not a PDF reader.

It follows the path every PDF reader takes first (ISO 32000-1 §7.5): the "%PDF-x.y" header, the
"%%EOF" marker at the end, the "startxref" offset before it, the cross-reference section found
there and, through it, the document catalog (/Root … /Type /Catalog). A file that passes opens
in a reader; a renamed zip, a cut-off file, or a file with a zip glued to its end whose end
record lies in the last KiB (a zip tool finds an archive by that record) does not pass.

Bounded: it copies and reads a few small windows of the entry (the head, the last KiB, the
cross-reference entries it needs, the catalog object), never the whole entry, and each loop
has a fixed ceiling: ~5 µs a report. (Looking for a zip end record in the whole last 64 KiB,
where a longer zip comment could put it, would cost 20 µs a report, a quarter of the time a
year package of 30 reports takes to verify.) It never raises: the answer is None (a PDF) or
the wording key of what is wrong.
"""

from __future__ import annotations

import re

HEADER = re.compile(rb"%PDF-[0-9]\.[0-9]")
TAIL_BYTES = 1024  # the spec lets readers look for %%EOF in the last 1024 bytes
STARTXREF = re.compile(rb"startxref\s+([0-9]{1,12})\s*%%EOF\Z")
XREF = re.compile(rb"xref")
SUBSECTION = re.compile(rb"\s*([0-9]{1,10}) ([0-9]{1,10})[ \t]*(?:\r\n|\r|\n)")
ENTRY = re.compile(rb"([0-9]{10}) ([0-9]{5}) ([nf])(?: \r| \n|\r\n)")
TRAILER = re.compile(rb"\s*trailer\s*<<")
ROOT = re.compile(rb"/Root\s+([0-9]{1,10})\s+([0-9]{1,5})\s+R")
OBJECT = re.compile(rb"\s*([0-9]{1,10})\s+([0-9]{1,5})\s+obj\b")
XREF_STREAM = re.compile(rb"/Type\s*/XRef\b")
CATALOG = re.compile(rb"/Type\s*/Catalog\b")
ENDOBJ = re.compile(rb"endobj")
WINDOW = 2048  # a trailer dictionary or a catalog object is a few hundred bytes
MAX_SUBSECTIONS = 10_000
ZIP_END = b"PK\x05\x06"
WHITESPACE = b"\0\t\n\f\r "


def pdf_problem(content: bytes | memoryview) -> str | None:
    """None for a whole PDF, else the wording key (exchange.pdf_*) of the first thing wrong.
    The regular expressions read the entry where it lies (`pos`, `endpos`), without copying."""
    size = len(content)
    if not HEADER.match(content, 0, 16):
        return "pdf_header"
    tail = bytes(content[max(0, size - TAIL_BYTES):])
    end = len(tail.rstrip(WHITESPACE))
    if not tail.endswith(b"%%EOF", 0, end):
        return "pdf_end"
    if zip_attached(tail):
        return "pdf_archive"
    found = STARTXREF.search(tail, 0, end)
    if found is None:
        return "pdf_xref"
    offset = int(found.group(1))
    if not 0 < offset < size:
        return "pdf_xref"
    if XREF.match(content, offset):
        return _check_table(content, offset + 4)
    return _check_stream(content, offset)


def zip_attached(tail: bytes) -> bool:
    """True when `tail` (the last bytes of a file) holds a zip end record whose comment runs to
    exactly its last byte: where every unzip tool finds an archive, whatever comes before it."""
    at = tail.rfind(ZIP_END)
    while at >= 0:
        if at + 22 <= len(tail) and at + 22 + int.from_bytes(tail[at + 20:at + 22], "little") == len(tail):
            return True
        at = tail.rfind(ZIP_END, 0, at)
    return False


def _check_table(content: bytes | memoryview, at: int) -> str | None:
    """A classic cross-reference table: its subsections, the trailer after them, and the
    catalog the trailer's /Root names, found through the table."""
    size = len(content)
    sections: list[tuple[int, int, int]] = []  # (first object, count, where its entries start)
    for _ in range(MAX_SUBSECTIONS):
        head = SUBSECTION.match(content, at, min(size, at + 64))
        if head is None:
            break
        first, count = int(head.group(1)), int(head.group(2))
        entries = head.end()
        at = entries + 20 * count
        if at > size:
            return "pdf_xref"
        sections.append((first, count, entries))
    if not sections:
        return "pdf_xref"
    trailer = TRAILER.match(content, at, min(size, at + WINDOW))
    if trailer is None:
        return "pdf_xref"
    root = ROOT.search(content, trailer.end(), min(size, at + WINDOW))
    if root is None:
        return "pdf_catalog"
    number, generation = int(root.group(1)), int(root.group(2))
    for first, count, entries in sections:
        if first <= number < first + count:
            at = entries + 20 * (number - first)
            entry = ENTRY.fullmatch(content, at, at + 20)
            if entry is None or entry.group(3) != b"n":
                return "pdf_xref"
            return _check_catalog(content, int(entry.group(1)), number, generation)
    return "pdf_catalog"


def _check_catalog(content: bytes | memoryview, at: int, number: int, generation: int) -> str | None:
    size = len(content)
    if not 0 < at < size:
        return "pdf_xref"
    limit = min(size, at + WINDOW)
    head = OBJECT.match(content, at, limit)
    if head is None or (int(head.group(1)), int(head.group(2))) != (number, generation):
        return "pdf_xref"
    closing = ENDOBJ.search(content, head.end(), limit)
    return None if CATALOG.search(content, head.end(), closing.start() if closing else limit) else "pdf_catalog"


def _check_stream(content: bytes | memoryview, at: int) -> str | None:
    """A cross-reference stream (PDF 1.5+): its object, its type and a /Root in its dictionary.
    Its entries are compressed; inflating them is a reader's work, not this check's."""
    window = bytes(content[at:at + WINDOW])
    head = OBJECT.match(window)
    if head is None:
        return "pdf_xref"
    dictionary = window[head.end():].split(b"stream", 1)[0]
    if XREF_STREAM.search(dictionary) is None:
        return "pdf_xref"
    return None if ROOT.search(dictionary) else "pdf_catalog"
