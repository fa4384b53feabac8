"""The year at a glance: 12 months (regular meeting, rate, quality, checks, committee meeting,
members who paid their dues), the thematic sessions by quarter, the gaps in plain sentences
(members at the dues removal threshold among them) and a chart of attendance by month."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.services.changes import Changed, ChangeNotice
from desktop.services.dues_model import DuesYearStatus
from desktop.services.meeting_year import YearView
from desktop.services.tasks import TaskRow
from desktop.ui.context import UiContext
from desktop.ui.meeting_texts import band_title, percent
from desktop.ui.messages import ui_language

ROWS = 6  # regular meeting, rate, quality, checks, committee meeting, dues paid
DUES_ROW = 5
THRESHOLD = 0.85  # drawn as a line for reading; the verdicts themselves come from the service


class RateChart(QWidget):
    """Bars of the monthly attendance rate, with the 85 % line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rates: tuple[float | None, ...] = (None,) * 12
        self.setMinimumHeight(180)

    def set_rates(self, rates: tuple[float | None, ...]) -> None:
        self._rates = rates
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top, bottom = 44, 12, 24
        w, h = self.width() - left - 8, self.height() - top - bottom
        p.setPen(QPen(QColor("#888")))
        for pct in (0, 50, 100):
            y = top + h * (1 - pct / 100)
            p.drawText(QRectF(0, y - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, f"{pct}%")
            p.drawLine(left, int(y), left + w, int(y))
        slot = w / 12
        for i, rate in enumerate(self._rates):
            x = left + i * slot
            p.setPen(QPen(QColor("#444")))
            p.drawText(QRectF(x, top + h + 4, slot, 16), Qt.AlignmentFlag.AlignHCenter, str(i + 1))
            if rate is None:
                continue
            bar = h * rate
            color = QColor("#2e7d32") if rate > THRESHOLD else QColor("#c62828")
            p.fillRect(QRectF(x + slot * 0.2, top + h - bar, slot * 0.6, bar), color)
        p.setPen(QPen(QColor("#1565c0"), 1, Qt.PenStyle.DashLine))
        y = top + h * (1 - THRESHOLD)
        p.drawLine(left, int(y), left + w, int(y))
        p.end()


class YearViewPage(QWidget):
    open_meeting = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.view: YearView | None = None
        self.dues: DuesYearStatus | None = None
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.clock.today().year)
        self.year.valueChanged.connect(self.reload)
        self.months = QTableWidget(ROWS, 12, self)
        self.months.setHorizontalHeaderLabels([self.tr("Month %1").replace("%1", str(m)) for m in range(1, 13)])
        self.months.setVerticalHeaderLabels([
            self.tr("Regular meeting"), self.tr("Attendance rate"), self.tr("Quality"),
            self.tr("Checks"), self.tr("Committee meeting"), self.tr("Dues paid"),
        ])
        self.months.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.months.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.months.cellDoubleClicked.connect(self._open_cell)
        self.quarters = QTableWidget(1, 4, self)
        self.quarters.setHorizontalHeaderLabels([self.tr("Quarter %1").replace("%1", q) for q in ("I", "II", "III", "IV")])
        self.quarters.setVerticalHeaderLabels([self.tr("Thematic sessions")])
        self.quarters.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.quarters.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.quarters.setWordWrap(True)
        self.gaps = QLabel(self)
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.RichText)
        self.tasks = QListWidget(self)
        # A few lines: the chart below keeps the rest of the page (the office screen's height).
        self.tasks.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 8)
        self.tasks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tasks.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tasks.itemActivated.connect(self._open_task)
        self._task_rows: list[TaskRow] = []
        self.chart = RateChart(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year"), self))
        bar.addWidget(self.year)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.months)
        layout.addWidget(self.quarters)
        # What is missing and the open tasks side by side: the page keeps the office screen's height.
        missing = QVBoxLayout()
        missing.addWidget(QLabel("<b>" + self.tr("What is missing") + "</b>", self))
        missing.addWidget(self.gaps)
        missing.addStretch(1)
        tasks_title = QLabel("<b>" + self.tr("Open tasks, overdue or due within a month") + "</b>",
                             self)
        tasks_title.setToolTip(self.tr("Tasks of the monthly resolutions not reviewed yet; "
                                       "Enter or a double click opens the meeting."))
        open_tasks = QVBoxLayout()
        open_tasks.addWidget(tasks_title)
        open_tasks.addWidget(self.tasks)
        below = QHBoxLayout()
        below.addLayout(missing, 3)
        below.addLayout(open_tasks, 2)
        layout.addLayout(below)
        layout.addWidget(QLabel("<b>" + self.tr("Attendance rate by month (line: 85%)") + "</b>", self))
        layout.addWidget(self.chart, 1)
        ctx.bus.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        year = self.year.value()
        services = self._ctx.services
        self._ctx.runner.query(lambda: services.meeting_year.year_view(year), on_done=self._show)
        self.reload_dues()
        today = self._ctx.clock.today()
        soon = today + timedelta(days=31)
        self._ctx.runner.query(
            # What is open now shows in this year's view, whatever year decided it.
            lambda: [r for r in services.tasks.open_due(soon)
                     if r.meeting_on.year == year or year == today.year],
            on_done=lambda rows: self._show_tasks(year, rows))

    def _show_tasks(self, year: int, rows: list[TaskRow]) -> None:
        if not isValid(self) or year != self.year.value():
            return
        self._task_rows = list(rows)
        self.tasks.clear()
        for r in rows:
            # Deadline and owner first: a long task text is what the narrow list cuts short.
            due = f"{r.due_on:%d/%m/%Y}"
            lead = (self.tr("Overdue (due %1)") if r.overdue else self.tr("Due %1")).replace("%1", due)
            origin = self.tr("resolution of %1").replace("%1", f"{r.meeting_on:%d/%m/%Y}")
            text = f"{lead}, {r.owner}: {r.text} ({origin})"
            item = QListWidgetItem(text, self.tasks)
            item.setToolTip(text)  # a long line is cut short in the list
            if r.overdue:
                item.setForeground(QColor("#b00020"))
        if not rows:
            QListWidgetItem(self.tr("No open task is overdue or due within a month."), self.tasks)

    def _open_task(self, item: QListWidgetItem) -> None:
        row = self.tasks.row(item)
        if 0 <= row < len(self._task_rows):
            self.open_meeting.emit(self._task_rows[row].meeting_id)

    def reload_dues(self) -> None:
        services, year = self._ctx.services, self.year.value()
        self._ctx.runner.query(lambda: services.dues.year_status(year), on_done=self._show_dues)

    def _on_changed(self, notice: ChangeNotice) -> None:
        if notice.touches(Changed.MEETINGS) or notice.touches(Changed.THEMATIC_PLAN) or notice.touches(Changed.MEMBERS):
            self.reload()
        elif notice.touches(Changed.DUES):
            self.reload_dues()

    def _show_dues(self, status: DuesYearStatus) -> None:
        """The dues row (members who paid / members owing, red when some month is unpaid) and the
        members at the removal threshold among what is missing."""
        if not isValid(self) or status.year != self.year.value():
            return
        self.dues = status
        for col, month in enumerate(status.months):
            text = f"{month.paid}/{month.owing}" if status.in_use and month.owing else "—"
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if month.unpaid:
                item.setForeground(QColor("#b00020"))
                item.setToolTip(self.tr("%1 members did not pay this month").replace("%1", str(month.unpaid)))
            self.months.setItem(DUES_ROW, col, item)
        self._show_gaps()

    def _show(self, view: YearView) -> None:
        if view.year != self.year.value():
            return
        self.view = view
        for col, cell in enumerate(view.grid.months):
            reg, com = cell.regular, cell.committee
            texts = [
                reg.held_on.strftime("%d/%m") if reg else "—",
                percent(reg.attendance_rate) if reg else "—",
                band_title(reg.quality) if reg and reg.quality else "—",
                (self.tr("Met") if reg.checks_passed else self.tr("Not met")) if reg else "—",
                com.held_on.strftime("%d/%m") if com else ("—" if view.expects_committee else self.tr("n/a")),
            ]
            for row, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if row == 3 and reg and not reg.checks_passed:
                    item.setForeground(QColor("#b00020"))
                self.months.setItem(row, col, item)
        for col, q in enumerate(view.grid.quarters):
            days = ", ".join(m.held_on.strftime("%d/%m") for m in q.thematic)
            text = days or "—"
            if q.planned_topic:
                text += "\n" + self.tr("Plan: %1").replace("%1", q.planned_topic)
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.quarters.setItem(0, col, item)
        self._show_gaps()
        self.quarters.resizeRowsToContents()
        self.months.setFixedHeight(self.months.horizontalHeader().height() + ROWS * self.months.rowHeight(0) + 4)
        self.quarters.setFixedHeight(self.quarters.horizontalHeader().height() + self.quarters.rowHeight(0) + 4)
        self.chart.set_rates(view.monthly_rate)

    def _show_gaps(self) -> None:
        gaps = [g.render(ui_language()) for g in self.view.grid.gap_texts] if self.view is not None else []
        if self.dues is not None and self.dues.year == self.year.value():
            for row in self.dues.flagged:
                months = ", ".join(f"{m.month:02d}" for m in row.unpaid)
                gaps.append(self.tr("%1 has not paid the dues of months %2 (%3 months without an "
                                    "accepted reason: the branch considers proposing removal)")
                            .replace("%1", row.name).replace("%2", months).replace("%3", str(len(row.unpaid))))
        self.gaps.setText(
            "<br>".join(f"<span style='color:#b00020'>• {escape(g)}</span>" for g in gaps)
            if gaps else self.tr("Nothing missing so far this year.")
        )

    def _open_cell(self, row: int, col: int) -> None:
        if self.view is None or row == DUES_ROW:
            return
        cell = self.view.grid.months[col]
        brief = cell.committee if row == 4 else cell.regular
        if brief is not None:
            self.open_meeting.emit(brief.meeting_id)
