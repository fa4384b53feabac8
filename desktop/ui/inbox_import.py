"""Importing many packages with a progress dialog and a cancel button, off the GUI thread, then
what became of them: how many were received, and every refused file with its reasons."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.inbox import ImportReport
from desktop.ui.context import UiContext
from desktop.ui.operations import user_message


translate = QCoreApplication.translate  # lupdate finds literal translate("Context", "...") calls


class _Progress(QObject):
    advanced = Signal(int, int)  # emitted from the worker, delivered queued on the GUI thread


def import_with_progress(
    ctx: UiContext, parent: QWidget, paths: list[Path], on_done: Callable[[ImportReport], None]
) -> QProgressDialog:
    dialog = QProgressDialog(
        translate("InboxImport", "Checking and importing the packages (%1)…").replace("%1", str(len(paths))),
        translate("InboxImport", "Cancel"),
        0,
        len(paths),
        parent,
    )
    dialog.setWindowTitle(translate("InboxImport", "Import packages"))
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


class ImportResultDialog(QDialog):
    """The outcome of one import: the counts, the backup made first, and a table of the files
    that were refused with their reasons (one line each, as the verifier and the inbox word
    them), so a secretary can tell which branch to call about which file."""

    COL_FILE, COL_REASON = 0, 1

    def __init__(self, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import packages"))
        duplicates = sum(1 for o in report.outcomes if o.duplicate)
        lines = [self.tr("Accepted: %1, refused: %2, already received: %3.")
                 .replace("%1", str(report.accepted)).replace("%2", str(report.rejected))
                 .replace("%3", str(duplicates))]
        if report.cancelled:
            lines.append(self.tr("Import was cancelled; the packages checked so far were kept."))
        if report.backup is not None:
            lines.append(self.tr("The data file was backed up first: %1").replace("%1", str(report.backup)))
        self.summary = QLabel("\n".join(lines))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        refused = report.refused
        self.table = QTableWidget(len(refused), 2)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Why it was refused")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_FILE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_REASON, QHeaderView.ResizeMode.Stretch)
        for row, outcome in enumerate(refused):
            self.table.setItem(row, self.COL_FILE, QTableWidgetItem(outcome.file))
            reason = QTableWidgetItem("\n".join(outcome.problems))
            reason.setToolTip("\n".join(outcome.problems))
            self.table.setItem(row, self.COL_REASON, reason)
        self.table.resizeRowsToContents()
        heading = QLabel(self.tr("Refused files and why:"))
        heading.setVisible(bool(refused))
        self.table.setVisible(bool(refused))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420 if refused else 160)
