"""Drill-down of one criterion: its components, and below them the evidence of the selected one.

A double click (or Enter) on evidence that names a meeting emits `open_meeting(id)`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.evaluation import ComponentResult, CriterionResult
from desktop.domain.numbers import number

MEETING_ROLE = Qt.ItemDataRole.UserRole + 1
SHORT = QColor("#b00020")
PARTIAL = QColor("#8a5a00")


class CriterionDetail(QWidget):
    open_meeting = Signal(int)
    enter_score = Signal(str)  # component code

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.components: tuple[ComponentResult, ...] = ()
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Component"), self.tr("Points"),
                                              self.tr("How scored")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_component(row))
        self.table.cellDoubleClicked.connect(lambda row, _col: self._maybe_enter(row))

        self.sentence = QLabel(self)
        self.sentence.setWordWrap(True)
        self.still = QLabel(self)
        self.still.setWordWrap(True)
        self.manual_info = QLabel(self)
        self.manual_info.setWordWrap(True)
        self.score_button = QPushButton(self.tr("Enter score…"), self)
        self.score_button.clicked.connect(self._enter_current)
        self.evidence = QListWidget(self)
        self.evidence.setWordWrap(True)
        self.evidence.itemActivated.connect(self._activate)
        self.evidence.itemDoubleClicked.connect(self._activate)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.sentence)
        rl.addWidget(self.still)
        rl.addWidget(self.manual_info)
        row = QHBoxLayout()
        row.addWidget(self.score_button)
        row.addStretch(1)
        rl.addLayout(row)
        rl.addWidget(QLabel("<b>" + self.tr("Evidence (double-click a meeting to open it)") + "</b>", right))
        rl.addWidget(self.evidence, 1)
        # Components above their evidence: beside them stands the page's list of what is missing.
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def show_criterion(self, crit: CriterionResult, keep_code: str | None = None) -> None:
        self.components = crit.components
        self.table.setRowCount(len(crit.components))
        target_row = 0
        for row, c in enumerate(crit.components):
            how = self.tr("from the records") if c.kind == "auto" else self.tr("scored by the committee")
            cells = [c.code, c.title, f"{number(c.score)} / {number(c.max)}", how]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not c.good:
                    item.setForeground(SHORT)
                self.table.setItem(row, col, item)
            if c.code == keep_code:
                target_row = row
        self.table.resizeRowsToContents()
        if crit.components:
            self.table.setCurrentCell(target_row, 0)
            self._show_component(target_row)

    def current_code(self) -> str | None:
        row = self.table.currentRow()
        return self.components[row].code if 0 <= row < len(self.components) else None

    def _show_component(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        c = self.components[row]
        self.sentence.setText(c.missing or self.tr("%1: full points.").replace("%1", c.code))
        # Red for what fails the pass line, amber for what is only short of full marks.
        colour = SHORT if not c.good else PARTIAL
        self.sentence.setStyleSheet(f"color: {colour.name()};" if c.missing else "")
        self.still.setText(c.still or "")
        self.still.setVisible(bool(c.still))
        manual = c.kind == "manual"
        self.score_button.setVisible(manual)
        if manual and c.manual is not None:
            info = self.tr("Scored %1 by %2 on %3.").replace("%1", number(c.manual.score)) \
                .replace("%2", c.manual.entered_by or "—").replace("%3", c.manual.entered_at)
            if c.manual.justification:
                info += " " + self.tr("Reason: %1").replace("%1", c.manual.justification)
        elif manual:
            info = self.tr("Not scored yet.")
        else:
            info = ""
        self.manual_info.setText(info)
        self.manual_info.setVisible(bool(info))
        self.evidence.clear()
        for e in c.measure.evidence if c.measure else ():
            item = QListWidgetItem(("✓ " if e.ok else "✗ ") + e.label)
            if not e.ok:
                item.setForeground(SHORT)
            if e.meeting_id is not None:
                item.setData(MEETING_ROLE, e.meeting_id)
                item.setToolTip(self.tr("Double-click to open this meeting"))
            self.evidence.addItem(item)

    def _activate(self, item: QListWidgetItem) -> None:
        meeting_id = item.data(MEETING_ROLE)
        if meeting_id is not None:
            self.open_meeting.emit(int(meeting_id))

    def _maybe_enter(self, row: int) -> None:
        if 0 <= row < len(self.components) and self.components[row].kind == "manual":
            self.enter_score.emit(self.components[row].code)

    def _enter_current(self) -> None:
        code = self.current_code()
        if code:
            self.enter_score.emit(code)
