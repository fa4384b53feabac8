"""Cycles holding Qt objects are freed on the GUI thread, never by a worker that allocates."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QWidget

from desktop.ui.gui_collector import GuiThreadCollector


class _Holder:
    """A closed dialog's Python side: it refers to its widget, which refers back to it."""

    def __init__(self) -> None:
        self.widget = QWidget()
        self.widget.holder = self  # the cycle only the cyclic collector frees


def _allocate_on_a_worker() -> list[str]:
    """A worker allocating like a PDF build: far past the collector's thresholds."""
    freed_on: list[str] = []

    def work() -> None:
        junk = []
        for _ in range(200_000):
            junk.append([{}])  # containers count towards the collector's thresholds
        freed_on.append(threading.current_thread().name)

    worker = threading.Thread(target=work, name="chibo-test-worker")
    worker.start()
    worker.join()
    return freed_on


def test_a_worker_never_frees_qt_objects_and_the_gui_thread_does(qtbot):
    assert not gc.isenabled()  # the suite runs as the app does (tests/ui/conftest.py)
    holder = _Holder()
    alive = weakref.ref(holder)
    del holder
    _allocate_on_a_worker()
    assert alive() is not None, "the cycle was collected on the worker thread"
    gc.collect()  # what the GUI thread's timer does once a threshold is passed
    assert alive() is None


def test_the_timer_collects_what_passed_python_thresholds(qtbot, qapp):
    collector = GuiThreadCollector(qapp, tick_ms=10)
    try:
        holder = _Holder()
        alive = weakref.ref(holder)
        del holder
        _allocate_on_a_worker()
        qtbot.waitUntil(lambda: alive() is None, timeout=5000)
    finally:
        collector.stop()
    assert not gc.isenabled()  # stop() restores what it found: the session's collector is off
