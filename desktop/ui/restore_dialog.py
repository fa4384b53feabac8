"""File → Restore…: the backups with date, size and what they hold; restore the chosen one.

Listing and reading each backup's contents are queries of the runner (a USB stick can be
slow). The restore itself is an exclusive write, `perform(path)`: it waits for every operation
submitted before it, and no query runs beside it. It returns (outcome, change notice): by
default `services.restore.restore`'s RestoreResult; the shell passes its own so that it can
swap the window onto the reopened file. `restored` carries the outcome. A backup made under
another passphrase (before it was changed) is restored with that passphrase, asked when the
restore says it needs it: `perform(path, secret)`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.backups import BackupContents, BackupInfo
from desktop.services.changes import ChangeNotice
from desktop.services.restore import BackupKeyNeeded
from desktop.ui.context import UiContext
from desktop.ui.operations import user_message

COL_WHEN, COL_REASON, COL_SIZE, COL_MEMBERS, COL_MEETINGS, COL_FOLDER = range(6)


class RestoreDialog(QDialog):
    restored = Signal(object)  # the outcome `perform` returned (RestoreResult or the shell's)

    def __init__(self, ctx: UiContext, parent: QWidget,
                 perform: Callable[..., tuple[Any, ChangeNotice]] | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._perform = perform or _restore_with(ctx.services)
        self._working = False  # a restore under way: the dialog stays until its answer
        self._backups: list[BackupInfo] = []
        self._folder: Path | None = None  # the main backup folder, known once listed
        self.setWindowTitle(self.tr("Restore from a backup"))
        intro = QLabel(self.tr(
            "Choose the backup to go back to. The records as they are now are backed up first, "
            "so a restore can itself be undone by restoring that backup."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Made on"), self.tr("Why"), self.tr("Size"), self.tr("Members"),
            self.tr("Meetings per year"), self.tr("Folder")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long folder paths
        header = self.table.horizontalHeader()
        for col in (COL_WHEN, COL_REASON, COL_SIZE, COL_MEMBERS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MEETINGS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_FOLDER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_FOLDER, 260)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self._restore_selected())
        self.status = QLabel(self.tr("Reading the backups…"))
        self.status.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore this backup"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore_selected)
        self.other_button = QPushButton(self.tr("Restore from &another file…"))
        self.other_button.clicked.connect(self._restore_other)
        self.close_box = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.other_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.resize(980, 520)
        self.refresh()

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        services = self._ctx.services
        self._ctx.runner.query(lambda: (services.backups.list(), services.backups.folders[0]),
                               on_done=self._listed, on_error=self._show_error)

    def _listed(self, listed: tuple[list[BackupInfo], Path]) -> None:
        backups, self._folder = listed
        self._backups = backups
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            when = QTableWidgetItem(info.made_at.strftime("%d/%m/%Y %H:%M:%S"))
            when.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.table.setItem(row, COL_WHEN, when)
            self.table.setItem(row, COL_REASON, QTableWidgetItem(self.reason_text(info.reason)))
            size = QTableWidgetItem(self.tr("%1 KB").replace("%1", f"{info.size_bytes / 1024:.0f}"))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, COL_SIZE, size)
            self.table.setItem(row, COL_MEMBERS, QTableWidgetItem("…"))
            self.table.setItem(row, COL_MEETINGS, QTableWidgetItem("…"))
            folder = QTableWidgetItem(str(info.folder))
            folder.setToolTip(str(info.path))
            self.table.setItem(row, COL_FOLDER, folder)
        if not backups:
            self.status.setText(self.tr("There is no backup of this file yet."))
            return
        self.status.setText(self.tr("Backups: %1. Choose one and press “Restore this backup”.")
                            .replace("%1", str(len(backups))))
        self.table.selectRow(0)
        services = self._ctx.services
        wanted = [(b.path, b.made_at) for b in backups]
        self._ctx.runner.query(lambda: [services.backups.contents(p, when) for p, when in wanted],
                               on_done=self._contents_read, on_error=self._show_error)

    def _contents_read(self, contents: list[BackupContents]) -> None:
        by_path = {c.path: c for c in contents}
        for row, info in enumerate(self._backups):
            c = by_path.get(info.path)
            if c is None:
                continue
            if not c.readable:
                # A backup made before the passphrase was changed is readable with that one.
                self.table.item(row, COL_MEMBERS).setText(
                    self.tr("old passphrase") if c.other_key else self.tr("unreadable"))
                self.table.item(row, COL_MEETINGS).setText(c.problem)
                self.table.item(row, COL_MEETINGS).setToolTip(c.problem)
                continue
            self.table.item(row, COL_MEMBERS).setText(str(c.members))
            years = ", ".join(f"{year}: {n}" for year, n in c.meetings_by_year)
            self.table.item(row, COL_MEETINGS).setText(years or self.tr("no meetings"))

    def reason_text(self, reason: str) -> str:
        texts = {
            "auto": self.tr("Automatic (every 30 minutes)"),
            "open": self.tr("On opening the file"),
            "close": self.tr("On closing the file"),
            "manual": self.tr("Backed up by hand"),
            "before-restore": self.tr("Before a restore"),
            "before-migration": self.tr("Before upgrading the file"),
            "before-import": self.tr("Before an import"),
            "before-export": self.tr("Before an export"),
            "before-repair": self.tr("Before a repair"),
            "before-passphrase-change": self.tr("Before the passphrase was changed"),
        }
        return texts.get(reason, reason)

    # -- restoring -----------------------------------------------------------------------
    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(self.table.item(rows[0].row(), COL_WHEN).data(Qt.ItemDataRole.UserRole))

    def _restore_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.confirm_and_restore(path)

    def _restore_other(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), str(self._folder or ""),
            self.tr("Sổ Chi bộ backups (*.sqlite)"))
        if chosen:
            self.confirm_and_restore(Path(chosen))

    def confirm_and_restore(self, path: Path, ask: bool = True, secret=None) -> None:  # noqa: ANN001
        if ask:
            answer = QMessageBox.question(
                self, self.tr("Restore from a backup"),
                self.tr("Replace the records in this file by those of the backup “%1”?\n\n"
                        "The records as they are now will be backed up first.")
                .replace("%1", path.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._set_busy(True)
        perform = self._perform
        # Exclusive: nothing else reads the file while it is replaced.
        self._ctx.runner.write(lambda: perform(path, secret), on_done=self._done,
                               on_error=lambda error: self._failed(error, path), exclusive=True)

    def _done(self, result: tuple[Any, ChangeNotice]) -> None:
        self._set_busy(False)
        self.restored.emit(result[0])
        self.accept()

    def _failed(self, error: Exception, path: Path | None = None) -> None:
        self._set_busy(False)
        self._show_error(error)
        if isinstance(error, BackupKeyNeeded) and path is not None:
            # only when a file asks for its passphrase
            from desktop.ui.unlock_dialog import ask_secret

            secret = ask_secret(self, path, backup=True)
            if secret is not None:
                self.confirm_and_restore(path, ask=False, secret=secret)

    def _show_error(self, error: Exception) -> None:
        self.status.setText(user_message(error))
        self.status.setStyleSheet("color: #b00020")

    def reject(self) -> None:
        if not self._working:  # a restore under way: its answer reopens the file
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._working = busy
        self.close_box.setEnabled(not busy)
        self.table.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected_path() is not None)
        self.other_button.setEnabled(not busy)
        if busy:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Restoring… the window will reopen the file."))


def _restore_with(services) -> Callable[..., tuple[Any, ChangeNotice]]:  # noqa: ANN001
    def perform(path: Path, secret=None) -> tuple[Any, ChangeNotice]:  # noqa: ANN001
        result = services.restore.restore(path, secret)
        return result, result.notice

    return perform
