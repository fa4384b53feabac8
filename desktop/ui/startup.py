"""Start-up work the window defers: what waits for its first paint, and what loads in the
background once the first page is up (issue 9)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from desktop.ui.speed import freeze_long_lived

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.ui.operations import OperationRunner

FIRST_PAINT_WAIT_MS = 250  # work waits for the first paint, or this long at most


class AfterFirstPaint:
    """Tasks queued before the window is on screen run, in order, just after its first paint
    (the window calls `shown` and `painted` from its event handlers); later tasks run at once."""

    def __init__(self) -> None:
        self._tasks: list[Callable[[], None]] | None = []

    def add(self, task: Callable[[], None]) -> None:
        if self._tasks is None:  # already painted
            task()
        else:
            self._tasks.append(task)

    def shown(self) -> None:
        if self._tasks is not None:  # a window that is never exposed still starts
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._run)

    def painted(self) -> None:
        if self._tasks is not None:
            QTimer.singleShot(0, self._run)  # once this paint is on screen

    def _run(self) -> None:
        tasks, self._tasks = self._tasks, None
        for task in tasks or ():
            task()


def prepare_first_page(services: Services, mode: str) -> None:
    """On the worker that opens the file: make the services the first page reads at once."""
    # the pages' code: after the first paint
    from desktop.ui.pages.registry import FIRST_PAGE_SERVICES

    for name in FIRST_PAGE_SERVICES.get(mode, ()):
        getattr(services, name)


def when_idle(runner: OperationRunner, task: Callable[[], None]) -> None:
    """Run `task` once the runner has nothing running or waiting: after the first page's loads,
    which it would otherwise slow down (the overview filled 0.3–0.5 s later with the other
    services made beside its cards)."""
    if runner.idle:
        QTimer.singleShot(0, task)
        return

    def check(busy: bool) -> None:
        if not busy:
            runner.busy_changed.disconnect(check)
            QTimer.singleShot(0, task)

    runner.busy_changed.connect(check)


def preload(runner: OperationRunner, services: Services, mode: str,
            on_done: Callable[[], None]) -> None:
    """Once the first page is up, make every other service on a worker, then import the other
    pages' code on the GUI thread one page per turn of the event loop, so that no page waits
    on an import when it is first opened (ReportLab alone takes ~80 ms). Page modules are not
    imported on the worker: a PySide6 module (QtPdf, QtPrintSupport…) loaded off the GUI
    thread can crash the program."""
    # the pages' code: after the first paint
    from desktop.ui.pages.registry import page_keys, page_module

    pending = page_keys(mode)

    def next_page() -> None:
        if pending:
            page_module(pending.pop(0))
            QTimer.singleShot(0, next_page)
        else:
            freeze_long_lived()
            on_done()

    runner.query(services.preload, on_done=lambda _: next_page())

