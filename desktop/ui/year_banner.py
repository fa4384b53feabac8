"""The banner above every page of a locked year: «Năm 2025 đã gửi hồ sơ và đang khóa …», shown
as soon as the page shows that year, not only when a change is refused.

The shell owns one banner and points it at the page shown: a page that shows one year has a
`year` spin box (the year it shows); pages without one (the member list) show no banner.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSpinBox, QStyle, QWidget
from shiboken6 import isValid

from desktop.services.changes import Changed, ChangeNotice
from desktop.ui.context import UiContext

translate = QCoreApplication.translate  # lupdate finds literal translate("Context", "...") calls


def where_to_unlock() -> str:
    """The menu path as the menus and the wizard name it, in the window's language."""
    steps = (translate("MainWindow", "&File"), translate("MainWindow", "&Send the year's package…"),
             translate("_YearPage", "Reopen the year for a correction…"))
    return " → ".join(step.replace("&", "").rstrip("…") for step in steps)


class YearLockBanner(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        frame = QFrame(self)
        frame.setObjectName("yearLockBanner")
        frame.setStyleSheet("QFrame#yearLockBanner { background: #fff3cd; border: 1px solid #e0c36c; "
                            "border-radius: 4px; } QLabel { color: #5c4400; }")
        self.text = QLabel(frame)
        self.text.setWordWrap(True)
        inside = QHBoxLayout(frame)
        inside.setContentsMargins(8, 4, 8, 4)
        inside.addWidget(self.text, 1)
        outside = QHBoxLayout(self)  # in line with the page's own margins below it
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        outside.setContentsMargins(margin, margin, margin, 0)
        outside.addWidget(frame)
        self._ctx: UiContext | None = None
        self._locked: frozenset[int] = frozenset()
        self._year: QSpinBox | None = None
        self.hide()

    def attach(self, ctx: UiContext | None) -> None:
        """Follow this file's locks (None: no file open)."""
        if self._ctx is not None and isValid(self._ctx.bus):
            self._ctx.bus.changed.disconnect(self._on_changed)
        self._ctx, self._locked = ctx, frozenset()
        self._update()
        if ctx is not None:
            ctx.bus.changed.connect(self._on_changed)
            self._load()

    def follow(self, page: QWidget | None) -> None:
        """Show the banner for the year `page` shows, and again whenever it shows another."""
        if self._year is not None and isValid(self._year):
            self._year.valueChanged.disconnect(self._update)
        year = getattr(page, "year", None)
        self._year = year if isinstance(year, QSpinBox) else None
        if self._year is not None:
            self._year.valueChanged.connect(self._update)
        self._update()

    @property
    def year(self) -> int | None:
        """The locked year the banner speaks of, None when hidden."""
        return self._year.value() if self._shown() else None

    def _load(self) -> None:
        ctx = self._ctx
        if ctx is None:
            return
        services = ctx.services
        ctx.runner.query(lambda: services.year_locks.locked_years(),
                         on_done=lambda years: self._loaded(ctx, years))

    def _loaded(self, ctx: UiContext, years: frozenset[int]) -> None:
        # Not an answer about a file closed meanwhile, nor one for a window already gone.
        if isValid(self) and ctx is self._ctx:
            self._locked = years
            self._update()

    def _on_changed(self, notice: ChangeNotice) -> None:
        if notice.touches(Changed.PACKAGES):  # an export locks a year, a reopening unlocks it
            self._load()

    def _shown(self) -> bool:
        return (self._ctx is not None and self._year is not None and isValid(self._year)
                and self._year.value() in self._locked)

    def _update(self) -> None:
        if not self._shown():
            self.hide()
            return
        self.text.setText(self.tr("%1 was sent to the superior committee and is locked: its records "
                                  "can be read, not changed. To correct it, reopen it in %2.")
                          .replace("%1", self.tr("Year %1").replace("%1", str(self._year.value())))
                          .replace("%2", where_to_unlock()))
        self.show()
