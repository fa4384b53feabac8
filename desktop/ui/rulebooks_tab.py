"""Settings → Rulebooks: the rulebooks this file knows, and importing a superior committee's own."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.rulebooks import RulebookInfo
from desktop.ui.file_dialogs import open_file_name
from desktop.ui.operations import OperationRunner, user_message


class RulebooksTab(QWidget):
    def __init__(self, services: Services, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._services, self._runner = services, runner
        intro = QLabel(self.tr(
            "Each year is evaluated under the rulebook in force then. A superior committee can send "
            "its own rulebook (a .toml file, signed with a .sig file beside it): import it here, then "
            "choose it for a year on the Self-evaluation page."))
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Rulebook"), self.tr("Version"), self.tr("In force from"),
                                   self.tr("Signature"), "SHA-256"])
        self.list.setRootIsDecorated(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.import_button = QPushButton(self.tr("Import a rulebook…"))
        self.import_button.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        services = self._services
        self._runner.query(lambda: services.rulebooks.list_rulebooks(), on_done=self._show)

    def _show(self, books: tuple[RulebookInfo, ...]) -> None:
        if not shiboken6.isValid(self.list):  # the dialog was closed before the list arrived
            return
        self.list.clear()
        for book in books:
            if book.signer_fingerprint:
                signature = self.tr("checked (%1)").replace("%1", book.signer_fingerprint)
            elif book.sample:
                signature = self.tr("sample shipped with the program")
            else:
                signature = self.tr("not signed")
            item = QTreeWidgetItem([book.name, book.version, book.effective_from.strftime("%d/%m/%Y"),
                                    signature, book.sha256[:16] + "…"])
            item.setToolTip(4, book.sha256)
            self.list.addTopLevelItem(item)
        for column in range(1, 5):
            self.list.resizeColumnToContents(column)

    def _choose(self) -> None:
        path = open_file_name(self, None, self.tr("Import a rulebook"), self.tr("Rulebooks (*.toml)"))
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        services = self._services
        self._runner.write(lambda: services.rulebooks.import_file(path),
                           on_done=self._imported, on_error=self._refused)

    def _imported(self, result) -> None:  # noqa: ANN001
        info, _notice = result
        text = self.tr("Imported: %1 — %2\nSHA-256: %3").replace("%1", info.name).replace(
            "%2", info.version).replace("%3", info.sha256)
        if info.signer_fingerprint:
            text += "\n" + self.tr("The superior committee's signature is valid; key %1. Compare it "
                                   "with the fingerprint the committee published.").replace("%1", info.signer_fingerprint)
        else:
            text += "\n" + self.tr("The file carries no signature (.sig).")
        QMessageBox.information(self, self.tr("Rulebooks"), text)
        self.refresh()

    def _refused(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Rulebooks"), user_message(error))
