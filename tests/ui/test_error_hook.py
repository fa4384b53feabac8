"""The window's one error path: an error nobody caught (here, in a timer's slot) is logged with
its traceback and shown as one line naming the log."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from desktop.errorlog import log_folder
from desktop.ui.messages import error_text, install_error_hook
from desktop.ui.operations import user_message


def test_an_uncaught_error_in_a_slot_is_logged_and_shown_as_one_line(window, shown, qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_error_hook(window)

    def broken_slot() -> None:
        raise KeyError("tiêu chí 7")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    logs = sorted(log_folder().glob("chibo-*.log"))
    assert len(logs) == 1
    assert shown == [("error", f"Đã xảy ra lỗi không mong muốn. Chi tiết đã được ghi vào «{logs[0]}».")]
    written = logs[0].read_text(encoding="utf-8")
    assert "in broken_slot" in written and "KeyError: 'tiêu chí 7'" in written


def test_operations_and_dialogs_word_an_unexpected_error_the_same_way(qapp):
    line = user_message(ValueError("điểm âm"))
    log = next(log_folder().glob("chibo-*.log"))
    assert line == error_text(ValueError("điểm khác")) == (
        f"Đã xảy ra lỗi không mong muốn. Chi tiết đã được ghi vào «{log}».")
    written = log.read_text(encoding="utf-8")
    assert "ValueError: điểm âm" in written and "ValueError: điểm khác" in written
