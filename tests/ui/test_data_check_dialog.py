"""Tools → Check data: clean, repairable and damaged files as the user sees them."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from safety_data import add_meeting, add_members, corrupt_table, make_exempt

from desktop.services.changes import Changed
from desktop.services.container import build_services
from desktop.settings import Settings
from desktop.ui.context import UiContext
from desktop.ui.data_check_dialog import COL_PROBLEM, COL_REPAIR, DataCheckDialog
from desktop.ui.operations import ChangeBus, OperationRunner

SHOTS = Path("/tmp/shots/safety")


@pytest.fixture
def ui(qtbot, db, clock):
    ids = add_members(db)
    make_exempt(db, ids[4], date(2026, 1, 1))
    meeting = add_meeting(db, date(2026, 3, 5), ids[:4])
    parent = QWidget()
    parent.resize(1280, 800)
    qtbot.addWidget(parent)
    bus = ChangeBus()
    runner = OperationRunner(bus, parent)
    ctx = UiContext(build_services(db, clock), bus, runner, Settings(), clock)
    yield ctx, parent, ids, meeting
    runner.wait_for_tests()


def open_dialog(qtbot, ctx, parent) -> DataCheckDialog:
    dialog = DataCheckDialog(ctx, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    return dialog


def test_a_sound_file(qtbot, ui):
    ctx, parent, _ids, _meeting = ui
    dialog = open_dialog(qtbot, ctx, parent)
    assert dialog.report.ok and dialog.table.rowCount() == 0
    assert "No problem found" in dialog.summary.text()
    assert not dialog.repair_button.isEnabled() and not dialog.restore_button.isVisible()


def test_a_repairable_problem_is_explained_then_repaired(qtbot, ui):
    ctx, parent, ids, meeting = ui
    conn = sqlite3.connect(ctx.services.db.path)
    conn.execute("INSERT INTO attendance (meeting_id, member_id, status, reason, expected) "
                 "VALUES (?, ?, 'present', '', 1)", (meeting, ids[4]))
    conn.commit()
    conn.close()
    dialog = open_dialog(qtbot, ctx, parent)
    assert dialog.table.rowCount() == 1
    assert "Hoàng Văn Em" in dialog.table.item(0, COL_PROBLEM).text()
    assert "Tính lại" in dialog.table.item(0, COL_REPAIR).text()
    assert dialog.repair_button.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "data_check_problem.png"))
    notices = []
    ctx.bus.changed.connect(notices.append)
    dialog.repair(ask=False)
    qtbot.waitUntil(lambda: "Problems repaired: 1" in dialog.note.text(), timeout=5000)
    assert dialog.report.ok and dialog.table.rowCount() == 0
    assert "-damaged-" in dialog.note.text()
    assert notices and notices[0].touches(Changed.MEETINGS)  # pages refresh after a repair
    dialog.grab().save(str(SHOTS / "data_check_repaired.png"))


def test_a_damaged_file_offers_restore_and_keeps_a_copy(qtbot, ui):
    ctx, parent, _ids, _meeting = ui
    db = ctx.services.db
    db.engine.dispose()
    conn = sqlite3.connect(db.path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    corrupt_table(db.path)
    dialog = open_dialog(qtbot, ctx, parent)
    assert not dialog.report.records_checked
    assert dialog.restore_button.isVisible() and not dialog.repair_button.isEnabled()
    assert "never overwritten" in dialog.note.text()
    assert dialog.report.damaged_copy.exists()
    dialog.grab().save(str(SHOTS / "data_check_damaged.png"))
    with qtbot.waitSignal(dialog.restore_requested):
        dialog.restore_button.click()
