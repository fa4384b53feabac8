"""Dialogs that take typing never drop it silently: every way out (Esc, Cancel, the window's
close button) of a dialog with changes asks «Lưu / Không lưu / Hủy».

A dialog derives from `GuardedDialog` and provides `has_changes()` and `save()`; `save()` sends
the record through the runner and calls `accept()` once it is stored (a refusal keeps the dialog
open with what was typed). QDialog routes Esc and the close button through `reject()`, so
overriding it covers every way out.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", …) calls


class Leave(Enum):
    SAVE = "save"
    DISCARD = "discard"
    STAY = "stay"


def ask_unsaved(parent: QWidget, what: str = "") -> Leave:
    """Save, don't save, or stay (the default is Save: Enter keeps what was typed)."""
    text = translate("Unsaved", "Save the changes you made?")
    if what:
        text = translate("Unsaved", "Save the changes in “%1”?").replace("%1", what)
    box = QMessageBox(QMessageBox.Icon.Question, translate("Unsaved", "Unsaved changes"), text,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(translate("Unsaved", "If you do not save, what you typed is lost."))
    box.button(QMessageBox.StandardButton.Save).setText(translate("Unsaved", "&Save"))
    box.button(QMessageBox.StandardButton.Discard).setText(translate("Unsaved", "&Don't save"))
    box.button(QMessageBox.StandardButton.Cancel).setText(translate("Unsaved", "Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Leave.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Leave.DISCARD
    return Leave.STAY


class GuardedDialog(QDialog):
    """A dialog that asks before it drops typed changes."""

    def has_changes(self) -> bool:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    def unsaved_subject(self) -> str:
        """What the question names ("the member Nguyễn Văn An"); the title by default."""
        return self.windowTitle()

    def reject(self) -> None:  # Esc, Cancel and the close button all come here
        if not self.isVisible() or not self.has_changes():
            super().reject()
            return
        choice = ask_unsaved(self, self.unsaved_subject())
        if choice is Leave.SAVE:
            self.save()
        elif choice is Leave.DISCARD:
            super().reject()
