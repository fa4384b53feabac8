"""The new-file form's choice: encrypt the file with a passphrase (the default) or not."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.file_secrets import FileSecret


class ProtectionChoice(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Protect the file"), parent)
        self.encrypt = QRadioButton(self.tr("Encrypt the file with a passphrase (recommended)"), self)
        self.plain = QRadioButton(self.tr(
            "Do not encrypt (anyone who copies the file or a backup can read it)"), self)
        self.encrypt.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.encrypt)
        group.addButton(self.plain)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.warning = QLabel(self.tr(
            "The file and its backups cannot be read without the passphrase. <b>Without the "
            "passphrase or the recovery sheet shown next, nobody can recover the data</b> — not "
            "even the makers of the program."), self)
        self.warning.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase (at least 12 characters, or 4 words):"), self.passphrase)
        form.addRow(self.tr("Passphrase again:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.encrypt)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.plain)
        self.encrypt.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        for widget in (self.passphrase, self.repeat, self.warning):
            widget.setEnabled(on)

    def secret(self) -> FileSecret | None:
        """The chosen passphrase (checked by the service: length, and typed twice alike), or
        None for a plain file. The fields are cleared once read."""
        if not self.encrypt.isChecked():
            return None
        # the store and SQLAlchemy: on the worker, after the first paint
        from desktop.services.file_secrets import check_new_passphrase

        passphrase, repeated = self.passphrase.text(), self.repeat.text()
        check_new_passphrase(passphrase, repeated)  # pure: a UserError names what is wrong
        self.passphrase.clear()
        self.repeat.clear()
        return FileSecret.passphrase(passphrase)
