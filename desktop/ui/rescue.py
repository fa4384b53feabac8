"""A data file too damaged to open: the window offers to put a backup in its place, keeping the
damaged file aside untouched, as `chibo --db F restore BACKUP` does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.store.errors import DataFileError
from desktop.ui.messages import APP_TITLE
from desktop.ui.operations import NO_CHANGE

# A file that is not ours (or whose passphrase is wrong) is never replaced.
RESTORABLE = ("damaged", "empty", "encrypted_damaged", "encrypted_truncated")
ENCRYPTED = ("encrypted_damaged", "encrypted_truncated")

translate = QCoreApplication.translate  # lupdate finds literal translate("Context", "...") calls


def can_rescue(error: Exception) -> bool:
    return isinstance(error, DataFileError) and error.reason in RESTORABLE


def ask_restore(parent: QWidget, text: str) -> bool:
    # a Qt class is set up on first use (~1 ms each)
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, APP_TITLE, text, parent=parent)
    restore = box.addButton(translate("Rescue", "Restore from a backup…"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def choose_backup(parent: QWidget, path: Path, folder: Path) -> Path | None:
    # a Qt class is set up on first use (~1 ms each)
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("Rescue", "Choose the backup to restore “%1” from").replace("%1", path.name),
        str(folder), translate("Rescue", "Backups of this file (%1);;All data files (*.sqlite)")
        .replace("%1", f"{path.stem}-*.sqlite"))
    return Path(chosen) if chosen else None


def offer_restore(parent: QWidget, actions, runner, error: DataFileError, text: str,  # noqa: ANN001
                  on_restored: Callable[[object], None],
                  on_failed: Callable[[Exception], None]) -> bool:
    """Ask, let the user pick a backup, restore on a worker. False if the user declined."""
    path = Path(error.path)
    if not ask_restore(parent, text):
        return False
    backup = choose_backup(parent, path, actions.backup_folder_for(path))
    if backup is None:
        return False
    secret = None
    if error.reason in ENCRYPTED:  # its backups are encrypted too: their passphrase opens them
        # only when a file asks for its passphrase
        from desktop.ui.unlock_dialog import ask_secret

        secret = ask_secret(parent, backup)
        if secret is None:
            return False
    # On the writer, like opening a file: nothing a page shows changes, the pages are built on it.
    runner.write(lambda: (*actions.restore_unopenable(path, backup, secret), NO_CHANGE),
                 on_done=on_restored, on_error=on_failed)
    return True


def restored_text(opened_path: Path, kept: Path) -> str:
    return translate("Rescue", "“%1” was restored from the backup. The damaged file was kept, "
                     "unchanged, as “%2”.").replace("%1", str(opened_path)).replace("%2", str(kept))
