"""The dialogs the window's menus open on the file that is open (restore, data check, the
year's package, the signing key, settings): each is built when asked for, not at start."""

from __future__ import annotations

from PySide6.QtCore import QTimer


class WindowDialogs:
    """Mixed into MainWindow, which provides `_context()`, `_actions`, `_opened`, `go_to`,
    `_settings`, `_services`, `_profile` and `_runner`."""

    def open_restore(self) -> None:
        ctx = self._context()
        if ctx is None:
            return
        from desktop.ui.restore_dialog import RestoreDialog

        services = ctx.services
        dialog = RestoreDialog(ctx, self, perform=lambda p: self._actions.restore(services, p))
        dialog.restored.connect(self._opened)  # the window swaps onto the reopened file
        dialog.exec()
        dialog.deleteLater()

    def open_data_check(self) -> None:
        ctx = self._context()
        if ctx is None:
            return
        from desktop.ui.data_check_dialog import DataCheckDialog

        dialog = DataCheckDialog(ctx, self)
        dialog.restore_requested.connect(lambda: QTimer.singleShot(0, self.open_restore))
        dialog.exec()
        dialog.deleteLater()

    def open_export(self) -> None:
        ctx = self._context()
        if ctx is None:
            return
        from desktop.ui.export_wizard import ExportWizard

        wizard = ExportWizard(ctx, self)
        wizard.fix_requested.connect(self.go_to)
        wizard.exec()
        wizard.deleteLater()

    def open_keys(self) -> None:
        ctx = self._context()
        if ctx is None:
            return
        from desktop.ui.key_dialog import KeyDialog

        dialog = KeyDialog(ctx, self)
        dialog.exec()
        dialog.deleteLater()

    def open_settings(self) -> None:
        from desktop.ui.settings_dialog import (
            SettingsDialog,  # built on demand, not at start
        )

        dialog = SettingsDialog(self._settings, self._services, self._profile, self._runner, self)
        dialog.exec()
        dialog.deleteLater()
