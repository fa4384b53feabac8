"""Start-up (issue 9): the window paints first, saying which file it opens; the file opens on a
worker after that paint; keyboard shortcuts and the other pages' code follow in the background."""

from __future__ import annotations

import sys

from PySide6.QtGui import QKeySequence


def test_the_window_says_which_file_opens_then_shows_it(qtbot, window, shell_branch_file):
    window.open_file_soon(shell_branch_file)
    assert window.centralWidget().currentWidget() is window.opening
    assert window.opening.path.text() == str(shell_branch_file)
    assert window.opening.title.text() == "Opening the data file…"
    assert window.services is None  # nothing is opened before the window is on screen
    with qtbot.waitSignal(window.file_opened, timeout=10_000):
        window.show()
    assert window.centralWidget().currentWidget() is window.navigator
    assert window.navigator.current_key() == "overview"
    qtbot.waitUntil(lambda: window.runner._running == 0, timeout=20_000)  # noqa: SLF001
    assert sorted(window.services._made) == sorted(window.services.names())  # noqa: SLF001
    assert "desktop.ui.pages.documents" in sys.modules  # the other pages' code is loaded


def test_shortcuts_are_set_once_the_window_is_painted(qtbot, window):
    open_action = next(a for a in window.menuBar().actions()[0].menu().actions()
                       if a.text() == "&Open…")
    assert open_action.shortcut().isEmpty()
    window.show()
    qtbot.waitUntil(lambda: not open_action.shortcut().isEmpty(), timeout=5_000)
    assert open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)


def test_a_start_file_that_fails_leads_to_the_welcome_screen(qtbot, window, tmp_path):
    broken = tmp_path / "not-a-data-file.sqlite"
    broken.write_text("không phải tệp dữ liệu", encoding="utf-8")
    window.open_file_soon(broken)
    with qtbot.waitSignal(window.open_failed, timeout=10_000) as failed:
        window.show()
    assert str(broken) in failed.args[0]
    assert window.centralWidget().currentWidget() is window.welcome
    assert broken.read_text(encoding="utf-8") == "không phải tệp dữ liệu"
