"""Start-up (issue 9): the window paints first, saying which file it opens; the file opens on a
worker after that paint; keyboard shortcuts and the other pages' code follow in the background."""

from __future__ import annotations

import threading

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
    with qtbot.waitSignal(window.preloaded, timeout=30_000):
        pass
    assert sorted(window.services._made) == sorted(window.services.names())  # noqa: SLF001


def test_page_code_is_loaded_on_the_gui_thread_only(qtbot, window, shell_branch_file,
                                                    monkeypatch):
    """A PySide6 module (QtPdf, QtPrintSupport) first imported on a worker can crash the
    program: the background loading imports the pages' code on the GUI thread."""
    from desktop.ui.pages import registry

    threads: list[str] = []
    original = registry.page_module
    monkeypatch.setattr(registry, "page_module", lambda key: (
        threads.append(threading.current_thread().name), original(key))[1])
    window.open_file_soon(shell_branch_file)
    with qtbot.waitSignal(window.preloaded, timeout=30_000):
        window.show()
    assert len(threads) >= 8 and set(threads) == {threading.main_thread().name}


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


def test_the_backup_on_opening_waits_until_start_up_is_over(qtbot, window, shell_branch_file,
                                                             monkeypatch):
    """Finding out whether the file changed since its last backup reads every record of both:
    it runs once the pages are loaded, not while the first page fills."""
    from desktop.services.backups import BackupService

    order: list[str] = []
    original = BackupService.backup_if_changed
    monkeypatch.setattr(BackupService, "backup_if_changed",
                        lambda self, reason: (order.append(reason), original(self, reason))[1])
    window.preloaded.connect(lambda: order.append("preloaded"))
    window.open_file_soon(shell_branch_file)
    with qtbot.waitSignal(window.preloaded, timeout=30_000):
        window.show()
    qtbot.waitUntil(lambda: "open" in order, timeout=10_000)
    assert window.runner.wait_for_tests(10_000)  # the backup is written, not only begun
    assert order[:2] == ["preloaded", "open"]
    assert [b.reason for b in window.services.backups.list()] == ["open"]


def test_the_other_services_are_made_once_the_first_page_is_filled(qtbot, window, shell_branch_file,
                                                                    monkeypatch):
    """Made beside the overview's cards, they slowed the cards down: they wait for them."""
    from desktop.services.container import Services

    shown_then: list[int] = []
    original = Services.preload

    def preload(services: Services) -> None:
        page = window.navigator.page("overview")
        shown_then.append(len(page._shown))  # noqa: SLF001 - the cards on screen
        original(services)

    monkeypatch.setattr(Services, "preload", preload)
    window.open_file_soon(shell_branch_file)
    with qtbot.waitSignal(window.preloaded, timeout=30_000):
        window.show()
    assert shown_then == [len(window.navigator.page("overview")._cards)]  # noqa: SLF001
