"""Automatic backups while a file is open: on opening if it changed since the last backup,
every 30 minutes when something changed, and on closing. Backups are writes of the runner: each
waits for the writes queued before it, so it holds them, and the window never waits for it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.backups import BackupResult, BackupService
from desktop.services.changes import ChangeNotice
from desktop.ui.operations import NO_CHANGE, ChangeBus, OperationRunner, user_message

log = logging.getLogger(__name__)

INTERVAL_MS = 30 * 60 * 1000


class BackupScheduler(QObject):
    backed_up = Signal(object)  # BackupResult, for the status bar
    failed = Signal(str)  # a Vietnamese sentence, for the status bar (never a modal box)

    def __init__(self, backups: BackupService, bus: ChangeBus, runner: OperationRunner,
                 parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self._backups = backups
        self._runner = runner
        self._dirty = False
        self._running = False
        self._stopped = False
        self._file_replaced = False  # read on the writer thread, before each backup
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)
        bus.changed.connect(self._on_changed)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def start(self, check_now: bool = True) -> None:
        """Call once the file is open: backs up now if it changed since the last backup, or
        (`check_now=False`) when `check()` is called."""
        self._timer.start()
        if check_now:
            self.check()

    def check(self) -> None:
        """Back up if the file changed since the last backup. Finding out reads every record
        of the file and of its newest backup (~1.7 s of CPU on a 300-member, 20-year file):
        the window calls this once start-up is over, not while the first page loads."""
        if not self._stopped:
            self._launch(lambda: self._backups.backup_if_changed("open"))

    def tick(self) -> None:
        if self._dirty and not self._running and not self._stopped:
            self._dirty = False  # changes made while this backup runs mark it dirty again
            self._launch(lambda: self._backups.make("auto"))

    def stop(self) -> None:
        """On closing the file: the timer stops and a last backup is queued behind the pending
        writes, made if anything changed since the last backup; call it before the file is
        released (the window's `close_file` does)."""
        self._timer.stop()
        if self._stopped:  # abandoned: the file it backed up is gone
            return
        self._stopped = True
        self._launch(lambda: self._backups.backup_if_changed("close"))

    def abandon(self) -> None:
        """The file under it was replaced (converted to an encrypted one and reopened): no last
        backup, which would read the new file through the old connection and fail."""
        self._timer.stop()
        self._stopped = True

    @contextmanager
    def replacing_file(self) -> Iterator[None]:
        """Around the work that replaces the file under this scheduler (the conversion to an
        encrypted file), on the writer thread: a backup queued behind it does nothing, since
        it would read the new file through the old connection. If the work fails, the file is
        the same and backups go on."""
        self._file_replaced = True
        try:
            yield
        except BaseException:
            self._file_replaced = False
            raise

    def _on_changed(self, notice: ChangeNotice) -> None:
        if notice.kinds:
            self._dirty = True

    def _launch(self, work) -> None:  # noqa: ANN001
        self._running = True
        def run() -> tuple[BackupResult | None, object]:
            return (None if self._file_replaced else work()), NO_CHANGE

        self._runner.write(run, on_done=self._done, on_error=self._failed)

    def _done(self, outcome: tuple[BackupResult | None, object]) -> None:
        result = outcome[0]
        self._running = False
        if result is not None:
            self.backed_up.emit(result)
            for failure in result.copy_failures:
                self.failed.emit(failure)

    def _failed(self, error: Exception) -> None:
        if self._stopped:  # closing must go on; the reason is logged
            log.warning("backup on close failed: %s", error)
        self._running = False
        self._dirty = True  # try again at the next tick
        self.failed.emit(user_message(error))
