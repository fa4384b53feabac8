"""Arrears of the year: members with unpaid months (those at the removal threshold first, in
red), months unpaid with an accepted reason, and short payments. Double-click opens the member's
first unpaid month in the month grid."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.domain.dues_ledger import YearArrears
from desktop.domain.money import format_dong
from desktop.domain.months import Month
from desktop.services.changes import Changed, ChangeNotice
from desktop.ui.context import UiContext
from desktop.ui.dues_widgets import fill, read_only_table
from desktop.ui.operations import user_message


class DuesArrearsTab(QWidget):
    open_month = Signal(object)  # Month

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._loaded_once = False  # change notices reload a tab only once it has been shown
        self._year = 0  # set by show_year before anything is read
        self.arrears: YearArrears | None = None
        self._wanted_member: int | None = None  # to select once the year's rows are shown
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = read_only_table([self.tr("Member"), self.tr("Unpaid months"), self.tr("Amount unpaid"),
                                      self.tr("Accepted reasons"), self.tr("Paid short")], self, 3)
        self.table.setWordWrap(True)
        self.table.cellDoubleClicked.connect(self._open)
        hint = QLabel(self.tr("Double-click a member to open the month in the grid."), self)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload)
        ctx.bus.changed.connect(self._on_changed)

    def select_member(self, member_id: int) -> None:
        """Select the member's line now if shown, else as soon as the rows arrive."""
        self._wanted_member = member_id
        self._select_wanted()

    def _select_wanted(self) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            data = item.data(Qt.ItemDataRole.UserRole) if item else None
            if data is not None and data.member_id == self._wanted_member:
                self.table.selectRow(row)
                self.table.scrollToItem(item)
                self._wanted_member = None
                return

    def show_year(self, year: int) -> None:
        self._year = year
        self.reload()

    def reload(self) -> None:
        self._loaded_once = True
        year, dues = self._year, self._ctx.services.dues
        self._ctx.runner.query(lambda: dues.arrears(year), on_done=self._show,
                               on_error=self._failed)

    def _failed(self, error: Exception) -> None:
        if isValid(self):
            self.summary.setText(user_message(error))

    def _on_changed(self, notice: ChangeNotice) -> None:
        if isValid(self) and self._loaded_once and (notice.touches(Changed.DUES) or notice.touches(Changed.MEMBERS)):
            self._reload_timer.start()

    def _show(self, arrears: YearArrears) -> None:
        if not isValid(self) or arrears.year != self._year:
            return
        self.arrears = arrears
        rows = sorted(arrears.rows, key=lambda r: (not r.flagged, -len(r.unpaid)))
        fill(self.table, [[r.name, ", ".join(f"{m.month:02d}" for m in r.unpaid),
                           format_dong(r.owed_unpaid) if r.owed_unpaid else "",
                           "; ".join(f"{m.month:02d}: {why}" for m, why in r.excused),
                           "; ".join(f"{m.month:02d}: {format_dong(a)}" for m, a in r.short)] for r in rows],
             right=(2,), data=[r for r in rows])
        for i, r in enumerate(rows):
            if r.flagged:
                for c in range(self.table.columnCount()):
                    self.table.item(i, c).setForeground(QColor("#b00020"))
        if self._wanted_member is not None:
            self._select_wanted()
        flagged = arrears.flagged
        if flagged:
            names = ", ".join(r.name for r in flagged)
            text = self.tr("%1 unpaid months in %2 without an accepted reason: the branch considers "
                           "proposing removal from the party list — %3").replace(
                "%1", str(arrears.threshold)).replace("%2", str(arrears.year)).replace("%3", names)
            self.summary.setText(f"<b style='color:#b00020'>{text}</b>")
        elif rows:
            self.summary.setText(self.tr("Nobody has reached %1 unpaid months in %2.")
                                 .replace("%1", str(arrears.threshold)).replace("%2", str(arrears.year)))
        else:
            self.summary.setText(self.tr("No unpaid month in %1 so far.").replace("%1", str(arrears.year)))

    def _open(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        data = item.data(Qt.ItemDataRole.UserRole) if item else None
        if data is None:
            return
        months: list[Month] = list(data.unpaid) or [m for m, _ in data.short] or [m for m, _ in data.excused]
        if months:
            self.open_month.emit(months[0])
