"""Run service calls off the GUI thread; results, errors and change notices come back on it.

Written once so that each screen's action is a few lines (cf. Anki's CollectionOp/QueryOp):

    ctx.runner.run(lambda: services.members.save(draft), on_done=self._saved)

A callable returning a ChangeNotice (or a tuple whose last item is one) is broadcast on the
ChangeBus after `on_done`, so every page refreshes what it shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.services.changes import ChangeNotice
from desktop.services.errors import UserError

log = logging.getLogger(__name__)


class ChangeBus(QObject):
    """Delivers typed change notices on the GUI thread."""

    changed = Signal(object)  # ChangeNotice


class _Relay(QObject):
    finished = Signal(object, object)  # result, error


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, shown as a message
            self._relay.finished.emit(None, exc)
        else:
            self._relay.finished.emit(result, None)


class OperationRunner(QObject):
    """One per window. `busy_changed` lets the shell show a busy cursor or status text."""

    busy_changed = Signal(bool)
    failed = Signal(str)  # a message fit for the user, already translated or in Vietnamese

    def __init__(self, bus: ChangeBus, parent: QObject | None = None):
        super().__init__(parent)
        self._bus = bus
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running = 0
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        relay = _Relay()  # lives on the GUI thread, so its signal is queued back here
        self._relays.add(relay)

        @Slot(object, object)
        def finish(result: Any, error: Exception | None) -> None:
            self._relays.discard(relay)
            self._set_running(-1)
            # The page that asked may have been closed meanwhile: then it is not called back,
            # but what was written is still announced so the other pages refresh.
            if error is not None:
                if on_error is None:
                    self.failed.emit(user_message(error))
                elif _alive(on_error):
                    on_error(error)
                return
            if on_done is not None and _alive(on_done):
                on_done(result)
            notice = result[-1] if isinstance(result, tuple) and result else result
            if isinstance(notice, ChangeNotice):
                self._bus.changed.emit(notice)

        relay.finished.connect(finish)
        self._set_running(+1)
        self._pool.start(_Task(fn, relay))

    @property
    def idle(self) -> bool:
        """No task of this runner is running or waiting."""
        return self._running == 0

    def wait(self, msecs: int = -1) -> bool:
        """For tests and shutdown: wait for running tasks to finish."""
        return self._pool.waitForDone(msecs)

    def _set_running(self, delta: int) -> None:
        was = self._running > 0
        self._running += delta
        if (self._running > 0) != was:
            self.busy_changed.emit(self._running > 0)


def _alive(callback: Callable[..., Any] | None) -> bool:
    """False for a bound method of a Qt object whose C++ side is already deleted."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def user_message(error: Exception) -> str:
    """One line for the user: a refusal as the core words it, anything else logged to the
    error log (traceback included) and named by its path."""
    from desktop.ui.messages import error_text

    return error_text(error)
