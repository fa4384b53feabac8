"""Collecting a month's dues from the keyboard: the grid, the day the money is collected, the
month's totals and the members still behind.

Each amount typed is a write of its own, queued and sent in the order typed. A refused amount is
put back as it was and named below the grid (member, month, why); the amounts typed after it
are still sent. The month is read again once the queue is empty and nothing is being typed, so
a reload never replaces what is being typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.clock import Clock
from desktop.domain.dues import Via
from desktop.domain.months import Month
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.dues_model import MonthView
from desktop.ui.context import UiContext
from desktop.ui.dues_dialogs import PortalDialog, ReasonDialog
from desktop.ui.dues_grid import DuesGrid
from desktop.ui.dues_totals import totals_html
from desktop.ui.models.dues_month_table import PAID, DuesMonthModel, Row
from desktop.ui.messages import ui_language
from desktop.ui.operations import user_message
from desktop.ui.widgets.forms import DATE_FORMAT
from desktop.wording import render


class DuesMonthTab(QWidget):
    figures_missing = Signal(tuple)  # titles of the figures the month needs and nobody entered

    def __init__(self, ctx: UiContext, clock: Clock, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._loaded_once = False  # change notices reload a tab only once it has been shown
        self._clock = clock
        self._month = Month.of(clock.today())
        self.view: MonthView | None = None
        self._pending = 0  # writes handed to the writer and not yet answered
        self._deferred: MonthView | None = None

        self.collect_on = QDateEdit(self)
        self.collect_on.setDisplayFormat(DATE_FORMAT)
        self.collect_on.setCalendarPopup(True)
        self.collect_on.setToolTip(self.tr("Date recorded with the amounts typed in the grid"))
        hint = QLabel(self.tr("Type the amount and press Enter · Space or Đ: paid in full · "
                              "Delete: remove · Tab: leave the grid"), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Collected on"), self))
        bar.addWidget(self.collect_on)
        bar.addSpacing(12)
        bar.addWidget(hint, 1)

        self.model = DuesMonthModel(self)
        self.grid = DuesGrid(self)
        self.grid.setModel(self.model)
        # Refusals stay until that member's cell is recorded or the month changes; the last
        # warning (short, more than due) is shown below them.
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.hide()
        self._refusals: dict[int, str] = {}
        self._warning = ""
        self.portal_button = QPushButton(self.tr("Portal payment…"), self)
        self.reason_button = QPushButton(self.tr("Reason…"), self)
        self.full_button = QPushButton(self.tr("Paid in full"), self)
        self.clear_button = QPushButton(self.tr("Remove payment"), self)
        buttons = QHBoxLayout()
        for button in (self.full_button, self.portal_button, self.reason_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.grid, 1)
        lv.addWidget(self.message)
        lv.addLayout(buttons)

        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.totals.setContentsMargins(6, 0, 6, 0)
        # The list of members not paid grows with the branch: it scrolls, the page never grows.
        right = QScrollArea(self)
        right.setWidgetResizable(True)
        right.setFrameShape(QScrollArea.Shape.NoFrame)
        right.setWidget(self.totals)
        right.setMinimumWidth(self.fontMetrics().averageCharWidth() * 26)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload)
        self.model.amount_entered.connect(self._amount_entered)
        self.grid.full_requested.connect(self._full)
        self.grid.clear_requested.connect(self._clear)
        self.grid.delegate.editing.connect(lambda member: member < 0 and self._idle())
        self.full_button.clicked.connect(lambda: self._for_current(self._full))
        self.clear_button.clicked.connect(lambda: self._for_current(self._clear))
        self.portal_button.clicked.connect(self._portal)
        self.reason_button.clicked.connect(self._reason)
        ctx.bus.changed.connect(self._on_changed)

    # -- the month shown -----------------------------------------------------------------------
    @property
    def month(self) -> Month:
        return self._month

    def show_month(self, month: Month) -> None:
        if month != self._month or self.view is None:
            self._month = month
            today = self._clock.today()
            day = today if month >= Month.of(today) else month.last_day
            self.collect_on.setDate(QDate(day.year, day.month, day.day))
            self._refusals.clear()
            self._warning = ""
            self._show_messages()
        self.reload()

    def reload(self) -> None:
        self._loaded_once = True
        month, dues = self._month, self._ctx.services.dues
        self._ctx.runner.query(lambda: dues.month(month), on_done=self._loaded,
                               on_error=lambda exc: self._refused(-1, exc))

    def _loaded(self, view: MonthView) -> None:
        if not isValid(self) or view.ledger.month != self._month:
            return  # another month was chosen meanwhile
        if self._pending or self.grid.is_editing:
            self._deferred = view  # shown once the typing and the queue are done
            return
        self._show(view)

    def _show(self, view: MonthView) -> None:
        self.view = view
        schedule = view.ledger.schedule.schedule if view.ledger.schedule else None

        def label(line) -> str:  # noqa: ANN001 - a domain Line
            category = schedule.category(line.basis.category) if schedule and line.basis else None
            return category.label if category else (line.basis.category if line.basis else "")

        rows = [Row(line, label(line), view.behind.get(line.member_id, 0)) for line in view.ledger.lines]
        if not self.model.update_rows(rows, keep=set()):
            current = self.grid.current_member()
            self.model.set_rows(rows)
            row = self.model.row_of(current) if current is not None else 0
            if self.model.rowCount():
                self.grid.setCurrentIndex(self.model.index(max(row, 0), PAID))
        self.totals.setText(totals_html(view, self))
        titles = []
        for key in view.ledger.missing_figures:
            figure = schedule.figure(key) if schedule is not None else None
            titles.append(render(figure.title, ui_language()) if figure is not None else key)
        self.figures_missing.emit(tuple(titles))
        self._set_enabled(view.ledger.schedule is not None)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.grid, self.full_button, self.portal_button, self.reason_button,
                       self.clear_button, self.collect_on):
            widget.setEnabled(enabled)

    def _on_changed(self, notice: ChangeNotice) -> None:
        if isValid(self) and self._loaded_once and (notice.touches(Changed.DUES) or notice.touches(Changed.MEMBERS)):
            self._reload_timer.start()

    def _idle(self) -> None:
        """Typing stopped and the queue is empty: show what came meanwhile."""
        if self._deferred is not None and not (self._pending or self.grid.is_editing):
            view, self._deferred = self._deferred, None
            self._show(view)

    # -- writes --------------------------------------------------------------------------------
    def _collected_on(self) -> date:
        q = self.collect_on.date()
        return date(q.year(), q.month(), q.day())

    def _amount_entered(self, member_id: int, text: str) -> None:
        month, on, dues = self._month, self._collected_on(), self._ctx.services.dues
        if text:
            self._queue(member_id, lambda: dues.pay(member_id, month, text, on=on, replace=True))
        else:
            self._queue(member_id, lambda: dues.clear_payment(member_id, month))

    def _full(self, member_id: int) -> None:
        month, on, dues = self._month, self._collected_on(), self._ctx.services.dues
        self._queue(member_id, lambda: dues.pay_in_full(member_id, month, on=on))

    def _clear(self, member_id: int) -> None:
        row = self.model.row_at(self.model.row_of(member_id))
        if row is None or row.line.paid is None:
            return
        month, dues = self._month, self._ctx.services.dues
        self._queue(member_id, lambda: dues.clear_payment(member_id, month))

    def _for_current(self, action: Callable[[int], None]) -> None:
        member = self.grid.current_member()
        if member is not None:
            action(member)
            self.grid.setFocus()

    def _queue(self, member_id: int, write: Callable[[], object]) -> None:
        # Straight to the writer, which keeps the order: nothing typed waits in this tab, so
        # closing the window right after a keystroke still lands it.
        self._pending += 1
        self._ctx.runner.write(write, on_done=lambda result, m=member_id: self._written(m, result),
                               on_error=lambda exc, m=member_id: self._refused(m, exc))

    def _written(self, member_id: int, result: object) -> None:
        if not isValid(self):
            return
        self._pending -= 1
        self._deferred = None  # read before this write: a fresh read follows
        self._refusals.pop(member_id, None)
        answer = result[0] if isinstance(result, tuple) else None
        line = getattr(answer, "line", None)
        if line is not None:
            self.model.apply_line(line)
            self._warning = "\n".join(render(w, ui_language()) for w in answer.warnings)
        self._show_messages()
        if not self._pending:
            self._reload_timer.start()
            self._idle()

    def _refused(self, member_id: int, error: Exception) -> None:
        if not isValid(self):
            return
        if member_id >= 0:  # a refused write (-1: a failed read)
            self._pending -= 1
        self._deferred = None
        self.model.restore(member_id)  # the others typed are kept and still sent
        self._refusals[member_id] = user_message(error)
        self._show_messages()
        if not self._pending:
            self._reload_timer.start()

    def _show_messages(self) -> None:
        parts = [f"<span style='color:#b00020'>{escape(text)}</span>" for text in self._refusals.values()]
        if self._warning:
            parts.append(f"<span style='color:#8a5a00'>{escape(self._warning)}</span>")
        self.message.setText("<br>".join(parts))
        self.message.setVisible(bool(parts))

    @property
    def writes_pending(self) -> bool:
        return self._pending > 0

    # -- dialogs -------------------------------------------------------------------------------
    def _current_row(self) -> Row | None:
        member = self.grid.current_member()
        return self.model.row_at(self.model.row_of(member)) if member is not None else None

    def _portal(self) -> None:
        row = self._current_row()
        if row is None:
            return
        dialog = PortalDialog(row.line, self._collected_on(), self)
        month, dues = self._month, self._ctx.services.dues

        def save() -> None:
            amount, reference, on = dialog.values()
            self._queue(row.line.member_id, lambda: dues.pay(
                row.line.member_id, month, amount, via=Via.PORTAL, reference=reference, on=on, replace=True))

        dialog.accepted.connect(save)
        dialog.open()

    def _reason(self) -> None:
        row = self._current_row()
        if row is None:
            return
        dialog = ReasonDialog(row.line, self)
        month, dues = self._month, self._ctx.services.dues
        member_id = row.line.member_id

        def save() -> None:
            text = dialog.reason()
            self._queue(member_id, lambda: dues.set_reason(member_id, month, text))

        dialog.accepted.connect(save)
        dialog.open()
