"""Registering branches and their public keys, comparing the fingerprint with the paper form.

Registering, adding and revoking are writes of the runner: their change notices reach the inbox
page too. The dialog reloads its tree once each has landed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.context import UiContext
from desktop.ui.file_dialogs import open_file_name
from desktop.ui.operations import user_message


class BranchFormDialog(QDialog):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a branch"))
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.name.setMinimumWidth(320)
        form = QFormLayout(self)
        form.addRow(self.tr("Branch code:"), self.code)
        form.addRow(self.tr("Branch name:"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class RegistryDialog(QDialog):
    """Branches with their keys; add a branch, add a key from signer.pem, revoke a key."""

    def __init__(self, ctx: UiContext, parent: QWidget):
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Branches and keys"))
        self.resize(760, 460)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Branch / key fingerprint"), self.tr("Name / valid from"), self.tr("State")])
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 300)
        add_branch = QPushButton(self.tr("Add branch…"))
        add_key = QPushButton(self.tr("Add key (signer.pem)…"))
        revoke = QPushButton(self.tr("Revoke key"))
        self.close_button = QPushButton(self.tr("Close"))
        for b in (add_branch, add_key, revoke):
            b.setAutoDefault(False)
        self.close_button.setDefault(True)  # Enter closes, as Esc does
        add_branch.clicked.connect(self._add_branch)
        add_key.clicked.connect(self._add_key)
        revoke.clicked.connect(self._revoke)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (add_branch, add_key, revoke):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        services = self._ctx.services
        self._ctx.runner.query(lambda: services.inbox.branches(), on_done=self._show)

    def _show(self, branches) -> None:  # noqa: ANN001 - the registered branches
        self.tree.clear()
        for branch in branches:
            item = QTreeWidgetItem([branch.code, branch.name, self.tr("%n key(s)", "", len(branch.keys))])
            item.setData(0, 256, ("branch", branch.code))
            for key in branch.keys:
                state = self.tr("revoked") if key.revoked else self.tr("valid")
                child = QTreeWidgetItem([key.fingerprint, key.valid_from.strftime("%d/%m/%Y"), state])
                child.setData(0, 256, ("key", key.fingerprint))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()

    def _selected(self, kind: str) -> str | None:
        item = self.tree.currentItem()
        while item is not None:
            tag = item.data(0, 256)
            if tag and tag[0] == kind:
                return tag[1]
            item = item.parent()
        return None

    def _add_branch(self) -> None:
        form = BranchFormDialog(self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        services, code, name = self._ctx.services, form.code.text(), form.name.text()
        self._ctx.runner.write(lambda: services.inbox.register_branch(code, name),
                               on_done=lambda _notice: self.refresh(),
                               on_error=lambda error: self._refused(self.tr("Cannot register"), error))

    def _add_key(self) -> None:
        code = self._selected("branch")
        if code is None:
            QMessageBox.information(self, self.tr("Add key"), self.tr("Select the branch first."))
            return
        path = open_file_name(self, self._ctx.settings, self.tr("Public key of the branch"),
                              self.tr("Public keys (*.pem);;All files (*)"))
        if not path:
            return
        services = self._ctx.services
        self._ctx.runner.write(lambda: services.inbox.add_key(code, Path(path).read_bytes()),
                               on_done=self._key_added,
                               on_error=lambda error: self._refused(self.tr("Cannot add the key"), error))

    def _key_added(self, result) -> None:  # noqa: ANN001 - (fingerprint, ChangeNotice)
        fingerprint = result[0]
        QMessageBox.information(
            self,
            self.tr("Key registered"),
            self.tr("Fingerprint: %1\n\nCompare it, group by group, with the fingerprint on the "
                    "branch's signed registration form. If they differ, revoke this key.").replace("%1", fingerprint),
        )
        self.refresh()

    def _revoke(self) -> None:
        fingerprint = self._selected("key")
        if fingerprint is None:
            QMessageBox.information(self, self.tr("Revoke key"), self.tr("Select a key first."))
            return
        answer = QMessageBox.question(
            self, self.tr("Revoke key"),
            self.tr("Revoke key %1? Packages signed with it will no longer be accepted.").replace("%1", fingerprint),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        services = self._ctx.services
        self._ctx.runner.write(lambda: services.inbox.revoke_key(fingerprint),
                               on_done=lambda _notice: self.refresh(),
                               on_error=lambda error: self._refused(self.tr("Revoke key"), error))

    def _refused(self, title: str, error: Exception) -> None:
        QMessageBox.warning(self, title, user_message(error))
        self.refresh()

