"""The "Chỉ tiêu nghị quyết năm" dialog of the evaluation page: load, add / edit / remove rows,
the admission target, a bad number named by row and column, saving refreshes the evaluation,
read only for a locked year."""

from __future__ import annotations

import ctypes
import sys
from datetime import datetime, timezone

import pytest

from desktop.services.container import build_services
from desktop.services.targets import TargetDraft
from desktop.settings import Settings
from desktop.store.database import unit_of_work
from desktop.store.models import YearSetting
from desktop.ui.context import UiContext
from desktop.ui.evaluation_targets import ACHIEVED, PLANNED, TITLE, UNIT, parse_number
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.pages.evaluation import EvaluationPage

YEAR = 2025


@pytest.fixture(autouse=True, scope="module")
def _keep_none_alive():
    """See test_reviews_page: PySide6 on CPython 3.11 leaks None references per event."""
    if sys.version_info < (3, 12):
        for _ in range(100_000):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    yield


@pytest.fixture
def ctx(db, meetings_branch, qtbot, clock):
    services = build_services(db, clock)
    services.targets.add(YEAR, TargetDraft("Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa", 95, 93, "%"))
    services.targets.add(YEAR, TargetDraft("Buổi ra quân vệ sinh môi trường", 12, 14, "buổi"))
    bus = ChangeBus()
    runner = OperationRunner(bus)
    yield UiContext(services, bus, runner, Settings(), clock)
    runner.wait_for_tests(5000)


def _page(qtbot, ctx) -> EvaluationPage:
    page = EvaluationPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.year.setValue(YEAR)
    qtbot.waitUntil(lambda: page.report is not None and page.report.year == YEAR, timeout=5000)
    return page


def _component(page, code):
    return next(c for crit in page.report.result.criteria for c in crit.components if c.code == code)


def _set(dialog, row, col, text):
    dialog.table.item(row, col).setText(text)


def test_parse_number_accepts_the_vietnamese_comma():
    assert parse_number("96,5") == 96.5 and parse_number(" 12 ") == 12 and parse_number("") is None
    with pytest.raises(ValueError):
        parse_number("mười")


def test_edit_add_remove_and_admission_refresh_the_evaluation(qtbot, ctx):
    page = _page(qtbot, ctx)
    # 1 of 2 targets met (93 < 95): 10 × 1/2 = 5 points.
    assert _component(page, "1.2").score == 5
    dialog = page.open_targets()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    assert dialog.table.item(0, TITLE).text() == "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa"
    assert (dialog.table.item(0, PLANNED).text(), dialog.table.item(0, ACHIEVED).text()) == ("95", "93")
    _set(dialog, 0, ACHIEVED, "96,5")
    dialog.table.selectRow(1)
    dialog.remove_selected()
    row = dialog.add_row()
    _set(dialog, row, TITLE, "Hộ nghèo được hỗ trợ thoát nghèo")
    _set(dialog, row, UNIT, "hộ")
    _set(dialog, row, PLANNED, "2")
    _set(dialog, row, ACHIEVED, "1")
    dialog.admission.setValue(2)

    # A bad number is named by row and column, and nothing is saved.
    _set(dialog, row, PLANNED, "hai")
    dialog.save()
    assert dialog.error.text() == dialog.tr("Row %1, column “%2”: “%3” is not a number.").replace(
        "%1", "2").replace("%2", dialog.tr("Planned")).replace("%3", "hai")
    # The service's Vietnamese message names the row and the field.
    _set(dialog, row, PLANNED, "-2")
    dialog.save()
    qtbot.waitUntil(lambda: "dòng 2" in dialog.error.text(), timeout=5000)
    assert dialog.error.text() == "Chỉ tiêu năm 2025, dòng 2: giá trị kế hoạch phải là số không âm, đang là -2."
    assert len(ctx.services.targets.targets(YEAR)) == 2  # unchanged

    _set(dialog, row, PLANNED, "2")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.save()
    saved = ctx.services.targets.targets(YEAR)
    assert [(t.title, t.planned, t.achieved) for t in saved] == [
        ("Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa", 95.0, 96.5),
        ("Hộ nghèo được hỗ trợ thoát nghèo", 2.0, 1.0),
    ]
    assert ctx.services.targets.admission_target(YEAR) == 2
    # The EVALUATION notice reloads the page: 1 of 2 met again (1 < 2 households) → 5; the two
    # members admitted on 1/10/2025 meet the admission target of 2 → 4.5 at 4/4.
    qtbot.waitUntil(lambda: _component(page, "4.5").score == 4, timeout=5000)
    assert _component(page, "1.2").score == 5


def test_locked_year_is_read_only(qtbot, ctx, db):
    with unit_of_work(db) as s:
        s.merge(YearSetting(year=YEAR, locked_at=datetime(2026, 1, 20, tzinfo=timezone.utc)))
    page = _page(qtbot, ctx)
    assert page.report.locked
    dialog = page.open_targets()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    assert not dialog.add_button.isEnabled() and not dialog.admission.isEnabled()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    assert not (dialog.table.item(0, TITLE).flags() & dialog.table.item(0, TITLE).flags().ItemIsEditable)
    dialog.reject()
