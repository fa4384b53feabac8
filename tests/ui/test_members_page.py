"""The members page: Vietnamese order, diacritic-blind search, the member dialog with history,
the import preview showing one bad row, export."""

from __future__ import annotations

import os
from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop.domain.enums import Position, Sex
from desktop.domain.enums import SituationEventKind as K
from desktop.services.container import build_services
from desktop.services.members import EventDraft, MemberDraft
from desktop.settings import Settings
from desktop.ui.context import UiContext
from desktop.ui.member_dialog import MemberDialog
from desktop.ui.member_import_dialog import MemberImportDialog
from desktop.ui.models.member_table import NAME, SITUATION, SORT_ROLE, MemberTableModel
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.pages.members import MembersPage

SHOTS = os.environ.get("CHIBO_SHOTS")  # a folder to save screenshots in, when set

PEOPLE = [
    ("Lê Thị Bình", date(1975, 9, 2), Sex.FEMALE, "093002"),
    ("Trần Văn An", date(1960, 1, 5), Sex.MALE, "093001"),
    ("Đỗ Đức Dũng", date(1968, 4, 30), Sex.MALE, "093004"),
    ("Nguyễn Văn An", date(1958, 3, 12), Sex.MALE, "093003"),
    ("Phạm Thị Ánh", date(1980, 11, 20), Sex.FEMALE, "093005"),
]


def shot(widget, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        widget.grab().save(os.path.join(SHOTS, name))


@pytest.fixture
def ctx(db, clock):
    bus = ChangeBus()
    runner = OperationRunner(bus)
    services = build_services(db, clock)
    for name, born, sex, card in PEOPLE:
        services.members.create(MemberDraft(name, born, sex, date(2000, 1, 1), date(2001, 1, 1),
                                            card_number=card))
    context = UiContext(services, bus, runner, Settings(), clock)
    yield context
    runner.wait_for_tests(5000)


@pytest.fixture
def page(ctx, qtbot):
    widget = MembersPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == len(PEOPLE), timeout=5000)
    return widget


def names(page):
    return [page.proxy.index(r, NAME).data() for r in range(page.proxy.rowCount())]


def test_model_passes_qt_checks(qtmodeltester, ctx):
    model = MemberTableModel()
    model.set_rows(ctx.services.members.list_members())
    qtmodeltester.check(model)
    # The sort role is the rank in Vietnamese order: "Nguyễn Văn An" (given name An) is first.
    first = next(r for r in range(model.rowCount()) if model.index(r, NAME).data() == "Nguyễn Văn An")
    assert model.index(first, NAME).data(SORT_ROLE) == 0


def test_sorted_by_given_name_and_search_ignores_diacritics(page, qtbot):
    assert names(page) == ["Nguyễn Văn An", "Trần Văn An", "Phạm Thị Ánh", "Lê Thị Bình",
                           "Đỗ Đức Dũng"]
    page.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    assert names(page)[0] == "Đỗ Đức Dũng"
    page.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    qtbot.keyClicks(page.search, "nguyen van an")
    assert names(page) == ["Nguyễn Văn An"]
    assert "1" in page.count_label.text() and "5" in page.count_label.text()
    page.search.setText("an")  # "An", "Ánh" … and "Văn" in every middle name
    assert len(names(page)) == 3
    page.search.setText("093005")  # the card number
    assert names(page) == ["Phạm Thị Ánh"]
    page.search.clear()
    shot(page, "members_page.png")


def test_new_member_through_the_dialog_with_history(page, qtbot):
    page.new_button.click()
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog)
    dialog.name_edit.setText("Hoàng Thị Hoa")  # QTest cannot type characters beyond Latin-1
    qtbot.keyClicks(dialog.birth_edit, "15/08/1990")
    qtbot.keyClicks(dialog.admitted_edit, "19/05/2024")
    dialog.event_kind.setCurrentIndex(dialog.event_kind.findData(K.ADMITTED))
    qtbot.keyClicks(dialog.event_date, "19/05/2024")
    dialog.add_event()
    dialog.event_kind.setCurrentIndex(dialog.event_kind.findData(K.MADE_OFFICIAL))
    qtbot.keyClicks(dialog.event_date, "19/05/2025")
    dialog.add_event()
    dialog.position_combo.setCurrentIndex(dialog.position_combo.findData(Position.COMMITTEE))
    qtbot.keyClicks(dialog.position_from, "01/10/2025")
    dialog.add_position()
    assert dialog.events_table.rowCount() == 2 and dialog.positions_table.rowCount() == 1
    shot(dialog, "member_dialog.png")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.error_label.isVisible(), timeout=5000)
    assert not dialog.isVisible(), dialog.error_label.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=5000)
    row = page.model.row_at(page.model.row_of(
        next(r.id for r in page._ctx.services.members.list_members() if r.full_name == "Hoàng Thị Hoa")))
    assert row.situation.is_official and row.positions == (Position.COMMITTEE,)
    assert page.status.text()


def test_dialog_shows_refusal_and_stays_open(page, qtbot):
    page.table.selectRow(0)  # Nguyễn Văn An
    page.edit_button.click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, MemberDialog), timeout=5000)
    dialog = page.dialog
    assert dialog.name_edit.text() == "Nguyễn Văn An"
    dialog.card_edit.setText("093002")  # Bình's card
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=5000)
    assert "093002" in dialog.error_label.text() and "Lê Thị Bình" in dialog.error_label.text()
    assert dialog.isVisible()
    dialog.birth_edit.setText("31/02/1958")
    dialog.save()
    assert "31/02/1958" in dialog.error_label.text()
    dialog.done(0)  # closed without the unsaved-changes question (tested on its own)


def test_exempt_member_shows_in_situation(page, qtbot, ctx):
    an = next(r for r in ctx.services.members.list_members() if r.full_name == "Trần Văn An")
    ctx.services.members.add_event(an.id, EventDraft(K.EXEMPT_FROM, date(2025, 1, 1)))
    page.refresh()
    qtbot.waitUntil(lambda: "(" in page.model.index(page.model.row_of(an.id), SITUATION).data(),
                    timeout=5000)


def write_list(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng", "Ngày chính thức",
               "Số thẻ đảng viên", "Điện thoại", "Ghi chú"])
    ws.append([1, "Vũ Văn Giang", "03/03/1970", "Nam", "19/05/1995", "19/05/1996", "094001", "", ""])
    ws.append([2, "Bùi Thị Hạnh", "31/04/1982", "Nữ", "02/09/2010", "02/09/2011", "094002", "", ""])
    ws.append([3, "Đặng Văn Khoa", "07/07/1977", "Nam", "19/05/2001", "19/05/2002", "094003",
               "0987654321", "Tổ 3"])
    wb.save(path)
    return path


def test_import_preview_with_one_bad_row_then_skip(page, qtbot, tmp_path):
    page.import_list(write_list(tmp_path / "ds.xlsx"))
    dialog = page.dialog
    assert isinstance(dialog, MemberImportDialog)
    qtbot.waitUntil(lambda: dialog._preview is not None, timeout=5000)
    assert dialog.problems.count() == 1
    assert dialog.problems.item(0).text().startswith("Row 3")
    assert "31/04/1982" in dialog.problems.item(0).text()
    assert not dialog.import_button.isEnabled() and dialog.skip_button.isEnabled()
    assert dialog.combos["full_name"].currentData() == 1
    shot(dialog, "member_import_preview.png")
    # Unmapping the birth date column removes the bad date: all rows become importable.
    dialog.combos["birth_date"].setCurrentIndex(0)
    qtbot.waitUntil(lambda: dialog._preview.mapping["birth_date"] is None, timeout=5000)
    assert dialog.problems.count() == 0 and dialog.import_button.isEnabled()
    dialog.combos["birth_date"].setCurrentIndex(dialog.combos["birth_date"].findData(2))
    qtbot.waitUntil(lambda: dialog._preview.mapping["birth_date"] == 2, timeout=5000)
    dialog.skip_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=5000)
    assert page.status.text() == "Imported 2 members. Skipped rows: 3."


def test_export(page, qtbot, tmp_path):
    out = tmp_path / "xuat.xlsx"
    page.export_list(out)
    qtbot.waitUntil(lambda: out.exists() and bool(page.status.text()), timeout=5000)
    assert openpyxl.load_workbook(out).active.max_row == len(PEOPLE) + 1


def test_in_the_english_window_a_refusal_is_english(page, qtbot, english):
    """The core's refusal is said in the window's language; the Vietnamese test above is the
    same refusal in the default language."""
    page.table.selectRow(0)  # Nguyễn Văn An
    page.edit_button.click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, MemberDialog), timeout=5000)
    dialog = page.dialog
    dialog.card_edit.setText("093002")  # Bình's card
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=5000)
    assert dialog.error_label.text() == "The party card number 093002 is already in the register: Lê Thị Bình."
    dialog.card_edit.setText("093003")
    dialog.birth_edit.setText("19/05/1800")
    dialog.save()
    qtbot.waitUntil(lambda: "1800" in dialog.error_label.text(), timeout=5000)
    assert dialog.error_label.text() == ("The birth date 19/05/1800 cannot be right (over 120 years old). "
                                         "(Nguyễn Văn An)")
    shot(dialog, "member_refusal_english.png")
    assert dialog.isVisible()
    dialog.done(0)  # closed without the unsaved-changes question


def test_in_the_english_window_the_import_problems_are_english(page, qtbot, tmp_path, english):
    path = tmp_path / "list.csv"
    path.write_text("Họ và tên,Ngày sinh,Giới tính\nVũ Thị Hạnh,1985,Nữ\nHồ Văn Khánh,12/03/1979,x\n",
                    encoding="utf-8")
    page.import_list(path)
    dialog = page.dialog
    assert isinstance(dialog, MemberImportDialog)
    qtbot.waitUntil(lambda: dialog._preview is not None, timeout=5000)
    assert dialog.problems.count() == 2
    lines = [dialog.problems.item(i).text() for i in range(2)]
    assert "“1985” is only a year; a day/month/year is needed (for example 19/05/1985)." in lines[0]
    assert "“x” is not a sex (Nam or Nữ, male or female)." in lines[1]
    dialog.reject()
