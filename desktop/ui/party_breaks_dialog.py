"""Periods out of the party for one member (Điều lệ: not counted in party age; the badge
milestones follow). Opened from the member dialog's life-cycle tab. Each period is written at
once through the runner; a refusal (overlap, before admission, in the future) is shown in the
dialog and what was typed stays in the fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.services.badges import BreakRow
from desktop.ui.context import UiContext
from desktop.ui.member_dialog import parse_date_text
from desktop.ui.member_lifecycle import date_field
from desktop.ui.messages import error_text
from desktop.ui.models.member_table import date_text
from desktop.ui.widgets.unsaved import GuardedDialog


class PartyBreaksDialog(GuardedDialog):
    def __init__(self, ctx: UiContext, member_id: int, name: str, can_act: Callable[[], str | None],
                 parent: QWidget):
        super().__init__(parent)
        self._ctx, self._id, self._can_act = ctx, member_id, can_act
        self.changed = False  # the caller reloads the member when something was written
        self._closing = False  # «Lưu» answered on the way out: close once the period is stored
        self.rows: tuple[BreakRow, ...] = ()
        self.setWindowTitle(self.tr("Periods out of the party — %1").replace("%1", name))
        intro = QLabel(self.tr("Periods out of the party are not counted in party age; the next "
                               "badge milestone moves with them."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Note")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.remove_button = QPushButton(self.tr("&Remove the selected period"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)

        self.start = date_field(self)
        self.end = date_field(self)
        self.end.setToolTip(self.tr("Leave empty while the member is still out"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. the decision's number"))
        self.add_button = QPushButton(self.tr("&Add period"), self)
        self.add_button.setDefault(True)  # Enter records the period typed; Esc closes
        self.add_button.clicked.connect(self.add_period)
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("&From"), self), 0, 0)
        form.addWidget(self.start, 0, 1)
        form.addWidget(QLabel(self.tr("&To"), self), 0, 2)
        form.addWidget(self.end, 0, 3)
        form.addWidget(QLabel(self.tr("&Note"), self), 1, 0)
        form.addWidget(self.note, 1, 1, 1, 3)
        form.addWidget(self.add_button, 1, 4)
        form.setColumnStretch(3, 1)
        for column, buddy in ((0, self.start), (2, self.end)):
            form.itemAtPosition(0, column).widget().setBuddy(buddy)
        form.itemAtPosition(1, 0).widget().setBuddy(self.note)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self._update_buttons()
        self.reload()

    # -- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        badges, member_id = self._ctx.services.badges, self._id
        self._ctx.runner.query(lambda: badges.breaks_for(member_id), on_done=self._show,
                               on_error=self._error)

    def _show(self, rows: tuple[BreakRow, ...]) -> None:
        if not isValid(self):
            return
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (date_text(row.start), date_text(row.end) if row.end else self.tr("still out"), row.note)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    # -- acting ------------------------------------------------------------------------------
    def add_period(self) -> None:
        try:
            start = parse_date_text(self.start.text())
        except ValueError:
            return self._refuse(self.start, self.tr("From"))
        try:
            end = parse_date_text(self.end.text())
        except ValueError:
            return self._refuse(self.end, self.tr("To"))
        if start is None:
            self._closing = False
            self.say(self.tr("Enter the day the period began."), error=True)
            self.start.setFocus()
            return
        badges, member_id, note = self._ctx.services.badges, self._id, self.note.text()
        self._write(lambda: badges.add_break(member_id, start, end, note), self.tr("Period recorded."),
                    clear=True)

    def remove_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        break_id, badges = self.rows[selected[0].row()].id, self._ctx.services.badges
        self._write(lambda: badges.remove_break(break_id), self.tr("Period removed."), clear=False)

    def _refuse(self, edit: QLineEdit, label: str) -> None:
        self._closing = False
        self.say(self.tr("%1: “%2” is not a date (dd/mm/yyyy).").replace("%1", label)
                 .replace("%2", edit.text()), error=True)
        edit.setFocus()

    def _write(self, call: Callable[[], object], done: str, clear: bool) -> None:
        blocked = self._can_act()
        if blocked:
            self._closing = False
            self.say(blocked, error=True)
            return

        def finished(_result: object) -> None:
            if not isValid(self):
                return
            self.changed = True
            if self._closing:
                self.accept()
                return
            if clear:
                for edit in (self.start, self.end, self.note):
                    edit.clear()
                self.start.setFocus()
            self.say(done)
            self.reload()

        self._ctx.runner.write(call, on_done=finished, on_error=self._error)

    # -- leaving with a period typed but not recorded (GuardedDialog asks) -------------------------
    def has_changes(self) -> bool:
        return any(edit.text().strip() for edit in (self.start, self.end, self.note))

    def save(self) -> None:
        self._closing = True
        self.add_period()

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.message.setText(text)

    def _error(self, error: Exception) -> None:
        if isValid(self):
            self._closing = False  # refused: the dialog stays open with what was typed
            self.say(error_text(error), error=True)
