"""The Dues page: a month collected in cash from the keyboard (type an amount and Enter, Space
for "paid in full"), a refused amount named while the others are kept, a basis shown before it
is saved, and a page that fits 1366×728 at 100% and 125% text."""

from __future__ import annotations

import os
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop.clock import Clock
from desktop.domain.dues import Status
from desktop.domain.months import Month
from desktop.services.container import build_services
from desktop.settings import Settings
from desktop.ui.context import UiContext
from desktop.ui.models.dues_month_table import PAID
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.pages.dues import BASIS_TAB, DuesPage
from desktop.ui.widgets.scaling import apply_text_scale

SHOTS = os.environ.get("CHIBO_SHOTS")
TODAY = date(2026, 4, 6)
MARCH = Month(2026, 3)


@pytest.fixture
def day() -> dict[str, datetime]:
    """The day the window and its services see; a test may move it on."""
    return {"now": datetime.combine(TODAY, time(10))}


@pytest.fixture
def ctx(db, meetings_branch, qtbot, day):
    clock = Clock(lambda: day["now"])
    services = build_services(db, clock)
    dues = services.dues
    for n, member_id in enumerate(sorted(meetings_branch.values())):
        category, base = ("pensioner", 4_000_000 + n * 100_000) if n % 3 else ("insured", 6_000_000 + n * 10_000)
        dues.set_basis(member_id, category, base, "2026-02")
    bus = ChangeBus()
    runner = OperationRunner(bus)
    yield UiContext(services, bus, runner, Settings(), clock)
    runner.wait_for_tests(10_000)


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def open_page(qtbot, ctx) -> DuesPage:
    page = DuesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1130, 660)
    page.show()
    page.open_month(MARCH)
    qtbot.waitUntil(lambda: page.month_tab.view is not None and page.month_tab.model.rowCount() > 0,
                    timeout=10_000)
    return page


def type_amount(qtbot, page: DuesPage, text: str) -> None:
    grid = page.month_tab.grid
    qtbot.keyClick(grid, text[0])
    editor = QApplication.focusWidget()
    assert editor is not grid, "typing a digit opens the amount of the row"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def settled(qtbot, page: DuesPage) -> None:
    qtbot.waitUntil(lambda: not page.month_tab.writes_pending and page._ctx.runner.idle, timeout=10_000)


def test_a_month_is_collected_from_the_keyboard(qtbot, ctx):
    page = open_page(qtbot, ctx)
    tab = page.month_tab
    grid, model = tab.grid, tab.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(0, PAID))
    first = model.row_at(0).line
    type_amount(qtbot, page, str(first.due.amount))  # the amount typed, then Enter: next row
    assert grid.currentIndex().row() == 1
    qtbot.keyClick(grid, Qt.Key.Key_Space)  # the second member: paid in full
    type_amount(qtbot, page, "12,5")  # a fraction of a đồng: refused, named
    type_amount(qtbot, page, "50000")  # typed after the refused one: still recorded
    settled(qtbot, page)
    lines = ctx.services.dues.month(MARCH).ledger.lines
    by_id = {line.member_id: line for line in lines}
    rows = [model.row_at(i).line.member_id for i in range(4)]
    assert by_id[rows[0]].status is Status.PAID and by_id[rows[1]].status is Status.PAID
    assert by_id[rows[2]].paid is None, "nothing written for the refused amount"
    assert by_id[rows[3]].paid == 50_000
    assert by_id[rows[0]].entry.paid_on == MARCH.last_day  # a past month: collected on its last day
    message = tab.message.text()
    assert model.row_at(2).line.name in message and "03/2026" in message and "12,5" in message
    assert model.row_at(2).typed is None  # the refused cell shows the recorded month again
    assert "50.000 đ" == model.data(model.index(3, PAID))
    qtbot.waitUntil(lambda: tab.view.ledger.totals.paid == 3, timeout=10_000)  # the month read again
    assert model.row_at(0).behind == 1  # February only: March is paid
    assert "Tỷ lệ đảng phí chi bộ được để lại" in page.notice.text()  # the figure to enter, by name
    shot(page, "dues-month")


def test_thirty_members_paid_in_full_one_key_each(qtbot, ctx):
    page = open_page(qtbot, ctx)
    grid, model = page.month_tab.grid, page.month_tab.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(0, PAID))
    for _ in range(model.rowCount()):
        qtbot.keyClick(grid, Qt.Key.Key_Space)
    settled(qtbot, page)
    view = ctx.services.dues.month(MARCH)
    owed = [line for line in view.ledger.lines if line.owed]
    assert len(owed) == 30 and all(line.status is Status.PAID for line in owed)
    assert view.ledger.totals.collected == view.ledger.totals.due
    qtbot.waitUntil(lambda: "30" in page.month_tab.totals.text(), timeout=10_000)


def test_a_short_payment_is_shown_not_silently_accepted(qtbot, ctx):
    page = open_page(qtbot, ctx)
    grid, model = page.month_tab.grid, page.month_tab.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(0, PAID))
    due = model.row_at(0).line.due.amount
    type_amount(qtbot, page, str(due - 1000))
    settled(qtbot, page)
    assert model.row_at(0).line.status is Status.SHORT
    assert "1.000 đ" in page.month_tab.message.text()


def test_a_basis_is_saved_only_after_its_months_are_shown(qtbot, ctx):
    page = open_page(qtbot, ctx)
    page.tabs.setCurrentIndex(BASIS_TAB)
    tab = page.basis_tab
    qtbot.waitUntil(lambda: tab.member is not None, timeout=10_000)
    assert not tab.save_button.isEnabled()
    tab.category.setCurrentIndex(tab.category.findData("insured"))
    tab.base.setText("9.000.000")
    tab.base.textEdited.emit("9.000.000")
    tab.start.setDate(tab.start.date().addMonths(-1))  # from March 2026
    tab.preview_button.click()
    qtbot.waitUntil(lambda: tab.save_button.isEnabled(), timeout=10_000)
    assert "04/2026" in tab.changes.text() and "90.000 đ" in tab.changes.text()
    member_id = tab.member.member_id
    tab.save_button.click()
    qtbot.waitUntil(lambda: any(b.base == 9_000_000 for b in ctx.services.dues.member_bases(member_id).history),
                    timeout=10_000)
    tab.base.setText("1")
    tab.base.textEdited.emit("1")
    assert not tab.save_button.isEnabled(), "an edit after the preview asks for a new one"
    shot(page, "dues-basis")


@pytest.mark.parametrize("percent", [100, 125])
def test_the_page_fits_the_office_screen(qtbot, ctx, qapp, percent):
    font = qapp.font()
    base = qapp.property("chiboBasePointSize")
    qapp.setFont(QFont("Liberation Sans", 10))
    qapp.setProperty("chiboBasePointSize", None)
    apply_text_scale(qapp, percent)
    try:
        page = open_page(qtbot, ctx)
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            qapp.processEvents()
            hint = page.minimumSizeHint()
            # 1366×728 less the navigation list (~230 px at 125%) and the menu and status bars.
            assert hint.width() <= 1100 and hint.height() <= 640, (percent, index, hint)
        settled(qtbot, page)
        shot(page, f"dues-{percent}")
    finally:
        qapp.setFont(font)
        qapp.setProperty("chiboBasePointSize", base)


def test_the_overview_and_the_year_view_name_the_member_three_months_behind(qtbot, ctx, meetings_branch,
                                                                             day):
    from desktop.ui.dues_overview import dues_card
    from desktop.ui.pages.overview import OverviewPage
    from desktop.ui.pages.year_view import DUES_ROW, YearViewPage

    dues = ctx.services.dues
    behind = meetings_branch["Lê Thị Bình"]
    for month in ("2026-02", "2026-03", "2026-04"):
        for line in dues.month(month).ledger.lines:
            if line.owed and line.member_id != behind:
                dues.pay_in_full(line.member_id, month, on=Month.parse(month).first_day)
    overview = OverviewPage(ctx, cards=[dues_card()])
    qtbot.addWidget(overview)
    qtbot.waitUntil(lambda: overview.card("dues") is not None, timeout=10_000)
    # On 6 April 2026 only February and March are over (January has no schedule): not yet three.
    assert "Lê Thị Bình" not in overview.card("dues").values()
    day["now"] = datetime(2026, 5, 2, 10, 0)
    overview.refresh()
    qtbot.waitUntil(lambda: "Lê Thị Bình" in overview.card("dues").values(), timeout=10_000)
    assert overview.card("dues").values()["Lê Thị Bình"].endswith("02, 03, 04")
    page = YearViewPage(ctx)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    qtbot.waitUntil(lambda: page.dues is not None and page.view is not None, timeout=10_000)
    assert page.months.item(DUES_ROW, 1).text() == "29/30"  # February: all but Lê Thị Bình
    assert page.months.item(DUES_ROW, 0).text() == "—"  # January: before the schedule
    assert "Lê Thị Bình" in page.gaps.text()


def test_a_due_line_opens_this_years_arrears_on_the_member(qtbot, ctx, meetings_branch):
    binh = meetings_branch["Lê Thị Bình"]
    services = ctx.services
    for member_id in meetings_branch.values():  # everyone pays February, Bình stops there
        services.dues.pay(member_id, "2026-02", 40_000, on=date(2026, 2, 5))
    line = next(i for i in services.due.due().items if i.kind == "dues_arrears" and i.member_id == binh)
    page = open_page(qtbot, ctx)
    page.year.setValue(2025)  # the secretary was looking at another year
    page.open_member_arrears(line.opens.record_id)
    table = page.arrears_tab.table
    qtbot.waitUntil(lambda: bool(table.selectedItems()), timeout=10_000)
    assert page.tabs.currentWidget() is page.arrears_tab and page.year.value() == 2026
    assert table.item(table.currentRow(), 0).text() == "Lê Thị Bình"
