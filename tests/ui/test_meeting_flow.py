"""The month's regular meeting recorded as a secretary does it, from the keyboard alone, each
key counted (issue 15, "Done when"): a new regular meeting, 3 absentees (2 with a reason), an
agenda item with its content and two speeches, the conclusion, the vote, the quality sheet
scored, adopted. Nothing is saved by a button: the draft saves itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.enums import AttendanceStatus, MeetingStatus
from desktop.domain.quality import QualityRules
from desktop.ui.attendance_grid import ReasonDialog
from desktop.ui.meeting_editor import QUALITY, TASKS_TAB
from desktop.ui.models.meeting_table import MeetingTableModel
from desktop.ui.pages.meetings import NewMeetingDialog
from meeting_ui import DAY, Keyboard, make_page, open_meeting, settle, shot, type_text

CONTENT = "Đồng chí Bí thư quán triệt nghị quyết của Đảng ủy phường về vệ sinh môi trường."
GISTS = ("Đề nghị tổ chức tổng vệ sinh ngõ xóm vào sáng chủ nhật cuối tháng.",
         "Nhất trí, đề nghị chi hội phụ nữ vận động các hộ phân loại rác.")
CONCLUSION = "Chi bộ thống nhất ra nghị quyết tháng 3: tổng vệ sinh khu phố, phân loại rác tại nguồn."
SCORES = {"preparation": "5", "conduct": "14", "minutes": "5", "leadership": "10",
          "principles": "5", "results": "27", "closing": "3"}


@pytest.fixture
def page(db, meetings_branch, qtbot):
    widget = make_page(db, qtbot)
    yield widget
    widget._ctx.runner.wait_for_tests(5000)


def test_the_months_meeting_from_the_keyboard_alone(qtbot, page, meetings_branch):
    qtbot.waitUntil(lambda: page.summary.text() != "", timeout=5000)
    editor, kb = page.editor, Keyboard(qtbot, page)
    page.table.setFocus()
    # «Cuộc họp mới» (Alt+its letter) opens the kinds; Enter takes a regular meeting; the
    # dialog comes filled (today, the last place, 90 minutes): Enter creates it.
    kb.alt(page.new_btn.text())
    kb.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(isinstance(w, NewMeetingDialog) and w.isVisible()
                                for w in page.children()), timeout=5000)
    kb.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.detail is not None, timeout=5000)
    settle(qtbot, page)
    assert editor.tabs.currentWidget() is editor.attendance
    assert kb.focus() is editor.attendance.table  # the grid takes the keyboard at once
    expected = [x for x in editor.detail.lines if x.category == "expected"]
    assert editor.detail.held_on == DAY and len(expected) == 30

    # Three absentees: rows 2 and 5 with a reason (key 1: sick, key 2: away on business), row 8
    # without. A mark moves the cursor to the next row.
    kb.press(Qt.Key.Key_Down, times=2)
    kb.in_modal(ReasonDialog, lambda dlg: kb.press(Qt.Key.Key_1))
    kb.press(Qt.Key.Key_L)
    kb.press(Qt.Key.Key_Down, times=2)
    kb.in_modal(ReasonDialog, lambda dlg: kb.press(Qt.Key.Key_2))
    kb.press(Qt.Key.Key_L)
    kb.press(Qt.Key.Key_Down, times=2)
    kb.press(Qt.Key.Key_K)
    settle(qtbot, page)
    shot(page, "flow-03-attendance")

    # Agenda: Alt+P; "7" jumps to item 7 (the discussion); Tab Tab to its content.
    kb.alt(editor.tabs.tabText(2))
    assert kb.focus() is editor.agenda.items
    kb.press(Qt.Key.Key_7)
    item = editor.agenda.current_item()
    assert item.title.startswith("Đảng viên thảo luận")
    kb.press(Qt.Key.Key_Tab, times=2)
    kb.type(CONTENT)
    kb.press(Qt.Key.Key_Tab)  # to the speaker
    for name, gist in zip((expected[0].name, expected[1].name), GISTS, strict=True):
        assert kb.focus() in (editor.agenda.speaker, editor.agenda.speaker.lineEdit())
        kb.type(name)
        kb.press(Qt.Key.Key_Tab)
        kb.type(gist)
        kb.press(Qt.Key.Key_Return)  # adds the speech, the content typed above stays
        settle(qtbot, page)
    assert editor.agenda.content.toPlainText() == CONTENT
    shot(page, "flow-06-agenda")

    # Conclusion and vote: Alt+C, type, Ctrl+Enter records the usual vote (everyone present for).
    kb.alt(editor.tabs.tabText(3))
    kb.type(CONCLUSION)
    kb.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page)
    shot(page, "flow-07-vote")

    # Tasks: Alt+T; Alt+K adds a task with the cursor in it; Tab to who, Down picks a member;
    # the deadline is the eve of the same day next month already.
    kb.alt(editor.tabs.tabText(TASKS_TAB))
    kb.alt(editor.tasks.add_btn.text())
    # A button's Alt+letter clicks it a moment later: the new row then takes the cursor.
    qtbot.waitUntil(lambda: bool(editor.tasks._lines) and kb.focus() is editor.tasks._lines[-1].text)
    kb.type("Vận động các hộ gia đình phân loại rác tại nguồn")
    kb.press(Qt.Key.Key_Tab)
    kb.press(Qt.Key.Key_Down)
    settle(qtbot, page)
    qtbot.waitUntil(lambda: editor.saver.draft.keys() == set(), timeout=5000)
    settle(qtbot, page)
    assert [t.text for t in editor.detail.tasks] == ["Vận động các hộ gia đình phân loại rác tại nguồn"]
    assert editor.detail.tasks[0].owner_id is not None
    shot(page, "flow-075-tasks")

    # Quality: Alt+Q, a score in each of the committee's boxes, Tab between them.
    kb.alt(editor.tabs.tabText(QUALITY))
    codes = [item.code for item in QualityRules().ticked_items]
    for n, code in enumerate(codes):
        kb.type(SCORES[code])
        if n + 1 < len(codes):
            kb.press(Qt.Key.Key_Tab)
    settle(qtbot, page)  # the draft saves itself a moment after typing stops
    qtbot.waitUntil(lambda: editor.saver.draft.keys() == set(), timeout=5000)
    settle(qtbot, page)
    shot(page, "flow-08-quality")

    # Adopt: Alt+D; the box lists the reminders (a member absent without reason); Enter adopts.
    kb.in_modal(QMessageBox, lambda box: kb.press(Qt.Key.Key_Return))
    kb.alt(editor.adopt_btn.text())
    qtbot.waitUntil(lambda: editor.detail.status is MeetingStatus.ADOPTED, timeout=10_000)
    settle(qtbot, page)
    shot(page, "flow-09-adopted")

    d = editor.detail
    assert d.number_text == "Số 01-BB/CB" and d.quality.scored
    assert len(d.attendance.excused) == 2 and len(d.attendance.unexcused) == 1
    stored = next(i for i in d.agenda if i.id == item.id)
    assert stored.content == CONTENT
    assert [(s.speaker_name, s.gist) for s in stored.speeches] == [
        (expected[0].name, GISTS[0]), (expected[1].name, GISTS[1])]
    assert d.conclusion == CONCLUSION and len(d.votes) == 1 and d.votes[0].passed
    assert d.quality.total == sum(x.points for x in d.quality.lines if x.computed) + 69
    print(f"\nthe month's meeting from the keyboard: {kb.keys} key presses and {kb.texts} texts "
          f"typed ({kb.keys + kb.texts} actions)")
    assert kb.keys <= 40  # 36, and four for next month's task


def test_adopted_meeting_is_read_only_and_correction_opens_revision_2(qtbot, page, db):
    from datetime import date, time

    from desktop.domain.enums import MeetingKind
    from desktop.services.meetings import MeetingInfo
    from meeting_data import complete_minutes

    services = page._ctx.services
    mid, _ = services.meetings.create(MeetingInfo(MeetingKind.REGULAR, date(2026, 3, 5), time(19, 30), time(21, 0)))
    complete_minutes(db, mid)
    services.meetings.adopt(mid)
    open_meeting(qtbot, page, mid)
    editor = page.editor
    assert editor.detail.read_only and not editor.attendance.present_btn.isEnabled()
    assert not editor.info.place.isEnabled() and editor.votes.conclusion.isReadOnly()
    assert not editor.adopt_btn.isEnabled() and not editor.undo_btn.isEnabled()
    type_text(editor.votes.conclusion, "không ghi được")
    assert not editor.saver.draft.dirty  # an adopted meeting takes no typing
    qtbot.mouseClick(editor.correct_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.id != mid, timeout=5000)
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


def test_minutes_button_previews_the_pdf_with_what_was_just_typed(qtbot, page, meetings_branch):
    from datetime import date, time

    from desktop.domain.enums import MeetingKind
    from desktop.services.meetings import MeetingInfo

    services = page._ctx.services
    mid, _ = services.meetings.create(MeetingInfo(MeetingKind.REGULAR, date(2026, 3, 5), time(19, 30), time(21, 0)))
    open_meeting(qtbot, page, mid, tab=3)
    type_text(page.editor.votes.conclusion, "Chi bộ thống nhất nghị quyết tháng 3.")
    qtbot.mouseClick(page.editor.minutes_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page.editor, "preview", None) is not None, timeout=10_000)
    dialog = page.editor.preview
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
    assert dialog.isVisible() and dialog.pdf.startswith(b"%PDF")
    assert services.meetings.detail(mid).conclusion == "Chi bộ thống nhất nghị quyết tháng 3."
    dialog.close()


def test_new_meeting_dialog_has_no_stray_box_over_the_date(qtbot, page):
    from datetime import time

    from desktop.domain.enums import MeetingKind

    for kind in MeetingKind:
        dialog = NewMeetingDialog(kind, "Nhà văn hóa tổ 7", (time(19, 30), time(21, 0)), DAY, page)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        from PySide6.QtWidgets import QLineEdit

        boxes = [w for w in dialog.findChildren(QLineEdit) if w.isVisible()
                 and not w.parent().inherits("QAbstractSpinBox")]
        date_rect = dialog.held_on.geometry()
        assert not any(b.geometry().intersects(date_rect) for b in boxes), kind
        assert (dialog.topic is not None) == (kind in (MeetingKind.THEMATIC, MeetingKind.COMBINED))
        dialog.close()


def test_marking_from_the_grid_keeps_the_speakers_to_those_present(qtbot, page, meetings_branch):
    from datetime import date, time

    from desktop.domain.enums import MeetingKind
    from desktop.services.meetings import MeetingInfo

    services = page._ctx.services
    ids = meetings_branch
    mid, _ = services.meetings.create(MeetingInfo(MeetingKind.REGULAR, date(2026, 3, 5), time(19, 30),
                                                  time(21, 0), guests="Đ/c Trần Quốc Huy, Đảng ủy viên phường; Bà Lê Thị Nga, Tổ trưởng"))
    services.meetings.set_attendance(mid, ids["Nguyễn Văn An"], AttendanceStatus.UNEXCUSED)
    open_meeting(qtbot, page, mid, tab=2)
    combo = page.editor.agenda.speaker
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered[0] == "" and combo.currentText() == ""  # no default speaker
    assert "Nguyễn Văn An" not in offered and "Lê Thị Bình" in offered
    assert "Lâm Văn Thọ" not in offered  # exempt, did not come
    assert offered[-2:] == ["Đ/c Trần Quốc Huy, Đảng ủy viên phường", "Bà Lê Thị Nga, Tổ trưởng"]


def test_the_documents_sent_day_is_the_meetings_own_and_open_only_when_ticked(qtbot, page):
    from datetime import date, time

    from desktop.domain.enums import MeetingKind
    from desktop.services.meetings import MeetingInfo

    services = page._ctx.services
    sent, _ = services.meetings.create(MeetingInfo(MeetingKind.REGULAR, date(2026, 3, 5), time(19, 30),
                                                   time(21, 0), documents_sent_on=date(2026, 3, 2)))
    not_sent, _ = services.meetings.create(MeetingInfo(MeetingKind.REGULAR, date(2026, 4, 9), time(19, 30),
                                                       time(21, 0)))
    open_meeting(qtbot, page, sent, tab=0)
    form = page.editor.info
    assert form.docs_sent.isChecked() and form.docs_date.isEnabled()
    assert form.docs_date.date().toPython() == date(2026, 3, 2)
    open_meeting(qtbot, page, not_sent, tab=0)
    form = page.editor.info
    assert not form.docs_sent.isChecked() and not form.docs_date.isEnabled()
    assert form.docs_date.date().toPython() == date(2026, 4, 8)  # the eve, never March's day
    form.docs_sent.setChecked(True)
    assert form.docs_date.isEnabled()
