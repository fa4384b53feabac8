"""Composition root of the window: QApplication, language, text size, the data file, services.

`FileActions` is the only code that opens, creates or fills a data file for the window; it has
no Qt and runs on worker threads. The window receives it and never builds services itself.
The window's one clock is made here and travels with FileActions to the services and pages.

The window paints before the data file is opened: this module and the window's own modules
load neither SQLAlchemy nor the services (together ~0.5 s and ~50 MB). FileActions imports the
store on first use, on the worker thread that opens the file.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.clock import Clock
from desktop.services.errors import UserError
from desktop.settings import Settings
from desktop.wording import say

if TYPE_CHECKING:
    from desktop.services.backups import BackupResult
    from desktop.services.branch import BranchProfile
    from desktop.services.changes import ChangeNotice
    from desktop.services.container import Services
    from desktop.services.encryption import EncryptResult
    from desktop.services.file_secrets import FileSecret
    from desktop.store.database import Database

DEMO_FILE_NAME = "demo.sqlite"


@dataclass(frozen=True)
class OpenedFile:
    services: Services
    profile: BranchProfile | None

    @property
    def path(self) -> Path:
        return self.services.db.path

    @property
    def mode(self) -> str:
        """"branch" or "inbox" (a superior committee's file); a file without a profile yet is
        a branch's."""
        return self.profile.mode if self.profile else "branch"


class FileActions:
    """Open / create / demo / back up, with the folders the user chose in Settings, on the
    window's clock."""

    def __init__(self, settings: Settings, clock: Clock):
        self._settings = settings
        self.clock = clock

    def _open(self, path: Path, create: bool = False, secret: FileSecret | None = None) -> Database:
        from desktop.services.file_secrets import (
            open_data_file,  # on the worker: see the module text
        )

        return open_data_file(path, secret, create=create, backup_dir=self._settings.backup_path())

    def _services(self, db: Database) -> Services:
        # the services: on the worker, after the first paint
        from desktop.services.container import build_services

        services = build_services(db, self.clock)
        second = self._settings.second_backup_path()
        services.backups.configure(self._settings.backup_path(), [second] if second else [])
        return services

    def _ready(self, db: Database) -> OpenedFile:
        services = self._services(db)
        return OpenedFile(services, services.branch.profile())

    def open(self, path: Path, secret: FileSecret | None = None) -> OpenedFile:
        """`secret`: the passphrase or recovery code of an encrypted file (asked by the window
        when the file says it is encrypted; never kept once the file is open)."""
        db = self._open(Path(path), secret=secret)
        try:
            return self._ready(db)
        except BaseException:
            db.close()
            raise

    def create(self, path: Path, profile: BranchProfile,
               secret: FileSecret | None = None) -> OpenedFile:
        """A new file holding `profile`, encrypted when a passphrase is given; on any failure
        nothing is left behind. Every empty field of the form, the file's place included, is
        named in one refusal."""
        # the services: on the worker, after the first paint
        from desktop.services.branch import missing_error, missing_fields

        missing = missing_fields(profile) + ([] if _path_given(path) else ["path"])
        if missing:
            raise missing_error(missing)
        path = _new_file_path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        db = self._open(path, create=True, secret=secret)
        try:
            services = self._services(db)
            services.branch.save_profile(profile)
            return OpenedFile(services, services.branch.profile())
        except BaseException:
            db.discard()
            raise

    def open_demo(self, year: int | None = None) -> OpenedFile:
        """The demo branch in the data folder: built the first time (up to the clock's today),
        reopened afterwards."""
        from desktop.services.demo import (
            build_demo,  # large module: only when asked for
        )

        path = self._settings.data_path() / DEMO_FILE_NAME
        if path.exists():
            return self.open(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        db = self._open(path, create=True)
        try:
            today = self.clock.today()
            build_demo(db, year or today.year, today=today)
            return self._ready(db)
        except BaseException:
            db.discard()
            raise

    def restore(self, services: Services, backup: Path,
                secret: FileSecret | None = None) -> tuple[OpenedFile, ChangeNotice]:
        """Replace the open file by a backup (the current state is backed up first) and reopen;
        with the restore's change notice (the window's writes must return one). `secret`: the
        passphrase of a backup made before the file's passphrase was changed."""
        result = services.restore.restore(backup, secret)
        return self._ready(result.database), result.notice

    def encrypt(self, services: Services, passphrase: str,
                repeated: str) -> tuple[OpenedFile, EncryptResult, ChangeNotice]:
        """Convert the open plain file to an encrypted one and reopen it."""
        result = services.encryption.encrypt(passphrase, repeated)
        return self._ready(result.database), result, result.notice

    def backup_folder_for(self, path: Path) -> Path:
        """Where the backups of `path` are written (the folder chosen in Settings, else beside it)."""
        # the store and SQLAlchemy: not at the first paint
        from desktop.store.database import default_backup_dir

        return self._settings.backup_path() or default_backup_dir(Path(path))

    def restore_unopenable(self, path: Path, backup: Path,
                           secret: FileSecret | None = None) -> tuple[OpenedFile, Path]:
        """A file too damaged to open: keep it aside untouched, put the backup in its place and
        open that. Returns the opened file and where the damaged one was kept. An encrypted
        backup needs its `secret`, which then opens the restored file too."""
        # only when a damaged file is restored
        from desktop.services.restore import restore_over_unopenable

        kept = restore_over_unopenable(Path(backup), Path(path), self.clock.now(), secret)
        return self.open(Path(path), secret), kept

    def back_up(self, services: Services) -> BackupResult:
        """Back up now into the backup folder, with a copy in the second folder if one is set."""
        return services.backups.make("manual")


def _path_given(path: Path | None) -> bool:
    text = str(path).strip() if path else ""
    return bool(text) and text != "."


def _new_file_path(path: Path) -> Path:
    if not _path_given(path):
        raise UserError(say("common.new_file_path_missing"), field="path")
    path = Path(str(path).strip()).expanduser()
    if path.suffix.lower() != ".sqlite":
        path = path.with_name(path.name + ".sqlite")
    if path.exists():
        raise UserError(say("common.new_file_exists", path=path), field="path")
    return path.resolve()


def initial_file(db: str | None, settings: Settings) -> tuple[Path | None, Path | None]:
    """(file to open at start, or None; path to suggest for a new file, or None).

    An explicit `--db` that does not exist yet is offered as the new file's name.
    """
    if db:
        path = Path(db).expanduser().resolve()
        return (path, None) if path.exists() else (None, path)
    for candidate in (settings.last_file, str(settings.default_file())):
        if candidate and Path(candidate).exists():
            return Path(candidate), None
    return None, None


def build_gui(db: str | None = None, lang: str | None = None, clock: Clock | None = None):
    """Everything `run_gui` does except the event loop (used by screenshot scripts and tests).
    `clock`: the window's one clock (default: the system's)."""
    # Qt and the window: the CLI's commands start without them
    from PySide6.QtWidgets import QApplication

    from desktop.ui.speed import hand_over_often, skip_feature_scan

    skip_feature_scan()  # before the window's modules are imported: see desktop/ui/speed.py
    from desktop.ui.gui_collector import GuiThreadCollector
    from desktop.ui.i18n import install_language
    from desktop.ui.main_window import MainWindow
    from desktop.ui.widgets.scaling import apply_text_scale

    hand_over_often()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("chibo")
    app.setStyle("Fusion")
    GuiThreadCollector(app)  # Qt objects are freed on the GUI thread, never by a worker
    settings = Settings.load()
    install_language(app, lang or settings.language)
    apply_text_scale(app, settings.text_scale)
    window = MainWindow(settings, FileActions(settings, clock or Clock()))
    window.show_on_screen()
    start, suggested = initial_file(db, settings)
    if start is not None:
        window.open_file_soon(start)
    else:
        window.show_welcome(suggested)
    return app, window


def run_gui(db: str | None = None, lang: str | None = None, clock: Clock | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app, window = build_gui(db, lang, clock)
    from desktop.ui.messages import install_error_hook  # not at the first paint

    install_error_hook(window)
    try:
        return app.exec()
    finally:
        window.release_before_exit()
