"""Start-up work the window defers: what waits for its first paint, what loads in the
background once the first page is up, and the memory kept afterwards (issue 9)."""

from __future__ import annotations

import gc
import linecache
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

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
    from desktop.ui.pages.registry import page_keys, page_module

    pending = page_keys(mode)

    def next_page() -> None:
        if pending:
            page_module(pending.pop(0))
            QTimer.singleShot(0, next_page)
        else:
            settle()
            on_done()

    runner.query(services.preload, on_done=lambda _: next_page())


def settle() -> None:
    # The objects alive now (modules, classes, Qt wrappers, the open file) live as long as the
    # window: kept out of the collector's full passes, which otherwise walk ~150,000 objects
    # and freeze the window ~50 ms whenever a list loads.
    gc.freeze()


def drop_source_cache(busy: bool) -> None:
    """Connected to the runner's busy signal. PySide6 reads the source of every module imported
    after it (to find `__feature__` imports) and linecache keeps it: ~20 MB nothing here reads
    again (tracebacks reread what they need). Cleared only when no worker runs: a worker
    importing a module reads that cache, and a clear in between would fail its import."""
    if not busy:
        linecache.clearcache()
