"""Công cụ → Mã hóa tệp dữ liệu: encrypt the open plain file, or, for an encrypted one, change
its passphrase and print its recovery sheet again.

Both changes are exclusive writes of the runner (nothing reads the file while every page of it
is written again); the passphrases typed go to that write and the fields are cleared. Converting
reopens the file: `encrypt(passphrase, repeated)` is the shell's and returns (opened file,
EncryptResult, notice), carried by `converted`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.file_secrets import FileSecret
from desktop.ui.context import UiContext
from desktop.ui.operations import user_message

ERROR_STYLE = "color: #b00020"


def password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class EncryptionDialog(QDialog):
    converted = Signal(object)  # (OpenedFile, EncryptResult)
    changed = Signal(str)  # the new recovery code
    reprint = Signal(str)  # the recovery code, to show its sheet again

    def __init__(self, ctx: UiContext, parent: QWidget,
                 encrypt: Callable[[str, str], tuple[Any, Any, Any]] | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._encrypt = encrypt
        # While the file is converted or its passphrase changed the dialog stays: its answer
        # brings the reopened file and the new recovery sheet, which must not be missed.
        self._working = False
        self.setWindowTitle(self.tr("Encrypt the data file"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        encrypted = ctx.services.db.encrypted
        layout.addWidget(self._encrypted_box() if encrypted else self._plain_box())
        layout.addWidget(self.status)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.rejected.connect(self.reject)
        layout.addWidget(self.close_box)
        self.setMinimumWidth(640)

    # -- a plain file ----------------------------------------------------------------------
    def _plain_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The file is not encrypted"), self)
        intro = QLabel(self.tr(
            "Anyone who copies “%1” or one of its backups can read every record with any SQLite "
            "tool. Encrypted, the file and every backup open only with the passphrase or the "
            "recovery code.").replace("%1", self._ctx.services.db.path.name), box)
        intro.setWordWrap(True)
        how = QLabel(self.tr(
            "The file is converted and checked; the unencrypted original is kept aside only until "
            "the encrypted file passes its integrity check, then deleted. Old backups of the file "
            "are encrypted with the same passphrase."), box)
        how.setWordWrap(True)
        warning = QLabel(self.tr(
            "<b>Without the passphrase or the recovery sheet, nobody can recover the data.</b>"), box)
        warning.setWordWrap(True)
        self.new_passphrase = password_edit(box)
        self.repeat = password_edit(box)
        form = QFormLayout()
        form.addRow(self.tr("New passphrase (at least 12 characters, or 4 words):"), self.new_passphrase)
        form.addRow(self.tr("New passphrase again:"), self.repeat)
        self.encrypt_button = QPushButton(self.tr("Encrypt the file"), box)
        self.encrypt_button.clicked.connect(self._convert)
        self.encrypt_button.setEnabled(not self._ctx.services.db.read_only and self._encrypt is not None)
        column = QVBoxLayout(box)
        for widget in (intro, how, warning):
            column.addWidget(widget)
        column.addLayout(form)
        column.addLayout(_right(self.encrypt_button))
        return box

    def _convert(self) -> None:
        passphrase, repeated = self.new_passphrase.text(), self.repeat.text()
        self.new_passphrase.clear()
        self.repeat.clear()
        encrypt = self._encrypt
        self._busy(self.tr("Encrypting the file… the window will reopen it."))
        # Exclusive: no query reads the file while it is replaced by its encrypted copy.
        self._ctx.runner.write(lambda: encrypt(passphrase, repeated), exclusive=True,
                               on_done=self._converted, on_error=self._failed)

    def _converted(self, result: tuple[Any, Any, Any]) -> None:
        opened, outcome, _notice = result
        self.converted.emit((opened, outcome))
        self.accept()

    # -- an encrypted file -----------------------------------------------------------------
    def _encrypted_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The file is encrypted"), self)
        intro = QLabel(self.tr(
            "“%1” and its backups are encrypted (SQLCipher, AES-256): they open only with the "
            "passphrase or the recovery code.").replace("%1", self._ctx.services.db.path.name), box)
        intro.setWordWrap(True)
        self.current = password_edit(box)
        self.current_is_code = QCheckBox(self.tr("This is the recovery code"), box)
        self.new_passphrase = password_edit(box)
        self.repeat = password_edit(box)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.current)
        form.addRow("", self.current_is_code)
        form.addRow(self.tr("New passphrase (at least 12 characters, or 4 words):"), self.new_passphrase)
        form.addRow(self.tr("New passphrase again:"), self.repeat)
        warning = QLabel(self.tr(
            "The file is backed up first. Then the old passphrase and the old recovery code stop "
            "opening the file: they still open the backups made before the change, so keep the old "
            "sheet with those backups or destroy both. A new recovery sheet is shown to print."), box)
        warning.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Change the passphrase"), box)
        self.change_button.clicked.connect(self._change)
        self.change_button.setEnabled(not self._ctx.services.db.read_only)
        self.reprint_button = QPushButton(self.tr("Print the recovery sheet again…"), box)
        self.reprint_button.setToolTip(self.tr("Needs the current passphrase"))
        self.reprint_button.clicked.connect(self._reprint)
        column = QVBoxLayout(box)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(warning)
        row = QHBoxLayout()
        row.addWidget(self.reprint_button)
        row.addStretch(1)
        row.addWidget(self.change_button)
        column.addLayout(row)
        return box

    def _current_secret(self) -> FileSecret | None:
        text = self.current.text()
        self.current.clear()
        if not text.strip():
            self._show_problem(self.tr("Type the current passphrase (or the recovery code) first."))
            return None
        if self.current_is_code.isChecked():
            return FileSecret.recovery_code(text)
        return FileSecret.passphrase(text)

    def _change(self) -> None:
        current = self._current_secret()
        if current is None:
            return
        new, repeated = self.new_passphrase.text(), self.repeat.text()
        self.new_passphrase.clear()
        self.repeat.clear()
        services = self._ctx.services
        self._busy(self.tr("Backing up, then changing the passphrase…"))
        def change():  # noqa: ANN202 - on the writer
            done = services.encryption.change_passphrase(current, new, repeated)
            return done.recovery_code, done.notice

        self._ctx.runner.write(change, exclusive=True, on_done=lambda result: self._changed(result[0]),
                               on_error=self._failed)

    def _changed(self, code: str) -> None:
        self.changed.emit(code)
        self.accept()

    def _reprint(self) -> None:
        current = self._current_secret()
        if current is None:
            return
        services = self._ctx.services
        self._busy(self.tr("Checking the passphrase…"))
        self._ctx.runner.query(lambda: services.encryption.recovery_code(current),
                               on_done=self._reprinted, on_error=self._failed)

    def _reprinted(self, code: str) -> None:
        self.reprint.emit(code)
        self.accept()

    # -- state -----------------------------------------------------------------------------
    def reject(self) -> None:
        if not self._working:  # Esc and the window's close button too
            super().reject()

    def _busy(self, text: str) -> None:
        self._working = True
        self.close_box.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(text)
        for name in ("encrypt_button", "change_button", "reprint_button"):
            button = getattr(self, name, None)
            if button is not None:
                button.setEnabled(False)

    def _failed(self, error: Exception) -> None:
        self._working = False
        self.close_box.setEnabled(True)
        for name in ("encrypt_button", "change_button", "reprint_button"):
            button = getattr(self, name, None)
            if button is not None:
                button.setEnabled(not self._ctx.services.db.read_only or name == "reprint_button")
        self._show_problem(user_message(error))

    def _show_problem(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)


def _right(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row
