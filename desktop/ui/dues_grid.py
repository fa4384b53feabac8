"""The keyboard-first grid of a month's dues, like the attendance grid.

Typing digits anywhere in a row starts the amount of that row's "Paid" cell; Enter records it
and moves down. Space (or Đ, "đủ") records the amount due ("paid in full") and moves down;
Delete removes the row's payment (not Backspace, pressed out of habit to correct a digit).
Enter on a row without typing only moves down. Tab and Esc leave the grid (Tab to the next
control), so the page's buttons stay reachable.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from desktop.ui.models.dues_month_table import MEMBER_ID_ROLE, NAME, NOTE, PAID

_DIGITS = set("0123456789")
FULL_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_D, Qt.Key.Key_Equal}


class _AmountDelegate(QStyledItemDelegate):
    """A plain line editor that reports which member is being typed for, so a reload never
    replaces what is being typed."""

    editing = Signal(int)  # member id, -1 when the editor closes

    def createEditor(self, parent: QWidget, option, index):  # noqa: N802 - Qt API
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.editing.emit(index.data(MEMBER_ID_ROLE))
        editor.destroyed.connect(lambda *_: self.editing.emit(-1))
        return editor


class DuesGrid(QTableView):
    full_requested = Signal(int)  # member id: record the amount due
    clear_requested = Signal(int)  # member id: remove the payment

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the grid for the page's buttons
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.delegate = _AmountDelegate(self)
        self.setItemDelegateForColumn(PAID, self.delegate)
        self.editing_member = -1
        self.delegate.editing.connect(self._editing)

    def setModel(self, model) -> None:  # noqa: N802 - Qt API
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(0)  # visible rows only
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        self.setColumnWidth(NAME, self.fontMetrics().averageCharWidth() * 22)

    def _editing(self, member_id: int) -> None:
        self.editing_member = member_id

    @property
    def is_editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState

    def current_member(self) -> int | None:
        index = self.currentIndex()
        return index.data(MEMBER_ID_ROLE) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        modified = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        index = self.currentIndex()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move_down()
            return
        if key == Qt.Key.Key_Escape:
            self.focusNextChild()
            return
        if index.isValid() and not modified:
            member = index.data(MEMBER_ID_ROLE)
            if event.text() and event.text() in _DIGITS:
                self._start_typing(event.text())
                return
            if key in FULL_KEYS or event.text().lower() == "đ":
                self.full_requested.emit(member)
                self.move_down()
                return
            if key == Qt.Key.Key_Delete:
                self.clear_requested.emit(member)
                return
        super().keyPressEvent(event)

    def _start_typing(self, first: str) -> None:
        target = self.model().index(self.currentIndex().row(), PAID)
        self.setCurrentIndex(target)
        self.edit(target)
        editor = self.indexWidget(target) or self.focusWidget()
        if isinstance(editor, QLineEdit):
            editor.setText(first)
            editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Enter in the editor records the amount and moves down to the next member's cell.
        if isinstance(watched, QLineEdit) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.commitData(watched)
                self.closeEditor(watched, QStyledItemDelegate.EndEditHint.NoHint)
                self.move_down()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.closeEditor(watched, QStyledItemDelegate.EndEditHint.RevertModelCache)
                return True
        return super().eventFilter(watched, event)

    def move_down(self) -> None:
        model, index = self.model(), self.currentIndex()
        if model is None or model.rowCount() == 0:
            return
        row = min((index.row() if index.isValid() else -1) + 1, model.rowCount() - 1)
        self.setCurrentIndex(model.index(row, PAID))
