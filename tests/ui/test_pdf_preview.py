"""The PDF preview (build off the GUI thread, save, open, print) and the Documents page."""

from __future__ import annotations

import errno
import os
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.documents.kit import DocumentBuilder, DocumentMeta, Letterhead, PageSetup
from desktop.services.container import build_services
from desktop.services.errors import UserError
from desktop.settings import Settings
from desktop.ui.context import UiContext
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.pages.documents import DocumentsPage
from desktop.ui.pdf_preview import PdfPreviewDialog, file_stem
from tests.documents.conftest import record  # noqa: F401 - the fixture, shared

SHOTS = os.environ.get("CHIBO_SHOTS")  # a folder to save screenshots in, when set


def three_pages() -> bytes:
    head = Letterhead("Đảng bộ phường Ba Đình", "Chi bộ Tổ dân phố số 7", "Phường Ba Đình",
                      date(2026, 11, 5))
    doc = DocumentBuilder(PageSetup(), head, DocumentMeta("Thử", date(2026, 11, 5)))
    for n in range(3):
        doc.title(f"Trang {n + 1}").paragraph("Huỳnh Thị Yến, Nguyễn Hữu Quỳnh.").page_break()
    return doc.build()


@pytest.fixture
def runner():
    bus = ChangeBus()
    runner = OperationRunner(bus)
    yield runner
    runner.wait_for_tests(5000)


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def loaded(qtbot, parent, runner, build=three_pages) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(parent, "Biên bản họp: tháng 11/2026", build, runner)
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=5000)
    return dialog


def test_preview_loads_and_saves(qtbot, parent, runner, tmp_path):
    dialog = loaded(qtbot, parent, runner)
    assert dialog.document.pageCount() == 3
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    dialog.save_to(tmp_path / "bien-ban")  # the extension is added
    assert (tmp_path / "bien-ban.pdf").read_bytes() == dialog.pdf


def test_a_full_disk_leaves_no_half_pdf_and_names_the_file_chosen(qtbot, parent, runner, tmp_path,
                                                                 monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    dialog = loaded(qtbot, parent, runner)

    def full(self, data):  # noqa: ANN001, ANN202 - a disk that fills up halfway
        with open(self, "wb") as fh:
            fh.write(data[:100])
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    monkeypatch.setattr("pathlib.Path.write_bytes", full)
    dialog.save_to(tmp_path / "bien-ban.pdf")
    monkeypatch.undo()
    assert shown == [f"Không ghi được tệp «{tmp_path / 'bien-ban.pdf'}»: ổ đĩa đã đầy. Không có "
                     "tệp nào bị ghi dở."]
    assert list(tmp_path.iterdir()) == []  # neither a half PDF under its name nor a «.tmp»


def test_open_in_viewer_hands_a_temporary_copy_to_the_system(qtbot, parent, runner, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr("desktop.ui.pdf_preview.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    dialog = loaded(qtbot, parent, runner)
    path = dialog.open_in_viewer()
    assert opened == [str(path)] and path.read_bytes() == dialog.pdf
    assert path.name == "Biên bản họp tháng 11 2026.pdf"


def test_print_to_a_pdf_printer_with_a_page_range(qtbot, parent, runner, tmp_path):
    dialog = loaded(qtbot, parent, runner)
    sent: list[int] = []
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    dialog.print_to(printer, on_done=sent.append)
    qtbot.waitUntil(lambda: bool(sent), timeout=20000)
    assert sent == [3] and len(PdfReader(BytesIO(out.read_bytes())).pages) == 3

    sent.clear()
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    dialog.print_to(printer, on_done=sent.append)
    qtbot.waitUntil(lambda: bool(sent), timeout=20000)
    assert sent == [2] and len(PdfReader(BytesIO(out.read_bytes())).pages) == 2


def test_a_failed_build_says_why(qtbot, parent, runner, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def broken() -> bytes:
        raise UserError("Không tìm thấy cuộc họp có mã 7.")

    dialog = PdfPreviewDialog(parent, "x", broken, runner)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["Không tìm thấy cuộc họp có mã 7."]
    assert not dialog.print_button.isEnabled()


def test_file_stem_keeps_vietnamese_and_drops_forbidden_characters():
    assert file_stem('Biên bản 05/11/2026: "họp"') == "Biên bản 05 11 2026 họp"
    assert file_stem("///") == "van-ban"


def test_documents_page_lists_meetings_and_previews_the_minutes(qtbot, db, record, clock):  # noqa: F811
    from desktop.domain.enums import DocumentType
    from desktop.store.database import unit_of_work
    from desktop.store.models import DocumentNumber, MeetingResolution, Term

    with unit_of_work(db) as s:  # the adopted sitting's monthly resolution, numbered apart
        number = DocumentNumber(term_id=s.query(Term).one().id, doc_type=DocumentType.RESOLUTION,
                                seq=4, issued_on=date(2026, 11, 5))
        s.add(number)
        s.flush()
        s.add(MeetingResolution(meeting_id=record["meeting"], document_number_id=number.id))
    bus = ChangeBus()
    runner = OperationRunner(bus)
    services = build_services(db, clock)
    page = DocumentsPage(UiContext(services, bus, runner, Settings(), clock))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.year.setValue(2026)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    assert not page.minutes_button.isEnabled()
    page.table.selectRow(0)
    assert page.minutes_button.isEnabled()
    assert page.table.item(0, 2).text() == "03-BB/CB"
    assert page.table.item(0, 3).text() == "04-NQ/CB"
    assert page.table.horizontalHeaderItem(3).text() == "Resolution no."
    page.print_minutes()
    dialog = page.last_dialog
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10000)
    assert dialog.pdf == services.documents.minutes_pdf(record["meeting"], PageSetup())
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.grab().save(str(Path(SHOTS) / "documents_page.png"))
        dialog.resize(1000, 780)
        qtbot.wait(300)
        dialog.grab().save(str(Path(SHOTS) / "pdf_preview.png"))
    dialog.reject()
    page.year.setValue(2024)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=5000)
    assert "2024" in page.empty.text()
    runner.wait_for_tests(5000)
