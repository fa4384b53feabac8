"""Automatic backups: on open if changed, on the timer only after a change, on close."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QWidget
from safety_data import add_members

from desktop.services.backups import BackupService
from desktop.services.changes import Changed, ChangeNotice
from desktop.ui.backup_scheduler import BackupScheduler
from desktop.ui.operations import ChangeBus, OperationRunner


@pytest.fixture
def parts(qtbot, db, clock):
    parent = QWidget()
    qtbot.addWidget(parent)
    bus = ChangeBus()
    runner = OperationRunner(bus, parent)
    backups = BackupService(db, clock=clock)
    scheduler = BackupScheduler(backups, bus, runner, parent, interval_ms=60_000)
    yield db, bus, runner, backups, scheduler
    runner.wait_for_tests()


def test_open_backs_up_a_changed_file_once(qtbot, parts):
    db, _bus, _runner, backups, scheduler = parts
    add_members(db)
    with qtbot.waitSignal(scheduler.backed_up, timeout=5000):
        scheduler.start()
    assert [b.reason for b in backups.list()] == ["open"]
    scheduler.start()  # reopened without changes: no second backup
    scheduler._runner.wait_for_tests()
    qtbot.wait(50)
    assert len(backups.list()) == 1


def test_timer_backs_up_only_after_a_change(qtbot, parts):
    db, bus, runner, backups, scheduler = parts
    scheduler.tick()
    runner.wait_for_tests()
    assert backups.list() == []  # nothing changed: the timer does nothing
    add_members(db, [("Lưu Thị Nga", date(1979, 4, 4), date(2004, 4, 4), date(2005, 4, 4))])
    bus.changed.emit(ChangeNotice.of(Changed.MEMBERS))
    assert scheduler.dirty
    with qtbot.waitSignal(scheduler.backed_up, timeout=5000):
        scheduler.tick()
    assert not scheduler.dirty
    assert [b.reason for b in backups.list()] == ["auto"]


def test_close_backs_up_what_changed_and_stops_the_timer(qtbot, parts):
    db, _bus, runner, backups, scheduler = parts
    with qtbot.waitSignal(scheduler.backed_up, timeout=5000):
        scheduler.start()
    add_members(db, [("Tăng Văn Phú", date(1983, 8, 8), date(2009, 8, 8), date(2010, 8, 8))])
    with qtbot.waitSignal(scheduler.backed_up, timeout=5000) as signal:
        scheduler.stop()  # queued behind the pending writes: the caller does not wait
    assert signal.args[0].path.name.endswith("-close.sqlite")
    assert not scheduler._timer.isActive()
    scheduler.stop()  # nothing changed since: no extra backup on a second close
    assert runner.wait_for_tests()
    assert sorted(b.reason for b in backups.list()) == ["close", "open"]


def test_a_failing_backup_is_reported_and_retried(qtbot, parts, tmp_path):
    db, bus, _runner, backups, scheduler = parts
    blocker = tmp_path / "blocked"
    blocker.write_text("x")
    backups.configure(blocker / "backups")
    bus.changed.emit(ChangeNotice.of(Changed.MEETINGS))
    with qtbot.waitSignal(scheduler.failed, timeout=5000) as signal:
        scheduler.tick()
    assert "Không sao lưu được" in signal.args[0]
    assert scheduler.dirty  # the next tick tries again
