"""Navigation list (left) + page stack (right). Pages are built the first time they are shown,
so opening a file costs only the first page, and a page that fails to build shows why instead
of taking the whole window down."""

from __future__ import annotations

import logging

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
from desktop.ui.year_banner import YearLockBanner

log = logging.getLogger(__name__)


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
        for widget in self._built.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._built.clear()
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
        widget = self._built.get(spec.key)
        if widget is None:
            widget = self._build(spec)
            self._built[spec.key] = widget
            self.stack.addWidget(widget)
            self.page_built.emit(spec.key, widget)
        self.stack.setCurrentWidget(widget)
        self.year_banner.follow(widget)
        self.page_shown.emit(spec.key)

    def _build(self, spec: PageSpec) -> QWidget:
        try:
            return spec.build(self._ctx, self.stack)
        except Exception as exc:  # noqa: BLE001 - one broken page must not close the window
            log.exception("page %s failed to build", spec.key)
            box = QWidget(self.stack)
            label = QLabel(self.tr("This page could not be opened: %1").replace(
                "%1", f"{type(exc).__name__}: {exc}"), box)
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
