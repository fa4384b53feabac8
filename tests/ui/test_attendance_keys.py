"""The attendance grid and its reason dialog from the keyboard alone (issue 15, item 3): a
reason is one key or typed at once, Enter confirms, Esc cancels; the grid lets the keyboard out
to the editor's tabs and buttons."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.enums import AttendanceStatus, MeetingKind
from desktop.services.container import build_services
from desktop.services.meetings import MeetingInfo
from desktop.settings import Settings
from desktop.ui.attendance_grid import ReasonDialog
from desktop.ui.context import UiContext
from desktop.ui.meeting_texts import quick_reasons
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.pages.meetings import MeetingsPage


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` as a keyboard with a Vietnamese input method does (QTest only types ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    found = ReasonDialog("Đặng Thị Ngọc Ánh", parent)
    found.show()
    qtbot.waitExposed(found)
    yield found
    del parent  # kept alive, with its dialog, until the test is over


def test_a_digit_takes_a_quick_reason_at_once(qtbot, dialog):
    assert dialog.other.hasFocus()  # the reason field, not a button Space could press
    qtbot.keyClick(dialog.other, Qt.Key.Key_2)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.reason == quick_reasons()[1]


def test_another_reason_is_typed_at_once_and_enter_confirms_it(qtbot, dialog):
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.other, Qt.Key.Key_Return)  # nothing typed: Enter does nothing
    assert dialog.isVisible()
    type_text(dialog.other, "Chăm mẹ ốm 3 ngày")  # digits after the first key are text
    qtbot.keyClick(dialog.other, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.reason == "Chăm mẹ ốm 3 ngày"


def test_from_a_button_typing_goes_to_the_reason_and_5_returns_to_it(qtbot, dialog):
    dialog.quick[0].setFocus()
    type_text(dialog.quick[0], "Đi")
    assert dialog.other.hasFocus() and dialog.other.text() == "Đi" and dialog.isVisible()
    dialog.other.clear()
    dialog.quick[2].setFocus()
    qtbot.keyClick(dialog.quick[2], Qt.Key.Key_5)  # «5. Other reason»
    assert dialog.other.hasFocus() and dialog.isVisible()


def test_esc_cancels(qtbot, dialog):
    type_text(dialog.other, "Bận")
    qtbot.keyClick(dialog.other, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected and dialog.reason == ""


@pytest.fixture
def editor(db, meetings_branch, qtbot, clock):
    bus = ChangeBus()
    runner = OperationRunner(bus)
    services = build_services(db, clock)
    ctx = UiContext(services, bus, runner, Settings(), clock)
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    meeting_id, _ = services.meetings.create(
        MeetingInfo(MeetingKind.REGULAR, date(2026, 3, 5), time(19, 30), time(21, 0)))
    page.open_meeting(meeting_id, tab=1)
    qtbot.waitUntil(lambda: page.editor.detail is not None, timeout=5000)
    yield page.editor
    runner.wait_for_tests(5000)


def test_the_keyboard_leaves_the_attendance_list(qtbot, editor):
    table, tabs = editor.attendance.table, editor.tabs
    assert tabs.currentWidget() is editor.attendance
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Escape)  # to the editor's tabs
    assert tabs.tabBar().hasFocus()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # on to the next field
    assert not table.hasFocus() and QApplication.focusWidget() is not None
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # the next tab
    assert tabs.currentIndex() == 2 and tabs.tabBar().hasFocus()
    qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_Left)  # and back with the arrows
    assert tabs.currentWidget() is editor.attendance


def test_ctrl_c_copies_rather_than_marks_present(qtbot, editor):
    table = editor.attendance.table
    marks: list[tuple] = []
    editor.attendance.mark_requested.connect(lambda *args: marks.append(args))
    table.setFocus()
    table.setCurrentCell(3, 0)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_K)
    assert [(m[1]) for m in marks] == [AttendanceStatus.UNEXCUSED]
