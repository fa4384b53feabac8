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


def preload(runner: OperationRunner, services: Services, mode: str) -> None:
    """Once the first page is up, load the other pages' code and services on a worker, so that
    no later page waits on an import (ReportLab alone takes ~80 ms)."""
    from desktop.ui.pages.registry import preload_pages

    def load() -> None:
        services.preload()
        preload_pages(mode)

    runner.run(load, on_done=lambda _: settle())


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
