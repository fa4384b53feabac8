"""The main window: a thin shell. It shows the welcome screen or the open file's pages, owns the
menus and status bar, and swaps services when another file is opened. Pages do the work."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QWidget,
)
from shiboken6 import isValid

from desktop import __version__
from desktop.services.changes import Changed, ChangeNotice
from desktop.settings import Settings
from desktop.ui.context import UiContext
from desktop.ui.messages import APP_TITLE, error_text, show_error, show_info
from desktop.ui.operations import NO_CHANGE, ChangeBus, OperationRunner
from desktop.ui.speed import freeze_long_lived
from desktop.ui.startup import AfterFirstPaint, preload, prepare_first_page, when_idle
from desktop.ui.widgets.opening import OpeningPanel
from desktop.ui.window_dialogs import WindowDialogs

# Only what the first paint needs is imported here; the pages, the navigator and the dialogs
# are imported when first used (each Qt class costs ~1 ms to set up in PySide6).
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent

    from desktop.services.branch_profile import BranchProfile
    from desktop.services.container import Services
    from desktop.ui.first_run import FirstRunPage
    from desktop.ui.widgets.navigator import Navigator

log = logging.getLogger(__name__)


class MainWindow(QMainWindow, WindowDialogs):
    file_opened = Signal(object)  # Path of the file now shown
    open_failed = Signal(str)  # the message shown to the user
    preloaded = Signal()  # every page's code and service is loaded (start-up is over)

    def __init__(self, settings: Settings, actions, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self._actions = actions  # desktop.app.FileActions (injected: the window never opens files;
        # its clock is the window's)
        self._bus = ChangeBus(self)
        self._runner = OperationRunner(self._bus, self)
        self._services: Services | None = None
        self._profile: BranchProfile | None = None
        self._scheduler = None  # BackupScheduler of the open file
        self._unlock = None  # UnlockFlow: the passphrase of an encrypted file, asked when needed
        self._closing = False  # the window closes once the open file's writes have landed
        self.guide = None  # the guide (Help → Guide), built when first asked for

        self._after_paint = AfterFirstPaint()
        self._welcome: FirstRunPage | None = None  # built when first shown: most starts open a file
        self.opening = OpeningPanel(self)
        self._navigator: Navigator | None = None  # built with the first open file
        self._central = QStackedWidget(self)
        self._central.addWidget(self.opening)
        self.setCentralWidget(self._central)
        self._bus.changed.connect(self._on_changed)
        self._runner.failed.connect(lambda text: show_error(self, text))
        self._build_menus()
        self._build_status_bar()
        self._update_title()

    # --- public API (app.py and tests) -----------------------------------------------------

    @property
    def services(self) -> Services | None:
        return self._services

    @property
    def runner(self) -> OperationRunner:
        return self._runner

    @property
    def bus(self) -> ChangeBus:
        return self._bus

    @property
    def navigator(self) -> Navigator:
        # Built on first use, not before the first paint: its list view makes PySide6 create
        # ~90 enum types (~25 ms).
        if self._navigator is None:
            # with the first file opened, not at the first paint
            from desktop.ui.widgets.navigator import Navigator

            self._navigator = Navigator(self)
            self._navigator.page_built.connect(self._wire_page)
            self._central.addWidget(self._navigator)
        return self._navigator

    @property
    def welcome(self) -> FirstRunPage:
        if self._welcome is None:
            # not on the first paint of a file
            from desktop.ui.first_run import FirstRunPage

            self._welcome = FirstRunPage(self._settings, self._actions.clock.today(), self)
            self._welcome.prepare()
            self._welcome.create_requested.connect(self._create)
            self._welcome.open_requested.connect(self.choose_file)
            self._welcome.demo_requested.connect(self._open_demo)
            self._welcome.back_requested.connect(self._show_workspace)
            self._central.addWidget(self._welcome)
        return self._welcome

    def show_welcome(self, suggested: Path | None = None) -> None:
        self.welcome.prepare(suggested, has_open_file=self._services is not None)
        self._central.setCurrentWidget(self.welcome)

    def open_file(self, path: Path) -> None:
        path = Path(path).resolve()
        if self._services is not None and self._services.db.path == path:
            self._show_workspace()  # the file is already open here; a second lock would fail
            return
        if self._services is None:  # nothing to show meanwhile: say which file is opening
            self.opening.show_file(path)
            self._central.setCurrentWidget(self.opening)
        self._start(lambda: self._actions.open(path))

    def open_file_soon(self, path: Path) -> None:
        """At start: say which file is opening now, and open it from the event loop, normally
        just after the window's first paint, so the worker's imports (which hold Python's
        interpreter lock) do not delay the window drawing itself."""
        self.opening.show_file(Path(path))
        self._after_paint.add(lambda: self.open_file(path))

    def show_on_screen(self) -> None:
        """Show the window where it was last closed, as far as the screens connected now show
        that place; the first time, maximised on a small screen (see widgets/screen_fit)."""
        # not on the first paint's path
        from desktop.ui.widgets.screen_fit import place, screen_areas

        placement = place(screen_areas(), self._settings.window_geometry,
                          self._settings.window_maximized)
        self.setGeometry(placement.geometry)
        if placement.maximized:
            self.showMaximized()
        else:
            self.show()

    def _remember_placement(self) -> None:
        """Into the settings (saved as the window closes): the normal place and size, and
        whether the window is maximised."""
        state = self.windowState()
        framed = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        geometry = self.normalGeometry() if state & framed else self.geometry()
        if geometry.isValid():
            self._settings.window_geometry = list(geometry.getRect())
        self._settings.window_maximized = bool(state & Qt.WindowState.WindowMaximized)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._after_paint.shown()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        self._after_paint.painted()

    def choose_file(self) -> None:
        # a Qt class is set up on first use (~1 ms each)
        from PySide6.QtWidgets import QFileDialog

        from desktop.ui.first_run import DATA_FILTER

        start = str(Path(self._settings.last_file).parent) if self._settings.last_file else str(
            self._settings.data_path())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a data file"), start,
            self.tr("Sổ Chi bộ data (%1)").replace("%1", DATA_FILTER))
        if chosen:
            self.open_file(Path(chosen))

    def close_file(self, then: Callable[[], None] | None = None) -> None:
        """Stop work on the open file and release it (its lock, its connections) without
        blocking the event loop: the release is an exclusive write, so it comes after every
        operation already submitted, the last backup included. `then` is called afterwards,
        on the GUI thread (also when no file was open, once the pending writes have landed)."""
        services, scheduler = self._services, self._scheduler
        self._services, self._profile, self._scheduler = None, None, None
        if self._navigator is not None:
            # Pages with typed text not saved yet (the meeting editor's draft) send it now: it
            # is written before the release below, which waits for every earlier write.
            for key in self._navigator.keys():
                flush = getattr(self._navigator.page(key), "flush_drafts", None)
                if flush is not None:
                    flush()
            self._navigator.clear()
        if scheduler is not None:
            scheduler.stop()  # the last backup, if the file changed, queued behind the writes
        if services is None and then is None:
            return

        def released(_result: object = None) -> None:
            if scheduler is not None:
                scheduler.deleteLater()
            if then is not None:
                then()

        def failed(error: Exception) -> None:
            log.warning("the data file was not closed cleanly: %s", error)
            released()

        self._runner.write(lambda: _close_database(services), on_done=released, on_error=failed,
                           exclusive=True)

    def release_before_exit(self) -> None:
        """After the event loop has ended some other way than by closing the window: release
        the file, running a loop of its own until that is done."""
        if self._services is None and self._runner.idle:
            return
        # a Qt class is set up on first use (~1 ms each)
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop()
        self.close_file(then=loop.quit)
        loop.exec()

    # --- opening ---------------------------------------------------------------------------

    def _start(self, task, then: Callable[[object], None] | None = None) -> None:
        if self._welcome is not None:
            self._welcome.set_busy(True)

        def open_and_prepare():  # noqa: ANN202 - on the worker
            opened = task()
            prepare_first_page(opened.services, opened.mode)
            return opened

        def done(result) -> None:  # noqa: ANN001
            self._opened(result[0])
            if then is not None and self._services is result[0].services:
                then(result[0])

        # On the writer: the file is opened (created, migrated) after every write already
        # queued on the file open now. Nothing a page shows changes: pages are built on it.
        self._runner.write(lambda: (open_and_prepare(), NO_CHANGE), on_done=done, on_error=self._failed)

    def _open_with_secret(self, path: Path, secret) -> None:  # noqa: ANN001 - a FileSecret
        """The passphrase (or recovery code) of an encrypted file was typed: open it with it."""
        if self._services is None:
            self.opening.show_file(path)
            self._central.setCurrentWidget(self.opening)
        self._start(lambda: self._actions.open(path, secret))

    def _create(self, path: Path, profile: BranchProfile, secret=None) -> None:  # noqa: ANN001
        """`secret`: the new file's passphrase (a FileSecret), None for a plain file."""
        then = None
        if secret is not None:  # the recovery code of the new file, shown once it is open
            then = lambda opened: self.show_recovery_sheet(opened.services, "created")  # noqa: E731
        self._start(lambda: self._actions.create(path, profile, secret), then)

    def _open_demo(self) -> None:
        self._start(self._actions.open_demo)

    def _failed(self, error: Exception) -> None:
        text = error_text(error)
        if self._services is None:  # nothing open: the user chooses again on the welcome screen
            self._central.setCurrentWidget(self.welcome)
        welcome = self._welcome
        if welcome is not None:
            welcome.set_busy(False)
            field = getattr(error, "field", None)  # a field of the new-branch form
            welcome.profile_form.focus_field(field)
            if field == "path":
                welcome.file_picker.edit.setFocus()
        if self._unlock is None:  # loaded only when a file failed to open
            # only when a file asks for its passphrase
            from desktop.ui.unlock_dialog import UnlockFlow

            self._unlock = UnlockFlow(self, self._open_with_secret)
        if self._unlock.handle(error):  # an encrypted file: its passphrase is asked (again)
            return
        self.open_failed.emit(text)
        # Loaded only when something failed.
        from desktop.ui.rescue import can_rescue, offer_restore

        if can_rescue(error):  # too damaged to open: offer to put a backup in its place
            if offer_restore(self, self._actions, self._runner, error, text,
                             self._restored_unopenable, self._failed) and self._welcome:
                self._welcome.set_busy(True)
        else:
            show_error(self, text)

    def _restored_unopenable(self, result) -> None:  # noqa: ANN001 - (OpenedFile, Path, notice)
        from desktop.ui.rescue import restored_text  # only when a file failed to open

        opened, kept, _notice = result
        self._opened(opened)
        show_info(self, restored_text(opened.path, kept))

    def _opened(self, opened) -> None:
        if self._closing:  # opened while the window was closing: let it go at once
            self._runner.write(lambda: _close_database(opened.services), exclusive=True,
                               on_error=lambda error: log.warning("not closed cleanly: %s", error))
            return
        if self._welcome is not None:
            self._welcome.set_busy(False)
        self.close_file()  # the old file is released only once the new one is safely open
        self._services, self._profile = opened.services, opened.profile
        ctx = UiContext(opened.services, self._bus, self._runner, self._settings, self._actions.clock)
        mode = opened.mode
        # the pages' code: after the first paint
        from desktop.ui.pages.registry import page_specs

        self.navigator.load(ctx, [spec for spec in page_specs() if mode in spec.modes])
        self.key_action.setVisible(mode == "branch")
        self.export_action.setVisible(mode == "branch")
        read_only = opened.services.db.read_only
        if not read_only:  # nothing can change a file opened for viewing: no timed backups
            self._start_backups(opened.services)
        self.read_only_label.setVisible(read_only)
        self._settings.remember_file(opened.path)
        self._save_settings()
        self._show_workspace()
        self._path_label.setText(str(opened.path))
        self._update_title()
        freeze_long_lived()
        self.file_opened.emit(opened.path)
        when_idle(self._runner, lambda: self._preload(opened.services, mode))

    def _preload(self, services: Services, mode: str) -> None:
        if services is self._services:  # not if another file was opened meanwhile
            preload(self._runner, services, mode, lambda: isValid(self) and self._started(services))

    def _started(self, services: Services) -> None:
        self.preloaded.emit()
        if services is self._services and self._scheduler is not None:
            self._scheduler.check()  # the backup on opening, once start-up is over

    def _show_workspace(self) -> None:
        if self._services is not None:
            self._central.setCurrentWidget(self.navigator)

    # --- menus -----------------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            # After the first paint: the first key sequence makes PySide6 build the ~90 enum
            # types of the Qt namespace (~25 ms), which the first paint does not need.
            self._after_paint.add(lambda: action.setShortcut(QKeySequence(shortcut)))
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New…"), lambda: self.show_welcome(),
                     QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("&Open…"), self.choose_file, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent files"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, self.tr("&Back up now"), self.back_up_now)
        self._action(file_menu, self.tr("&Restore from a backup…"), self.open_restore)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("E&xport the records (JSON)…"), self.export_records)
        self.export_action = self._action(file_menu, self.tr("&Send the year's package…"), self.open_export)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        tools = bar.addMenu(self.tr("&Tools"))
        self._action(tools, self.tr("&Check data…"), self.open_data_check)
        self.key_action = self._action(tools, self.tr("Signing &key…"), self.open_keys)
        self.encryption_action = self._action(tools, self.tr("&Encrypt the data file…"),
                                              self.open_encryption)
        tools.addSeparator()
        self._action(tools, self.tr("&Settings…"), self.open_settings,
                     QKeySequence.StandardKey.Preferences)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Guide"), self.open_guide, QKeySequence.StandardKey.HelpContents)
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About Sổ Chi bộ"), self._about)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self._settings.recent_files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_file(Path(p)))
        if not self._settings.recent_files:
            self.recent_menu.addAction(self.tr("(no recent files)")).setEnabled(False)

    def back_up_now(self) -> None:
        if self._services is None:
            show_info(self, self.tr("Open a data file first."))
            return
        services = self._services
        self._runner.write(lambda: (self._actions.back_up(services), NO_CHANGE),
                           on_done=lambda result: self._backed_up(result[0]))

    def _backed_up(self, result) -> None:
        lines = "\n".join(str(p) for p in (result.path, *result.copies))
        text = self.tr("The backup was written to:\n%1").replace("%1", lines)
        if result.copy_failures:  # the main backup exists; say plainly which copy is missing
            show_error(self, text + "\n\n" + "\n".join(result.copy_failures))
        else:
            show_info(self, text)

    def _context(self) -> UiContext | None:
        if self._services is None:
            show_info(self, self.tr("Open a data file first."))
            return None
        return UiContext(self._services, self._bus, self._runner, self._settings, self._actions.clock)

    def _start_backups(self, services: Services) -> None:
        # with the first file opened, not at the first paint
        from desktop.ui.backup_scheduler import BackupScheduler

        self._scheduler = BackupScheduler(services.backups, self._bus, self._runner, self)
        self._scheduler.backed_up.connect(lambda r: self.statusBar().showMessage(
            self.tr("Backed up: %1").replace("%1", r.path.name), 5000))
        self._scheduler.failed.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self._scheduler.start(check_now=False)  # checked once start-up is over (_started)

    def go_to(self, page_key: str, record_id: int = -1, part: str = "") -> None:
        """Show a page and, where it can, the record to fix (e.g. a meeting), on the `part` of
        it where the step is taken ("tasks" of a meeting, "lifecycle" of a member)."""
        if page_key == "keys":
            self.open_keys()
            return
        if page_key not in self.navigator.keys():
            return
        self.navigator.select(page_key)
        page = self.navigator.page(page_key)
        if page_key == "meetings" and record_id >= 0 and page is not None:
            page.open_meeting(record_id, page.tab_of(part))
        elif page_key == "members" and record_id >= 0 and page is not None:
            page.open_member(record_id, part)
        elif page_key == "candidates" and record_id >= 0 and page is not None:
            page.open_candidate(record_id)
        elif page_key == "dues" and record_id >= 0 and page is not None:
            page.open_member_arrears(record_id)

    def _wire_page(self, key: str, page: QWidget) -> None:
        # Pages that show evidence ask for a meeting with an `open_meeting(int)` signal.
        if key != "meetings" and isinstance(getattr(type(page), "open_meeting", None), Signal):
            page.open_meeting.connect(lambda meeting_id: self.go_to("meetings", meeting_id))
        # Pages whose lines name any record (the overview's due list) ask with `open_record`.
        if isinstance(getattr(type(page), "open_record", None), Signal):
            page.open_record.connect(self.go_to)
        # The overview's first steps ask for the dialog of a step.
        if isinstance(getattr(type(page), "start_step", None), Signal):
            page.start_step.connect(self.start_step)

    def _about(self) -> None:
        # a Qt class is set up on first use (~1 ms each)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Sổ Chi bộ"), self.tr(
            "<b>Sổ Chi bộ</b> %1<br>The electronic record book of a party branch: members, "
            "meetings, reviews and reports, kept offline in one file.").replace("%1", __version__))

    # --- status, title, changes ------------------------------------------------------------

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self._path_label = QLabel(self.tr("No file open"), self)
        self._busy = QProgressBar(self)
        self._busy.setRange(0, 0)  # an indeterminate bar: "working"
        self._busy.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self._busy.setFormat(self.tr("Working…"))
        self._busy.hide()
        # A file on a read-only disk is opened for viewing; every write is refused with a message.
        self.read_only_label = QLabel(self.tr("View only: the file cannot be written"), self)
        self.read_only_label.setStyleSheet("color: #b00020; font-weight: bold")
        self.read_only_label.hide()
        status.addWidget(self._path_label, 1)
        status.addPermanentWidget(self.read_only_label)
        status.addPermanentWidget(self._busy)
        self._runner.busy_changed.connect(self._busy.setVisible)

    def _update_title(self) -> None:
        if self._profile is not None:
            title = f"{APP_TITLE} — {self._profile.name}"
            if self._services is not None and self._services.db.read_only:
                title += " " + self.tr("(view only)")
            self.setWindowTitle(title)
        else:
            self.setWindowTitle(APP_TITLE)

    def _on_changed(self, notice: ChangeNotice) -> None:
        if notice.touches(Changed.BRANCH) and self._services is not None:
            services = self._services
            self._runner.query(lambda: services.branch.profile(), on_done=self._profile_loaded)

    def _profile_loaded(self, profile: BranchProfile | None) -> None:
        self._profile = profile
        self._update_title()

    def _save_settings(self) -> None:
        try:
            self._settings.save()
        except OSError as exc:
            log.warning("settings not saved: %s", exc)
            self.statusBar().showMessage(error_text(exc), 10_000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self._closing and not self._may_drop_refused():
            event.ignore()
            return
        if not self._closing:  # the first request: the window still shows what the user left
            self._remember_placement()
        if self._services is None and self._runner.idle:
            self._save_settings()
            super().closeEvent(event)
            return
        # Writes still queued are never dropped: the window says so, waits for them (and the
        # last backup) while the event loop runs on, then closes itself.
        event.ignore()
        self._closing = True
        self.menuBar().setEnabled(False)
        if self._services is not None:
            self.opening.show_saving(self._services.db.path)
            self._central.setCurrentWidget(self.opening)
        self.statusBar().showMessage(self.tr("Saving…"))
        self.close_file(then=lambda: QTimer.singleShot(0, self.close))

    def _may_drop_refused(self) -> bool:
        """Typed text the file refused (a task without its owner…) exists only on screen:
        closing loses it, so the secretary chooses; Enter stays."""
        reasons = []
        if self._navigator is not None:
            for key in self._navigator.keys():
                refused = getattr(self._navigator.page(key), "refused_reasons", None)
                reasons += refused() if refused is not None else []
        from desktop.ui.refused_question import may_drop_refused

        return may_drop_refused(
            self, self.tr("Close"),
            self.tr("Some typed text is not saved, or not added yet, and will be lost if the window "
                    "closes now:"),
            self.tr("Stay and correct it"), self.tr("Close and lose it"), reasons)


def _close_database(services: Services | None) -> ChangeNotice:
    """On the writer, after the file's last operation: close its connections, drop its lock."""
    if services is not None:
        services.db.close()
    return NO_CHANGE
