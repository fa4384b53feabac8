"""«Còn thiếu gì» of the evaluation page, in three groups: what fails the verdict («chưa đạt»),
what is only short of full marks («chưa tối đa»), and what can still be had this year.

A click (or Enter) on a line shows its criterion and component in the detail beside it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from desktop.domain.evaluation import EvaluationResult, Gap

FAILING, SHORT, STILL = QColor("#b00020"), QColor("#8a5a00"), QColor("#1565c0")
_GAP_ROLE = Qt.ItemDataRole.UserRole + 1


class GapList(QListWidget):
    chosen = Signal(int, str)  # criterion number, component code

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemActivated.connect(self._choose)
        self.itemClicked.connect(self._choose)

    def show_result(self, result: EvaluationResult) -> None:
        self.clear()
        groups = (
            (self.tr("Not met — keeps the verdict from being reached (%1)"), result.failing, FAILING),
            (self.tr("Short of full marks — still good, points missing (%1)"), result.short_of_full, SHORT),
            (self.tr("Still reachable this year (%1)"), result.reachable_gaps, STILL),
        )
        for title, gaps, colour in groups:
            if gaps:
                self._header(title.replace("%1", str(len(gaps))), colour)
                for gap in gaps:
                    self._line(gap, colour)
        if self.count() == 0:
            self._header(self.tr("Nothing is missing: every component has its full points."), QColor("#2e7d32"))

    def sections(self) -> dict[str, list[str]]:
        """The lines shown under each heading (tests and screen readers)."""
        out: dict[str, list[str]] = {}
        heading = ""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(_GAP_ROLE) is None:
                heading = item.text()
                out[heading] = []
            else:
                out[heading].append(item.text().removeprefix("• "))
        return out

    def _header(self, text: str, colour: QColor) -> None:
        item = QListWidgetItem(text, self)
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(colour)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: a heading

    def _line(self, gap: Gap, colour: QColor) -> None:
        item = QListWidgetItem("• " + gap.sentence, self)
        item.setData(_GAP_ROLE, (gap.criterion, gap.code))
        if colour is FAILING:
            item.setForeground(colour)
        item.setToolTip(self.tr("Click to show this component"))

    def _choose(self, item: QListWidgetItem) -> None:
        where = item.data(_GAP_ROLE)
        if where is not None:
            self.chosen.emit(int(where[0]), str(where[1]))
