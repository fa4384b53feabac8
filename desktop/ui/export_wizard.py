"""Sending the year's package: year → what is missing → passphrase → folder → done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.documents.kit import PageSetup
from desktop.domain.numbers import grouped
from desktop.services.package_export import (
    CompletenessItem,
    ExportResult,
    ExportState,
    PackageExportService,
)
from desktop.ui.context import UiContext
from desktop.ui.file_dialogs import folder_name
from desktop.ui.messages import ui_language
from desktop.ui.operations import user_message
from desktop.wording import render

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


class _YearPage(QWizardPage):
    def __init__(self, wizard: ExportWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Which year?"))
        self.setSubTitle(self.tr("The package holds the year's evaluation, meeting records, ratings and reports."))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        # Last year until the service says otherwise (see PackageExportService.default_year).
        self.year.setValue(wizard.ctx.clock.today().year - 1)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.reopen = QPushButton(self.tr("Reopen the year for a correction…"))
        self.reopen.clicked.connect(self._reopen)
        form = QFormLayout(self)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.state)
        form.addRow(self.reopen)
        self.year.valueChanged.connect(self.initializePage)
        self._chosen = False  # the user picked a year: the proposal no longer replaces it
        self.year.valueChanged.connect(self._chose)
        service = wizard.service
        wizard.ctx.runner.query(service.default_year, on_done=self._propose)

    def _chose(self) -> None:
        self._chosen = True

    def _propose(self, year: int) -> None:
        if not self._chosen and year != self.year.value():
            self.year.blockSignals(True)
            self.year.setValue(year)
            self.year.blockSignals(False)
            self.initializePage()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        year, service = self.year.value(), self._wizard.service
        self._wizard.ctx.runner.query(lambda: service.state(year), on_done=self._show_state)

    def _show_state(self, state: ExportState) -> None:
        if state.year != self.year.value():
            return  # the user moved to another year meanwhile
        lines = []
        if state.exported:
            last = state.exported[-1]
            lines.append(self.tr("Already sent: %n package(s); the last is %1.", "", len(state.exported))
                         .replace("%1", last.path.name))
            lines.append(self.tr("A new export gets the next number and replaces the previous package."))
        if state.locked:
            lines.append(self.tr("The year is locked (read-only) since its package was exported."))
        self.state.setText("\n".join(lines) or self.tr("No package sent for this year yet."))
        self.reopen.setVisible(state.locked)

    def _reopen(self) -> None:
        year = self.year.value()
        answer = QMessageBox.question(
            self, self.tr("Reopen the year"),
            self.tr("Reopen %1 for a correction? Its records become editable again; export again "
                    "afterwards so the superior committee receives the corrected package.").replace("%1", str(year)))
        if answer == QMessageBox.StandardButton.Yes:
            service = self._wizard.service
            self.reopen.setEnabled(False)
            self._wizard.ctx.runner.write(lambda: service.reopen(year), on_done=self._reopened,
                                          on_error=self._reopen_failed)

    def _reopened(self, _notice: object) -> None:
        self.reopen.setEnabled(True)
        self.initializePage()

    def _reopen_failed(self, error: Exception) -> None:
        self.reopen.setEnabled(True)
        QMessageBox.warning(self, self.tr("Reopen the year"), user_message(error))


class _CheckPage(QWizardPage):
    def __init__(self, wizard: ExportWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Is the year complete?"))
        self.setSubTitle(self.tr("Double-click an item to go and fix it. You may also send the package as it is."))
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.itemDoubleClicked.connect(self._go)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.items)

    def initializePage(self) -> None:  # noqa: N802
        self.items.clear()
        self.summary.setText(self.tr("Checking…"))
        year, service = self._wizard.year, self._wizard.service
        self._wizard.ctx.runner.query(lambda: service.completeness(year), on_done=self._show)

    def _show(self, missing: list[CompletenessItem]) -> None:
        for item in missing:
            entry = QListWidgetItem("• " + str(render(item.message, ui_language())))
            entry.setData(TARGET_ROLE, (item.page, item.target_id))
            self.items.addItem(entry)
        self.summary.setText(
            self.tr("Nothing is missing.") if not missing
            else self.tr("%n item(s) still missing:", "", len(missing)))

    def _go(self, entry: QListWidgetItem) -> None:
        page, target = entry.data(TARGET_ROLE)
        self._wizard.fix_requested.emit(page, target if target is not None else -1)
        self._wizard.reject()


class _SendPage(QWizardPage):
    def __init__(self, wizard: ExportWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Sign and save"))
        self.setCommitPage(True)  # once the package is written there is no going back
        self.setSubTitle(self.tr("Type the signing key's passphrase and choose where to save (e.g. a USB stick)."))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Save in folder:"), row)
        self.passphrase.textChanged.connect(self.completeChanged)
        self.folder.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        folder = folder_name(self, self._wizard.ctx.settings, self.tr("Save the package in"))
        if folder:
            self.folder.setText(folder)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.passphrase.text()) and Path(self.folder.text()).is_dir()

    def validatePage(self) -> bool:  # noqa: N802
        return self._wizard.run_export(self.passphrase.text(), Path(self.folder.text()))


class _DonePage(QWizardPage):
    def __init__(self, wizard: ExportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("The package is ready"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self).addWidget(self.text)

    def show_result(self, result: ExportResult) -> None:
        size_kb = max(1, round(result.size / 1024))
        lines = [
            self.tr("File: %1").replace("%1", str(result.path)),
            self.tr("Size: %1 KB").replace("%1", grouped(size_kb)),
            self.tr("Package number: %1").replace("%1", str(result.sequence)),
            self.tr("Key fingerprint: %1").replace("%1", result.fingerprint),
            "",
            self.tr("The year is now locked. Take the file to the superior committee; they check it "
                    "against the key fingerprint on your registration form."),
        ]
        self.text.setText("\n".join(lines))


class ExportWizard(QWizard):
    fix_requested = Signal(str, int)  # page key, record id (-1: none)

    def __init__(self, ctx: UiContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.service = PackageExportService(ctx.services.db, clock=ctx.clock)
        self.setWindowTitle(self.tr("Send the year's package"))
        self.setMinimumSize(640, 440)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Sign and save"))
        # Once the package is written nothing is left to cancel: the last page only closes.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self._year_page = _YearPage(self)
        self._done = _DonePage(self)
        for page in (self._year_page, _CheckPage(self), _SendPage(self), self._done):
            self.addPage(page)
        self.result_value: ExportResult | None = None

    @property
    def year(self) -> int:
        return self._year_page.year.value()

    def run_export(self, passphrase: str, folder: Path) -> bool:
        """Called when leaving the passphrase page: the export runs off the GUI thread; the
        wizard moves on by itself once the file exists (or stays, showing why not)."""
        if self.result_value is not None:
            return True
        setup = PageSetup.from_settings(self.ctx.settings)
        year, service = self.year, self.service
        self._set_busy(True)
        self.ctx.runner.write(
            lambda: service.export(year, passphrase, folder, setup),
            on_done=self._exported,
            on_error=self._failed,
        )
        return False

    def _set_busy(self, busy: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()

    def _exported(self, outcome) -> None:  # noqa: ANN001
        result, _notice = outcome  # the runner broadcasts the notice itself
        self._set_busy(False)
        self.result_value = result
        self._done.show_result(result)
        self.next()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        QMessageBox.warning(self, self.windowTitle(), user_message(error))
