"""The meeting editor in the real window: it fits the office screen (1366×728 under the
taskbar) at 100% and 125% text with an Arial-metric font, and closing the window mid-edit
keeps what was typed."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont

from desktop.domain.enums import AttendanceStatus, MeetingKind
from desktop.services.container import build_services
from desktop.services.meetings import MeetingInfo
from desktop.store.database import open_database
from desktop.ui.widgets.scaling import apply_text_scale
from tests.suite_day import SUITE_CLOCK
from meeting_data import complete_minutes
from meeting_ui import open_in_window, shot, type_text
from message_boxes import answer_next_box

SCREEN = (1366, 728)


@pytest.fixture(params=[100, 125], ids=["100%", "125%"])
def office_font(request, qapp):
    """Liberation Sans (Arial's metrics) at the text size of the office PC."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setFamily("Liberation Sans")
    qapp.setFont(font)
    apply_text_scale(qapp, request.param)
    yield request.param
    apply_text_scale(qapp, 100)
    qapp.setFont(before)


@pytest.fixture
def branch_file(db, db_path, meetings_branch):
    """Two meetings of March 2026: the regular one adopted (its editor shows every header button),
    a committee meeting in draft; then the file is closed for the window to open."""
    sv = build_services(db, SUITE_CLOCK)
    ids = meetings_branch
    regular, _ = sv.meetings.create(MeetingInfo(
        MeetingKind.REGULAR, date(2026, 3, 5), time(19, 30), time(21, 0), place="Nhà văn hóa tổ 7",
        guests="Đ/c Trần Quốc Huy, Đảng ủy viên phường"))
    sv.meetings.set_attendance(regular, ids["Phạm Thị Hương"], AttendanceStatus.EXCUSED, "Ốm")
    sv.meetings.set_attendance(regular, ids["Huỳnh Thị Yến"], AttendanceStatus.UNEXCUSED)
    item = next(i for i in sv.meetings.detail(regular).agenda if i.title.startswith("Đảng viên thảo"))
    sv.meeting_minutes.update_agenda_item(item.id, content="Bàn về vệ sinh môi trường khu phố.")
    sv.meeting_minutes.add_speech(item.id, "Đề nghị tổng vệ sinh vào chủ nhật cuối tháng.",
                                  member_id=ids["Lê Thị Bình"])
    complete_minutes(db, regular, points=4)
    sv.meetings.adopt(regular)
    draft, _ = sv.meetings.create(MeetingInfo(MeetingKind.REGULAR, date(2026, 4, 2), time(19, 30),
                                              time(21, 0), place="Nhà văn hóa tổ 7"))
    db.close()
    return db_path, regular, draft


def saved_detail(path, meeting_id: int):  # noqa: ANN001, ANN201
    """The meeting as the file holds it once the window is closed."""
    db = open_database(path)
    try:
        return build_services(db, SUITE_CLOCK).meetings.detail(meeting_id)
    finally:
        db.close()


def test_the_editor_fits_the_office_screen(qtbot, window, branch_file, office_font):
    path, adopted, draft = branch_file
    window.resize(*SCREEN)
    window.show()
    page = open_in_window(qtbot, window, path, adopted)
    editor = page.editor
    for meeting in (adopted, draft):
        page.open_meeting(meeting)
        qtbot.waitUntil(lambda m=meeting: editor.detail is not None and editor.detail.id == m,
                        timeout=10_000)
        for index in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(index)
            qtbot.wait(20)
            hint = window.minimumSizeHint()
            assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (
                f"{editor.tabs.tabText(index)} at {office_font}%: {hint.width()}×{hint.height()}")
            state = "adopted" if meeting == adopted else "draft"
            shot(window, f"editor-{office_font}-{state}-{index + 1}")
    page._ctx.runner.wait_for_tests(5000)


def test_closing_the_window_mid_edit_keeps_what_was_typed(qtbot, window, branch_file):
    path, _adopted, draft = branch_file
    window.show()
    page = open_in_window(qtbot, window, path, draft)
    editor = page.editor
    editor.tabs.setCurrentIndex(3)
    type_text(editor.votes.conclusion, "Chi bộ thống nhất nghị quyết tháng 4.")
    editor.tabs.setCurrentIndex(0)
    type_text(editor.info.guests, "Bà Lê Thị Nga, Tổ trưởng dân phố")
    assert editor.saver.draft.dirty  # typed a moment ago: not saved yet
    window.close()  # waits for the writes, the draft's among them, then closes
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    detail = saved_detail(path, draft)
    assert detail.conclusion == "Chi bộ thống nhất nghị quyết tháng 4."
    assert detail.guests == "Bà Lê Thị Nga, Tổ trưởng dân phố"


def test_closing_the_window_right_after_typing_a_posted_day_keeps_it(qtbot, window, branch_file):
    """The posted day of an adopted meeting goes through the same draft: typed and the window
    closed at once, it is in the file."""
    from PySide6.QtCore import QDate

    path, adopted, _draft = branch_file
    window.show()
    page = open_in_window(qtbot, window, path, adopted)
    form = page.editor.info
    assert page.editor.detail.read_only and form.posted.isEnabled()
    form.posted.setChecked(True)
    form.posted_date.setDate(QDate(2026, 3, 6))
    assert page.editor.saver.draft.dirty  # not saved yet
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert saved_detail(path, adopted).documents_posted_on == date(2026, 3, 6)


def test_closing_with_a_refused_posted_day_asks_first(qtbot, window, branch_file):
    """A posting day before the sitting lives only on screen: closing asks, and staying keeps it."""
    from PySide6.QtCore import QDate

    path, adopted, _draft = branch_file
    window.show()
    page = open_in_window(qtbot, window, path, adopted)
    form = page.editor.info
    form.posted.setChecked(True)
    form.posted_date.setDate(QDate(2026, 3, 4))
    page.editor.flush_drafts()
    qtbot.waitUntil(lambda: bool(page.editor.refused_reasons()), timeout=10_000)
    asked: list[str] = []
    answer_next_box("Stay and correct it", asked)
    window.close()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert window.isVisible() and "ngày đăng tài liệu hoàn chỉnh (04/03/2026)" in asked[0]
    assert form.posted.isChecked() and form.posted_date.date() == QDate(2026, 3, 4)
    form.posted_date.setDate(QDate(2026, 3, 6))  # corrected: the window closes without asking
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert saved_detail(path, adopted).documents_posted_on == date(2026, 3, 6)


def test_opening_another_meeting_with_a_refused_value_asks_first(qtbot, window, branch_file):
    """The day is typed and another meeting opened at once: the editor waits for the file's
    answer, and a refusal is not dropped unseen with the meeting it was typed in."""
    from PySide6.QtCore import QDate

    path, adopted, draft = branch_file
    window.show()
    page = open_in_window(qtbot, window, path, adopted)
    editor, form = page.editor, page.editor.info
    form.posted.setChecked(True)
    form.posted_date.setDate(QDate(2026, 3, 4))  # before the sitting: refused
    asked: list[str] = []
    answer_next_box("Stay and correct it", asked)
    page.open_meeting(draft)  # no wait: the refusal is still on its way
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "ngày đăng tài liệu hoàn chỉnh (04/03/2026)" in asked[0]
    assert editor.meeting_id == adopted and page.stack.currentWidget() is editor
    assert form.posted.isChecked() and form.posted_date.date() == QDate(2026, 3, 4)
    answer_next_box("Open the other and lose it", asked)
    page.open_meeting(draft)
    qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.id == draft, timeout=10_000)
    assert len(asked) == 2 and not editor.refused_reasons()
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert saved_detail(path, adopted).documents_posted_on is None


def test_an_agenda_item_or_speech_typed_and_not_added_stays_with_its_meeting(qtbot, window, branch_file):
    """Typed in «Mục chương trình mới…» and «Tóm tắt ý kiến» without «Thêm»: opening another
    meeting asks, and never carries the texts into it (they were added to the other meeting)."""
    path, adopted, draft = branch_file
    window.show()
    page = open_in_window(qtbot, window, path, draft)
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.agenda)
    type_text(editor.agenda.new_title, "Mục cho họp tháng 4")
    type_text(editor.agenda.gist, "Ý kiến về vệ sinh")
    asked: list[str] = []
    answer_next_box("Stay and correct it", asked)
    page.open_meeting(adopted)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "Mục cho họp tháng 4" in asked[0] and "Ý kiến về vệ sinh" in asked[0]
    assert editor.meeting_id == draft and editor.agenda.new_title.text() == "Mục cho họp tháng 4"
    answer_next_box("Open the other and lose it", asked)
    page.open_meeting(adopted)
    qtbot.waitUntil(lambda: editor.detail is not None and editor.detail.id == adopted, timeout=10_000)
    assert editor.agenda.new_title.text() == "" and editor.agenda.gist.text() == ""
    assert editor.refused_reasons() == []


def test_closing_with_a_refused_task_asks_first(qtbot, window, branch_file):
    path, _adopted, draft = branch_file
    window.show()
    page = open_in_window(qtbot, window, path, draft)
    editor = page.editor
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.tasks))
    editor.tasks.add_task()
    type_text(editor.tasks._lines[-1].text, "Tổng kết công tác năm")  # noqa: SLF001 - no owner chosen
    editor.flush_drafts()
    qtbot.waitUntil(lambda: bool(editor.refused_reasons()), timeout=10_000)
    assert "Tổng kết công tác năm" in window.statusBar().currentMessage()  # whole, where it fits
    asked: list[str] = []
    answer_next_box("Stay and correct it", asked)
    window.close()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert window.isVisible() and "Tổng kết công tác năm" in asked[0]
    assert editor.tasks._lines[-1].text.text() == "Tổng kết công tác năm"  # noqa: SLF001
    answer_next_box("Close and lose it", asked)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if 0 <= at < len(text.replace("&&", "")) - 1 else None


@pytest.fixture
def vietnamese(qapp):
    """The window in Vietnamese, installed before the window is built (its menus included)."""
    from desktop.ui.i18n import install_language

    translator = install_language(qapp, "vi")
    yield
    if translator is not None:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


def test_no_two_alt_keys_of_the_vietnamese_editor_clash(vietnamese, qtbot, window, branch_file):
    """Alt+letter must reach one thing: the menus, the tabs and the buttons one can press."""
    from PySide6.QtWidgets import QAbstractButton

    path, _adopted, draft = branch_file
    window.show()
    page = open_in_window(qtbot, window, path, draft)
    editor = page.editor
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        seen = [a.text() for a in window.menuBar().actions()]
        seen += [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
        seen += [b.text() for b in editor.findChildren(QAbstractButton)
                 if b.isVisibleTo(window) and b.isEnabled()]
        keys = [k for k in map(_mnemonic, seen) if k]
        clashes = {k for k in keys if keys.count(k) > 1}
        assert not clashes, f"{editor.tabs.tabText(index)}: {[t for t in seen if _mnemonic(t) in clashes]}"
    assert _mnemonic(editor.tasks.add_btn.text()) == "m"


def test_a_task_line_of_the_due_list_opens_its_meeting_on_the_tasks_tab(qtbot, window, branch_file):
    path, _adopted, draft = branch_file
    window.show()
    page = open_in_window(qtbot, window, path, draft)
    page.show_list()
    window.go_to("overview")
    window.go_to("meetings", draft, "tasks")  # as a task's due line asks
    qtbot.waitUntil(lambda: page.editor.detail is not None and page.editor.isVisible(), timeout=10_000)
    assert page.editor.tabs.currentWidget() is page.editor.tasks
