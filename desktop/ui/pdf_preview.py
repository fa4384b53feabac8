"""Preview of a generated PDF with Print…, Save as PDF… and Open in viewer.

    PdfPreviewDialog(parent, title, build, runner, settings).open()

`build` (returning PDF bytes) runs on the OperationRunner, off the GUI thread; printing too.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QDesktopServices, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import UserError
from desktop.services.output_file import write_output
from desktop.settings import Settings
from desktop.ui.file_dialogs import save_file_name
from desktop.ui.messages import APP_TITLE, error_text
from desktop.ui.operations import OperationRunner
from desktop.ui.pdf_printing import print_pdf
from desktop.ui.widgets.screen_fit import fit_size


def file_stem(title: str) -> str:
    """A file name from the title: keeps Vietnamese letters, drops what file systems refuse."""
    stem = re.sub(r'[\\/:*?"<>|\n\r\t]+', " ", title).strip(" .")
    return re.sub(r"\s+", " ", stem) or "van-ban"


class PdfPreviewDialog(QDialog):
    def __init__(self, parent: QWidget, title: str, build: Callable[[], bytes],
                 runner: OperationRunner, settings: Settings | None = None):
        super().__init__(parent)
        self._settings = settings  # where "Save as PDF…" starts (the last folder used)
        self.setWindowTitle(title)
        fit_size(self, 980, 760)
        self._title, self._runner = title, runner
        self._pdf: bytes | None = None
        self._temp_dir: Path | None = None
        self._data = QByteArray()
        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)

        self.status = QLabel(self.tr("Preparing the document…"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.open_button = QPushButton(self.tr("Open in viewer"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setDefault(True)  # Enter closes the preview, as Esc does
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(False)
            button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.choose_save_path)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.close_button.clicked.connect(self.reject)

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, self.open_button, self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        runner.query(build, on_done=self._loaded, on_error=self._failed)

    # -- loading ---------------------------------------------------------------------------
    @property
    def pdf(self) -> bytes | None:
        return self._pdf

    def _loaded(self, pdf: bytes) -> None:
        self._pdf = pdf
        self._data = QByteArray(pdf)
        self._buffer.close()
        self._buffer.setData(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self.status.setText(self.tr("%n page(s)", "", pages))
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(pages > 0)

    def _failed(self, error: Exception) -> None:
        self.status.setText(self.tr("The document could not be made."))
        QMessageBox.warning(self, self.tr("Document not made"), error_text(error))

    # -- actions ---------------------------------------------------------------------------
    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self._title)
        printer.setFromTo(1, max(1, self.document.pageCount()))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter, on_done: Callable[[int], None] | None = None) -> None:
        """Print on a configured printer off the GUI thread (also used by tests)."""
        if self._pdf is None:
            return
        pdf = self._pdf
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Printing…"))

        def done(sent: int) -> None:
            self.print_button.setEnabled(True)
            self.status.setText(self.tr("Sent %1 page(s) to the printer.").replace("%1", str(sent)))
            if on_done is not None:
                on_done(sent)

        def failed(error: Exception) -> None:
            self.print_button.setEnabled(True)
            self._failed(error)

        self._runner.query(lambda: print_pdf(pdf, printer), on_done=done, on_error=failed)

    def choose_save_path(self) -> None:
        path = save_file_name(self, self._settings, self.tr("Save as PDF"),
                              f"{file_stem(self._title)}.pdf", self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        if self._pdf is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:  # whole or not at all: a full disk leaves no half PDF under the chosen name
            write_output(path, self._pdf)
        except UserError as error:
            QMessageBox.warning(self, self.tr("PDF not saved"), error_text(error))
            return
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))

    def open_in_viewer(self) -> Path | None:
        """Write the PDF to a private temporary folder and hand it to the system's viewer."""
        if self._pdf is None:
            return None
        if self._temp_dir is None:
            # Not deleted with the dialog: the viewer may still have the file open (Windows
            # refuses to delete it then); the system cleans its temporary folder.
            self._temp_dir = Path(tempfile.mkdtemp(prefix="chibo-"))
        path = self._temp_dir / f"{file_stem(self._title)}.pdf"
        path.write_bytes(self._pdf)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self, APP_TITLE, self.tr(
                "No PDF viewer is set up on this computer. The file is at %1").replace(
                "%1", str(path)))
        return path

    def done(self, result: int) -> None:  # noqa: D401 - QDialog override
        self.document.close()
        super().done(result)
