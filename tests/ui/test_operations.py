"""The one write path: writes land one at a time in the order made, on one writer thread, and
must say what they changed; queries read beside them; errors and notices reach the GUI thread;
closing the window waits for a pending write without blocking the event loop."""

from __future__ import annotations

import logging
import threading
import time
from datetime import date
from functools import partial

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.errorlog import log_folder
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.container import build_services
from desktop.services.errors import UserError
from desktop.services.members import MemberDraft, MembersService
from desktop.store.database import open_database
from desktop.ui.operations import (
    NO_CHANGE,
    ChangeBus,
    NoticeError,
    OperationRunner,
)
from desktop.ui.pages.overview import _load_overview
from tests.suite_day import SUITE_CLOCK


@pytest.fixture
def parts(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    bus = ChangeBus(holder)
    runner = OperationRunner(bus, holder)
    heard: list[ChangeNotice] = []
    bus.changed.connect(heard.append)
    yield runner, heard
    runner.wait_for_tests()


class Page(QObject):
    """Stands for a page or dialog that asked for an operation and may be closed meanwhile."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []
        self.errors: list[Exception] = []

    def done(self, result: object) -> None:
        self.results.append(result)

    def refused(self, error: Exception) -> None:
        self.errors.append(error)


def test_writes_land_one_at_a_time_in_the_order_made_on_one_thread(parts):
    runner, heard = parts
    landed, threads = [], set()

    def write(i: int) -> tuple[int, ChangeNotice]:
        time.sleep((8 - i) * 0.003)  # the first made is the slowest: a pool would reorder them
        landed.append(i)
        threads.add(threading.get_ident())
        return i, ChangeNotice.of(Changed.MEMBERS, ids=(i,))

    for i in range(8):
        runner.write(lambda i=i: write(i))
    assert runner.wait_for_tests()
    runner.write(lambda: write(8))  # later on, the same writer thread
    assert runner.wait_for_tests()
    assert landed == list(range(9))
    assert len(threads) == 1 and threading.main_thread().ident not in threads
    assert [next(iter(n.ids)) for n in heard] == list(range(9))  # announced in the same order


def test_a_query_reads_while_a_write_is_still_running(parts):
    runner, _heard = parts
    release, read = threading.Event(), []
    runner.write(lambda: (release.wait(5), NO_CHANGE)[1])
    runner.query(lambda: "Nguyễn Văn An", on_done=read.append)
    deadline = time.monotonic() + 5
    while not read and time.monotonic() < deadline:
        runner.wait_for_tests(20)
    assert read == ["Nguyễn Văn An"] and not runner.idle  # the write still holds the writer
    release.set()
    assert runner.wait_for_tests()


def test_a_write_without_a_notice_is_refused_and_logged(parts, caplog):
    runner, heard = parts
    page, failed = Page(), []
    runner.failed.connect(failed.append)
    with caplog.at_level(logging.ERROR, logger="desktop.ui.operations"):
        runner.write(lambda: None, on_done=page.done, on_error=page.refused)
        runner.write(lambda: 42)  # no on_error: the window's `failed` says it
        assert runner.wait_for_tests()
    assert page.results == [] and len(page.errors) == 1 and isinstance(page.errors[0], NoticeError)
    # The window's message names the error log, which holds the traceback.
    assert len(failed) == 1 and str(log_folder()) in failed[0]
    assert "NoticeError" in "".join(p.read_text(encoding="utf-8") for p in log_folder().glob("*.log"))
    assert heard == []  # nothing is announced for them
    assert sum("instead of a ChangeNotice" in r.getMessage() for r in caplog.records) == 2


def test_a_result_with_its_notice_last_is_handed_over_whole(parts):
    runner, heard = parts
    page = Page()
    notice = ChangeNotice.of(Changed.MEETINGS, ids=(7,))
    runner.write(lambda: (7, "Sinh hoạt chi bộ tháng 11", notice), on_done=page.done)
    assert runner.wait_for_tests()
    assert page.results == [(7, "Sinh hoạt chi bộ tháng 11", notice)] and heard == [notice]


def test_a_query_that_returns_a_notice_wrote_and_is_refused(parts):
    runner, heard = parts
    page = Page()
    runner.query(lambda: ChangeNotice.of(Changed.MEMBERS), on_done=page.done, on_error=page.refused)
    assert runner.wait_for_tests()
    assert page.results == [] and isinstance(page.errors[0], NoticeError) and heard == []


def test_errors_reach_on_error_or_else_failed(parts):
    runner, heard = parts
    page, failed = Page(), []
    runner.failed.connect(failed.append)
    refusal = UserError("Hãy ghi tên chủ đề.")

    def refuse() -> ChangeNotice:
        raise refusal

    runner.write(refuse, on_done=page.done, on_error=page.refused)
    runner.query(refuse)
    assert runner.wait_for_tests()
    assert page.errors == [refusal] and page.results == []
    assert failed == ["Hãy ghi tên chủ đề."] and heard == []


def test_a_closed_page_is_not_called_back_but_its_write_is_announced(parts):
    runner, heard = parts
    release = threading.Event()
    page, failed = Page(), []
    runner.failed.connect(failed.append)
    notice = ChangeNotice.of(Changed.REVIEWS, ids=(3,))

    def refuse() -> ChangeNotice:
        raise UserError("Đảng viên Lê Thị Bình đang bị kỷ luật: không xếp loại HTTNV.")

    runner.write(lambda: (release.wait(5), notice)[1], on_done=page.done)
    runner.write(refuse, on_error=page.refused)
    shiboken6.delete(page)  # the user closed the page while its writes were on their way
    release.set()
    assert runner.wait_for_tests()
    assert heard == [notice] and failed == []


def test_a_lambda_or_partial_of_a_closed_page_is_not_called_back(parts):
    # Pages hand over `lambda review: self._show_year(review, edits)`: once the page is
    # deleted such a lambda would only raise "Internal C++ object already deleted".
    runner, _heard = parts
    release = threading.Event()
    closed, open_page, called = Page(), Page(), []

    def slow() -> int:
        release.wait(5)
        return 7

    def fail() -> None:
        release.wait(5)
        raise UserError("Không đọc được năm 2026.")

    runner.query(slow, on_done=lambda result: called.append(("lambda", closed, result)))
    runner.query(slow, on_done=partial(lambda page, result: called.append(("partial", page)), closed))
    runner.query(fail, on_error=lambda error: called.append(("error", closed, error)))
    runner.query(slow, on_done=lambda result: open_page.done(result))
    shiboken6.delete(closed)
    release.set()
    assert runner.wait_for_tests()
    assert called == [] and open_page.results == [7]


def test_an_exclusive_write_waits_for_earlier_queries_and_holds_later_ones(parts):
    runner, _heard = parts
    release, order = threading.Event(), []
    runner.query(lambda: (release.wait(5), order.append("earlier query")))
    runner.write(lambda: (order.append("restore"), ChangeNotice.of(Changed.EVERYTHING))[1],
                 exclusive=True)
    runner.query(lambda: order.append("later query"))
    runner.wait_for_tests(100)
    assert order == []  # the later query waits although a reader is free
    release.set()
    assert runner.wait_for_tests()
    assert order == ["earlier query", "restore", "later query"]


def test_busy_while_anything_is_pending(parts, qtbot):
    runner, _heard = parts
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    assert runner.idle
    runner.query(lambda: 1)
    runner.write(lambda: NO_CHANGE)
    assert not runner.idle
    assert runner.wait_for_tests()
    assert busy == [True, False] and runner.idle


def test_the_guard_catches_screen_code_calling_a_service_on_the_gui_thread(
        db, _no_service_call_on_the_gui_thread):
    seen = _no_service_call_on_the_gui_thread
    services = build_services(db, SUITE_CLOCK)
    services.members.list_members(date(2026, 3, 1))  # a test may set up and read data itself
    assert seen == []
    worker = threading.Thread(target=lambda: _load_overview(services, date(2026, 3, 1)))
    worker.start()
    worker.join()
    assert seen == []  # screen code on a worker is what the runner does
    _load_overview(services, date(2026, 3, 1))  # screen code on the GUI thread
    assert "OverviewService.overview" in seen and any(s.startswith("SQL:") for s in seen)
    seen.clear()  # caught as it should be: this test itself passes


def test_closing_the_window_waits_for_a_slow_write_and_keeps_it(qtbot, window, shell_branch_file):
    with qtbot.waitSignal(window.file_opened, timeout=10_000):
        window.open_file(shell_branch_file)
    window.show()
    services, release = window.services, threading.Event()

    def slow_save():  # noqa: ANN202 - on the writer
        release.wait(10)
        return services.members.create(MemberDraft("Trịnh Thị Quế", birth_date=date(1990, 6, 2)))

    window.runner.write(slow_save)
    window.close()  # returns at once: the write is still held back
    assert window.isVisible() and window.statusBar().currentMessage() == window.tr("Saving…")
    assert not window.menuBar().isEnabled()
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    with open_database(shell_branch_file) as db:  # the lock was released
        names = {m.full_name for m in MembersService(db, clock=SUITE_CLOCK).list_members()}
    assert "Trịnh Thị Quế" in names
