"""The closing step's tasks in the window: a refused review shown like other refusals, Enter
walking a task's fields to a new row, and a read-only review note showing its beginning."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest

from desktop.domain.enums import MeetingKind
from desktop.domain.tasks import TaskDraft
from desktop.services.container import build_services
from desktop.services.meetings import MeetingInfo
from desktop.ui.widgets.scaling import apply_text_scale
from meeting_data import complete_minutes
from meeting_ui import open_in_window, type_text
from tests.suite_day import SUITE_CLOCK

LONG_NOTE = ("Đã vận động được 42 hộ phân loại rác tại nguồn, còn 3 hộ ở ngõ 5 chưa thực hiện "
             "vì đi làm ăn xa, giao tổ dân phố tiếp tục theo dõi")


def _file(db, db_path, ids, *, adopt_november: bool):  # noqa: ANN001, ANN202
    """October's regular meeting adopted with two tasks (one due at the end of November), and
    November's reviewing them: in draft, or reviewed and adopted."""
    sv = build_services(db, SUITE_CLOCK)
    october, _ = sv.meetings.create(MeetingInfo(MeetingKind.REGULAR, date(2026, 10, 7), time(19, 30),
                                                time(21, 0), place="Nhà văn hóa tổ 7"))
    later, _ = sv.tasks.add_task(october, TaskDraft("Sửa loa phát thanh tổ 7", ids["Lê Văn Tuấn"],
                                                    date(2026, 11, 30)))
    rubbish, _ = sv.tasks.add_task(october, TaskDraft(
        "Vận động các hộ phân loại rác tại nguồn", ids["Phạm Thị Hương"], date(2026, 10, 31)))
    complete_minutes(db, october)
    sv.meetings.adopt(october)
    november, _ = sv.meetings.create(MeetingInfo(MeetingKind.REGULAR, date(2026, 11, 4), time(19, 30),
                                                 time(21, 0), place="Nhà văn hóa tổ 7"))
    if adopt_november:
        sv.tasks.review(november, later, "done")
        sv.tasks.review(november, rubbish, "carried", LONG_NOTE)
        complete_minutes(db, november)
        sv.meetings.adopt(november)
    db.close()
    return db_path, november, later, rubbish


def _open(qtbot, window, path, meeting_id):  # noqa: ANN001, ANN202
    window.show()
    editor = open_in_window(qtbot, window, path, meeting_id).editor
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.tasks))
    return editor


def _settle(qtbot, window, editor) -> None:  # noqa: ANN001
    """Every write and the reads after it answered before the window goes: a late answer
    would reach a window already deleted."""
    qtbot.waitUntil(lambda: not editor.saver.draft.dirty, timeout=10_000)
    for _ in range(3):
        window.runner.wait_for_tests(10_000)
        qtbot.wait(30)


def test_done_late_before_the_deadline_is_shown_as_refused(qtbot, window, db, db_path,
                                                           meetings_branch):
    path, november, later, _rubbish = _file(db, db_path, meetings_branch, adopt_november=False)
    editor = _open(qtbot, window, path, november)
    status, _note = editor.tasks._reviews[later]  # noqa: SLF001
    status.setCurrentIndex(status.findData("late"))
    editor.flush_drafts()
    qtbot.waitUntil(lambda: bool(editor.refused_reasons()), timeout=10_000)
    shown = window.statusBar().currentMessage()
    assert shown.endswith("Nhiệm vụ «Sửa loa phát thanh tổ 7» chưa quá thời hạn 30/11/2026: không "
                          "ghi «hoàn thành chậm» tại cuộc họp ngày 04/11/2026.")  # whole
    assert status.currentData() == "late"  # what was chosen stays on screen to correct
    status.setCurrentIndex(status.findData("done"))
    editor.flush_drafts()
    qtbot.waitUntil(lambda: not editor.refused_reasons(), timeout=10_000)
    _settle(qtbot, window, editor)


def test_enter_walks_a_task_to_its_owner_deadline_and_a_new_row(qtbot, window, db, db_path,
                                                                 meetings_branch):
    path, november, _later, _rubbish = _file(db, db_path, meetings_branch, adopt_november=False)
    editor = _open(qtbot, window, path, november)
    tasks = editor.tasks
    tasks.add_task()
    first = tasks._lines[-1]  # noqa: SLF001
    qtbot.waitUntil(lambda: first.text.hasFocus())
    type_text(first.text, "Tổng vệ sinh ngõ 5")
    QTest.keyClick(first.text, Qt.Key.Key_Return)
    assert first.owner.hasFocus()
    QTest.keyClick(first.owner, Qt.Key.Key_Down)  # the first member
    QTest.keyClick(first.owner, Qt.Key.Key_Return)
    assert first.due.hasFocus()
    QTest.keyClick(first.due, Qt.Key.Key_Enter)
    assert len(tasks._lines) == 2 and tasks._lines[-1].text.hasFocus()  # noqa: SLF001
    second = tasks._lines[-1]  # noqa: SLF001
    QTest.keyClicks(second.text, "Thu quy")
    QTest.keyClick(second.text, Qt.Key.Key_Escape)
    assert second.text.text() == "Thu quy" and second.text.hasFocus()  # Esc loses nothing
    for widget, key in ((second.text, Qt.Key.Key_Return), (second.owner, Qt.Key.Key_Down),
                        (second.owner, Qt.Key.Key_Down), (second.owner, Qt.Key.Key_Return),
                        (second.due, Qt.Key.Key_Return)):
        QTest.keyClick(widget, key)
    assert len(tasks._lines) == 3 and tasks._lines[-1].text.hasFocus()  # noqa: SLF001
    editor.flush_drafts()
    qtbot.waitUntil(lambda: [t.text for t in editor.detail.tasks] == ["Tổng vệ sinh ngõ 5",
                                                                      "Thu quy"], timeout=10_000)
    saved = editor.detail.tasks[0]
    assert saved.owner_id is not None and saved.due_on == date(2026, 12, 3)
    assert not editor.refused_reasons()
    _settle(qtbot, window, editor)


@pytest.mark.parametrize("scale", [100, 125])
def test_a_read_only_review_note_shows_its_beginning(qtbot, window, qapp, db, db_path,
                                                     meetings_branch, scale):
    before = QFont(qapp.font())
    font = QFont(before)
    font.setFamily("Liberation Sans")
    qapp.setFont(font)
    apply_text_scale(qapp, scale)
    try:
        path, november, _later, rubbish = _file(db, db_path, meetings_branch, adopt_november=True)
        window.resize(1366, 728)
        editor = _open(qtbot, window, path, november)
        qtbot.waitUntil(lambda: editor.tasks.isVisible())
        _status, note = editor.tasks._reviews[rubbish]  # noqa: SLF001
        assert not note.isEnabled() and note.text() == LONG_NOTE
        assert note.cursorPosition() == 0  # the beginning shows, not «… tiếp tục theo dõi»
        assert note.toolTip() == LONG_NOTE  # and the rest, which cannot be scrolled to
        _settle(qtbot, window, editor)
    finally:
        apply_text_scale(qapp, 100)
        qapp.setFont(before)
