"""Create or edit one member: profile on the left, the dated situation history and positions on
the right. Saving sends the whole record to the service in one call; a refusal is shown inside
the dialog (it stays open with what was typed), warnings go back to the page with `saved`.
Leaving with changes (Esc, Cancel, the close button) asks whether to save them.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from shiboken6 import isValid
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Position, Sex
from desktop.domain.enums import SituationEventKind as K
from desktop.services.members import (
    EventDraft,
    MemberDetail,
    MemberDraft,
    PositionDraft,
)
from desktop.ui.context import UiContext
from desktop.ui.messages import error_text
from desktop.ui.models.member_table import (
    date_text,
    event_title,
    position_title,
    sex_title,
)
from desktop.ui.widgets.forms import new_form
from desktop.ui.widgets.unsaved import GuardedDialog

DATA_ROLE = Qt.ItemDataRole.UserRole + 1


def parse_date_text(text: str) -> date | None:
    """dd/mm/yyyy as typed (also with - or .); empty means no date. ValueError otherwise."""
    text = text.strip().replace("-", "/").replace(".", "/")
    if not text:
        return None
    return datetime.strptime(text, "%d/%m/%Y").date()


def _date_field(parent: QWidget, value: date | None = None) -> QLineEdit:
    edit = QLineEdit(date_text(value), parent)
    # Literal context: parent.tr() would look the text up under the parent's runtime class.
    edit.setPlaceholderText(QCoreApplication.translate("MemberDialog", "dd/mm/yyyy"))
    edit.setMaxLength(10)
    return edit


date_field = _date_field  # for the other dialogs that take dates the same way


def _sex(value: str | None) -> Sex | None:
    return Sex(value) if value else None


class MemberDialog(GuardedDialog):
    saved = Signal(object)  # SaveResult

    def __init__(self, ctx: UiContext, detail: MemberDetail | None, parent: QWidget):
        super().__init__(parent)
        self._ctx = ctx
        self._member_id = detail.row.id if detail else None
        self.setWindowTitle(self.tr("Edit member") if detail else self.tr("New member"))
        self.resize(1040, 640)
        draft = detail.as_draft() if detail else MemberDraft("")
        columns = QHBoxLayout()
        columns.addWidget(self._profile_box(draft), 2)
        right = QVBoxLayout()
        right.addWidget(self._history_box(draft), 3)
        right.addWidget(self._positions_box(draft), 2)
        columns.addLayout(right, 3)
        self._original = draft
        self.lifecycle_tab = None
        body: QWidget | QHBoxLayout = columns
        if detail is not None:  # an existing member: probation, transfers and badges on a tab
            # only for a member already on file
            from desktop.ui.member_lifecycle import MemberLifecycleTab

            self.tabs = QTabWidget(self)
            first = QWidget(self.tabs)
            first.setLayout(columns)
            self.tabs.addTab(first, self.tr("Profile and history"))
            self.lifecycle_tab = MemberLifecycleTab(ctx, detail.row.id, self.unsaved_reason,
                                                    self.reload, self.tabs, detail.row.full_name)
            self.tabs.addTab(self.lifecycle_tab, self.tr("Probation, transfers, badges"))
            body = self.tabs
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if isinstance(body, QWidget):
            layout.addWidget(body)
        else:
            layout.addLayout(body)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._original = self.draft() or draft  # what "unchanged" means for the second tab

    # -- building ----------------------------------------------------------------------------
    def _profile_box(self, d: MemberDraft) -> QGroupBox:
        box = QGroupBox(self.tr("Profile"), self)
        form = new_form(box)
        self.name_edit = QLineEdit(d.full_name, box)
        self.name_edit.setPlaceholderText(self.tr("e.g. Nguyễn Văn An"))
        self.birth_edit = _date_field(box, d.birth_date)
        self.sex_combo = QComboBox(box)
        for sex in (None, Sex.MALE, Sex.FEMALE):
            self.sex_combo.addItem(sex_title(sex) or "—", sex)
        self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(d.sex)))
        self.admitted_edit = _date_field(box, d.admitted_on)
        self.official_edit = _date_field(box, d.official_on)
        self.card_edit = QLineEdit(d.card_number, box)
        self.phone_edit = QLineEdit(d.phone, box)
        self.notes_edit = QPlainTextEdit(d.notes, box)
        form.addRow(self.tr("Full name"), self.name_edit)
        form.addRow(self.tr("Date of birth"), self.birth_edit)
        form.addRow(self.tr("Sex"), self.sex_combo)
        form.addRow(self.tr("Date of admission"), self.admitted_edit)
        form.addRow(self.tr("Date made official"), self.official_edit)
        form.addRow(self.tr("Party card number"), self.card_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        hint = QLabel(self.tr("Card number and phone stay on this computer; they are never sent "
                              "to the superior committee."), box)
        hint.setWordWrap(True)
        form.addRow(hint)
        return box

    def _table(self, headers: list[str], parent: QWidget) -> QTableWidget:
        table = QTableWidget(0, len(headers), parent)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("00/00/0000") + 24)
        header.setStretchLastSection(True)
        return table

    def _history_box(self, d: MemberDraft) -> QGroupBox:
        box = QGroupBox(self.tr("Situation history"), self)
        self.events_table = self._table([self.tr("Date"), self.tr("Event"), self.tr("Note")], box)
        for e in d.events:
            self._append_event(e)
        self.event_kind = QComboBox(box)
        for kind in K:
            self.event_kind.addItem(event_title(kind), kind)
        self.event_date = _date_field(box)
        self.event_note = QLineEdit(box)
        self.event_note.setPlaceholderText(self.tr("Reason or decision (optional)"))
        add = QPushButton(self.tr("Add event"), box)
        add.clicked.connect(self.add_event)
        remove = QPushButton(self.tr("Remove selected event"), box)
        remove.clicked.connect(lambda: self._remove_selected(self.events_table))
        grid = QGridLayout()
        grid.addWidget(self.event_kind, 0, 0)
        grid.addWidget(self.event_date, 0, 1)
        grid.addWidget(add, 0, 2)
        grid.addWidget(self.event_note, 1, 0, 1, 3)  # its own line: the placeholder fits
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.events_table)
        layout.addLayout(grid)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _positions_box(self, d: MemberDraft) -> QGroupBox:
        box = QGroupBox(self.tr("Positions in the branch"), self)
        self.positions_table = self._table([self.tr("Position"), self.tr("From"), self.tr("To")], box)
        for p in d.positions:
            self._append_position(p)
        self.position_combo = QComboBox(box)
        for position in Position:
            self.position_combo.addItem(position_title(position), position)
        self.position_from = _date_field(box)
        self.position_to = _date_field(box)
        self.position_to.setPlaceholderText(self.tr("in office"))
        add = QPushButton(self.tr("Add position"), box)
        add.clicked.connect(self.add_position)
        remove = QPushButton(self.tr("Remove selected position"), box)
        remove.clicked.connect(lambda: self._remove_selected(self.positions_table))
        row = QHBoxLayout()
        for w in (self.position_combo, self.position_from, self.position_to, add):
            row.addWidget(w)
        layout = QVBoxLayout(box)
        layout.addWidget(self.positions_table)
        layout.addLayout(row)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    # -- editing the lists -------------------------------------------------------------------
    def _append_event(self, e: EventDraft) -> None:
        row = self.events_table.rowCount()
        self.events_table.insertRow(row)
        first = QTableWidgetItem(date_text(e.on))
        first.setData(DATA_ROLE, e)
        self.events_table.setItem(row, 0, first)
        self.events_table.setItem(row, 1, QTableWidgetItem(event_title(e.kind)))
        self.events_table.setItem(row, 2, QTableWidgetItem(e.note))

    def _append_position(self, p: PositionDraft) -> None:
        row = self.positions_table.rowCount()
        self.positions_table.insertRow(row)
        first = QTableWidgetItem(position_title(p.position))
        first.setData(DATA_ROLE, p)
        self.positions_table.setItem(row, 0, first)
        self.positions_table.setItem(row, 1, QTableWidgetItem(date_text(p.start)))
        self.positions_table.setItem(row, 2, QTableWidgetItem(date_text(p.end) or self.tr("in office")))

    def add_event(self) -> None:
        on = self._date_or_error(self.event_date, self.tr("Event date"), required=True)
        if on is None:
            return
        # Qt hands a StrEnum back as plain str: rebuild the enum.
        self._append_event(EventDraft(K(self.event_kind.currentData()), on, self.event_note.text()))
        self.event_date.clear()
        self.event_note.clear()
        self.error_label.hide()

    def add_position(self) -> None:
        start = self._date_or_error(self.position_from, self.tr("Start date"), required=True)
        if start is None:
            return
        try:
            end = parse_date_text(self.position_to.text())
        except ValueError:
            self._show_error(self.tr("End date: “%1” is not a date (dd/mm/yyyy).").replace(
                "%1", self.position_to.text()))
            return
        self._append_position(PositionDraft(Position(self.position_combo.currentData()), start, end))
        self.position_from.clear()
        self.position_to.clear()
        self.error_label.hide()

    def _remove_selected(self, table: QTableWidget) -> None:
        for row in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)

    def _date_or_error(self, edit: QLineEdit, label: str, required: bool = False) -> date | None:
        try:
            value = parse_date_text(edit.text())
        except ValueError:
            self._show_error(self.tr("%1: “%2” is not a date (dd/mm/yyyy).").replace(
                "%1", label).replace("%2", edit.text()))
            edit.setFocus()
            return None
        if value is None and required:
            self._show_error(self.tr("%1 is required.").replace("%1", label))
            edit.setFocus()
        return value

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- the second tab's writes -------------------------------------------------------------
    def unsaved_reason(self) -> str | None:
        """Why the lifecycle tab may not write now (typed changes would be overwritten)."""
        if self.draft() != self._original:
            return self.tr("Save or cancel the changes on the first tab first.")
        return None

    def reload(self) -> None:
        """After the lifecycle tab wrote: show the record as stored (nothing typed is pending)."""
        services, member_id = self._ctx.services, self._member_id
        if member_id is not None:
            self._ctx.runner.query(lambda: services.members.get(member_id), on_done=self._reloaded)

    def _reloaded(self, detail: MemberDetail) -> None:
        if not isValid(self):
            return
        d = detail.as_draft()
        self.admitted_edit.setText(date_text(d.admitted_on))
        self.official_edit.setText(date_text(d.official_on))
        self.events_table.setRowCount(0)
        for e in d.events:
            self._append_event(e)
        self._original = self.draft() or d

    def done(self, result: int) -> None:
        """Closing, saved or not: what is typed on the second tab and not recorded yet would
        vanish with the dialog, so the secretary chooses; Enter and Esc stay."""
        typed = self.lifecycle_tab.typed() if self.lifecycle_tab is not None else []
        if typed and self.isVisible():
            from desktop.ui.refused_question import may_drop_refused

            if not may_drop_refused(
                    self, self.tr("Member"),
                    self.tr("These entries on the second tab are typed but not recorded yet, and "
                            "will be lost if the dialog closes now:"),
                    self.tr("Stay and record them"), self.tr("Close and lose them"), typed):
                self.tabs.setCurrentWidget(self.lifecycle_tab)
                return
        super().done(result)

    # -- saving ------------------------------------------------------------------------------
    def has_changes(self) -> bool:
        return self.draft(quiet=True) != self._original

    def unsaved_subject(self) -> str:
        return self.name_edit.text().strip() or self.windowTitle()

    def draft(self, quiet: bool = False) -> MemberDraft | None:
        """What is typed, or None (with the error shown, unless `quiet`) when a date cannot be
        read."""
        dates = {}
        for key, edit, label in (("birth_date", self.birth_edit, self.tr("Date of birth")),
                                 ("admitted_on", self.admitted_edit, self.tr("Date of admission")),
                                 ("official_on", self.official_edit, self.tr("Date made official"))):
            if edit.text().strip():
                try:
                    value = parse_date_text(edit.text())
                except ValueError:
                    value = None
                if value is None and not quiet:
                    value = self._date_or_error(edit, label)
                if value is None:
                    return None
                dates[key] = value
        events = tuple(self.events_table.item(r, 0).data(DATA_ROLE)
                       for r in range(self.events_table.rowCount()))
        positions = tuple(self.positions_table.item(r, 0).data(DATA_ROLE)
                          for r in range(self.positions_table.rowCount()))
        return MemberDraft(
            full_name=self.name_edit.text(), sex=_sex(self.sex_combo.currentData()),
            card_number=self.card_edit.text(), phone=self.phone_edit.text(),
            notes=self.notes_edit.toPlainText(), events=events, positions=positions,
            birth_date=dates.get("birth_date"), admitted_on=dates.get("admitted_on"),
            official_on=dates.get("official_on"))

    def save(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        services = self._ctx.services
        member_id = self._member_id
        if member_id is None:
            call = lambda: services.members.create(draft)  # noqa: E731
        else:
            call = lambda: services.members.update(member_id, draft)  # noqa: E731
        self.save_button.setEnabled(False)
        self._ctx.runner.write(call, on_done=self._saved, on_error=self._refused)

    def _saved(self, result) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(result[0])
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self._show_error(error_text(error))
