"""The report check accepts the PDFs a reader opens (every report of a real export, a PDF with a
cross-reference stream) and refuses a file whose header, end, cross-reference table or catalog
is wrong, or that has a zip glued to its end. pypdf (a test dependency only) is the referee."""

from __future__ import annotations

import io
import zipfile

import pytest
from pypdf import PdfReader

from desktop.exchange.pdfcheck import pdf_problem, zip_attached
from tests.exchange.conftest import report_pdf


def reports(real_package) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(real_package.full)) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n.endswith(".pdf")}


def test_every_report_of_a_real_export_passes_and_opens(real_package):
    found = reports(real_package)
    # three year reports, 27 minutes and the 12 regular sittings' resolutions beside them
    assert len(found) == 42
    assert sum(name.startswith("reports/nghi-quyet/") for name in found) == 12
    for name, pdf in found.items():
        assert pdf_problem(pdf) is None, name
        assert pdf_problem(memoryview(pdf)) is None, name
        assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1, name


def xref_stream_pdf() -> bytes:
    """A PDF 1.5 whose cross-reference section is a stream (as many other writers make)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(out)
    rows = [bytes([0]) + (0).to_bytes(4, "big") + bytes([255])]
    rows += [bytes([1]) + o.to_bytes(4, "big") + bytes([0]) for o in offsets]
    rows.append(bytes([1]) + xref_at.to_bytes(4, "big") + bytes([0]))
    data = b"".join(rows)
    out += (b"4 0 obj\n<< /Type /XRef /Size 5 /W [1 4 1] /Root 1 0 R /Length %d >>\nstream\n" % len(data)
            + data + b"\nendstream\nendobj\n")
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def test_a_pdf_with_a_cross_reference_stream_passes():
    pdf = xref_stream_pdf()
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert pdf_problem(pdf) is None


def swap(pdf: bytes, old: bytes, new: bytes) -> bytes:
    assert old in pdf
    return pdf.replace(old, new, 1)


def _root_entry(pdf: bytes) -> bytes:
    """The 20-byte cross-reference entry of the catalog object of report_pdf()."""
    table = pdf[pdf.rindex(b"\nxref\n") + 1:]
    root = int(table.split(b"/Root ")[1].split()[0])
    first_entry = table.index(b"\n", 5) + 1  # after "xref\n0 N\n"
    start = first_entry + 20 * root
    return table[start:start + 20]


@pytest.mark.parametrize(("change", "reason"), [
    (lambda p: p[1:], "pdf_header"),
    (lambda p: b"%PDF-X.Y" + p[8:], "pdf_header"),
    (lambda p: p[:-7], "pdf_end"),
    (lambda p: p + b"% more after the end", "pdf_end"),
    (lambda p: swap(p, b"startxref", b"startxreg"), "pdf_xref"),
    (lambda p: p[:p.rindex(b"startxref")] + b"startxref\n999999999\n%%EOF\n", "pdf_xref"),
    (lambda p: p[:p.rindex(b"startxref")] + b"startxref\n17\n%%EOF\n", "pdf_xref"),
    (lambda p: swap(p, b"\ntrailer", b"\ntrailor"), "pdf_xref"),
    (lambda p: swap(p, b"/Root", b"/Roof"), "pdf_catalog"),
    (lambda p: swap(p, b"/Type /Catalog", b"/Type /Katalog"), "pdf_catalog"),
    (lambda p: swap(p, _root_entry(p), b"0000000017 00000 n \n"), "pdf_xref"),
    (lambda p: swap(p, _root_entry(p), _root_entry(p)[:17] + b"f \n"), "pdf_xref"),
])
def test_a_broken_pdf_is_refused_for_what_is_broken(change, reason):
    pdf = change(report_pdf())
    assert pdf_problem(pdf) == reason


def test_a_cut_pdf_is_refused_wherever_it_is_cut(real_package):
    pdf = reports(real_package)["reports/tu-danh-gia.pdf"]
    for cut in range(1, len(pdf), max(1, len(pdf) // 97)):
        assert pdf_problem(pdf[:cut]) is not None, cut


def test_a_zip_glued_on_is_found_by_its_end_record():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", b"x")
        archive.comment = b"\nstartxref\n1\n%%EOF\n"
    glued = report_pdf() + buffer.getvalue()
    assert zip_attached(glued) and pdf_problem(glued) == "pdf_archive"
    assert not zip_attached(report_pdf())
    # The bytes of an end record alone, with a comment length that does not reach the end, are
    # what a compressed stream may hold by chance: not a zip.
    assert not zip_attached(b"%PDF-1.4\nPK\x05\x06" + bytes(18) + b"rest of the file")
