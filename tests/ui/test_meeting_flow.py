"""The meeting flow as a secretary does it, counting every click and key press (issue 3, Speed):
new regular meeting → 2 excused (with reasons) and 1 unexcused → adopt, for 30 members."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.enums import MeetingStatus
from desktop.services.container import build_services
from desktop.settings import Settings
from desktop.ui.attendance_grid import ReasonDialog
from desktop.ui.context import UiContext
from desktop.ui.models.meeting_table import MeetingTableModel
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.pages.meetings import MeetingsPage, NewMeetingDialog

SHOTS = os.environ.get("CHIBO_SHOTS")


@pytest.fixture
def page(db, meetings_branch, qtbot, clock):
    bus = ChangeBus()
    runner = OperationRunner(bus)
    ctx = UiContext(build_services(db, clock), bus, runner, Settings(), clock)
    widget = MeetingsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    yield widget
    runner.wait_for_tests(5000)


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.window().grab().save(str(Path(SHOTS) / f"{name}.png"))


class Counter:
    def __init__(self, qtbot):
        self.qtbot, self.n = qtbot, 0

    def click(self, widget):
        self.n += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def click_at(self, viewport, pos):
        self.n += 1
        self.qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)

    def key(self, widget, key):
        self.n += 1
        self.qtbot.keyClick(widget, key)

    def when(self, found, act):
        """Act on a modal window (menu, dialog, message box) once it is open."""
        def poll():
            target = found()
            if target is None:
                QTimer.singleShot(20, poll)
            else:
                act(target)
        QTimer.singleShot(20, poll)


def settle(qtbot, page):
    qtbot.waitUntil(lambda: page.editor.is_idle(), timeout=10000)
    page._ctx.runner.wait_for_tests(5000)
    qtbot.wait(50)
    page._ctx.runner.wait_for_tests(5000)
    qtbot.wait(50)


def test_new_meeting_absences_adopt_in_few_actions(qtbot, page, meetings_branch):
    qtbot.waitUntil(lambda: page.summary.text() != "", timeout=5000)
    shot(page, "01-list-empty")
    act = Counter(qtbot)
    # "New meeting" opens the menu of kinds; Enter takes the first, a regular meeting; the
    # dialog comes pre-filled (date today, times for 90 minutes): Enter creates it.
    act.when(lambda: QApplication.activePopupWidget(),
             lambda menu: act.key(menu, Qt.Key.Key_Return))
    act.when(lambda: next((w for w in QApplication.topLevelWidgets()
                           if isinstance(w, NewMeetingDialog) and w.isVisible()), None),
             lambda dlg: act.key(dlg, Qt.Key.Key_Return))
    act.click(page.new_btn)
    qtbot.waitUntil(lambda: page.editor.detail is not None, timeout=5000)
    editor, grid = page.editor, page.editor.attendance
    assert page.stack.currentWidget() is editor and editor.tabs.currentWidget() is grid
    expected = [x for x in editor.detail.lines if x.category == "expected"]
    assert len(expected) >= 30 and all(x.status.value == "present" for x in expected)
    shot(page, "02-attendance-all-present")

    table = grid.table
    def row_pos(row):
        return table.visualRect(table.model().index(row, 0)).center()
    names = {}
    for row, reason_key in ((2, Qt.Key.Key_1), (5, Qt.Key.Key_2)):  # Sick, Away on business
        names[expected[row].name] = "excused"
        act.when(lambda: next((w for w in QApplication.topLevelWidgets()
                               if isinstance(w, ReasonDialog) and w.isVisible()), None),
                 lambda dlg, k=reason_key: act.key(dlg, k))
        act.click_at(table.viewport(), row_pos(row))
        act.key(table, Qt.Key.Key_L)
        settle(qtbot, page)  # as a person does: the row shows the mark before the next one
    act.click_at(table.viewport(), row_pos(8))
    act.key(table, Qt.Key.Key_K)
    unexcused = expected[8].name
    settle(qtbot, page)
    att = editor.detail.attendance
    assert len(att.excused) == 2 and [p.name for p in att.unexcused] == [unexcused]
    assert not att.checks.no_unexcused
    assert unexcused in grid.totals.text()  # the failed check names the member
    shot(page, "03-attendance-absences")

    act.when(lambda: next((w for w in QApplication.topLevelWidgets()
                           if isinstance(w, QMessageBox) and w.isVisible()), None),
             lambda box: act.key(box, Qt.Key.Key_Return))
    act.click(editor.adopt_btn)
    settle(qtbot, page)
    d = editor.detail
    assert d.status is MeetingStatus.ADOPTED and d.number_text == "Số 01-BB/CB"
    assert not editor.adopt_btn.isEnabled() and editor.correct_btn.isEnabled()
    print(f"\nnew meeting → 2 excused + 1 unexcused → adopted: {act.n} actions "
          f"for {len(expected)} members")
    assert act.n <= 30
    for index, name in enumerate(("04-general", "05-attendance", "06-agenda", "07-vote", "08-quality")):
        editor.tabs.setCurrentIndex(index)
        qtbot.wait(30)
        shot(page, name)
    page.show_list()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    shot(page, "09-list")


def test_adopted_meeting_is_read_only_and_correction_opens_revision_2(qtbot, page, meetings_branch):
    from datetime import date, time

    from desktop.domain.enums import MeetingKind
    from desktop.services.meetings import MeetingInfo

    services = page._ctx.services
    mid, _ = services.meetings.create(MeetingInfo(MeetingKind.REGULAR, date(2026, 3, 5), time(19, 30), time(21, 0)))
    services.meetings.adopt(mid)
    page.open_meeting(mid)
    qtbot.waitUntil(lambda: page.editor.detail is not None and page.editor.detail.id == mid, timeout=5000)
    editor = page.editor
    assert editor.detail.read_only and not editor.attendance.present_btn.isEnabled()
    assert not editor.info.save.isEnabled()
    qtbot.mouseClick(editor.correct_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.detail.id != mid, timeout=5000)
    assert editor.detail.revision == 2 and not editor.detail.read_only
    assert editor.detail.number_text == "Số 01-BB/CB"


def test_table_model_passes_qt_checks(qtmodeltester, page):
    from datetime import date

    from desktop.domain.enums import MeetingKind
    from desktop.services.meetings import MeetingInfo

    services = page._ctx.services
    services.meetings.create(MeetingInfo(MeetingKind.REGULAR, date(2026, 3, 5)))
    model = MeetingTableModel()
    model.set_rows(services.meetings.list_meetings(2026))
    qtmodeltester.check(model)


def test_minutes_button_previews_the_pdf(qtbot, page, meetings_branch):
    from datetime import date, time

    from desktop.domain.enums import MeetingKind
    from desktop.services.meetings import MeetingInfo

    services = page._ctx.services
    mid, _ = services.meetings.create(MeetingInfo(MeetingKind.REGULAR, date(2026, 3, 5), time(19, 30), time(21, 0)))
    page.open_meeting(mid)
    qtbot.waitUntil(lambda: page.editor.detail is not None, timeout=5000)
    qtbot.mouseClick(page.editor.minutes_btn, Qt.MouseButton.LeftButton)
    page._ctx.runner.wait_for_tests(20000)
    qtbot.wait(100)
    dialog = page.editor.preview
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
    assert dialog.isVisible() and dialog.pdf.startswith(b"%PDF")
    dialog.close()
