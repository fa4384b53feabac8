"""File → Restore…: the list shows date, reason, size and contents; restoring gives back the
backup's records on a reopened file; a damaged backup is refused in the dialog.

The backups are made the evening before and the morning of the suite's day (18 Nov 2026), and
the window's services run on that day's clock, so the test means the same on any real date."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from safety_data import add_meeting, add_members, corrupt_table

from desktop.clock import Clock
from desktop.services.backups import BackupService
from desktop.services.container import build_services
from desktop.services.members import MembersService
from desktop.settings import Settings
from desktop.ui.context import UiContext
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.restore_dialog import (
    COL_MEETINGS,
    COL_MEMBERS,
    COL_REASON,
    RestoreDialog,
)

SHOTS = Path("/tmp/shots/safety")


@pytest.fixture
def ui(qtbot, db, clock):
    ids = add_members(db)
    add_meeting(db, date(2025, 12, 4), ids[:4])
    add_meeting(db, date(2026, 1, 8), ids)
    BackupService(db, clock=Clock.fixed(datetime(2026, 11, 17, 17, 30))).make("close")
    BackupService(db, clock=Clock.fixed(datetime(2026, 11, 18, 8, 0))).make("open")
    parent = QWidget()
    parent.resize(1280, 800)
    qtbot.addWidget(parent)
    bus = ChangeBus()
    runner = OperationRunner(bus, parent)
    ctx = UiContext(build_services(db, clock), bus, runner, Settings(), clock)
    yield ctx, parent
    runner.wait_for_tests()


def open_dialog(qtbot, ctx, parent, **kwargs) -> RestoreDialog:
    dialog = RestoreDialog(ctx, parent, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2
                    and dialog.table.item(1, COL_MEMBERS).text() != "…", timeout=5000)
    return dialog


def test_lists_backups_newest_first_with_contents(qtbot, ui):
    ctx, parent = ui
    dialog = open_dialog(qtbot, ctx, parent)
    assert dialog.table.item(0, 0).text() == "18/11/2026 08:00:00"
    assert dialog.table.item(0, COL_REASON).text() == "On opening the file"
    assert dialog.table.item(1, COL_REASON).text() == "On closing the file"
    assert dialog.table.item(1, COL_MEMBERS).text() == "5"
    assert dialog.table.item(1, COL_MEETINGS).text() == "2025: 1, 2026: 1"
    assert dialog.restore_button.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "restore_dialog.png"))


def test_restore_reopens_the_file_with_the_backups_records(qtbot, ui, clock):
    ctx, parent = ui
    db = ctx.services.db
    add_members(db, [("Vương Thị Kim", date(1999, 9, 9), date(2022, 2, 2), date(2023, 2, 2))])
    dialog = open_dialog(qtbot, ctx, parent)
    dialog.table.selectRow(1)  # yesterday evening's backup
    chosen = dialog.selected_path()
    assert chosen.name == "chibo-20261117-173000-close.sqlite"
    with qtbot.waitSignal(dialog.restored, timeout=10000) as signal:
        dialog.confirm_and_restore(dialog.selected_path(), ask=False)
    result = signal.args[0]
    try:
        names = {r.full_name for r in MembersService(result.database, clock=clock).list_members()}
        assert "Vương Thị Kim" not in names and len(names) == 5
        assert result.safety_copy.name == "chibo-20261118-100000-before-restore.sqlite"
        assert chosen.exists()
    finally:
        result.database.close()


def test_a_damaged_backup_is_refused_with_a_message(qtbot, ui, tmp_path):
    ctx, parent = ui
    broken = tmp_path / "hỏng.sqlite"
    broken.write_bytes(ctx.services.backups.list()[0].path.read_bytes())
    corrupt_table(broken)
    dialog = open_dialog(qtbot, ctx, parent)
    dialog.confirm_and_restore(broken, ask=False)
    qtbot.waitUntil(lambda: "hỏng" in dialog.status.text(), timeout=5000)
    assert dialog.isVisible() and dialog.table.isEnabled()
