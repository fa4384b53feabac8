"""Run service calls off the GUI thread; results, errors and change notices come back on it.

Two calls, written once so that each screen's action is a few lines (cf. Anki's
CollectionOp/QueryOp):

    runner.write(lambda: services.members.update(member_id, draft), on_done=self._saved)
    runner.query(lambda: services.members.list_members(), on_done=self._show)

`write(fn, on_done=None, on_error=None)` changes the open file. Writes run on one writer thread,
one at a time, in the order they were submitted, so a later write never overtakes an earlier
one. `fn` returns a ChangeNotice, or a tuple whose last item is one (`NO_CHANGE` when nothing a
page shows changed: a backup, opening a file). `on_done` gets that result on the GUI thread,
then the notice is broadcast on the ChangeBus so every page refreshes what it shows. A write
that returns no notice is a programming error: it is logged and reported as a failure.

`query(fn, on_done=None, on_error=None)` reads: it runs on a small pool of readers, beside the
writes, and `on_done` gets its result on the GUI thread. A query never returns a notice.

`write(..., exclusive=True)` runs with no query beside it: it waits for the queries submitted
before it, and those submitted meanwhile wait for it (a restore, closing the file). Closing a
file is such a write, so it lands after every write queued before it without blocking the
event loop.

For both, an error goes to `on_error`, or else to `failed` as a message fit for the user. A page
closed meanwhile is not called back (neither its methods nor a lambda that refers to it), but
what its write changed is still broadcast. Service calls never run on the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal

from desktop.services.changes import ChangeNotice
from desktop.services.errors import UserError

log = logging.getLogger(__name__)

NO_CHANGE = ChangeNotice.of()  # a write that changed nothing a page shows
READERS = 2  # the machines this runs on have two cores or so


class ChangeBus(QObject):
    """Delivers typed change notices on the GUI thread."""

    changed = Signal(object)  # ChangeNotice


class NoticeError(TypeError):
    """A write returned no change notice, or a query returned one: a mistake in the caller."""


def notice_of(result: Any) -> ChangeNotice | None:
    """The notice a write returned: the result itself or the last item of a tuple."""
    last = result[-1] if isinstance(result, tuple) and result else result
    return last if isinstance(last, ChangeNotice) else None


def _require_notice(fn: Callable[[], Any], result: Any) -> None:
    if notice_of(result) is None:
        log.error("a write returned %s instead of a ChangeNotice: %r", type(result).__name__, fn)
        raise NoticeError(f"a write must return a ChangeNotice, not {type(result).__name__}")


def _refuse_notice(fn: Callable[[], Any], result: Any) -> None:
    if notice_of(result) is not None:
        log.error("a query returned a ChangeNotice (writes go through runner.write): %r", fn)
        raise NoticeError("a query returned a ChangeNotice: it wrote, so it must be a write")


class _Relay(QObject):
    finished = Signal(int, object, object)  # serial, result, error


def _perform(relay: _Relay, serial: int, fn: Callable[[], Any],
             check: Callable[[Callable[[], Any], Any], None], earlier: list[Future]) -> None:
    """On a worker: wait for what must be over first, run, check, hand over to the GUI thread."""
    result, error = None, None
    try:
        wait(earlier)
        result = fn()
        check(fn, result)
    except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, shown as a message
        result, error = None, exc
    try:
        relay.finished.emit(serial, result, error)  # queued to the GUI thread
    except RuntimeError:  # the runner, and its window, are gone
        log.debug("operation finished after its runner was deleted")


class OperationRunner(QObject):
    """One per window. `busy_changed` lets the shell show a busy cursor or status text."""

    busy_changed = Signal(bool)
    failed = Signal(str)  # a message fit for the user, already translated or in Vietnamese

    def __init__(self, bus: ChangeBus, parent: QObject | None = None):
        super().__init__(parent)
        self._bus = bus
        # Python's executors: one thread, first in first out, for the runner's whole life (a
        # QThreadPool may retire its thread and start another).
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="chibo-writer")
        self._readers = ThreadPoolExecutor(READERS, thread_name_prefix="chibo-reader")
        self.destroyed.connect(partial(_shut_down, (self._writer, self._readers)))
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finish)
        self._serial = 0
        self._pending: dict[int, tuple[Callable | None, Callable | None, bool]] = {}
        self._queries: dict[int, Future] = {}  # queries started and not yet handed over
        self._exclusive: set[int] = set()  # exclusive writes not finished yet
        self._held: list[tuple[int, Callable[[], Any]]] = []  # queries waiting for them

    def write(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[Exception], None] | None = None, *,
              exclusive: bool = False) -> None:
        """Change the file on the writer thread, after every write submitted before."""
        serial = self._enter(on_done, on_error, broadcast=True)
        earlier = []
        if exclusive:
            self._exclusive.add(serial)
            earlier = list(self._queries.values())
        self._writer.submit(_perform, self._relay, serial, fn, _require_notice, earlier)

    def query(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[Exception], None] | None = None) -> None:
        """Read on a reader thread."""
        serial = self._enter(on_done, on_error, broadcast=False)
        if self._exclusive:
            self._held.append((serial, fn))
        else:
            self._start_query(serial, fn)

    @property
    def idle(self) -> bool:
        """No operation of this runner is running or waiting."""
        return not self._pending

    def wait_for_tests(self, msecs: int = 10_000) -> bool:
        """Tests only (it spins the event loop): True once every operation, including those
        submitted by the callbacks meanwhile, has finished and been delivered."""
        deadline = time.monotonic() + msecs / 1000
        while True:
            # Events handled here (a timer, a result's callback) may submit more work: only
            # a round that leaves nothing pending counts as settled.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if not self._pending:
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.002)

    # --- inside -------------------------------------------------------------------------
    def _enter(self, on_done: Callable | None, on_error: Callable | None, broadcast: bool) -> int:
        self._serial += 1
        was_idle = not self._pending
        self._pending[self._serial] = (on_done, on_error, broadcast)
        if was_idle:
            self.busy_changed.emit(True)
        return self._serial

    def _start_query(self, serial: int, fn: Callable[[], Any]) -> None:
        self._queries[serial] = self._readers.submit(
            _perform, self._relay, serial, fn, _refuse_notice, [])

    def _finish(self, serial: int, result: Any, error: Exception | None) -> None:
        on_done, on_error, broadcast = self._pending.pop(serial)
        self._queries.pop(serial, None)
        self._exclusive.discard(serial)
        if not self._exclusive:
            held, self._held = self._held, []
            for waiting in held:
                self._start_query(*waiting)
        try:
            if error is not None:
                self._report(error, on_error)
            else:
                try:
                    # The page that asked may have been closed meanwhile: then it is not
                    # called back, but what was written is still announced.
                    if on_done is not None and _alive(on_done):
                        on_done(result)
                finally:
                    if broadcast:
                        self._bus.changed.emit(notice_of(result))
        finally:
            if not self._pending:
                self.busy_changed.emit(False)

    def _report(self, error: Exception, on_error: Callable[[Exception], None] | None) -> None:
        if on_error is None:
            self.failed.emit(user_message(error))
        elif _alive(on_error):
            on_error(error)


def _shut_down(executors: tuple[ThreadPoolExecutor, ...]) -> None:
    for executor in executors:  # queued work still runs; the idle threads end
        executor.shutdown(wait=False)


def _alive(callback: Callable[..., Any] | None) -> bool:
    """False for a callback tied to a Qt object whose C++ side is already deleted: a bound
    method of it, a lambda or inner function that refers to it (`lambda r: self._show(r)`),
    or a partial of either. Such a callback would only raise "already deleted"."""
    return all(shiboken6.isValid(owner) for owner in _owners(callback))


def _owners(callback: Any) -> list[QObject]:
    if isinstance(callback, QObject):
        return [callback]
    if isinstance(callback, partial):
        return [o for part in (callback.func, *callback.args) for o in _owners(part)]
    owners = [getattr(callback, "__self__", None)]
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            owners.append(cell.cell_contents)
        except ValueError:  # a cell not filled yet
            continue
    return [o for o in owners if isinstance(o, QObject)]


def user_message(error: Exception) -> str:
    """One line for the user: a refusal as the core words it, anything else logged to the
    error log (traceback included) and named by its path."""
    from desktop.ui.messages import error_text  # not at the first paint

    return error_text(error)
