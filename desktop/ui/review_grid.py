"""The keyboard-first grid of the year's ratings.

On a rating column: 1–4 or X/T/H/K (xuất sắc, tốt, hoàn thành, không) set the rating and move
down, so a whole column is one key per member; Delete or Backspace clears; Enter moves down
without changing anything; Tab and Shift+Tab move right and left, and past the last (first)
column leave the grid; Esc goes to the tabs above it, Ctrl+Tab to the next tab.

The names are the rows' headers, not a column: they stay in view when the columns scroll
sideways (at 150% text), so the member being rated is always named.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionHeader,
    QStylePainter,
    QTableView,
    QToolButton,
    QWidget,
)

from desktop.domain.enums import Rating
from desktop.ui.models.review_table import NAME, REFUSED_COLOUR, STEP_COLUMNS, Refusal
from desktop.ui.widgets.grid_keys import leave, leaving_key

RATING_KEYS: dict[str, Rating] = {
    "1": Rating.HTXSNV, "x": Rating.HTXSNV,
    "2": Rating.HTTNV, "t": Rating.HTTNV,
    "3": Rating.HTNV, "h": Rating.HTNV,
    "4": Rating.KHTNV, "k": Rating.KHTNV,
}


class _CornerTitle(QObject):
    """Paints the names' column title in the corner above them (Qt's corner has no text)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Paint:
            return False
        view = watched.parentWidget()
        model = view.model() if isinstance(view, QTableView) else None
        if model is None:
            return False
        option = QStyleOptionHeader()
        option.initFrom(watched)
        option.rect = watched.rect()
        option.position = QStyleOptionHeader.SectionPosition.OnlyOneSection
        option.text = model.headerData(NAME, Qt.Orientation.Horizontal)
        option.textAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        QStylePainter(watched).drawControl(QStyle.ControlElement.CE_Header, option)
        return True


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
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        corner = self.findChild(QAbstractButton)  # Qt's corner button, above the names
        if corner is not None:
            corner.installEventFilter(_CornerTitle(corner))

    def setModel(self, model) -> None:  # noqa: N802 - Qt API
        super().setModel(model)
        self.setColumnHidden(NAME, True)  # shown as the rows' headers
        header = self.horizontalHeader()
        # Every column as wide as its content; the spare room goes to the last column.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # visible rows only: all rows froze big branches
        header.setStretchLastSection(True)

    def columns(self) -> list[int]:
        """The columns shown, left to right."""
        model = self.model()
        count = model.columnCount() if model is not None else 0
        return [c for c in range(count) if not self.isColumnHidden(c)]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if leaving_key(self, event):
            return
        index = self.currentIndex()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._move(1, 0)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = key == Qt.Key.Key_Tab
            if not self._move(0, 1 if forward else -1):
                leave(self, forward)  # past the last (first) column: on to the next field
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

    def _move(self, rows: int, cols: int) -> bool:
        """Move the current cell, staying within the grid; False when it cannot move."""
        model, index = self.model(), self.currentIndex()
        shown = self.columns()
        if model is None or model.rowCount() == 0 or not shown:
            return False
        row = index.row() if index.isValid() else 0
        # On the name (a hidden column) the cursor stands before the first column shown.
        at = shown.index(index.column()) if index.column() in shown else -1
        new_row = min(max(row + rows, 0), model.rowCount() - 1)
        new_at = min(max(at + cols, 0), len(shown) - 1)
        if (new_row, new_at) == (row, at):
            return False
        self.setCurrentIndex(model.index(new_row, shown[new_at]))
        return True


class RefusalBar(QFrame):
    """Above the grid, in the refused cells' colour: which cells were not recorded and why. Not
    a message box, which would take the keys typed next; hidden when there is none left."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("refusals")
        self.setStyleSheet(f"QFrame#refusals {{ background: {REFUSED_COLOUR}; }}")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this message"))
        close.clicked.connect(self.dismissed.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_refusals(self, refusals: list[Refusal], column_title) -> None:  # noqa: ANN001 - step → title
        self.text.setText("\n".join(
            self.tr("Not recorded: column «%1» of %2 — %3").replace("%1", column_title(r.step))
            .replace("%2", r.full_name).replace("%3", r.message) for r in refusals))
        self.setVisible(bool(refusals))
