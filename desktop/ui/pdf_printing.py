"""Print a PDF's pages on a QPrinter: each page rendered with QtPdf and painted to fit.

Runs off the GUI thread (Qt allows painting on a QPrinter from a worker thread); the worker
loads its own QPdfDocument from the bytes, so nothing is shared with the preview.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300  # enough for text on paper; higher only costs memory (A4 at 300 dpi ≈ 35 MB)


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """0-based pages from the dialog's range (all pages when no range was chosen)."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() != QPrinter.PrintRange.PageRange or first <= 0:
        return list(range(page_count))
    last = min(last if last > 0 else page_count, page_count)
    return list(range(first - 1, last))


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint the pages on `printer`; returns the number of pages sent (copies included)."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise RuntimeError(f"QtPdf could not read the document ({document.error()})")
    pages = pages_to_print(printer, document.pageCount())
    # Drivers that cannot make copies themselves get each page painted `copies` times.
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    dpi = min(printer.resolution(), MAX_DPI)
    # The PDF carries its own margins: paint on the whole sheet, at the PDF's size.
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not be started")
    sent = 0
    try:
        for _copy in range(copies):
            for index in pages:
                if sent:
                    printer.newPage()
                points = document.pagePointSize(index)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = document.render(index, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), scaled), image)
                sent += 1
    finally:
        painter.end()
        document.close()
        buffer.close()
    return sent

