"""Closing tabs: the conclusion / resolution with its votes against the voting base, and the
quality sheet (computed lines shown, committee lines editable, total and band)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
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

from desktop.domain.numbers import number
from desktop.services.meeting_detail import MeetingDetail
from desktop.services.meeting_minutes import VoteInput
from desktop.ui.meeting_texts import band_title


class MeetingVotes(QWidget):
    save_conclusion = Signal(str)
    save_vote = Signal(object)  # VoteInput

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.conclusion = QPlainTextEdit(self)
        self.conclusion.setPlaceholderText(self.tr("Conclusion or resolution of the meeting"))
        self.save_conclusion_btn = QPushButton(self.tr("Save conclusion"), self)
        self.save_conclusion_btn.clicked.connect(lambda: self.save_conclusion.emit(self.conclusion.toPlainText()))
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
        self.table.currentCellChanged.connect(lambda row, *_: self._load_vote(row))
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(self.tr("Subject of the vote"))
        self.for_, self.against, self.abstain = (QSpinBox(self) for _ in range(3))
        for box in (self.for_, self.against, self.abstain):
            box.setRange(0, 100000)
        self.save_vote_btn = QPushButton(self.tr("Record vote"), self)
        self.save_vote_btn.clicked.connect(self._emit_vote)
        self._vote_ids: list[int] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Conclusion / resolution"), self))
        layout.addWidget(self.conclusion, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_conclusion_btn)
        layout.addLayout(row)
        layout.addWidget(self.base)
        layout.addWidget(self.table, 1)
        form = QHBoxLayout()
        form.addWidget(self.subject, 1)
        for label, box in ((self.tr("For"), self.for_), (self.tr("Against"), self.against),
                           (self.tr("Abstain"), self.abstain)):
            form.addWidget(QLabel(label, self))
            form.addWidget(box)
        form.addWidget(self.save_vote_btn)
        layout.addLayout(form)

    def show_detail(self, d: MeetingDetail) -> None:
        self.conclusion.setPlainText(d.conclusion)
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
        self._vote_ids = [x.id for x in d.votes]
        self.table.setRowCount(len(d.votes))
        for r, vote in enumerate(d.votes):
            result = self.tr("Passed") if vote.passed else self.tr("Not passed")
            for c, text in enumerate((vote.subject, str(vote.votes_for), str(vote.votes_against),
                                      str(vote.abstentions), f"{result} ({vote.votes_for}/{vote.base})")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if not d.votes:  # the usual case: everyone present votes for; follows the attendance
            if not self.subject.text():
                self.subject.setText(self.tr("Resolution of the meeting"))
            self.for_.setValue(v.present_voters)
        for w in (self.save_conclusion_btn, self.save_vote_btn, self.subject, self.for_,
                  self.against, self.abstain):
            w.setEnabled(not d.read_only)

    def _load_vote(self, row: int) -> None:
        if 0 <= row < len(self._vote_ids):
            self.subject.setText(self.table.item(row, 0).text())
            for c, box in ((1, self.for_), (2, self.against), (3, self.abstain)):
                box.setValue(int(self.table.item(row, c).text()))

    def _emit_vote(self) -> None:
        row = self.table.currentRow()
        vote_id = self._vote_ids[row] if 0 <= row < len(self._vote_ids) else None
        self.save_vote.emit(VoteInput(self.subject.text(), self.for_.value(), self.against.value(),
                                      self.abstain.value(), vote_id))


class MeetingQuality(QWidget):
    save_points = Signal(object)  # dict code → points

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Group"), self.tr("Item"), self.tr("Points"), self.tr("How it was computed")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.total = QLabel(self)
        self.total.setTextFormat(Qt.TextFormat.RichText)
        self.save_btn = QPushButton(self.tr("Save scores"), self)
        self.save_btn.clicked.connect(self._emit)
        self._spins: dict[str, QDoubleSpinBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Meeting quality sheet: grey lines are computed from the "
                                        "record; the committee scores the others."), self))
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.save_btn)
        layout.addLayout(bottom)

    def show_detail(self, d: MeetingDetail) -> None:
        q = d.quality
        self._spins.clear()
        self.table.setRowCount(len(q.lines))
        for r, line in enumerate(q.lines):
            self.table.setItem(r, 0, QTableWidgetItem(line.group))
            self.table.setItem(r, 1, QTableWidgetItem(line.title))
            if line.computed:
                item = QTableWidgetItem(f"{number(line.points)} / {number(line.max_points)}")
                item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(r, 2, item)
                self.table.removeCellWidget(r, 2)
            else:
                spin = QDoubleSpinBox(self.table)
                spin.setRange(0, line.max_points)
                spin.setDecimals(1)
                spin.setSingleStep(0.5)
                spin.setValue(line.points)
                spin.setSuffix(f" / {number(line.max_points)}")
                spin.setEnabled(not d.read_only)
                self.table.setCellWidget(r, 2, spin)
                self._spins[line.code] = spin
            self.table.setItem(r, 3, QTableWidgetItem(line.note))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 110)
        self.table.resizeRowsToContents()
        missing = ""
        if q.band is not None and q.missing_full_marks and q.total >= 90:
            missing = " — " + self.tr("not Good: some required items are not at full marks")
        self.total.setText(
            "<b>" + self.tr("Total") + f": {number(q.total)} / {number(q.max_total)} — {band_title(q.band)}</b>{missing}"
        )
        self.save_btn.setEnabled(not d.read_only)

    def _emit(self) -> None:
        self.save_points.emit({code: spin.value() for code, spin in self._spins.items()})
