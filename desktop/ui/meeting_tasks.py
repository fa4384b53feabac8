"""Tasks tab: the review of earlier tasks waiting for this meeting (a result and a short note
each) and next month's tasks (what, who, by when) — the resolution's parts I and II.

Everything typed goes into the editor's draft, saved a moment later: a review as
(REVIEW, task id) → (status, note), the task list as (TASKS, None) → the whole list in order. A
reload keeps the rows (and the field being typed in); a row without text is not sent yet, so
adding a row never shows a refusal before anything is typed. Keyboard: the «New task» button's
mnemonic (Alt+M in Vietnamese) adds a task and puts the cursor in it; Tab walks the fields;
Enter walks a task's text, owner and deadline, then goes on to the next row's text (a new row
after the last); Delete on a row's ✕ removes it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import TaskStatus
from desktop.domain.tasks import TEXT_LIMIT, TaskDraft, default_deadline
from desktop.services.meeting_detail import MeetingDetail, PersonRef
from desktop.services.meeting_draft import REVIEW, TASKS
from desktop.services.tasks import TaskRow
from desktop.ui.draft_fields import Loading, focused, put_text

Rows = tuple[tuple[int | None, TaskDraft], ...]


def stored_rows(d: MeetingDetail) -> Rows:
    return tuple((t.id, TaskDraft(t.text, t.owner_id, t.due_on, t.target_id)) for t in d.tasks)


def _content(rows: Rows) -> tuple:
    return tuple(draft for _id, draft in rows)


class TaskLine:
    """The widgets of one task of next month."""

    def __init__(self, parent: QWidget, task_id: int | None, carried: bool):
        self.task_id, self.carried = task_id, carried
        self.text = QLineEdit(parent)
        self.owner = QComboBox(parent)
        self.due = QDateEdit(parent)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.remove = QToolButton(parent)
        self.remove.setText("✕")
        self.remove.setEnabled(not carried)  # a carried task goes with its review

    def widgets(self) -> tuple[QWidget, ...]:
        return self.text, self.owner, self.due, self.remove

    def draft(self) -> TaskDraft:
        return TaskDraft(self.text.text(), self.owner.currentData(),
                         self.due.date().toPython())


class MeetingTasks(QWidget):
    edited = Signal(object, object)  # key, value

    def __init__(self, draft_value: Callable[[tuple, Any], Any], parent: QWidget | None = None):
        super().__init__(parent)
        self._value = draft_value
        self._loading = Loading()
        self._members: tuple[PersonRef, ...] = ()
        self._held_on: date | None = None
        self._read_only = False
        self._lines: list[TaskLine] = []
        self._reviews: dict[int, tuple[QComboBox, QLineEdit]] = {}
        self._review_ids: tuple[int, ...] = ()

        review_box = QGroupBox(self.tr("Review of earlier tasks"), self)
        self.review_intro = QLabel(review_box)
        self.review_intro.setWordWrap(True)
        self.review_sheet = QWidget(review_box)
        self.review_grid = QGridLayout(self.review_sheet)
        self.review_grid.setColumnStretch(0, 3)
        self.review_grid.setColumnStretch(2, 2)
        review_scroll = QScrollArea(review_box)
        review_scroll.setWidgetResizable(True)
        review_scroll.setWidget(self.review_sheet)
        review_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        rl = QVBoxLayout(review_box)
        rl.addWidget(self.review_intro)
        rl.addWidget(review_scroll, 1)

        tasks_box = QGroupBox(self.tr("Next month's tasks"), self)
        self.task_sheet = QWidget(tasks_box)
        self.task_grid = QGridLayout()
        sheet_layout = QVBoxLayout(self.task_sheet)
        sheet_layout.addLayout(self.task_grid)
        sheet_layout.addStretch(1)  # rows from the top, however few
        self.task_grid.setColumnStretch(0, 4)
        self.task_grid.setColumnStretch(1, 2)
        task_scroll = QScrollArea(tasks_box)
        task_scroll.setWidgetResizable(True)
        task_scroll.setWidget(self.task_sheet)
        task_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_btn = QPushButton(self.tr("New tas&k"), tasks_box)
        self.add_btn.clicked.connect(self.add_task)
        self.share = QLabel(tasks_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_btn)
        buttons.addWidget(self.share, 1)
        tl = QVBoxLayout(tasks_box)
        tl.addWidget(task_scroll, 1)
        tl.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(review_box, 2)
        layout.addWidget(tasks_box, 3)

    # -- showing ---------------------------------------------------------------------------
    def show_detail(self, d: MeetingDetail, members: tuple[PersonRef, ...]) -> None:
        self._held_on, self._read_only = d.held_on, d.read_only
        self._show_review(d.task_review, d.read_only)
        owners = tuple(members) + tuple(
            PersonRef(t.owner_id, t.owner) for t in d.tasks
            if t.owner_id not in {m.member_id for m in members})
        rows = self._value((TASKS, None), stored_rows(d))
        carried = {t.id for t in d.tasks if t.carried_from_id is not None}
        shown = tuple((line.task_id, line.draft()) for line in self._lines)
        typing = any(focused(w) for line in self._lines for w in line.widgets())
        if owners != self._members or _content(self._sent(shown)) != _content(rows):
            if not typing or owners != self._members:
                self._members = owners
                self._build_tasks(rows, carried)
        else:  # same tasks: a new one just got its id
            ids = iter(task_id for task_id, _draft in rows)
            for line in self._lines:
                if line.text.text().strip():
                    line.task_id = next(ids, line.task_id)
                    line.carried = line.task_id in carried
        self.add_btn.setEnabled(not d.read_only)
        for line in self._lines:
            for w in line.widgets():
                w.setEnabled(not d.read_only and (w is not line.remove or not line.carried))
        done = [r for r in d.task_review if r.status is not TaskStatus.OPEN]
        on_time = sum(r.status is TaskStatus.DONE for r in done)
        self.share.setText(self.tr("Done on time: %1 of %2 reviewed").replace(
            "%1", str(on_time)).replace("%2", str(len(done))) if done else "")

    def _show_review(self, rows: tuple[TaskRow, ...], read_only: bool) -> None:
        ids = tuple(r.id for r in rows)
        if ids != self._review_ids:
            self._build_review(rows)
        self.review_intro.setText(
            self.tr("Mark each task decided earlier: done, done late, carried over to next "
                    "month or not done, with a short note.") if rows else
            self.tr("No earlier task is waiting for this meeting."))
        with self._loading():
            for r in rows:
                status, note = self._reviews[r.id]
                value, text = self._value((REVIEW, r.id), (r.status.value, r.review_note))
                if not focused(status):
                    status.setCurrentIndex(max(0, status.findData(value)))
                put_text(note, text)
                status.setEnabled(not read_only)
                note.setEnabled(not read_only)
                if read_only:
                    # setText leaves the cursor at the end, scrolling a long note to its end;
                    # a note that cannot be scrolled reads from its beginning.
                    note.setCursorPosition(0)
                # A read-only note cannot be scrolled: the whole of it on hovering.
                note.setToolTip(note.text() if read_only else "")

    def _build_review(self, rows: tuple[TaskRow, ...]) -> None:
        _clear(self.review_grid)
        self._reviews.clear()
        for col, text in enumerate((self.tr("Task"), self.tr("Result"), self.tr("Note"))):
            self.review_grid.addWidget(QLabel(f"<b>{text}</b>", self.review_sheet), 0, col)
        titles = {
            TaskStatus.OPEN: self.tr("Not reviewed yet"),
            TaskStatus.DONE: self.tr("Done"),
            TaskStatus.LATE: self.tr("Done late"),
            TaskStatus.CARRIED: self.tr("In progress, carried over"),
            TaskStatus.NOT_DONE: self.tr("Not done"),
        }
        for row, r in enumerate(rows, start=1):
            label = QLabel(self.tr("%1 — %2, by %3").replace("%1", r.text).replace(
                "%2", r.owner).replace("%3", f"{r.due_on:%d/%m/%Y}"), self.review_sheet)
            label.setWordWrap(True)
            status = QComboBox(self.review_sheet)
            for value, title in titles.items():
                status.addItem(title, value.value)
            note = QLineEdit(self.review_sheet)
            note.setMaxLength(TEXT_LIMIT)
            label.setBuddy(status)
            status.currentIndexChanged.connect(lambda _i, t=r.id: self._review_typed(t))
            note.textEdited.connect(lambda _t, t=r.id: self._review_typed(t))
            self._reviews[r.id] = (status, note)
            for col, w in enumerate((label, status, note)):
                self.review_grid.addWidget(w, row, col)
        self.review_grid.setRowStretch(len(rows) + 1, 1)
        self._review_ids = tuple(r.id for r in rows)

    def _build_tasks(self, rows: Rows, carried: set[int]) -> None:
        _clear(self.task_grid)
        self._lines = []
        for col, text in enumerate((self.tr("Task"), self.tr("Responsible"), self.tr("Deadline"))):
            self.task_grid.addWidget(QLabel(f"<b>{text}</b>", self.task_sheet), 0, col)
        for task_id, draft in rows:
            self._add_line(task_id, draft, task_id in carried)

    def _add_line(self, task_id: int | None, draft: TaskDraft, carried: bool) -> TaskLine:
        line = TaskLine(self.task_sheet, task_id, carried)
        with self._loading():
            line.owner.addItem(self.tr("— who? —"), None)
            for person in self._members:
                line.owner.addItem(person.name, person.member_id)
            line.owner.setCurrentIndex(max(0, line.owner.findData(draft.owner_id)))
            line.text.setText(draft.text)
            line.text.setMaxLength(TEXT_LIMIT)
            line.text.setPlaceholderText(self.tr("What is to be done"))
            due = draft.due_on or default_deadline(self._held_on or date(2000, 1, 1))
            line.due.setDate(QDate(due.year, due.month, due.day))
        line.text.textEdited.connect(self._tasks_typed)
        line.owner.currentIndexChanged.connect(self._tasks_typed)
        line.due.dateChanged.connect(self._tasks_typed)
        line.text.returnPressed.connect(line.owner.setFocus)
        # A combo box and a date box ignore Enter: the tab sees it first and walks on.
        line.owner.installEventFilter(self)
        line.due.installEventFilter(self)
        line.remove.clicked.connect(lambda: self._remove(line))
        line.remove.setToolTip(self.tr("Remove this task"))
        row = len(self._lines) + 1
        for col, w in enumerate(line.widgets()):
            self.task_grid.addWidget(w, row, col)
        self._lines.append(line)
        QWidget.setTabOrder(line.remove, self.add_btn)  # from the last row, Tab reaches «add»
        return line

    # -- typing ----------------------------------------------------------------------------
    def add_task(self) -> None:
        if self._read_only:
            return
        line = self._add_line(None, TaskDraft("", None, None), False)
        for w in line.widgets():
            w.show()  # a hidden field cannot take the focus; the layout shows it only later
        line.text.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)):
            for index, line in enumerate(self._lines):
                if watched is line.owner and not line.owner.view().isVisible():
                    line.due.setFocus()
                    return True
                if watched is line.due:
                    self._row_done(index)
                    return True
        return super().eventFilter(watched, event)

    def _row_done(self, index: int) -> None:
        """Enter on a row's deadline: the row is sent as it stands and the cursor goes on to the
        next row's text, or to a new row after the last (a row without text keeps the cursor)."""
        line = self._lines[index]
        line.due.interpretText()  # a date typed but not yet taken
        self._tasks_typed()
        if not line.text.text().strip():
            line.text.setFocus()
        elif index + 1 < len(self._lines):
            self._lines[index + 1].text.setFocus()
        else:
            self.add_task()

    def _remove(self, line: TaskLine) -> None:
        if line.carried:
            return
        for w in line.widgets():
            self.task_grid.removeWidget(w)
            w.deleteLater()
        self._lines.remove(line)
        self._tasks_typed()

    def _tasks_typed(self, *_args: object) -> None:
        if self._loading.active:
            return
        rows = tuple((line.task_id, line.draft()) for line in self._lines)
        self.edited.emit((TASKS, None), self._sent(rows))

    @staticmethod
    def _sent(rows: Rows) -> Rows:
        """A row is sent once it has text: a new, empty row waits for typing."""
        return tuple(r for r in rows if r[1].text.strip())

    def _review_typed(self, task_id: int) -> None:
        if self._loading.active:
            return
        status, note = self._reviews[task_id]
        self.edited.emit((REVIEW, task_id), (status.currentData(), note.text()))

    def first_field(self) -> QWidget | None:
        if self._reviews:
            return self._reviews[self._review_ids[0]][0]
        return self._lines[0].text if self._lines else self.add_btn


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
