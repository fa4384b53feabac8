"""File dialogs that start where the user keeps her papers: the folder she last used (remembered
in Settings), else her Documents folder — never the program's own folder, which the system's
dialog offers when given no folder.

    path = save_file_name(self, ctx.settings, self.tr("Save report as PDF"), "Bao cao.pdf",
                          self.tr("PDF files (*.pdf)"))

Each returns "" when the user cancels. `settings` may be None (a dialog that has none at hand):
it then starts in Documents and remembers nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.settings import Settings

log = logging.getLogger(__name__)


def documents_folder() -> Path:
    """The user's Documents folder (Windows: "Tài liệu"/"Documents"), else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder(settings: Settings | None) -> Path:
    last = Path(settings.last_folder) if settings is not None and settings.last_folder else None
    return last if last is not None and last.is_dir() else documents_folder()


def remember_folder(settings: Settings | None, chosen: str | Path, is_folder: bool = False) -> None:
    if settings is None or not chosen:
        return
    folder = Path(chosen) if is_folder else Path(chosen).parent
    if str(folder) == settings.last_folder:
        return
    settings.last_folder = str(folder)
    try:
        settings.save()
    except OSError as exc:  # a folder not remembered is no reason to stop the user's action
        log.warning("settings not saved: %s", exc)


def save_file_name(parent: QWidget, settings: Settings | None, title: str, name: str,
                   file_filter: str) -> str:
    start = start_folder(settings) / Path(name).name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    remember_folder(settings, chosen)
    return chosen


def open_file_name(parent: QWidget, settings: Settings | None, title: str, file_filter: str) -> str:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(settings)), file_filter)
    remember_folder(settings, chosen)
    return chosen


def open_file_names(parent: QWidget, settings: Settings | None, title: str,
                    file_filter: str) -> list[str]:
    chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder(settings)), file_filter)
    if chosen:
        remember_folder(settings, chosen[0])
    return list(chosen)


def folder_name(parent: QWidget, settings: Settings | None, title: str) -> str:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_folder(settings)))
    remember_folder(settings, chosen, is_folder=True)
    return chosen
