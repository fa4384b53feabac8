"""The Dues page (Đảng phí): collect a month from the keyboard, members' bases, remittances to
the superior committee, arrears, the rates in force, and the dues book to print.

The page holds the month shown (year and month) and hands it to its tabs; each tab reads what it
shows through the runner and refreshes on the DUES change notice.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.clock import Clock
from desktop.documents.kit import PageSetup
from desktop.domain.months import Month
from desktop.ui.context import UiContext
from desktop.ui.dues_arrears_tab import DuesArrearsTab
from desktop.ui.dues_basis_tab import DuesBasisTab
from desktop.ui.dues_month_tab import DuesMonthTab
from desktop.ui.dues_rates_tab import DuesRatesTab
from desktop.ui.dues_remit_tab import DuesRemitTab
from desktop.ui.pdf_preview import PdfPreviewDialog
from desktop.ui.widgets.scaling import scaled_font

MONTH_TAB, BASIS_TAB, REMIT_TAB, ARREARS_TAB, RATES_TAB = range(5)


class DuesPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._clock = ctx.clock
        self.last_dialog: PdfPreviewDialog | None = None
        today = self._clock.today()

        title = QLabel(self.tr("Party dues"), self)
        title.setFont(scaled_font(self, 1.4, bold=True))
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.month = QComboBox(self)
        for m in range(1, 13):
            self.month.addItem(self.tr("Month %1").replace("%1", str(m)), m)
        self.month.setCurrentIndex(today.month - 1)
        self.print_month = QPushButton(self.tr("Print the month's book…"), self)
        self.print_year = QPushButton(self.tr("Print the year's book…"), self)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Year"), self))
        bar.addWidget(self.year)
        bar.addWidget(self.month)
        bar.addStretch(1)
        bar.addWidget(self.print_month)
        bar.addWidget(self.print_year)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setStyleSheet("color: #8a5a00;")
        self.notice.linkActivated.connect(lambda _link: self.tabs.setCurrentIndex(RATES_TAB))
        self.notice.hide()

        self.tabs = QTabWidget(self)
        self.month_tab = DuesMonthTab(ctx, self._clock, self.tabs)
        self.basis_tab = DuesBasisTab(ctx, self._clock, self.tabs)
        self.remit_tab = DuesRemitTab(ctx, self._clock, self.tabs)
        self.arrears_tab = DuesArrearsTab(ctx, self.tabs)
        self.rates_tab = DuesRatesTab(ctx, self._clock, self.tabs)
        self.tabs.addTab(self.month_tab, self.tr("&Collect a month"))
        self.tabs.addTab(self.basis_tab, self.tr("&Bases"))
        self.tabs.addTab(self.remit_tab, self.tr("&Remittances"))
        self.tabs.addTab(self.arrears_tab, self.tr("&Arrears"))
        self.tabs.addTab(self.rates_tab, self.tr("Ra&tes"))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

        self.year.valueChanged.connect(lambda _y: self._period_changed())
        self.month.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.tabs.currentChanged.connect(lambda _i: self._show_tab())
        self.month_tab.figures_missing.connect(self._figures_missing)
        self.arrears_tab.open_month.connect(self.open_month)
        self.print_month.clicked.connect(self.print_month_book)
        self.print_year.clicked.connect(self.print_year_book)
        self._shown: set[int] = set()
        self._show_tab()

    # -- the period ------------------------------------------------------------------------------
    @property
    def chosen_month(self) -> Month:
        return Month(self.year.value(), self.month.currentData())

    def open_month(self, month: Month) -> None:
        self.year.blockSignals(True)
        self.year.setValue(month.year)
        self.year.blockSignals(False)
        self.month.setCurrentIndex(month.month - 1)
        self._period_changed()
        self.tabs.setCurrentIndex(MONTH_TAB)
        self.month_tab.grid.setFocus()

    def open_member_arrears(self, member_id: int) -> None:
        """This year's arrears with the member's line selected (from the overview's due list)."""
        this_year = self._clock.today().year
        if self.year.value() != this_year:
            self.year.setValue(this_year)  # the due list speaks of this year
        self.arrears_tab.select_member(member_id)
        self.tabs.setCurrentIndex(ARREARS_TAB)
        self.arrears_tab.table.setFocus()

    def _period_changed(self) -> None:
        self._shown.clear()  # every tab reads the new period when it is next shown
        self._show_tab()

    def _show_tab(self) -> None:
        """Each tab reads its data when first shown for the period (not all five at once)."""
        index = self.tabs.currentIndex()
        if index in self._shown:
            return
        self._shown.add(index)
        month = self.chosen_month
        if index == MONTH_TAB:
            self.month_tab.show_month(month)
        elif index == BASIS_TAB:
            self.basis_tab.show_month(month)
        elif index == REMIT_TAB:
            self.remit_tab.show_year(month.year)
        elif index == ARREARS_TAB:
            self.arrears_tab.show_year(month.year)
        elif index == RATES_TAB:
            self.rates_tab.show_month(month)

    def _figures_missing(self, titles: tuple) -> None:
        if not titles:
            self.notice.hide()
            return
        self.notice.setText(self.tr("Some figures of the dues schedule are set by the superior "
                                    "committee and not entered yet (%1): <a href='rates'>enter them</a>.")
                            .replace("%1", escape(", ".join(titles))))
        self.notice.show()

    # -- printing --------------------------------------------------------------------------------
    def _open(self, title: str, build) -> PdfPreviewDialog:  # noqa: ANN001 - () -> bytes
        self.last_dialog = PdfPreviewDialog(self, title, build, self._ctx.runner)
        self.last_dialog.open()
        return self.last_dialog

    def print_month_book(self) -> None:
        month, docs = self.chosen_month, self._ctx.services.documents
        setup = PageSetup.from_settings(self._ctx.settings)
        self._open(self.tr("Dues book %1").replace("%1", month.label()),
                   lambda: docs.dues_book_pdf(month.year, month.month, setup))

    def print_year_book(self) -> None:
        year, docs = self.year.value(), self._ctx.services.documents
        setup = PageSetup.from_settings(self._ctx.settings)
        self._open(self.tr("Dues book %1").replace("%1", str(year)),
                   lambda: docs.dues_book_pdf(year, None, setup))
