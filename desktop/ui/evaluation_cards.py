"""Criterion cards of the evaluation page: score, a bar toward the pass line, good or not."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.domain.evaluation import CriterionResult
from desktop.domain.numbers import number
from desktop.ui.widgets.scaling import scaled_font

GOOD, SHORT, LINE = QColor("#2e7d32"), QColor("#c62828"), QColor("#1565c0")


class ProgressToLine(QWidget):
    """A horizontal bar filled to `value` (0..1) with a dashed mark at `line` (the 90% rule)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.value, self.line, self.good = 0.0, 0.9, False
        self.setMinimumHeight(18)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, value: float, line: float, good: bool) -> None:
        self.value, self.line, self.good = max(0.0, min(value, 1.0)), line, good
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        rect = QRectF(0, 2, self.width() - 1, self.height() - 5)
        p.setPen(QPen(self.palette().mid().color()))
        p.setBrush(self.palette().window())
        p.drawRoundedRect(rect, 3, 3)
        filled = QRectF(rect.x(), rect.y(), rect.width() * self.value, rect.height())
        p.fillRect(filled, GOOD if self.good else SHORT)
        x = rect.x() + rect.width() * self.line
        p.setPen(QPen(LINE, 2, Qt.PenStyle.DashLine))
        p.drawLine(int(x), 0, int(x), self.height())
        p.end()


class CriterionCard(QFrame):
    """Click to show the criterion's components below."""

    clicked = Signal(int)  # criterion number

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = 0
        self.setObjectName("criterionCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self, 1.1, bold=True))
        self.score = QLabel(self)
        self.score.setFont(scaled_font(self, 1.4, bold=True))
        self.bar = ProgressToLine(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        for w in (self.title, self.score, self.bar, self.status):
            layout.addWidget(w)
        layout.addStretch(1)
        self.set_selected(False)

    def show_result(self, crit: CriterionResult, threshold: float, per_component: bool) -> None:
        self.number = crit.number
        self.title.setText(self.tr("Criterion %1. %2").replace("%1", str(crit.number)).replace("%2", crit.name))
        self.score.setText(self.tr("%1 / %2 points (%3%)").replace("%1", number(crit.score))
                           .replace("%2", number(crit.max)).replace("%3", number(crit.percent, 1)))
        self.bar.set_values(crit.score / crit.max if crit.max else 0.0, threshold, crit.good)
        if crit.good:
            text = self.tr("Good")
        elif crit.vetoed_by:
            text = self.tr("Not good: a veto applies (%1)").replace("%1", ", ".join(crit.vetoed_by))
        else:
            short = sum(1 for c in crit.components if not c.good)
            text = (self.tr("Not yet good: %n component(s) below the line", "", short) if per_component
                    else self.tr("Not yet good: total below the line"))
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {(GOOD if crit.good else SHORT).name()}; font-weight: bold;")

    def set_selected(self, selected: bool) -> None:
        border = "2px solid palette(highlight)" if selected else "1px solid palette(mid)"
        self.setStyleSheet(f"QFrame#criterionCard {{ border: {border}; border-radius: 6px; background: palette(base); }}")

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.clicked.emit(self.number)
        super().mousePressEvent(event)
