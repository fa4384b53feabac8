"""Navigation list (left) + page stack (right). Pages are built the first time they are shown,
so opening a file costs only the first page, and a page that fails to build shows why instead
of taking the whole window down.

Each page sits in a PageFrame: a page wider or taller than the window (at 150% text) scrolls
instead of growing the window past the screen, since a stack takes the largest minimum size of
its pages. At 100% and 125% every page fits 1366×728 without scrolling (tests/ui/test_fit.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.context import UiContext
from desktop.ui.pages import PageSpec
from desktop.ui.widgets.page_frame import PageFrame
from desktop.ui.year_banner import YearLockBanner


class Navigator(QSplitter):
    page_shown = Signal(str)  # the key of the page now visible
    page_built = Signal(str, QWidget)  # a page was just built: the shell wires its requests

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setChildrenCollapsible(False)
        self.list = QListWidget(self)
        self.list.setObjectName("navigation")
        pad = max(4, self.fontMetrics().height() // 3)  # roomy targets, proportional to text size
        self.list.setStyleSheet(f"QListWidget#navigation::item {{ padding: {pad}px {pad * 2}px; }}")
        # The right side: the locked-year banner above the page shown.
        right = QWidget(self)
        self.stack = QStackedWidget(right)
        self.year_banner = YearLockBanner(right)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.year_banner)
        column.addWidget(self.stack, 1)
        self.addWidget(self.list)
        self.addWidget(right)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self._ctx: UiContext | None = None
        self._specs: list[PageSpec] = []
        self._built: dict[str, QWidget] = {}
        self._frames: dict[str, PageFrame] = {}  # the scroll area around each built page
        self.list.currentRowChanged.connect(self._show_row)

    # --- loading and clearing --------------------------------------------------------------

    def load(self, ctx: UiContext, specs: list[PageSpec]) -> None:
        self.clear()
        self._ctx = ctx
        self.year_banner.attach(ctx)
        self._specs = list(specs)
        for spec in self._specs:
            self.list.addItem(spec.title())
        self._fit_list_width()
        if self._specs:
            self.list.setCurrentRow(0)

    def clear(self) -> None:
        """Drop every page (they hold the old file's services) before another file is shown."""
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        for frame in self._frames.values():
            self.stack.removeWidget(frame)
            frame.deleteLater()
        self._built.clear()
        self._frames.clear()
        self._specs = []
        self._ctx = None
        self.year_banner.follow(None)
        self.year_banner.attach(None)

    # --- queries ---------------------------------------------------------------------------

    def keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def current_key(self) -> str | None:
        row = self.list.currentRow()
        return self._specs[row].key if 0 <= row < len(self._specs) else None

    def page(self, key: str) -> QWidget | None:
        return self._built.get(key)

    def current_page(self) -> QWidget | None:
        key = self.current_key()
        return self._built.get(key) if key is not None else None

    def select(self, key: str) -> None:
        self.list.setCurrentRow(self.keys().index(key))

    def retitle(self) -> None:
        for row, spec in enumerate(self._specs):
            self.list.item(row).setText(spec.title())
        self._fit_list_width()

    # --- internals -------------------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        if not (0 <= row < len(self._specs)) or self._ctx is None:
            return
        spec = self._specs[row]
        frame = self._frames.get(spec.key)
        if frame is None:
            frame = PageFrame(self.stack)
            widget = self._build(spec, frame)
            frame.set_page(widget)
            self._built[spec.key] = widget
            self._frames[spec.key] = frame
            self.stack.addWidget(frame)
            self.page_built.emit(spec.key, widget)
        self.stack.setCurrentWidget(frame)
        self.year_banner.follow(self._built[spec.key])
        self.page_shown.emit(spec.key)

    def _build(self, spec: PageSpec, parent: QWidget) -> QWidget:
        try:
            return spec.build(self._ctx, parent)
        except Exception as exc:  # noqa: BLE001 - one broken page must not close the window
            from desktop.ui.messages import error_text  # logs the traceback, names the log

            box = QWidget(parent)
            label = QLabel(self.tr("This page could not be opened: %1").replace(
                "%1", error_text(exc)), box)
            label.setWordWrap(True)
            QVBoxLayout(box).addWidget(label)
            return box

    def _fit_list_width(self) -> None:
        metrics = self.list.fontMetrics()
        widest = max((metrics.horizontalAdvance(s.title()) for s in self._specs), default=0)
        # Room for the longest title and its padding, never narrower than ~12 characters.
        width = max(widest, metrics.averageCharWidth() * 12) + 6 * metrics.averageCharWidth()
        width += self.list.frameWidth() * 2 + self.list.verticalScrollBar().sizeHint().width()
        self.list.setMinimumWidth(width)
        self.setSizes([width, max(self.width() - width, width * 3)])
