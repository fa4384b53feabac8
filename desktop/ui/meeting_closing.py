"""Conclusion tab: the conclusion / resolution of the meeting (typed into the editor's draft)
and its votes against the voting base.

A vote is an action: «Ghi biểu quyết» records the form as a new vote, or saves the changes to
the vote selected in the table; «Biểu quyết mới» starts a new one; «Xóa biểu quyết» (or Delete
in the table) removes the selected one, which Ctrl+Z brings back. The form is never cleared by a
reload: only a vote that was recorded empties it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.meeting_detail import MeetingDetail, VoteDetail
from desktop.domain.numbers import number
from desktop.services.meeting_detail import MeetingDetail
from desktop.services.meeting_minutes import VoteInput
from desktop.ui.draft_fields import Loading, put_plain
from desktop.ui.widgets.keys import on_delete_key


class MeetingVotes(QWidget):
    conclusion_edited = Signal(str)
    save_vote = Signal(object, object)  # VoteInput, the VoteDetail it changes (None: a new vote)
    remove_vote = Signal(object)  # VoteDetail

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = Loading()
        self._votes: list[VoteDetail] = []
        self._counts_typed = False  # the counts follow the attendance until the user types them
        self._read_only = True
        self.conclusion = QPlainTextEdit(self)
        self.conclusion.setPlaceholderText(self.tr("Conclusion or resolution of the meeting"))
        self.conclusion.setTabChangesFocus(True)
        self.conclusion.textChanged.connect(self._conclusion_changed)
        self.base = QLabel(self)
        self.base.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Subject"), self.tr("For"), self.tr("Against"), self.tr("Abstain"), self.tr("Result")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.table.itemSelectionChanged.connect(self._selected)
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(self.tr("Subject of the vote"))
        self.subject.returnPressed.connect(self._emit_vote)
        self.for_, self.against, self.abstain = (QSpinBox(self) for _ in range(3))
        for box in (self.for_, self.against, self.abstain):
            box.setRange(0, 100000)
            box.valueChanged.connect(self._counts_changed)
        self.save_vote_btn = QPushButton(self.tr("Record vote (Ctrl+Enter)"), self)
        self.save_vote_btn.clicked.connect(self._emit_vote)
        self.new_vote_btn = QPushButton(self.tr("New vote"), self)
        self.new_vote_btn.clicked.connect(self.start_new_vote)
        self.remove_vote_btn = QPushButton(self.tr("Remove vote"), self)
        self.remove_vote_btn.setToolTip(self.tr("Remove the selected vote (Delete); Ctrl+Z brings it back"))
        self.remove_vote_btn.clicked.connect(self._remove_vote)
        self.form_title = QLabel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Conclusion / resolution"), self))
        layout.addWidget(self.conclusion, 2)
        layout.addWidget(self.base)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_title)
        form = QHBoxLayout()
        form.addWidget(self.subject, 1)
        for label, box in ((self.tr("For"), self.for_), (self.tr("Against"), self.against),
                           (self.tr("Abstain"), self.abstain)):
            form.addWidget(QLabel(label, self))
            form.addWidget(box)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.save_vote_btn, self.new_vote_btn, self.remove_vote_btn):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._emit_vote,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        on_delete_key(self.table, self._remove_vote)
        self._show_form_title()

    def show_detail(self, d: MeetingDetail, conclusion: str) -> None:
        """`conclusion`: the draft's value (typed, or as stored)."""
        self._read_only = d.read_only
        with self._loading():
            put_plain(self.conclusion, conclusion)
        self.conclusion.setReadOnly(d.read_only)
        v = d.voting
        self.base.setText(
            self.tr("Voting base %1 = %2 official members − %3 attending elsewhere − %4 suspended − "
                    "%5 exempt and absent − %6 absent with reason. A resolution passes with more "
                    "than half of the base (at least %7 votes for).")
            .replace("%1", str(v.base)).replace("%2", str(v.official))
            .replace("%3", str(v.attached_elsewhere)).replace("%4", str(v.suspended))
            .replace("%5", str(v.exempt_absent)).replace("%6", str(v.excused_absent))
            .replace("%7", str(v.base // 2 + 1))
        )
        editing = self.editing()
        self._votes = list(d.votes)
        with self._loading():
            self.table.blockSignals(True)
            self.table.clearSelection()
            self.table.setRowCount(len(d.votes))
            for r, vote in enumerate(d.votes):
                result = self.tr("Passed") if vote.passed else self.tr("Not passed")
                for c, text in enumerate((vote.subject, str(vote.votes_for), str(vote.votes_against),
                                          str(vote.abstentions),
                                          f"{result} ({vote.votes_for}/{vote.base})")):
                    self.table.setItem(r, c, QTableWidgetItem(text))
            row = next((r for r, vote in enumerate(d.votes) if editing and vote.id == editing.id), -1)
            if row >= 0:
                self.table.selectRow(row)
            self.table.blockSignals(False)
            if not d.votes and not self.subject.text():  # the usual case: one resolution
                self.subject.setText(self.tr("Resolution of the meeting"))
            if row < 0 and not self._counts_typed:  # everyone present votes for, usually
                self.for_.setValue(v.present_voters)
        for w in (self.save_vote_btn, self.new_vote_btn, self.remove_vote_btn, self.subject,
                  self.for_, self.against, self.abstain):
            w.setEnabled(not d.read_only)
        self._show_form_title()

    def editing(self) -> VoteDetail | None:
        """The vote selected in the table, whose changes the form records."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        row = min(rows) if rows else -1
        return self._votes[row] if 0 <= row < len(self._votes) else None

    def unrecorded_subject(self) -> str:
        """A new vote's subject typed and not recorded ("" for the suggestion left untouched,
        or when the form shows a recorded vote)."""
        text = self.subject.text().strip()
        if self.editing() is not None or (text == self.tr("Resolution of the meeting")
                                          and not self._counts_typed):
            return ""
        return text

    def start_new_vote(self) -> None:
        self.table.clearSelection()
        with self._loading():
            self.subject.clear()
            for box in (self.against, self.abstain):
                box.setValue(0)
        self._counts_typed = False
        self._show_form_title()
        self.subject.setFocus()

    def vote_recorded(self) -> None:
        """The form's vote is stored: the form is free for the next one."""
        self.start_new_vote()

    def _selected(self) -> None:
        vote = self.editing()
        if vote is not None:
            with self._loading():
                self.subject.setText(vote.subject)
                self.for_.setValue(vote.votes_for)
                self.against.setValue(vote.votes_against)
                self.abstain.setValue(vote.abstentions)
            self._counts_typed = True
        self._show_form_title()

    def _show_form_title(self) -> None:
        vote = self.editing()
        if vote is None:
            self.form_title.setText("<b>" + self.tr("New vote") + "</b>")
            self.save_vote_btn.setText(self.tr("Record vote (Ctrl+Enter)"))
        else:
            self.form_title.setText("<b>" + self.tr("Changing the vote “%1”").replace(
                "%1", vote.subject) + "</b>")
            self.save_vote_btn.setText(self.tr("Save the vote (Ctrl+Enter)"))

    def _conclusion_changed(self) -> None:
        if not self._loading.active and not self._read_only:
            self.conclusion_edited.emit(self.conclusion.toPlainText())

    def _counts_changed(self) -> None:
        if not self._loading.active:
            self._counts_typed = True

    def _emit_vote(self) -> None:
        if self._read_only:
            return
        vote = self.editing()
        self.save_vote.emit(VoteInput(self.subject.text(), self.for_.value(), self.against.value(),
                                      self.abstain.value(), vote.id if vote else None), vote)

    def _remove_vote(self) -> None:
        vote = self.editing()
        if vote is not None and not self._read_only:
            self.remove_vote.emit(vote)
