"""Công cụ → Kiểm tra dữ liệu (Tools → Check data): SQLite's checks and the record's own rules,
each problem explained, safe repairs on request (the file is copied aside first)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.data_check import CheckReport, RepairResult
from desktop.ui.context import UiContext
from desktop.ui.messages import ui_language
from desktop.ui.operations import user_message

COL_SOURCE, COL_PROBLEM, COL_REPAIR = range(3)


class DataCheckDialog(QDialog):
    restore_requested = Signal()  # the shell opens File → Restore… when the file is beyond repair

    def __init__(self, ctx: UiContext, parent: QWidget):
        super().__init__(parent)
        self._ctx = ctx
        self.report: CheckReport | None = None
        self.setWindowTitle(self.tr("Check data"))
        self.summary = QLabel(self.tr("Checking the data file…"))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Problem"), self.tr("Safe repair")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_SOURCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PROBLEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_REPAIR, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_REPAIR, 300)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check &again"))
        self.check_button.clicked.connect(self.run_check)
        self.repair_button = QPushButton(self.tr("&Repair what is safe"))
        self.repair_button.setEnabled(False)
        self.repair_button.clicked.connect(lambda: self.repair())
        self.restore_button = QPushButton(self.tr("Restore from a &backup…"))
        self.restore_button.setVisible(False)
        self.restore_button.clicked.connect(self._ask_restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.check_button, self.repair_button, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.resize(1000, 560)
        # Once in the dialog (the box was made without a parent): Enter closes, as Esc does, and
        # the arrows go through the findings.
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.table.setFocus()
        self.run_check()

    def run_check(self) -> None:
        self._set_busy(True, self.tr("Checking the data file…"))
        services = self._ctx.services
        self._ctx.runner.query(lambda: services.data_check.check(), on_done=self.show_report,
                               on_error=self._failed)

    def show_report(self, report: CheckReport) -> None:
        self._set_busy(False)
        self.report = report
        self.table.setRowCount(len(report.findings))
        for row, finding in enumerate(report.findings):
            source = (self.tr("The file itself") if finding.source == "storage"
                      else self.tr("The records"))
            self.table.setItem(row, COL_SOURCE, QTableWidgetItem(source))
            problem = QTableWidgetItem(finding.render(ui_language()))
            problem.setToolTip(finding.detail)
            self.table.setItem(row, COL_PROBLEM, problem)
            if finding.repair_text is not None:
                repair = finding.render_repair(ui_language())
            elif finding.source == "storage":
                repair = self.tr("None: restore the latest backup")
            else:
                repair = self.tr("None: check and correct it by hand")
            self.table.setItem(row, COL_REPAIR, QTableWidgetItem(repair))
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):  # a little air between long explanations
            self.table.setRowHeight(row, self.table.rowHeight(row) + 8)
        if report.ok:
            self.summary.setText(self.tr("No problem found: the file is sound and the records "
                                         "are consistent."))
        else:
            self.summary.setText(self.tr("Problems found: %1. Can be repaired safely: %2.")
                                 .replace("%1", str(len(report.findings)))
                                 .replace("%2", str(report.repairable)))
        self.repair_button.setEnabled(report.repairable > 0 and report.records_checked)
        self.restore_button.setVisible(not report.records_checked)
        if report.damaged_copy is not None:
            self.note.setText(self.tr("The file is damaged. An exact copy of it was kept as “%1”; "
                                      "it is never overwritten. Restore the latest backup.")
                              .replace("%1", str(report.damaged_copy)))

    def repair(self, ask: bool = True) -> None:
        if ask:
            answer = QMessageBox.question(
                self, self.tr("Repair the data"),
                self.tr("The file will first be copied aside, then the safe repairs are made "
                        "in one step. Go on?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._set_busy(True, self.tr("Repairing…"))
        services = self._ctx.services

        def work():
            result = services.data_check.repair()
            return result, result.notice  # the notice makes every page refresh

        self._ctx.runner.write(work, on_done=self._repaired, on_error=self._failed)

    def _repaired(self, outcome: tuple[RepairResult, object]) -> None:
        result = outcome[0]
        self.show_report(result.after)
        self.note.setText(self.tr("Problems repaired: %1. The file as it was before is kept as “%2”.")
                          .replace("%1", str(result.repaired))
                          .replace("%2", str(result.damaged_copy)))

    def _ask_restore(self) -> None:
        self.restore_requested.emit()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.note.setText(user_message(error))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.check_button.setEnabled(not busy)
        if busy:
            self.repair_button.setEnabled(False)
            self.summary.setText(text)
            self.note.setText("")
