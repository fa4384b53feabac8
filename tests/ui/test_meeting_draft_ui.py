"""Nothing typed in the meeting editor is lost (issue 15, first bullet, one test per bug), the
adoption is refused with its reasons, a second identical vote is refused, and Ctrl+Z undoes
what text boxes cannot."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.enums import AttendanceStatus, MeetingKind, MeetingStatus
from desktop.services.meetings import MeetingInfo
from desktop.ui.meeting_editor import AGENDA, ATTENDANCE, GENERAL, QUALITY, VOTES
from meeting_ui import DAY, Keyboard, make_page, open_meeting, settle, type_text


@pytest.fixture
def page(db, meetings_branch, qtbot):
    widget = make_page(db, qtbot)
    yield widget
    widget._ctx.runner.wait_for_tests(5000)


@pytest.fixture
def warnings(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    return said


@pytest.fixture
def meeting(page, qtbot):
    services = page._ctx.services
    mid, _ = services.meetings.create(MeetingInfo(MeetingKind.REGULAR, DAY, time(19, 30), time(21, 0),
                                                  place="Nhà văn hóa tổ 7"))
    open_meeting(qtbot, page, mid)
    return mid


def discussion(editor):  # noqa: ANN001, ANN201
    row = next(r for r, item in enumerate(editor.detail.agenda)
               if item.title.startswith("Đảng viên thảo luận"))
    editor.agenda.items.setCurrentRow(row)
    return editor.detail.agenda[row]


def stored(page, mid):  # noqa: ANN001, ANN201
    return page._ctx.services.meetings.detail(mid)


def present_row(editor, name: str) -> int:  # noqa: ANN001
    return next(r for r, line in enumerate(editor.attendance._expected) if line.name == name)


def test_agenda_content_stays_when_a_speech_is_added_with_enter(qtbot, page, meeting):
    editor = page.editor
    editor.tabs.setCurrentIndex(AGENDA)
    item = discussion(editor)
    editor.agenda.content.setFocus()
    type_text(editor.agenda.content, "Bàn về giữ gìn vệ sinh ngõ xóm.")
    editor.agenda.speaker.setFocus()
    type_text(editor.agenda.speaker.lineEdit(), "Lê Thị Bình")
    editor.agenda.gist.setFocus()
    type_text(editor.agenda.gist, "Đề nghị tổng vệ sinh chủ nhật cuối tháng.")
    qtbot.keyClick(editor.agenda.gist, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert editor.agenda.content.toPlainText() == "Bàn về giữ gìn vệ sinh ngõ xóm."
    saved = next(i for i in stored(page, meeting).agenda if i.id == item.id)
    assert saved.content == "Bàn về giữ gìn vệ sinh ngõ xóm."
    assert [(s.speaker_name, s.gist) for s in saved.speeches] == [
        ("Lê Thị Bình", "Đề nghị tổng vệ sinh chủ nhật cuối tháng.")]
    # The gist is cleared and the speaker too (not kept): the next speech starts afresh.
    assert editor.agenda.gist.text() == "" and editor.agenda.speaker.currentText() == ""


def test_the_speaker_is_kept_only_when_asked(qtbot, page, meeting):
    editor = page.editor
    editor.tabs.setCurrentIndex(AGENDA)
    discussion(editor)
    editor.agenda.keep_speaker.setChecked(True)
    editor.agenda.speaker.setCurrentIndex(editor.agenda.speaker.findText("Trần Văn Cường"))
    for gist in ("Ý kiến thứ nhất về an ninh trật tự.", "Ý kiến thứ hai về khuyến học."):
        type_text(editor.agenda.gist, gist)
        qtbot.keyClick(editor.agenda.gist, Qt.Key.Key_Return)
        settle(qtbot, page)
        assert editor.agenda.speaker.currentText() == "Trần Văn Cường"
    speeches = discussion(editor).speeches
    assert [s.speaker_name for s in speeches] == ["Trần Văn Cường", "Trần Văn Cường"]


def test_the_conclusion_stays_when_a_vote_is_recorded(qtbot, page, meeting):
    editor = page.editor
    editor.tabs.setCurrentIndex(VOTES)
    type_text(editor.votes.conclusion, "Chi bộ thống nhất nghị quyết tháng 3.")
    qtbot.mouseClick(editor.votes.save_vote_btn, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert editor.votes.conclusion.toPlainText() == "Chi bộ thống nhất nghị quyết tháng 3."
    d = stored(page, meeting)
    assert d.conclusion == "Chi bộ thống nhất nghị quyết tháng 3." and len(d.votes) == 1


def test_guests_and_ideology_stay_when_a_member_is_marked_absent(qtbot, page, meeting):
    editor = page.editor
    editor.tabs.setCurrentIndex(GENERAL)
    type_text(editor.info.guests, "Đ/c Trần Quốc Huy, Đảng ủy viên phường")
    editor.info.ideology.setFocus()
    type_text(editor.info.ideology, "Đảng viên phấn khởi")
    # The mark is sent (after the draft) while the secretary goes on typing.
    editor.attendance.mark_requested.emit(editor.attendance._expected[3].member_id,
                                          AttendanceStatus.UNEXCUSED, "")
    type_text(editor.info.ideology, ", tin tưởng.")
    settle(qtbot, page)
    assert editor.info.guests.text() == "Đ/c Trần Quốc Huy, Đảng ủy viên phường"
    assert editor.info.ideology.toPlainText() == "Đảng viên phấn khởi, tin tưởng."
    editor.flush_drafts()
    settle(qtbot, page)
    d = stored(page, meeting)
    assert d.guests == "Đ/c Trần Quốc Huy, Đảng ủy viên phường"
    assert d.ideology_notes == "Đảng viên phấn khởi, tin tưởng."
    assert len(d.attendance.unexcused) == 1


def test_an_unsaved_quality_score_stays_after_an_attendance_change(qtbot, page, meeting):
    editor = page.editor
    editor.tabs.setCurrentIndex(QUALITY)
    box = editor.quality.boxes()[0]
    box.setValue(4)  # typed, not saved yet (the autosave waits for a pause)
    assert editor.saver.draft.dirty
    editor.tabs.setCurrentIndex(ATTENDANCE)
    grid = editor.attendance
    grid.table.setCurrentCell(4, 0)
    qtbot.keyClick(grid.table, Qt.Key.Key_K)
    settle(qtbot, page)
    assert editor.quality.boxes()[0].value() == 4
    line = next(x for x in stored(page, meeting).quality.lines if x.code == "preparation")
    assert line.points == 4 and line.scored


def test_a_score_typed_beyond_its_maximum_stays_typed_and_is_refused_with_the_reason(qtbot, page, meeting):
    """The spin box dropped the «7» of «7,5» in a box of 5 and saved 0,5 unseen."""
    editor = page.editor
    editor.tabs.setCurrentIndex(QUALITY)
    box = editor.quality.boxes()[0]
    assert box.maximum_points() == 5
    box.setFocus()
    box.lineEdit().selectAll()
    type_text(box.lineEdit(), f"7{box.locale().decimalPoint()}5")
    assert box.value() == 7.5
    editor.flush_drafts()
    settle(qtbot, page)
    assert box.value() == 7.5  # kept as typed
    assert "từ 0 đến 5" in editor.save_state.toolTip()
    line = next(x for x in stored(page, meeting).quality.lines if x.code == "preparation")
    assert not line.scored  # nothing beyond the maximum reached the file
    box.setValue(4.5)
    box.stepBy(3)  # the arrows and Page Up stop at the maximum
    assert box.value() == 5
    box.stepBy(1)
    assert box.value() == 5


def test_a_refused_field_stays_typed_and_says_why(qtbot, page, meeting):
    editor = page.editor
    editor.tabs.setCurrentIndex(AGENDA)
    discussion(editor)
    editor.agenda.title.setFocus()
    editor.agenda.title.selectAll()
    qtbot.keyClick(editor.agenda.title, Qt.Key.Key_Delete)  # an empty title is refused
    type_text(editor.agenda.content, "Nội dung vẫn được lưu.")
    editor.flush_drafts()
    settle(qtbot, page)
    # The header says the beginning (ending in «…» when long); the tooltip says it whole.
    assert editor.save_state.text().startswith("Not saved: Tên mục chương trình")
    assert "Tên mục chương trình không được để trống." in editor.save_state.toolTip()
    assert editor.agenda.title.text() == ""  # what was typed stays, with the reason
    assert discussion(editor).content == "Nội dung vẫn được lưu."  # the rest was saved


def test_adoption_with_an_unscored_sheet_is_refused_with_the_reasons(qtbot, page, meeting):
    editor = page.editor
    editor.tabs.setCurrentIndex(VOTES)
    type_text(editor.votes.conclusion, "Chi bộ thống nhất nghị quyết tháng 3.")
    shown: list[str] = []
    kb = Keyboard(qtbot, page)
    kb.in_modal(QMessageBox, lambda box: (shown.append(box.text()), box.accept()))
    qtbot.mouseClick(editor.adopt_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    settle(qtbot, page)
    assert "cannot be adopted yet" in shown[0] and "còn 7 mục chưa chấm" in shown[0]
    assert "Chưa ghi kết luận" not in shown[0]  # the conclusion just typed was saved first
    assert stored(page, meeting).status is MeetingStatus.DRAFT


def test_a_second_identical_vote_is_refused(qtbot, page, meeting, warnings):
    editor = page.editor
    editor.tabs.setCurrentIndex(VOTES)
    for _ in range(2):
        editor.votes.subject.setText("Nghị quyết tháng 3/2026")
        editor.votes.for_.setValue(20)
        qtbot.mouseClick(editor.votes.save_vote_btn, Qt.MouseButton.LeftButton)
        settle(qtbot, page)
    assert len(stored(page, meeting).votes) == 1
    assert any("đã được ghi rồi" in text for text in warnings)


def test_votes_are_changed_and_removed_and_undo_brings_them_back(qtbot, page, meeting):
    editor = page.editor
    votes = editor.votes
    editor.tabs.setCurrentIndex(VOTES)
    votes.subject.setText("Nghị quyết tháng 3/2026")
    qtbot.mouseClick(votes.save_vote_btn, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    votes.table.selectRow(0)
    assert votes.subject.text() == "Nghị quyết tháng 3/2026"
    votes.against.setValue(1)
    votes.for_.setValue(25)
    qtbot.mouseClick(votes.save_vote_btn, Qt.MouseButton.LeftButton)  # changes the selected one
    settle(qtbot, page)
    assert [(v.votes_for, v.votes_against) for v in stored(page, meeting).votes] == [(25, 1)]
    votes.table.selectRow(0)
    votes.table.setFocus()
    qtbot.keyClick(votes.table, Qt.Key.Key_Delete)
    settle(qtbot, page)
    assert stored(page, meeting).votes == ()
    qtbot.keyClick(votes.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page)
    assert [(v.subject, v.votes_for, v.votes_against) for v in stored(page, meeting).votes] == [
        ("Nghị quyết tháng 3/2026", 25, 1)]


def test_undo_restores_a_removed_speech_an_item_and_an_attendance_mark(qtbot, page, meeting,
                                                                        meetings_branch):
    editor = page.editor
    services = page._ctx.services
    editor.tabs.setCurrentIndex(AGENDA)
    item = discussion(editor)
    for name in ("Nguyễn Văn An", "Lê Thị Bình"):
        services.meeting_minutes.add_speech(item.id, f"Ý kiến của {name}", member_id=meetings_branch[name])
    editor.reload()
    settle(qtbot, page)
    discussion(editor)
    editor.agenda.speeches.selectRow(0)
    editor.agenda.speeches.setFocus()
    qtbot.keyClick(editor.agenda.speeches, Qt.Key.Key_Delete)
    settle(qtbot, page)
    assert [s.speaker_name for s in discussion(editor).speeches] == ["Lê Thị Bình"]
    qtbot.keyClick(editor.agenda.speeches, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page)
    assert [s.speaker_name for s in discussion(editor).speeches] == ["Nguyễn Văn An", "Lê Thị Bình"]

    titles = [i.title for i in editor.detail.agenda]
    discussion(editor)
    editor.agenda.content.setFocus()
    type_text(editor.agenda.content, "Nội dung chưa kịp lưu")
    editor.agenda.items.setFocus()
    qtbot.keyClick(editor.agenda.items, Qt.Key.Key_Delete)
    settle(qtbot, page)
    assert len(editor.detail.agenda) == len(titles) - 1
    qtbot.mouseClick(editor.undo_btn, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert [i.title for i in editor.detail.agenda] == titles
    back = discussion(editor)
    assert back.content == "Nội dung chưa kịp lưu" and len(back.speeches) == 2

    editor.tabs.setCurrentIndex(ATTENDANCE)
    grid = editor.attendance
    row = present_row(editor, "Trần Văn Cường")
    grid.table.setCurrentCell(row, 0)
    qtbot.keyClick(grid.table, Qt.Key.Key_K)
    settle(qtbot, page)
    assert [p.name for p in editor.detail.attendance.unexcused] == ["Trần Văn Cường"]
    qtbot.keyClick(grid.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page)
    assert editor.detail.attendance.unexcused == ()


def test_text_boxes_keep_their_own_undo(qtbot, page, meeting):
    editor = page.editor
    editor.tabs.setCurrentIndex(VOTES)
    editor.votes.conclusion.setFocus()
    type_text(editor.votes.conclusion, "Kết luận")
    qtbot.keyClick(editor.votes.conclusion, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.votes.conclusion.toPlainText() != "Kết luận"  # the box undid its typing


def test_save_state_says_unsaved_saving_then_saved(qtbot, page, meeting):
    editor = page.editor
    assert editor.save_state.text() == "Changes are saved automatically"
    editor.tabs.setCurrentIndex(GENERAL)
    type_text(editor.info.place, " (tầng 2)")
    assert editor.save_state.text() == "Not saved yet"
    qtbot.waitUntil(lambda: editor.save_state.text().startswith("Saved at"), timeout=5000)
    assert editor.save_state.text() == "Saved at 10:00"  # the fixed clock of the tests
    settle(qtbot, page)
    assert stored(page, meeting).place == "Nhà văn hóa tổ 7 (tầng 2)"


def test_leaving_for_the_list_saves_the_draft(qtbot, page, meeting):
    editor = page.editor
    editor.tabs.setCurrentIndex(VOTES)
    type_text(editor.votes.conclusion, "Kết luận viết vội")
    qtbot.mouseClick(editor.back_btn, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 0
    page._ctx.runner.wait_for_tests(5000)
    assert stored(page, meeting).conclusion == "Kết luận viết vội"
