"""Asking for the passphrase (or the recovery code) of an encrypted file or backup.

`UnlockDialog` asks once; `UnlockFlow` is the window's three tries: an encrypted file that
failed to open ("encrypted", or a wrong passphrase or code) is asked for again, at most three
times, then the window says so and stays as it was. The text typed is handed to the worker
that opens the file and cleared from the dialog; nothing keeps it afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.file_secrets import FileSecret
from desktop.store.errors import DataFileError
from desktop.ui.messages import error_text, show_error

MAX_TRIES = 3
UNLOCK_REASONS = ("encrypted", "wrong_passphrase", "wrong_recovery_code")


class UnlockDialog(QDialog):
    def __init__(self, parent: QWidget, path: Path, problem: str = "", tries_left: int = MAX_TRIES,
                 *, backup: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open an encrypted file"))
        if backup:
            intro = self.tr("The backup “%1” was encrypted under another passphrase (before the "
                            "passphrase was changed). Type the passphrase it was made with, or the "
                            "recovery code of that time.")
        else:
            intro = self.tr("The file “%1” is encrypted. Type its passphrase, or the recovery code "
                            "from its recovery sheet.")
        self.intro = QLabel(intro.replace("%1", str(path)), self)
        self.intro.setWordWrap(True)
        self.use_passphrase = QRadioButton(self.tr("Passphrase"), self)
        self.use_code = QRadioButton(self.tr("Recovery code (from the recovery sheet)"), self)
        self.use_passphrase.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_passphrase)
        group.addButton(self.use_code)
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.use_code.toggled.connect(self._kind_changed)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        text = problem
        if tries_left < MAX_TRIES:
            left = self.tr("Tries left: %1.").replace("%1", str(tries_left))
            text = f"{problem}\n{left}" if problem else left
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.use_passphrase)
        layout.addWidget(self.use_code)
        layout.addWidget(self.secret_edit)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._secret: FileSecret | None = None
        self.secret_edit.setFocus()

    def _kind_changed(self, code: bool) -> None:
        # A recovery code is read from paper: shown as typed; a passphrase is not.
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Normal if code else QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText("XXXX-XXXX-XXXX-…" if code else "")

    def _accept(self) -> None:
        text = self.secret_edit.text()
        if not text.strip():
            self.problem.setText(self.tr("Type the passphrase or the recovery code."))
            self.problem.show()
            return
        if self.use_code.isChecked():
            self._secret = FileSecret.recovery_code(text)
        else:
            self._secret = FileSecret.passphrase(text)
        self.secret_edit.clear()
        self.accept()

    def take_secret(self) -> FileSecret | None:
        """The secret typed, handed over once (the dialog keeps no reference to it)."""
        secret, self._secret = self._secret, None
        return secret


def ask_secret(parent: QWidget, path: Path, problem: str = "", tries_left: int = MAX_TRIES,
               *, backup: bool = False) -> FileSecret | None:
    dialog = UnlockDialog(parent, path, problem, tries_left, backup=backup)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.take_secret()
    finally:
        dialog.deleteLater()


class UnlockFlow:
    """The window's three tries at an encrypted file. `retry(path, secret)` opens it again on
    the worker; `ask` is `ask_secret` (tests pass their own)."""

    def __init__(self, parent: QWidget, retry: Callable[[Path, FileSecret], None],
                 ask: Callable[..., FileSecret | None] = ask_secret):
        self._parent = parent
        self._retry = retry
        self._ask = ask
        self._path: Path | None = None
        self._wrong = 0

    def handle(self, error: Exception) -> bool:
        """True when `error` was an encrypted file's: the passphrase is asked (again)."""
        if not isinstance(error, DataFileError) or error.reason not in UNLOCK_REASONS:
            self._path, self._wrong = None, 0
            return False
        path = Path(error.path)
        if error.reason == "encrypted" or path != self._path:
            self._path, self._wrong = path, 0
        problem = ""
        if error.reason != "encrypted":
            self._wrong += 1
            problem = error_text(error)
            if self._wrong >= MAX_TRIES:
                self._path, self._wrong = None, 0
                show_error(self._parent, problem + "\n\n" + QCoreApplication.translate(
                    "UnlockFlow", "Three wrong tries: the file was not opened. Open it again to try "
                    "once more."))
                return True
        secret = self._ask(self._parent, path, problem, MAX_TRIES - self._wrong)
        if secret is None:
            self._path, self._wrong = None, 0
            return True
        self._retry(path, secret)
        return True
