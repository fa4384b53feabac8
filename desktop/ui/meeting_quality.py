"""Quality tab: the meeting quality sheet, one line per row (computed lines shown in grey, the
committee's lines as score boxes), the total and the band.

A line the committee has not scored shows «chưa chấm» (its box at the bottom of its range);
typing a score puts it in the editor's draft, saved a moment later. The boxes are plain
widgets in a grid, so Tab goes from one score to the next. A reload keeps the boxes (and the
one being typed in) and only changes values that are not being edited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.numbers import number
from desktop.domain.quality import QualityLine, QualityScore
from desktop.services.meeting_detail import MeetingDetail
from desktop.services.meeting_draft import SCORE
from desktop.ui.draft_fields import Loading, focused
from desktop.ui.meeting_texts import band_title
from desktop.ui.widgets.points_box import PointsBox

UNSCORED = -0.5  # a score box at this value shows «chưa chấm»: one step below 0


class ScoreBox(PointsBox):
    """Points of one line, 0 … its maximum, or not scored yet (a score typed beyond the maximum
    stays typed: the draft's save refuses it with the reason)."""

    def __init__(self, maximum: float, parent: QWidget):
        super().__init__(UNSCORED, maximum, parent)
        self.setDecimals(1)
        self.setSingleStep(0.5)
        self.setSpecialValueText(self.tr("not scored"))
        self.setSuffix(f" / {_n(maximum)}")
        self.setAccelerated(True)

    def points(self) -> float | None:
        return None if self.value() <= UNSCORED else self.value()

    def set_points(self, points: float | None) -> None:
        self.setValue(UNSCORED if points is None else points)


class MeetingQuality(QWidget):
    edited = Signal(object, object)  # key (SCORE, code), points | None

    def __init__(self, draft_value: Callable[[tuple, Any], Any], parent: QWidget | None = None):
        super().__init__(parent)
        self._value = draft_value
        self._loading = Loading()
        self._boxes: dict[str, ScoreBox] = {}
        self._notes: dict[str, QLabel] = {}
        self._computed: dict[str, QLabel] = {}
        self._codes: tuple[str, ...] = ()
        self._shape: tuple[tuple[str, bool], ...] = ()
        self.sheet = QWidget(self)
        self.grid = QGridLayout(self.sheet)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(3, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sheet)
        self.total = QLabel(self)
        self.total.setTextFormat(Qt.TextFormat.RichText)
        self.total.setWordWrap(True)
        intro = QLabel(self.tr("Meeting quality sheet: grey lines are computed from the record; "
                               "the committee scores the others."), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.total)

    def boxes(self) -> list[ScoreBox]:
        """The score boxes in the sheet's order (the first takes the focus when the tab opens)."""
        return [self._boxes[code] for code in self._codes if code in self._boxes]

    def show_detail(self, d: MeetingDetail) -> None:
        q = d.quality
        # A line computed from the tasks review turns from a score box into a figure.
        codes = tuple((line.code, line.computed) for line in q.lines)
        if codes != self._shape:
            self._build(q.lines)
        with self._loading():
            for line in q.lines:
                if line.computed:
                    self._notes[line.code].setText(line.note)
                    self._computed[line.code].setText(f"{_n(line.points)} / {_n(line.max_points)}")
                    continue
                box = self._boxes[line.code]
                stored = line.points if line.scored else None
                if not focused(box):
                    box.set_points(self._value((SCORE, line.code), stored))
                box.setEnabled(not d.read_only)
        self.total.setText(self._total_text(q))

    def _build(self, lines: tuple[QualityLine, ...]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._boxes.clear()
        self._notes.clear()
        self._computed.clear()
        headers = (self.tr("Group"), self.tr("Item"), self.tr("Points"), self.tr("How it was computed"))
        for col, text in enumerate(headers):
            self.grid.addWidget(QLabel(f"<b>{text}</b>", self.sheet), 0, col)
        for row, line in enumerate(lines, start=1):
            group = QLabel(line.group, self.sheet)
            title = QLabel(line.title, self.sheet)
            title.setWordWrap(True)
            note = QLabel(line.note, self.sheet)
            note.setWordWrap(True)
            self._notes[line.code] = note
            if line.computed:
                points = QLabel(self.sheet)
                for label in (group, title, points, note):
                    label.setStyleSheet("color: #666;")
                self._computed[line.code] = points
            else:
                points = ScoreBox(line.max_points, self.sheet)
                points.valueChanged.connect(lambda _v, code=line.code: self._typed(code))
                self._boxes[line.code] = points
                title.setBuddy(points)
            for col, widget in enumerate((group, title, points, note)):
                self.grid.addWidget(widget, row, col, Qt.AlignmentFlag.AlignTop)
        self.grid.setRowStretch(len(lines) + 1, 1)
        self._codes = tuple(line.code for line in lines)
        self._shape = tuple((line.code, line.computed) for line in lines)

    def _typed(self, code: str) -> None:
        if not self._loading.active:
            self.edited.emit((SCORE, code), self._boxes[code].points())

    def _total_text(self, q: QualityScore) -> str:
        total = self.tr("Total") + f": {_n(q.total)} / {_n(q.max_total)}"
        if q.rated and q.unscored:
            return ("<b>" + total + " — " + self.tr("not scored yet") + "</b> ("
                    + self.tr("%1 lines to score").replace("%1", str(len(q.unscored))) + ")")
        missing = ""
        if q.band is not None and q.missing_full_marks and q.total >= 90:
            missing = " — " + self.tr("not Good: some required items are not at full marks")
        return f"<b>{total} — {band_title(q.band)}</b>{missing}"


def _n(points: float) -> str:
    return number(points)
