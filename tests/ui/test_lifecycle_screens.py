"""The window's side of issue 18 on a demo file: the overview's due list names the probation
ending and the badge and opens the record of a line; the candidates page lists the pipeline and
refuses an admission before the class certificate inside the dialog; the member dialog's second
tab will not write while the first has unsaved changes, and records a transfer otherwise."""

from __future__ import annotations

import os

import pytest

from desktop.services.container import build_services
from desktop.services.demo import build_demo
from desktop.settings import Settings
from desktop.ui.context import UiContext
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.messages import ui_language
from desktop.ui.pages.candidates import CandidatesPage
from desktop.ui.pages.members import MembersPage
from desktop.ui.pages.overview import OverviewPage
from message_boxes import answer_next_box
from tests.suite_day import SUITE_CLOCK

SHOTS = os.environ.get("CHIBO_SHOTS")


def shot(widget, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        widget.grab().save(os.path.join(SHOTS, name))


@pytest.fixture
def ctx(db):
    build_demo(db, SUITE_CLOCK.today().year, today=SUITE_CLOCK.today())
    bus = ChangeBus()
    runner = OperationRunner(bus)
    context = UiContext(build_services(db, SUITE_CLOCK), bus, runner, Settings(), SUITE_CLOCK)
    yield context
    runner.wait_for_tests(5000)


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1166, 668)  # 1366×728 less the navigation and the status bar
    widget.show()
    return widget


def open_lifecycle_tab(qtbot, ctx):  # noqa: ANN001, ANN201
    """The members page with an official member's dialog open on its second tab, filled."""
    page = show(qtbot, MembersPage(ctx))
    member = next(m for m in ctx.services.members.list_members()
                  if m.situation.is_official and m.situation.in_branch and not m.positions)
    page.open_member(member.id)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10000)
    dialog = page.dialog
    tab = dialog.lifecycle_tab
    dialog.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.summary.text() != "", timeout=10000)
    return page, member, dialog, tab


def test_overview_due_card_names_probation_and_badge_and_opens_the_record(qtbot, ctx):
    page = show(qtbot, OverviewPage(ctx))
    qtbot.waitUntil(lambda: page.card("due") is not None, timeout=10000)
    lines = " | ".join(page.card("due").values())
    report = ctx.services.due.due()
    probation = next(i for i in report.items if i.kind == "probation" and "Huỳnh Thị Yến" in str(i.subject))
    badge = next(i for i in report.items if i.kind == "badge" and "30 năm" in str(i.subject))
    for item in (probation, badge):  # in the window's language (English here, Vietnamese in shots)
        assert item.subject.render(ui_language()) in lines
    shot(page, "overview_due.png")
    yen = next(m for m in ctx.services.members.list_members() if m.full_name == "Huỳnh Thị Yến")
    from PySide6.QtWidgets import QLabel

    link = next(label for label in page.card("due").findChildren(QLabel)
                if "Huỳnh Thị Yến" in label.text() and label.text().startswith("<a "))
    href = link.text().split('"')[1]
    with qtbot.waitSignal(page.open_record, timeout=2000) as opened:
        link.linkActivated.emit(href)
    assert opened.args == ["members", yen.id, "lifecycle"]  # where her vote is recorded
    members = show(qtbot, MembersPage(ctx))
    members.open_member(yen.id, "lifecycle")
    qtbot.waitUntil(lambda: members.dialog is not None and members.dialog.isVisible(), timeout=10000)
    assert members.dialog.tabs.currentWidget() is members.dialog.lifecycle_tab
    members.dialog.done(0)



def test_the_due_card_shows_every_line_on_a_click(qtbot, ctx, monkeypatch):
    """More lines than the card holds: the rest are shown in the window, not sent to the CLI."""
    from desktop.ui import overview_due

    monkeypatch.setattr(overview_due, "SHOWN", 2)
    page = show(qtbot, OverviewPage(ctx))
    qtbot.waitUntil(lambda: page.card("due") is not None, timeout=10000)
    card = page.card("due")
    total = len(ctx.services.due.due().items)
    assert total > 2 and len(card.values()) == 2
    assert card.note.text().startswith(f"And {total - 2} more:") and "chibo" not in card.note.text()
    card.note.linkActivated.emit("all")
    assert len(card.values()) == total
    assert card.note.text() == "Click a line to open its record."

def test_candidates_page_and_a_refused_admission_keeps_the_dialog(qtbot, ctx):
    page = show(qtbot, CandidatesPage(ctx))
    qtbot.waitUntil(lambda: page.candidates.rowCount() == 2, timeout=10000)
    names = {page.candidates.item(r, 0).text() for r in range(2)}
    assert names == {"Phạm Thu Hà", "Lê Minh Khôi"}
    shot(page, "candidates.png")
    khoi = next(r for r in ctx.services.candidates.list_candidates() if r.draft.full_name == "Lê Minh Khôi")
    page.open_candidate(khoi.id)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10000)
    dialog = page.dialog
    dialog.admitted_edit.setText(SUITE_CLOCK.today().strftime("%d/%m/%Y"))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10000)
    assert "Lê Minh Khôi" in dialog.error_label.text() and dialog.isVisible()
    shot(dialog, "candidate_refused.png")
    assert ctx.services.candidates.get(khoi.id).draft.admitted_on is None
    dialog.done(0)  # closed without the unsaved-changes question
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.badge_note.text() != "", timeout=10000)
    shot(page, "badges.png")


def test_member_tab_waits_for_unsaved_changes_then_records_a_transfer(qtbot, ctx):
    page, member, dialog, tab = open_lifecycle_tab(qtbot, ctx)
    assert "Tuổi đảng" in tab.summary.text() or "Party age" in tab.summary.text()
    shot(dialog, "member_lifecycle_tab.png")
    today = SUITE_CLOCK.today().strftime("%d/%m/%Y")
    tab.organisation.setText("Đảng bộ xã Thanh Trì")
    tab.letter.setText("19-GGT/ĐU")
    tab.moved_date.setText(today)
    dialog.name_edit.setText(member.full_name + " Mới")  # typed, not saved
    tab.record_transfer()
    assert tab.message.text() and ctx.services.transfers.list_for(member.id) == []
    dialog.name_edit.setText(member.full_name)
    tab.record_transfer()
    qtbot.waitUntil(lambda: tab.transfers.rowCount() == 1, timeout=10000)
    assert ctx.services.transfers.list_for(member.id)[0].letter_number == "19-GGT/ĐU"
    qtbot.waitUntil(lambda: dialog.events_table.rowCount() >= 1, timeout=10000)
    assert not dialog.unsaved_reason()  # the dialog shows the record as stored
    dialog.reject()


def test_periods_out_of_the_party_are_recorded_from_the_keyboard_and_move_the_party_age(qtbot, ctx):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from meeting_ui import type_text

    page = show(qtbot, MembersPage(ctx))
    member = next(m for m in ctx.services.members.list_members()
                  if m.admitted_on is not None and m.admitted_on.year < 2000 and m.situation.in_branch)
    before, _ = ctx.services.badges.next_for(member.id)
    page.open_member(member.id)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10000)
    tab = page.dialog.lifecycle_tab
    page.dialog.tabs.setCurrentWidget(tab)
    tab.edit_breaks()
    dialog = tab.breaks_dialog
    qtbot.waitExposed(dialog)
    assert member.full_name in dialog.windowTitle()
    start = member.admitted_on.replace(year=member.admitted_on.year + 2)
    qtbot.keyClicks(dialog.start, start.strftime("%d/%m/%Y"))
    qtbot.keyClicks(dialog.end, start.replace(year=start.year + 3).strftime("%d/%m/%Y"))
    type_text(dialog.note, "Quyết định 12-QĐ/ĐU")  # as an input method types it
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # Enter records; the dialog stays open
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    assert dialog.isVisible() and dialog.start.text() == "" and dialog.changed
    after, _ = ctx.services.badges.next_for(member.id)
    assert (before.years * 12 + before.months) - (after.years * 12 + after.months) in (36, 37)
    shot(dialog, "party_breaks.png")

    # An overlapping period is refused, named, and what was typed stays.
    overlap = start.replace(year=start.year + 1).strftime("%d/%m/%Y")
    qtbot.keyClicks(dialog.start, overlap)
    qtbot.keyClick(dialog.start, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() != "" and "chồng" in dialog.message.text()
                    or "overlap" in dialog.message.text(), timeout=10000)
    assert dialog.start.text() == overlap and len(ctx.services.badges.breaks_for(member.id)) == 1

    # Esc with a period typed asks; «Không lưu» closes and writes nothing more.
    answer_next_box(QMessageBox.StandardButton.Discard)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert len(ctx.services.badges.breaks_for(member.id)) == 1
    qtbot.waitUntil(lambda: "Party age" in tab.summary.text() or "Tuổi" in tab.summary.text(), timeout=5000)
    page.dialog.done(0)


def test_a_candidate_is_removed_only_after_the_question_and_an_admitted_one_is_kept(qtbot, ctx):
    from PySide6.QtWidgets import QMessageBox

    page = show(qtbot, CandidatesPage(ctx))
    qtbot.waitUntil(lambda: page.candidates.rowCount() == 2, timeout=10000)
    row = next(r for r in range(2) if page.candidates.item(r, 0).text() == "Lê Minh Khôi")
    page.candidates.selectRow(row)
    asked: list[str] = []
    answer_next_box(QMessageBox.StandardButton.No, asked)  # «Giữ lại»: nothing written
    page.remove_selected()
    assert len(ctx.services.candidates.list_candidates()) == 2 and "Lê Minh Khôi" in asked[0]
    answer_next_box(QMessageBox.StandardButton.Yes)
    page.remove_selected()
    qtbot.waitUntil(lambda: page.candidates.rowCount() == 1, timeout=10000)
    assert [r.draft.full_name for r in ctx.services.candidates.list_candidates()] == ["Phạm Thu Hà"]
    assert "Lê Minh Khôi" in page.status.text()


def test_a_member_not_recognised_is_removed_from_the_member_tab(qtbot, db):
    """Two months on, the branch's vote failed: the tab says removal is proposed, the decision
    field takes the removal; a day before the vote is refused in words and stays typed."""
    from datetime import timedelta

    from desktop.clock import Clock
    from desktop.domain.situation import Standing

    build_demo(db, SUITE_CLOCK.today().year, today=SUITE_CLOCK.today())
    later = Clock.fixed(SUITE_CLOCK.today() + timedelta(days=60))
    bus = ChangeBus()
    runner = OperationRunner(bus)
    ctx = UiContext(build_services(db, later), bus, runner, Settings(), later)
    yen = next(m for m in ctx.services.members.list_members() if m.full_name == "Huỳnh Thị Yến")
    voted = later.today() - timedelta(days=5)
    ctx.services.probation.record_vote(yen.id, voted, 2, 20)
    page = show(qtbot, MembersPage(ctx))
    page.open_member(yen.id)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10000)
    tab = page.dialog.lifecycle_tab
    page.dialog.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: "removal from the list is proposed" in tab.summary.text(), timeout=10000)
    assert voted.strftime("%d/%m/%Y") in tab.summary.text() and "Next badge" in tab.summary.text()
    assert tab.decision_label.text() == "Superior's removal decision on"
    assert tab.vote_button.text() == "Record removal"
    shot(page.dialog, "member_removal_proposed.png")

    early = (voted - timedelta(days=1)).strftime("%d/%m/%Y")
    tab.decided_date.setText(early)
    tab.decision_number.setText("41-QĐ/ĐU")
    tab.vote_button.click()
    qtbot.waitUntil(lambda: "Huỳnh Thị Yến" in tab.message.text(), timeout=10000)
    assert tab.decided_date.text() == early and tab.decision_number.text() == "41-QĐ/ĐU"
    assert ctx.services.probation.status(yen.id).standing is Standing.PROBATIONARY

    tab.decided_date.setText((later.today() - timedelta(days=2)).strftime("%d/%m/%Y"))
    tab.vote_button.click()
    qtbot.waitUntil(lambda: ctx.services.probation.status(yen.id).standing is Standing.LEFT,
                    timeout=10000)
    qtbot.waitUntil(lambda: tab.vote_button.text() == "Record", timeout=10000)
    removed = (later.today() - timedelta(days=2)).strftime("%d/%m/%Y")
    assert "removal from the list is proposed" not in tab.summary.text()
    assert f"Removed from the list of members on {removed}" in tab.summary.text()
    assert "Party age" in tab.summary.text() and "Next badge" not in tab.summary.text()
    assert tab.decided_date.text() == "" and tab.decision_number.text() == ""
    page.dialog.done(0)
    runner.wait_for_tests(5000)


def test_enter_on_the_second_tab_records_its_box_and_closing_asks_for_what_is_typed(qtbot, ctx):
    """Enter in a transfer field pressed the dialog's «Lưu»: the dialog closed and the typed
    transfer was gone. Now Enter records the transfer; Esc with a review typed asks first."""
    from PySide6.QtCore import Qt

    page, member, dialog, tab = open_lifecycle_tab(qtbot, ctx)
    tab.organisation.setText("Đảng bộ xã Thanh Trì")
    tab.letter.setText("21-GGT/ĐU")
    tab.moved_date.setText(SUITE_CLOCK.today().strftime("%d/%m/%Y"))
    tab.organisation.setFocus()
    qtbot.keyClick(tab.organisation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.transfers.rowCount() == 1, timeout=10000)
    assert dialog.isVisible() and ctx.services.transfers.list_for(member.id)[0].letter_number == "21-GGT/ĐU"
    assert tab.organisation.text() == ""

    tab.review_text.setText("Gương mẫu trong công tác tổ dân phố")
    asked: list[str] = []
    answer_next_box("Stay and record them", asked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert dialog.isVisible() and "Gương mẫu trong công tác tổ dân phố" in asked[0]
    assert tab.review_text.text() == "Gương mẫu trong công tác tổ dân phố"
    answer_next_box("Close and lose them", asked)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
