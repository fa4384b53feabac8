"""Tệp → Xuất hồ sơ (JSON): the whole record in the open format. The JSON is plain text: for an
encrypted file the window says so and asks before writing it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.ui.context import UiContext
from desktop.ui.messages import APP_TITLE, error_text, show_error, show_info

translate = QCoreApplication.translate  # lupdate finds literal translate("Context", "...") calls


def confirm_plain_export(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.warning(
        parent, APP_TITLE,
        translate("RecordsExport", "The data file is encrypted, but the records file “%1” will be "
                  "plain text: anyone who gets it can read every record, with no passphrase.\n\n"
                  "Export anyway?").replace("%1", path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def export_records(parent: QWidget, ctx: UiContext, path: Path | None = None) -> None:
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent, translate("RecordsExport", "Export the records"),
            str(ctx.services.db.path.with_suffix(".json")),
            translate("RecordsExport", "Records (*.json)"))
        if not chosen:
            return
        path = Path(chosen)
    if ctx.services.db.encrypted and not confirm_plain_export(parent, path):
        return
    services = ctx.services
    ctx.runner.query(lambda: services.records.export_file(path),
                     on_done=lambda summary: show_info(parent, translate(
                         "RecordsExport", "The records were exported to %1: %2 members, %3 meetings.")
                         .replace("%1", str(path)).replace("%2", str(summary.counts["members"]))
                         .replace("%3", str(summary.counts["meetings"]))),
                     on_error=lambda error: show_error(parent, error_text(error)))
