"""Helpers of the meeting editor's window tests: the page on a fixed day, waiting for writes
to land, the keyboard as a person uses it (each key counted), and screenshots."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.clock import Clock
from desktop.services.container import build_services
from desktop.settings import Settings
from desktop.ui.context import UiContext
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.pages.meetings import MeetingsPage

DAY = date(2026, 3, 5)
CLOCK = Clock.fixed(DAY)
SHOTS = os.environ.get("CHIBO_SHOTS")


def make_page(db, qtbot, size=(1180, 660), clock: Clock = CLOCK) -> MeetingsPage:  # noqa: ANN001
    bus = ChangeBus()
    runner = OperationRunner(bus)
    ctx = UiContext(build_services(db, clock), bus, runner, Settings(), clock)
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


def settle(qtbot, page: MeetingsPage) -> None:  # noqa: ANN001
    """Every write sent has landed and the editor shows the detail read after it."""
    runner = page._ctx.runner
    for _ in range(3):
        qtbot.waitUntil(lambda: not page.editor._pending and not page.editor._reloading,
                        timeout=10_000)
        runner.wait_for_tests(5000)
        qtbot.wait(30)


def open_meeting(qtbot, page: MeetingsPage, meeting_id: int, tab: int | None = None) -> None:  # noqa: ANN001
    page.open_meeting(meeting_id, tab)
    qtbot.waitUntil(lambda: page.editor.detail is not None and page.editor.detail.id == meeting_id,
                    timeout=5000)


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.window().grab().save(str(Path(SHOTS) / f"{name}.png"))


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key (QTest's keyClicks takes ASCII only, not Vietnamese)."""
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        if char == " ":
            key = Qt.Key.Key_Space
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, char, Qt.KeyboardModifier.NoModifier)


def mnemonic(text: str) -> Qt.Key:
    """The Alt+letter of a label ("A&ttendance" → T), whatever the language."""
    key = QKeySequence.mnemonic(text)
    return Qt.Key(key[0].key())


class Keyboard:
    """Keys sent to whatever has the focus, as a person types; `keys` counts the key presses
    (a text typed counts once in `texts`, whatever its length)."""

    def __init__(self, qtbot, home: QWidget):  # noqa: ANN001
        self.qtbot, self.home, self.keys, self.texts = qtbot, home, 0, 0

    def focus(self) -> QWidget:
        if QApplication.activeWindow() is None and QApplication.activePopupWidget() is None:
            # A dialog just closed: a window manager gives the keyboard back to the window
            # (the offscreen platform of the tests has none).
            self.home.activateWindow()
            self.qtbot.waitUntil(self.home.isActiveWindow, timeout=2000)
        widget = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:  # noqa: ANN001
        for _ in range(times):
            self.keys += 1
            self.qtbot.keyClick(self.focus(), key, modifier)

    def alt(self, label: str) -> None:
        self.press(mnemonic(label), Qt.KeyboardModifier.AltModifier)

    def type(self, text: str) -> None:
        self.texts += 1
        type_text(self.focus(), text)

    def in_modal(self, kind: type, act) -> None:  # noqa: ANN001
        """Act on a modal window (a dialog, a message box) once it is open."""
        def poll() -> None:
            found = next((w for w in QApplication.topLevelWidgets()
                          if isinstance(w, kind) and w.isVisible()), None)
            # Shown is not enough: until the modal window is active and holds the focus, a key
            # still goes to the window beneath it (a race seen on a loaded machine).
            focus = QApplication.focusWidget()
            if (found is None or QApplication.activeModalWidget() is not found
                    or focus is None or not (focus is found or found.isAncestorOf(focus))):
                if found is not None and not found.isActiveWindow():
                    found.activateWindow()
                QTimer.singleShot(20, poll)
            else:
                act(found)
        QTimer.singleShot(20, poll)


def open_in_window(qtbot, window, path, meeting_id: int):  # noqa: ANN001, ANN201
    """Open the data file in the real window and the meeting in its editor; the meetings page."""
    with qtbot.waitSignal(window.file_opened, timeout=10_000):
        window.open_file(path)
    window.go_to("meetings", meeting_id)
    page = window.navigator.page("meetings")
    qtbot.waitUntil(lambda: page.editor.detail is not None and page.editor.detail.id == meeting_id,
                    timeout=10_000)
    return page
