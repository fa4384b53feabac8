"""Importing many packages with a progress dialog and a cancel button, off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.services.inbox import ImportReport
from desktop.ui.context import UiContext
from desktop.ui.operations import user_message


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("InboxImport", text, None, n)


class _Progress(QObject):
    advanced = Signal(int, int)  # emitted from the worker, delivered queued on the GUI thread


def import_with_progress(
    ctx: UiContext, parent: QWidget, paths: list[Path], on_done: Callable[[ImportReport], None]
) -> QProgressDialog:
    dialog = QProgressDialog(
        _tr("Checking and importing %n package(s)…", len(paths)),
        _tr("Cancel"),
        0,
        len(paths),
        parent,
    )
    dialog.setWindowTitle(_tr("Import packages"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    cancel = threading.Event()
    progress = _Progress(dialog)
    progress.advanced.connect(lambda done, _total: dialog.setValue(done))
    dialog.canceled.connect(cancel.set)

    def finished(result) -> None:  # noqa: ANN001
        report, _notice = result
        dialog.reset()
        on_done(report)

    ctx.runner.write(
        lambda: ctx.services.inbox.import_packages(paths, progress.advanced.emit, cancel.is_set),
        on_done=finished,
        on_error=lambda exc: (dialog.reset(), ctx.runner.failed.emit(user_message(exc))),
    )
    dialog.show()
    return dialog
