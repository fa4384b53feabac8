"""The keyboard-first grid of the year's ratings.

On a rating column: 1–4 or X/T/H/K (xuất sắc, tốt, hoàn thành, không) set the rating and move
down, so a whole column is one key per member; Delete or Backspace clears; Enter moves down
without changing anything; Tab and Shift+Tab move right and left (Ctrl+Tab leaves the grid).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.domain.enums import Rating
from desktop.ui.models.review_table import STEP_COLUMNS

RATING_KEYS: dict[str, Rating] = {
    "1": Rating.HTXSNV, "x": Rating.HTXSNV,
    "2": Rating.HTTNV, "t": Rating.HTTNV,
    "3": Rating.HTNV, "h": Rating.HTNV,
    "4": Rating.KHTNV, "k": Rating.KHTNV,
}


class ReviewGrid(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab reaches keyPressEvent only with tab navigation on (else it moves the focus away);
        # keyPressEvent below then moves right within the row instead of wrapping.
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def setModel(self, model) -> None:  # noqa: N802 - Qt API
        super().setModel(model)
        header = self.horizontalHeader()
        # Every column as wide as its content (the name first of all); the spare room goes to
        # the last column rather than squeezing the names.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # visible rows only: all rows froze big branches
        header.setStretchLastSection(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        index = self.currentIndex()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._move(1, 0)
            return
        if key == Qt.Key.Key_Tab:
            self._move(0, 1)
            return
        if key == Qt.Key.Key_Backtab:
            self._move(0, -1)
            return
        if index.isValid() and index.column() in STEP_COLUMNS and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.model().setData(index, None)
                return
            rating = RATING_KEYS.get(event.text().lower())
            if rating is not None:
                self.model().setData(index, rating)
                self._move(1, 0)
                return
        super().keyPressEvent(event)

    def _move(self, rows: int, cols: int) -> None:
        model, index = self.model(), self.currentIndex()
        if model is None or model.rowCount() == 0:
            return
        row = min(max((index.row() if index.isValid() else 0) + rows, 0), model.rowCount() - 1)
        col = min(max((index.column() if index.isValid() else 0) + cols, 0), model.columnCount() - 1)
        self.setCurrentIndex(model.index(row, col))
