"""The superior committee's inbox: received packages of all branches, verdicts, summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.changes import Changed
from desktop.services.inbox import ImportReport, summary_sentence
from desktop.services.output_file import write_output
from desktop.services.package_payload import report_order, report_title
from desktop.ui.context import UiContext
from desktop.ui.file_dialogs import folder_name, open_file_names, save_file_name
from desktop.ui.inbox_import import ImportResultDialog, import_with_progress
from desktop.ui.inbox_registry_dialog import RegistryDialog
from desktop.ui.models.inbox_table import InboxTableModel

# Columns fit the rows on screen: Qt's default measures 1,000 rows, ~120,000 questions to the
# model in Python at every reload of a province's 4,000 branches (stall with it 935 ms, with
# 100 rows 101 ms, with the rows on screen 32 ms: «longest stall, inbox pages»).
RESIZE_ROWS = 0


class _VerdictFilter(QSortFilterProxyModel):
    """All rows, only four-good ones, or only the others; plus a text filter on code and name.
    Sorting is the inbox model's own: the proxy keeps the model's order."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.verdict: bool | None = None
        self.text = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: ANN001
        model: InboxTableModel = self.sourceModel()  # type: ignore[assignment]
        r = model.row_at(row)
        if self.verdict is not None and r.four_good != self.verdict:
            return False
        needle = self.text.casefold()
        return not needle or needle in r.code.casefold() or needle in r.name.casefold()


class InboxPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.clock.today().year)
        self.year.valueChanged.connect(self.refresh)
        self._year_chosen = False  # once the user picks a year, opening on another stops
        self.year.valueChanged.connect(lambda: setattr(self, "_year_chosen", True))
        self.summary = QLabel()
        self.summary.setObjectName("inboxSummary")
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.summary.setFont(font)

        self.verdict = QComboBox()
        self.verdict.addItems([self.tr("All branches"), self.tr("Four good"), self.tr("Not four good")])
        self.verdict.currentIndexChanged.connect(self._apply_filter)
        self.search = QLineEdit()
        self.search.setMinimumWidth(220)
        self.search.setPlaceholderText(self.tr("Find a branch…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)

        self.model = InboxTableModel(self)
        self.proxy = _VerdictFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setResizeContentsPrecision(RESIZE_ROWS)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_report)

        self.rejected = QListWidget()
        self.rejected.setWordWrap(True)

        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Branches and keys…"), self._registry),
            (self.tr("Import package…"), self._import_files),
            (self.tr("Import folder…"), self._import_folder),
            (self.tr("Open a report…"), self._open_report),
            (self.tr("Export .xlsx…"), self._export_xlsx),
            (self.tr("Export PDF…"), self._export_pdf),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.verdict)
        filters.addWidget(self.search)
        filters.addStretch(1)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Rejected packages and reasons:")))
        lower_layout.addWidget(self.rejected)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()
        services = ctx.services
        ctx.runner.query(lambda: services.inbox.latest_year(), on_done=self._open_on)

    def _open_on(self, year: int | None) -> None:
        """Open on the latest year that has packages, not on an empty current year."""
        if year is not None and not self._year_chosen and year != self.year.value():
            self.year.blockSignals(True)
            self.year.setValue(year)
            self.year.blockSignals(False)
            self.refresh()

    def _on_changed(self, notice) -> None:  # noqa: ANN001
        if notice.touches(Changed.INBOX):
            self.refresh()

    def refresh(self) -> None:
        year = self.year.value()
        services = self._ctx.services
        self._ctx.runner.query(
            lambda: (year, services.inbox.results(year), len(services.inbox.branches()),
                     services.inbox.rejected()),
            on_done=self._show,
        )

    def _show(self, result) -> None:  # noqa: ANN001
        year, results, registered, rejected = result
        if year != self.year.value():
            return  # an older answer for a year no longer shown
        self.model.set_rows(results)
        self.summary.setText(summary_sentence(results, registered))
        self.rejected.clear()
        for outcome in rejected:
            self.rejected.addItem(f"{outcome.file}: " + "; ".join(outcome.problems))

    def _apply_filter(self) -> None:
        self.proxy.verdict = {0: None, 1: True, 2: False}[self.verdict.currentIndex()]
        self.proxy.text = self.search.text().strip()
        self.proxy.invalidate()

    def _registry(self) -> None:
        RegistryDialog(self._ctx, self).exec()

    def _import_files(self) -> None:
        files = open_file_names(self, self._ctx.settings, self.tr("Packages to import"),
                                self.tr("Packages (*.zip);;All files (*)"))
        if files:
            import_with_progress(self._ctx, self, [Path(f) for f in files], self._imported)

    def _import_folder(self) -> None:
        folder = folder_name(self, self._ctx.settings, self.tr("Folder of packages"))
        if not folder:
            return
        paths = sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() == ".zip")
        if not paths:
            QMessageBox.information(self, self.tr("Import folder"), self.tr("The folder has no package (.zip)."))
            return
        import_with_progress(self._ctx, self, paths, self._imported)

    def _imported(self, report: ImportReport) -> None:
        # Show the year the packages just received are about: last year's packages arrive
        # in this year, and an empty current year read as if nothing had come.
        years = {o.verification.year for o in report.outcomes
                 if o.accepted and o.verification is not None and o.verification.year}
        if years and self.year.value() not in years:
            self.year.setValue(max(years))
        dialog = ImportResultDialog(report, self)
        dialog.exec()
        dialog.deleteLater()

    def _current(self):  # noqa: ANN202
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _open_report(self) -> None:
        row = self._current()
        if row is None:
            QMessageBox.information(self, self.tr("Open a report"), self.tr("Select a branch first."))
            return
        if not row.reports:
            QMessageBox.information(self, self.tr("Open a report"), self.tr("This package holds no report."))
            return
        # Reports by their titles, the year's reports first, then the minutes by date.
        names = sorted(row.reports, key=report_order)
        titles = [report_title(name) for name in names]
        title, ok = QInputDialog.getItem(self, self.tr("Open a report"), self.tr("Report:"), titles, 0, False)
        if not ok:
            return
        name = names[titles.index(title)]
        # QtPdf: loaded when a preview opens
        from desktop.ui.pdf_preview import PdfPreviewDialog

        services, package_id = self._ctx.services, row.package_id
        dialog = PdfPreviewDialog(self, f"{row.name} — {title}",
                                  lambda: services.inbox.report(package_id, name), self._ctx.runner,
                                  self._ctx.settings)
        dialog.show()

    def _export_xlsx(self) -> None:
        year = self.year.value()
        path = save_file_name(self, self._ctx.settings, self.tr("Save summary"), f"tong-hop-{year}.xlsx",
                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            services = self._ctx.services
            self._ctx.runner.query(
                lambda: write_output(Path(path), services.inbox_reports.summary_xlsx(year),
                                     suffix=".xlsx"),
                on_done=lambda _n: self._saved(path))

    def _export_pdf(self) -> None:
        year = self.year.value()
        path = save_file_name(self, self._ctx.settings, self.tr("Save summary"), f"tong-hop-{year}.pdf",
                              self.tr("PDF documents (*.pdf)"))
        if path:
            services = self._ctx.services
            self._ctx.runner.query(
                lambda: write_output(Path(path), services.inbox_reports.summary_pdf(year),
                                     suffix=".pdf"),
                on_done=lambda _n: self._saved(path))

    def _saved(self, path: str) -> None:
        QMessageBox.information(self, self.tr("Saved"), self.tr("Saved to %1").replace("%1", path))
