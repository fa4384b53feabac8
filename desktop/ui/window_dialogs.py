"""The dialogs the window's menus open on the file that is open (restore, data check, the
year's package, the signing key, settings, the overview's first steps) and the guide: each is
built when asked for, not at start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog


class WindowDialogs:
    """Mixed into MainWindow, which provides `_context()` (None, after saying so, when no
    file is open), `_actions`, `_opened`, `go_to`, `navigator`, `guide`, `_settings`,
    `_services`, `_profile` and `_runner`."""

    def _modal(self, make: Callable[[object], QDialog]) -> None:
        ctx = self._context()
        if ctx is None:
            return
        dialog = make(ctx)
        dialog.exec()
        dialog.deleteLater()

    def open_restore(self) -> None:
        # a dialog: imported when opened
        from desktop.ui.restore_dialog import RestoreDialog

        def make(ctx) -> QDialog:  # noqa: ANN001
            services = ctx.services
            dialog = RestoreDialog(ctx, self, perform=lambda p, secret=None: self._actions.restore(
                services, p, secret))
            dialog.restored.connect(self._opened)  # the window swaps onto the reopened file
            # (FileActions.restore returns the reopened file and the restore's change notice)
            return dialog

        self._modal(make)

    def open_data_check(self) -> None:
        # a dialog: imported when opened
        from desktop.ui.data_check_dialog import DataCheckDialog

        def make(ctx) -> QDialog:  # noqa: ANN001
            dialog = DataCheckDialog(ctx, self)
            dialog.restore_requested.connect(lambda: QTimer.singleShot(0, self.open_restore))
            return dialog

        self._modal(make)

    def open_export(self) -> None:
        # a dialog: imported when opened
        from desktop.ui.export_wizard import ExportWizard

        def make(ctx) -> QDialog:  # noqa: ANN001
            wizard = ExportWizard(ctx, self)
            wizard.fix_requested.connect(self.go_to)
            return wizard

        self._modal(make)

    def open_keys(self) -> None:
        from desktop.ui.key_dialog import KeyDialog  # a dialog: imported when opened

        self._modal(lambda ctx: KeyDialog(ctx, self))

    def open_encryption(self) -> None:
        self._modal(self.encryption_dialog)

    def encryption_dialog(self, ctx) -> QDialog:  # noqa: ANN001
        """Encrypt the open file, change its passphrase or reprint its recovery sheet."""
        # a dialog: imported when opened
        from desktop.ui.encryption_dialog import EncryptionDialog

        services = ctx.services
        scheduler = self._scheduler

        def encrypt(passphrase, repeated):  # noqa: ANN001, ANN202 - on the writer thread
            if scheduler is None:
                return self._actions.encrypt(services, passphrase, repeated)
            with scheduler.replacing_file():
                return self._actions.encrypt(services, passphrase, repeated)

        dialog = EncryptionDialog(ctx, self, encrypt=encrypt)
        dialog.converted.connect(self._encrypted)
        # Shown once this dialog has closed (its exec() returns first).
        dialog.changed.connect(lambda code: QTimer.singleShot(
            0, lambda: self.show_recovery_sheet(services, "changed", code)))
        dialog.reprint.connect(lambda code: QTimer.singleShot(
            0, lambda: self.show_recovery_sheet(services, "reprinted", code)))
        return dialog

    def _encrypted(self, result) -> None:  # noqa: ANN001 - (OpenedFile, EncryptResult)
        opened, outcome = result
        if self._scheduler is not None:
            self._scheduler.abandon()
        self._opened(opened)  # the window swaps onto the reopened, encrypted file
        QTimer.singleShot(0, lambda: self.show_recovery_sheet(
            opened.services, "converted", outcome.recovery_code, outcome.warnings))

    def show_recovery_sheet(self, services, reason: str, code: str | None = None,  # noqa: ANN001
                            warnings: tuple[str, ...] = ()) -> None:
        """The recovery code of `services`' file (read from its key when not given)."""
        # the store and SQLAlchemy: on the worker, after the first paint
        from desktop.services.file_secrets import recovery_code_of
        from desktop.ui.messages import show_error
        from desktop.ui.recovery_sheet_dialog import RecoverySheetDialog

        if services is not self._services or services.db.key is None:
            return  # another file was opened meanwhile
        code = code or recovery_code_of(services.db.key)
        dialog = RecoverySheetDialog(self, services, self._runner, code, reason)
        dialog.exec()
        dialog.deleteLater()
        if warnings:
            show_error(self, "\n".join(warnings))

    def export_records(self) -> None:
        # a dialog: imported when opened
        from desktop.ui.records_export import export_records

        ctx = self._context()
        if ctx is not None:
            export_records(self, ctx)

    def open_settings(self, branch_tab: bool = False) -> None:
        # a dialog: imported when opened
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._settings, self._services, self._profile, self._runner, self)
        if branch_tab and dialog.profile_form is not None:
            tabs = dialog.tabs
            tab = next((i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(dialog.profile_form)), 0)
            tabs.setCurrentIndex(tab)
        dialog.exec()
        dialog.deleteLater()

    def start_step(self, step: str) -> None:
        """A first step of the overview: the dialog that does it (see desktop.ui.overview_steps)."""
        if step == "profile":
            self.open_settings(branch_tab=True)
        elif step == "key":
            self.open_keys()
        elif step in ("members", "import"):
            self.go_to("members")
            page = self.navigator.page("members")
            if page is not None:
                page.new_member() if step == "members" else page.import_list()
        elif step == "meeting":
            from desktop.domain.enums import MeetingKind  # not at the first paint

            self.go_to("meetings")
            page = self.navigator.page("meetings")
            if page is not None:
                page.new_meeting(MeetingKind.REGULAR)

    def open_guide(self) -> None:
        from desktop.ui.guide import GuideDialog  # a dialog: imported when opened

        if self.guide is None:  # one guide window, kept open beside the work
            self.guide = GuideDialog(self)
        guide = self.guide
        page = self.navigator.current_key() if self._services is not None else None
        guide.show_section(page or "start")
        guide.show()
        guide.raise_()
        guide.activateWindow()
