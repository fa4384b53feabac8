"""The branch's signing key: make one (a short wizard), print its registration form, back it up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.keys import KeyInfo, registration_form
from desktop.ui.context import UiContext
from desktop.ui.file_dialogs import save_file_name
from desktop.ui.operations import user_message


class NewKeyDialog(QDialog):
    """Holder's name and a passphrase typed twice; the key is made off the GUI thread."""

    def __init__(self, ctx: UiContext, parent: QWidget):
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Create the signing key"))
        intro = QLabel(self.tr(
            "The key signs the year's package sent to the superior committee. It is kept on this "
            "computer, protected by a passphrase only you know. If the secretary changes, the new "
            "secretary creates a new key; the old key is kept to check old packages."))
        intro.setWordWrap(True)
        self.holder = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Key holder (secretary):"), self.holder)
        form.addRow(self.tr("Passphrase (at least 12 characters, or 4 words):"), self.passphrase)
        form.addRow(self.tr("Passphrase again:"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.created = None

    def _create(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        services, passphrase, holder = self._ctx.services, self.passphrase.text(), self.holder.text()
        self._set_busy(True)
        # The passphrase is stretched by a slow key derivation: on the writer, never here.
        self._ctx.runner.write(lambda: services.keys.create_key(passphrase, holder),
                               on_done=self._created, on_error=self._refused)

    def _created(self, result) -> None:  # noqa: ANN001 - (KeyInfo, ChangeNotice)
        self._set_busy(False)
        self.created = result[0]
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._set_busy(False)
        self.error.setText(user_message(error))

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        for edit in (self.holder, self.passphrase, self.repeat):
            edit.setEnabled(not busy)
        if busy:
            self.error.setText(self.tr("Creating the key…"))


class KeyDialog(QDialog):
    """Shows the active key's fingerprint and what can be done with it."""

    def __init__(self, ctx: UiContext, parent: QWidget):
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Signing key"))
        self.fingerprint = QLabel()
        font = self.fingerprint.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setFamily("monospace")
        self.fingerprint.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        box = QGroupBox(self.tr("Fingerprint (read it over the phone group by group)"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.fingerprint)
        box_layout.addWidget(self.details)
        row = QHBoxLayout()
        self.buttons = []
        for text, slot in (
            (self.tr("Create a new key…"), self._new),
            (self.tr("Print registration form…"), self._form),
            (self.tr("Save public key…"), self._public),
            (self.tr("Back up key…"), self._backup),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
            self.buttons.append(b)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(row)
        layout.addWidget(close)
        # Once in the dialog (the box was made without a parent): Enter closes, as Esc does,
        # and the focus is not on «Create a new key…».
        close.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        close.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.refresh()

    def refresh(self) -> None:
        services = self._ctx.services
        self._ctx.runner.query(lambda: services.keys.active_key(), on_done=self._show_key,
                               on_error=lambda error: self.details.setText(user_message(error)))

    def _show_key(self, key: KeyInfo | None) -> None:
        has_key = key is not None
        for b in self.buttons[1:]:
            b.setEnabled(has_key)
        if key is None:
            self.fingerprint.setText("—")
            self.details.setText(self.tr("The branch has no signing key yet. Create one to export the year's package."))
            return
        self.fingerprint.setText(key.fingerprint)
        self.details.setText(
            self.tr("Holder: %1 · created %2").replace("%1", key.holder_name or "—")
            .replace("%2", key.created_at.strftime("%d/%m/%Y"))
        )

    def _new(self) -> None:
        if NewKeyDialog(self._ctx, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _form(self) -> None:
        # QtPdf: loaded when a preview opens
        from desktop.ui.pdf_preview import PdfPreviewDialog

        db = self._ctx.services.db
        PdfPreviewDialog(self, self.tr("Key registration form"), lambda: registration_form(db),
                         self._ctx.runner, self._ctx.settings).show()

    def _public(self) -> None:
        path = save_file_name(self, self._ctx.settings, self.tr("Save public key"), "signer.pem",
                              self.tr("Public keys (*.pem)"))
        if path:
            services = self._ctx.services
            self._run(lambda: services.keys.public_key_file(Path(path)))

    def _backup(self) -> None:
        path = save_file_name(self, self._ctx.settings, self.tr("Back up key"), "khoa-ky-chi-bo.pem",
                              self.tr("Encrypted keys (*.pem)"))
        if path:
            services = self._ctx.services
            self._run(lambda: services.keys.backup_private_key(Path(path)))

    def _run(self, action) -> None:  # noqa: ANN001
        """Copies of the key are files beside the record, not changes to it: a query."""
        self._ctx.runner.query(action, on_done=self._saved, on_error=lambda error: QMessageBox.warning(
            self, self.tr("Signing key"), user_message(error)))

    def _saved(self, written) -> None:  # noqa: ANN001 - the path written
        QMessageBox.information(self, self.tr("Signing key"), self.tr("Saved to %1").replace("%1", str(written)))
