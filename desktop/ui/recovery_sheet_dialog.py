"""The recovery code, shown once an encrypted file is made, converted or its passphrase changed,
with its one-page sheet to print. The dialog is left only once the user says the code is kept.

The sheet's preview has no "Open in viewer": that would write the code into a temporary file.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.recovery_code import lines
from desktop.ui.operations import OperationRunner


class RecoverySheetDialog(QDialog):
    def __init__(self, parent: QWidget, services, runner: OperationRunner, code: str,  # noqa: ANN001
                 reason: str):
        super().__init__(parent)
        self._services, self._runner = services, runner
        self._code, self._reason = code, reason
        self.setWindowTitle(self.tr("Recovery sheet of the data file"))
        intro = QLabel(self._intro_text(reason), self)
        intro.setWordWrap(True)
        warning = QLabel(self.tr(
            "<b>Without the passphrase or this recovery code, nobody can recover the data</b> — "
            "not the superior committee, not the makers of the program. Print the sheet, sign "
            "it, and keep it in a sealed envelope in a locked cupboard, away from the computer "
            "and from the backup sticks. Whoever has it can open the file."), self)
        warning.setWordWrap(True)
        box = QGroupBox(self.tr("Recovery code"), self)
        self.code_label = QLabel("\n".join(lines(code)), box)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.code_label.setFont(font)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.code_label)
        self.print_button = QPushButton(self.tr("Print or save the recovery sheet…"), self)
        self.print_button.clicked.connect(self.show_sheet)
        self.kept = QCheckBox(self.tr("I have printed the sheet (or written the code down) and "
                                      "will keep it safe"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Done"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.kept.toggled.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(warning)
        layout.addWidget(self.print_button)
        layout.addWidget(self.kept)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    def _intro_text(self, reason: str) -> str:
        texts = {
            "created": self.tr("The new file is encrypted. This recovery code opens it if the "
                               "passphrase is forgotten."),
            "converted": self.tr("The file is now encrypted; the unencrypted original was deleted "
                                 "once the encrypted file passed its check. This recovery code "
                                 "opens the file if the passphrase is forgotten."),
            "changed": self.tr("The passphrase was changed. This is the new recovery code: the old "
                               "code no longer opens the file (only backups made before the "
                               "change). Destroy the old sheet once this one is printed."),
            "reprinted": self.tr("The recovery code of the open file."),
        }
        return texts.get(reason, texts["reprinted"])

    def reject(self) -> None:  # Escape or the title bar's close: only once the code is kept
        if self.kept.isChecked():
            super().reject()

    def show_sheet(self) -> None:
        # QtPdf: loaded when a preview opens
        from desktop.ui.pdf_preview import PdfPreviewDialog

        services, code, reason = self._services, self._code, self._reason
        preview = PdfPreviewDialog(self, self.tr("Recovery sheet"),
                                   lambda: services.encryption.recovery_sheet(code, reason), self._runner)
        preview.open_button.hide()  # no copy of the code in a temporary folder
        preview.show()
