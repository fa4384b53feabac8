"""Remittances to the superior committee: what each month should send up, what was sent, and the
running balance the branch holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.clock import Clock
from desktop.domain.dues_ledger import YearBook
from desktop.domain.money import format_dong, group_thousands
from desktop.domain.months import Month
from desktop.services.changes import Changed, ChangeNotice
from desktop.ui.context import UiContext
from desktop.ui.dues_widgets import fill, month_edit, read_only_table, set_month, to_month
from desktop.ui.operations import user_message
from desktop.ui.widgets.forms import date_edit, new_form, to_date


class DuesRemitTab(QWidget):
    def __init__(self, ctx: UiContext, clock: Clock, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._loaded_once = False  # change notices reload a tab only once it has been shown
        self._clock = clock
        self._year = clock.today().year
        self.book: YearBook | None = None

        self.months = read_only_table([self.tr("Month"), self.tr("Collected"), self.tr("To remit"),
                                       self.tr("Remitted"), self.tr("Balance held")], self, 0)
        self.opening = QLabel(self)

        form_box = QGroupBox(self.tr("Record a remittance"), self)
        last = Month.of(clock.today()).previous()
        self.first = month_edit(last, form_box)
        self.last = month_edit(last, form_box)
        self.amount = QLineEdit(form_box)
        self.amount.setPlaceholderText(self.tr("đồng"))
        self.on = date_edit(clock.today(), form_box)
        self.reference = QLineEdit(form_box)
        self.reference.setPlaceholderText(self.tr("Voucher or transfer number"))
        form = new_form()
        period = QHBoxLayout()
        period.addWidget(self.first)
        period.addWidget(QLabel("–", form_box))
        period.addWidget(self.last)
        period.addStretch(1)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Remitted on"), self.on)
        form.addRow(self.tr("Reference"), self.reference)
        self.save_button = QPushButton(self.tr("Record the remittance"), form_box)
        self.message = QLabel(form_box)
        self.message.setWordWrap(True)
        fv = QVBoxLayout(form_box)
        fv.addLayout(form)
        fv.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        fv.addWidget(self.message)

        list_box = QGroupBox(self.tr("Remittances of the year"), self)
        self.remittances = read_only_table([self.tr("Date"), self.tr("Period"), self.tr("Amount"),
                                            self.tr("Reference")], list_box, 3)
        self.remove_button = QPushButton(self.tr("Remove the selected remittance"), list_box)
        lv = QVBoxLayout(list_box)
        lv.addWidget(self.remittances, 1)
        lv.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.months, 1)
        left_layout.addWidget(self.opening)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(form_box)
        rv.addWidget(list_box, 1)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.first.dateChanged.connect(lambda _d: self.last.setDate(max(self.last.date(), self.first.date())))
        self.save_button.clicked.connect(self._save)
        self.remove_button.clicked.connect(self._remove)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload)
        ctx.bus.changed.connect(self._on_changed)

    def show_year(self, year: int) -> None:
        self._year = year
        self.reload()

    def reload(self) -> None:
        self._loaded_once = True
        year, dues = self._year, self._ctx.services.dues
        self._ctx.runner.query(lambda: dues.year_book(year), on_done=self._show,
                               on_error=self._failed)

    def _on_changed(self, notice: ChangeNotice) -> None:
        if isValid(self) and self._loaded_once and notice.touches(Changed.DUES):
            self._reload_timer.start()

    def _show(self, book: YearBook) -> None:
        if not isValid(self) or book.year != self._year:
            return
        self.book = book
        rows = []
        for m in book.months:
            t = m.totals
            if t.to_remit is not None:
                to_remit = format_dong(t.to_remit)
            else:
                to_remit = self.tr("share not set") if t.owing or t.collected else "—"
            rows.append([m.month.label(), format_dong(t.collected), to_remit,
                         format_dong(t.remitted), format_dong(m.balance)])
        fill(self.months, rows, right=(1, 2, 3, 4))
        self.opening.setText(self.tr("Held at the start of %1: %2").replace("%1", str(book.year))
                             .replace("%2", format_dong(book.opening_balance)))
        fill(self.remittances, [[r.remitted_on.strftime("%d/%m/%Y"),
                                 r.first.label() if r.first == r.last else f"{r.first.label()}–{r.last.label()}",
                                 format_dong(r.amount), r.reference] for r in book.remittances],
             right=(2,), data=[r.id for r in book.remittances])
        last_paid = next((m for m in reversed(book.months) if m.totals.to_remit and not m.totals.remitted
                          and m.month < Month.of(self._clock.today())), None)
        if last_paid is not None and not self.amount.text():
            set_month(self.first, last_paid.month)
            set_month(self.last, last_paid.month)
            self.amount.setText(group_thousands(last_paid.totals.to_remit))

    def _save(self) -> None:
        first, last, amount = to_month(self.first), to_month(self.last), self.amount.text()
        on: date = to_date(self.on)
        reference, dues = self.reference.text(), self._ctx.services.dues
        self._ctx.runner.write(lambda: dues.remit(first, last, amount, on, reference),
                               on_done=lambda result: self._saved(result[0]),
                               on_error=self._failed)

    def _saved(self, remittance) -> None:  # noqa: ANN001 - a domain Remittance
        if isValid(self):
            self.amount.clear()
            self.reference.clear()
            self._say(self.tr("Recorded: %1 for %2.").replace("%1", format_dong(remittance.amount))
                      .replace("%2", remittance.first.label()))

    def _remove(self) -> None:
        selected = self.remittances.selectionModel().selectedRows()
        if not selected:
            return
        remittance_id = self.remittances.item(selected[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        dues = self._ctx.services.dues
        self._ctx.runner.write(lambda: dues.remove_remittance(remittance_id),
                               on_error=self._failed)

    def _failed(self, error: Exception) -> None:
        self._say(user_message(error), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        if isValid(self):
            self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
            self.message.setText(text)
