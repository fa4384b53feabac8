"""Meetings page: the year's meetings, "New meeting" of each kind, and the editor in place."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import MeetingKind
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.meetings import MeetingInfo
from desktop.ui.context import UiContext
from desktop.ui.meeting_editor import MeetingEditor
from desktop.ui.meeting_texts import kind_title
from desktop.ui.models.meeting_table import (
    MEETING_ID_ROLE,
    SORT_ROLE,
    MeetingTableModel,
)
from desktop.ui.operations import user_message
from desktop.ui.widgets.forms import date_edit, new_form, to_date


class NewMeetingDialog(QDialog):
    """Kind, date and place; times pre-filled to the minimum duration of the kind. The page
    reads the last place and the schedule (a query) before it opens the dialog."""

    def __init__(self, kind: MeetingKind, place: str, schedule: tuple[time, time], today: date,
                 parent: QWidget):
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("New meeting: %1").replace("%1", kind_title(kind)))
        self.held_on = date_edit(today, self)
        self.place = QLineEdit(self)
        self.place.setText(place)
        # Only the kinds with a topic get its box (an unplaced box would cover the date).
        self.topic: QLineEdit | None = None
        self._schedule = schedule
        form = new_form(self)
        form.addRow(self.tr("Date"), self.held_on)
        form.addRow(self.tr("Place"), self.place)
        if kind in (MeetingKind.THEMATIC, MeetingKind.COMBINED):
            self.topic = QLineEdit(self)
            form.addRow(self.tr("Topic"), self.topic)
        start, end = self._schedule
        form.addRow(QLabel(self.tr("Time: %1 – %2 (change it on the General tab)")
                           .replace("%1", start.strftime("%H:%M")).replace("%2", end.strftime("%H:%M")), self))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def info(self) -> MeetingInfo:
        start, end = self._schedule
        return MeetingInfo(self.kind, to_date(self.held_on), start, end, place=self.place.text(),
                           topic=self.topic.text() if self.topic is not None else "")


class MeetingsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._services = ctx.services
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.clock.today().year)
        self.year.valueChanged.connect(self.reload)
        self.new_btn = QPushButton(self.tr("&New meeting"), self)
        menu = QMenu(self.new_btn)
        self.new_actions = {}
        for kind in MeetingKind:
            action = menu.addAction(kind_title(kind))
            action.triggered.connect(lambda _=False, k=kind: self.new_meeting(k))
            self.new_actions[kind] = action
        # The usual choice is highlighted, so Enter creates a regular meeting.
        menu.aboutToShow.connect(lambda: menu.setActiveAction(self.new_actions[MeetingKind.REGULAR]))
        self.new_btn.setMenu(menu)
        self.open_btn = QPushButton(self.tr("Open"), self)
        self.open_btn.clicked.connect(self._open_current)
        self.delete_btn = QPushButton(self.tr("Delete draft"), self)
        self.delete_btn.clicked.connect(self._delete_current)
        self.summary = QLabel(self)

        self.model = MeetingTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda index: self.open_meeting(index.data(MEETING_ID_ROLE)))
        self.table.activated.connect(lambda index: self.open_meeting(index.data(MEETING_ID_ROLE)))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year"), self))
        bar.addWidget(self.year)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.new_btn)
        bar.addWidget(self.open_btn)
        bar.addWidget(self.delete_btn)
        listing = QWidget(self)
        lv = QVBoxLayout(listing)
        lv.addLayout(bar)
        lv.addWidget(self.table, 1)

        self.editor = MeetingEditor(ctx, self)
        self.editor.back.connect(self.show_list)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(listing)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        ctx.bus.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        year = self.year.value()
        services = self._services
        self._ctx.runner.query(lambda: (year, services.meetings.list_meetings(year)),
                               on_done=self._show_rows)

    def _show_rows(self, loaded) -> None:
        year, rows = loaded
        if year != self.year.value():
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        failing = sum(1 for r in rows if not r.checks_passed)
        self.summary.setText(self.tr("%1 meetings, %2 with attendance checks not met")
                             .replace("%1", str(len(rows))).replace("%2", str(failing)))

    def _on_changed(self, notice: ChangeNotice) -> None:
        if notice.touches(Changed.MEETINGS) or notice.touches(Changed.MEMBERS):
            self.reload()

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(MEETING_ID_ROLE) if index.isValid() else None

    def _open_current(self) -> None:
        meeting_id = self._current_id()
        if meeting_id is not None:
            self.open_meeting(meeting_id)

    def open_meeting(self, meeting_id: int, tab: int | None = None, focus: bool = False) -> None:
        """Also the entry point for other pages (e.g. evaluation evidence)."""
        self.editor.open(meeting_id, tab, focus=focus)
        self.stack.setCurrentWidget(self.editor)

    def tab_of(self, part: str) -> int | None:
        """The editor's tab for a part named by another page ("tasks"), None for the default."""
        return {"tasks": self.editor.tabs.indexOf(self.editor.tasks)}.get(part)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.reload()
        self.table.setFocus()

    def flush_drafts(self) -> None:
        """The window is closing, or another file opening: save what is typed in the editor."""
        self.editor.flush_drafts()

    def refused_reasons(self) -> list[str]:
        return self.editor.refused_reasons()

    def new_meeting(self, kind: MeetingKind) -> None:
        services, year = self._services, self._ctx.clock.today().year
        self._ctx.runner.query(
            lambda: (services.meetings.last_place(), services.meetings.suggested_schedule(kind, year)),
            on_done=lambda found: self._ask_new(kind, *found))

    def _ask_new(self, kind: MeetingKind, place: str, schedule: tuple[time, time]) -> None:
        # Window-modal but not blocking: the runner hands over this answer without waiting.
        self.new_dialog = NewMeetingDialog(kind, place, schedule, self._ctx.clock.today(), self)
        self.new_dialog.accepted.connect(lambda dialog=self.new_dialog: self._create(dialog.info()))
        self.new_dialog.finished.connect(self.new_dialog.deleteLater)
        self.new_dialog.open()

    def _create(self, info: MeetingInfo) -> None:
        services = self._services
        self._ctx.runner.write(
            lambda: services.meetings.create(info),
            # The attendance comes next: the editor opens there, the grid taking the keyboard.
            on_done=lambda result: self.open_meeting(result[0], tab=1, focus=True),
            on_error=lambda e: QMessageBox.warning(self, self.tr("Meetings"), user_message(e)),
        )

    def _delete_current(self) -> None:
        meeting_id = self._current_id()
        if meeting_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete draft"),
                                      self.tr("Delete this draft meeting and everything recorded in it?"))
        if answer == QMessageBox.StandardButton.Yes:
            services = self._services
            self._ctx.runner.write(
                lambda: services.meetings.delete_draft(meeting_id),
                on_error=lambda e: QMessageBox.warning(self, self.tr("Meetings"), user_message(e)),
            )
