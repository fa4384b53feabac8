"""The review page on the demo branch: rate the whole branch from the keyboard, see the summary."""

from __future__ import annotations

import os
import time
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from desktop.domain.enums import Rating, ReviewStep
from desktop.services.container import build_services
from desktop.services.demo import build_demo
from desktop.settings import Settings
from desktop.ui.context import UiContext
from desktop.ui.models.review_table import BRANCH, NAME, REFUSED_COLOUR, ReviewTableModel
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.pages.reviews import ReviewsPage
from desktop.ui.review_texts import rating_title

YEAR = 2025
SHOTS = os.environ.get("CHIBO_SHOTS")  # a folder to save screenshots in, when set


@pytest.fixture
def page(db, qtbot, clock):
    # The demo as it stands on 30 November: self-reviews written, nothing voted yet this year.
    build_demo(db, YEAR, today=date(YEAR, 11, 30))
    bus = ChangeBus()
    runner = OperationRunner(bus)
    ctx = UiContext(build_services(db, clock), bus, runner, Settings(), clock)
    widget = ReviewsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.year.setValue(YEAR)
    qtbot.waitUntil(lambda: widget.review is not None and widget.review.year == YEAR, timeout=5000)
    yield widget
    runner.wait_for_tests(5000)


def settle(qtbot, page):
    qtbot.waitUntil(lambda: not page.writes_pending, timeout=10000)
    page._ctx.runner.wait_for_tests(5000)
    qtbot.wait(300)  # the debounced reload after the last change notice
    page._ctx.runner.wait_for_tests(5000)
    qtbot.wait(50)


def test_model_passes_qt_checks(qtmodeltester, page):
    model = ReviewTableModel()
    model.set_rows(page.review.rows)
    qtmodeltester.check(model)


def test_rate_the_whole_branch_from_the_keyboard(qtbot, page, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    rows = page.review.rows
    assert len(rows) >= 20 and all(r.rating(ReviewStep.BRANCH) is None for r in rows)
    grid, keys = page.grid, 0
    grid.setFocus()
    grid.setCurrentIndex(page.model.index(0, NAME))
    for _ in range(BRANCH - NAME):  # Tab right from the name to "Branch"
        qtbot.keyClick(grid, Qt.Key.Key_Tab)
        keys += 1
    assert grid.currentIndex().column() == BRANCH and grid.hasFocus()
    # The secretary types what the meeting decided: the member's own proposal as a digit,
    # lowered to what the rules give, and 4 for the disciplined member.
    expected: dict[int, Rating] = {}
    digit = {Rating.HTXSNV: "1", Rating.HTTNV: "2", Rating.HTNV: "3", Rating.KHTNV: "4"}
    for row in rows:
        rating = Rating.KHTNV if row.disciplined else row.proposed_rating
        expected[row.member_id] = rating
        qtbot.keyClicks(grid, digit[rating])
        keys += 1
    settle(qtbot, page)
    assert warnings == []
    # One key per member plus the Tabs to reach the column: 6 + N.
    assert keys == BRANCH - NAME + len(rows)
    stored = page._ctx.services.reviews.year_review(YEAR)
    assert {r.member_id: r.rating(ReviewStep.BRANCH) for r in stored.rows} == expected
    assert stored.summary.unrated == 0
    # The grid shows the stored ratings after its reload, cursor at the last row.
    assert page.model.index(len(rows) - 1, BRANCH).data() == expected[rows[-1].member_id].value
    # Letters work too, Enter skips, Delete clears.
    grid.setCurrentIndex(page.model.index(0, BRANCH + 1))
    qtbot.keyClicks(grid, "t")
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert grid.currentIndex().row() == 2
    grid.setCurrentIndex(page.model.index(0, BRANCH))
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    settle(qtbot, page)
    first = page._ctx.services.reviews.year_review(YEAR).rows[0]
    assert first.rating(ReviewStep.COMMITTEE) is Rating.HTTNV and first.rating(ReviewStep.BRANCH) is None
    if SHOTS:
        page.grab().save(os.path.join(SHOTS, "grid_with_detail.png"))


@pytest.fixture
def boxes(monkeypatch) -> list[str]:
    """Message boxes opened (none should be: a box takes the keys typed next)."""
    opened: list[str] = []
    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, name=name, **k: opened.append(name))
    return opened


def test_disciplined_member_refused_and_grid_restored(qtbot, page, boxes):
    row = next(r for r in page.review.rows if r.disciplined)
    index = page.model.index(page.model.row_of(row.member_id), BRANCH)
    page.grid.setFocus()
    page.grid.setCurrentIndex(index)
    qtbot.keyClicks(page.grid, "2")
    qtbot.waitUntil(page.refusals.isVisible, timeout=5000)
    settle(qtbot, page)
    # Said above the grid, naming the member, the column and why; no box took the keyboard.
    text = page.refusals.text.text()
    assert row.full_name in text and page.model.step_title(ReviewStep.BRANCH) in text
    assert "KHTNV" in text and boxes == [] and page.grid.hasFocus()
    cell = page.model.index(index.row(), BRANCH)
    assert cell.data() == ""  # the refused rating is gone…
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == REFUSED_COLOUR
    assert "KHTNV" in cell.data(Qt.ItemDataRole.ToolTipRole)  # …and its cell says why
    # Typed again with what the rules allow: recorded, and the warning goes.
    page.grid.setCurrentIndex(index)
    qtbot.keyClicks(page.grid, "4")
    settle(qtbot, page)
    assert page._ctx.services.reviews.year_review(YEAR).row(row.member_id).rating(
        ReviewStep.BRANCH) is Rating.KHTNV
    assert not page.refusals.isVisible() and page.model.refusals() == []
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() != REFUSED_COLOUR


def test_summary_shows_counts_and_cap_warning(qtbot, page):
    reviews = page._ctx.services.reviews
    rows = page.review.rows
    # 4 HTXSNV, 10 HTTNV: 20% of 10 = 2 → past the cap by 2.
    for i, row in enumerate(rows):
        if row.disciplined:
            rating = Rating.KHTNV
        else:
            rating = Rating.HTXSNV if i < 4 else Rating.HTTNV if i < 14 else Rating.HTNV
        reviews.set_rating(row.member_id, YEAR, ReviewStep.BRANCH, rating)
    page.reload()
    qtbot.waitUntil(lambda: page.review.summary.unrated == 0, timeout=5000)
    summary = page.summary
    page.tabs.setCurrentIndex(1)
    counts = page.review.summary.counts
    assert summary.cap_warning_shown
    text = summary.cap.text()
    assert f"{counts[Rating.HTXSNV]} HTXSNV" in text and f"{counts[Rating.HTTNV]} HTTNV" in text
    assert summary.table.item(0, 1).text() == str(counts[Rating.HTXSNV])
    assert summary.excluded.count() == len(page.review.excluded) >= 2
    assert summary.disciplines.count() == 1
    if SHOTS:
        page.grab().save(os.path.join(SHOTS, "summary_cap_warning.png"))
    # Lower one HTXSNV to HTTNV: 3 HTXSNV, 11 HTTNV, limit 2 → still past; two more → 1 ≤ 2.
    excellent = [r for r in rows if reviews.year_review(YEAR).row(r.member_id).final_rating is Rating.HTXSNV]
    for row in excellent[:-1]:  # one HTXSNV left, whichever rows the demo put first
        reviews.set_rating(row.member_id, YEAR, ReviewStep.BRANCH, Rating.HTTNV)
    page.reload()
    qtbot.waitUntil(lambda: page.review.summary.counts[Rating.HTXSNV] == 1, timeout=5000)
    assert not summary.cap_warning_shown


def test_detail_follows_the_selection(qtbot, page):
    row = page.review.rows[3]
    page.grid.setCurrentIndex(page.model.index(3, BRANCH))
    qtbot.waitUntil(lambda: page.member is not None and page.member.row.member_id == row.member_id,
                    timeout=5000)
    assert page.detail.title.text() == row.full_name
    assert page.detail.isEnabled()


def test_print_pre_filled_self_review_form(qtbot, page):
    row = page.review.rows[0]
    page.grid.setCurrentIndex(page.model.index(0, BRANCH))
    qtbot.waitUntil(lambda: page.member is not None and page.member.row.member_id == row.member_id,
                    timeout=5000)
    page.detail.print_self_review.emit()
    dialog = page._printing.last_dialog
    assert dialog is not None and row.full_name in dialog.windowTitle()
    qtbot.waitUntil(lambda: dialog._pdf is not None, timeout=20000)
    assert dialog._pdf.startswith(b"%PDF")
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "self_review_form_preview.png"))
    dialog.reject()


def test_commitment_dialog_saves_through_the_service(qtbot, page):
    from desktop.ui.review_dialogs import CommitmentDialog

    page.grid.setCurrentIndex(page.model.index(1, BRANCH))
    qtbot.waitUntil(lambda: page.member is not None and page.member.row.member_id == page.review.rows[1].member_id,
                    timeout=5000)
    dialog = CommitmentDialog(page, page._ctx.runner, page._services.reviews.save_commitment, page.member)
    dialog.texts["example"].setPlainText("Đọc sách về Chủ tịch Hồ Chí Minh mỗi tháng")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    stored = page._services.reviews.member_review(page.member.row.member_id, YEAR)
    assert stored.commitment["example"] == "Đọc sách về Chủ tịch Hồ Chí Minh mỗi tháng"


def test_ratings_typed_after_a_refused_one_are_kept(qtbot, page, boxes):
    """Regression (issue 15): after a refused rating, the three typed after it came back blank
    — the message box took them — and nothing said so."""
    rows = page.review.rows
    at = next(i for i, r in enumerate(rows) if r.disciplined)
    after = rows[at + 1:at + 4]
    assert len(after) == 3
    digit = {Rating.HTXSNV: "1", Rating.HTTNV: "2", Rating.HTNV: "3", Rating.KHTNV: "4"}
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(at, BRANCH))
    qtbot.keyClicks(page.grid, "2")
    qtbot.waitUntil(page.refusals.isVisible, timeout=5000)  # typing on as the refusal arrives
    for r in after:
        qtbot.keyClicks(page.grid, digit[r.proposed_rating])
        qtbot.wait(40)
        assert QApplication.activeModalWidget() is None
    settle(qtbot, page)
    assert boxes == []
    assert rows[at].full_name in page.refusals.text.text()  # said once, for that cell
    assert len(page.model.refusals()) == 1
    stored = page._ctx.services.reviews.year_review(YEAR)
    assert stored.row(rows[at].member_id).rating(ReviewStep.BRANCH) is None
    assert [stored.row(r.member_id).rating(ReviewStep.BRANCH) for r in after] == [
        r.proposed_rating for r in after]
    assert [page.model.index(at + 1 + i, BRANCH).data() for i in range(3)] == [
        r.proposed_rating.value for r in after]
    # Read: the secretary hides the message (the cell is left blank on purpose).
    qtbot.mouseClick(page.refusals.findChild(QToolButton), Qt.MouseButton.LeftButton)
    assert not page.refusals.isVisible() and page.model.refusals() == []


def test_typed_ratings_are_not_undone_by_a_reload_asked_before_them(qtbot, page, boxes, monkeypatch):
    rows = page.review.rows
    reviews, read = page._ctx.services.reviews, page._ctx.services.reviews.year_review
    slow: list[bool] = [True]

    def year_review(year):  # noqa: ANN202 - the first read is slow to come back
        review = read(year)
        if slow and slow.pop():
            time.sleep(0.5)  # answered after the ratings below have landed
        return review

    monkeypatch.setattr(reviews, "year_review", year_review)
    page.reload()
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(0, BRANCH))
    qtbot.keyClicks(page.grid, "33")
    qtbot.wait(800)  # the stale answer has come and gone
    settle(qtbot, page)
    assert [page.model.index(i, BRANCH).data() for i in range(2)] == ["HTNV", "HTNV"]
    stored = read(YEAR)
    assert [stored.row(r.member_id).rating(ReviewStep.BRANCH) for r in rows[:2]] == [Rating.HTNV] * 2


def test_the_keyboard_leaves_the_grid(qtbot, page):
    grid, last = page.grid, page.grid.columns()[-1]
    grid.setFocus()
    grid.setCurrentIndex(page.model.index(0, BRANCH))
    qtbot.keyClick(grid, Qt.Key.Key_Escape)  # to the tabs above the grid
    assert page.tabs.tabBar().hasFocus()
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # the next tab
    assert page.tabs.currentIndex() == 1 and page.tabs.tabBar().hasFocus()
    page.tabs.setCurrentIndex(0)
    grid.setFocus()
    grid.setCurrentIndex(page.model.index(2, last))
    qtbot.waitUntil(lambda: page.member is not None
                    and page.member.row.member_id == page.review.rows[2].member_id, timeout=5000)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)  # past the last column: on to the member's detail
    assert not grid.hasFocus() and page.detail.isAncestorOf(QApplication.focusWidget())
    grid.setFocus()
    grid.setCurrentIndex(page.model.index(2, grid.columns()[0]))
    qtbot.keyClick(grid, Qt.Key.Key_Backtab)  # before the first: back to the fields above
    assert not grid.hasFocus()
    # Within the grid Tab still moves right, Shift+Tab left, and the names stay out of it.
    grid.setFocus()
    grid.setCurrentIndex(page.model.index(1, BRANCH))
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    qtbot.keyClick(grid, Qt.Key.Key_Backtab)
    assert grid.currentIndex().column() == BRANCH + 1 and grid.hasFocus()
    assert grid.isColumnHidden(NAME)
    assert page.model.headerData(1, Qt.Orientation.Vertical) == "2. " + page.review.rows[1].full_name


def test_self_review_shows_what_the_rules_give_as_the_score_is_typed(qtbot, page):
    from desktop.ui.review_dialogs import SelfReviewDialog

    page.grid.setCurrentIndex(page.model.index(0, BRANCH))
    qtbot.waitUntil(lambda: page.member is not None, timeout=5000)
    page._edit_self_review()
    dialog = next(w for w in page.findChildren(SelfReviewDialog))
    dialog.exceeded.setValue(30)
    dialog.score.setValue(95)  # the rules are read on a reader thread, the answer shown here
    qtbot.waitUntil(lambda: dialog.by_rules.text() != "", timeout=5000)
    expected = page._services.reviews.propose(YEAR, 95, 30, page.member.row.disciplined)
    assert expected is not None and dialog.by_rules.text() == rating_title(expected)
    dialog.score.setValue(0)
    assert dialog.by_rules.text() == ""
    dialog.done(0)  # closed without the unsaved-changes question (it has its own tests)


def test_discipline_dialog_names_the_branchs_superior_committee(qtbot, page):
    from desktop.ui.discipline_dialog import DisciplineDialog

    page._add_discipline()  # the profile is read first, then the dialog opens
    qtbot.waitUntil(lambda: bool(page.findChildren(DisciplineDialog)), timeout=5000)
    dialog = page.findChildren(DisciplineDialog)[0]
    assert dialog.body.text() == "Đảng bộ phường Ba Đình"
    assert dialog.member.count() == len(page.review.rows) + len(page.review.excluded)
    dialog.reject()
