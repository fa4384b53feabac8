"""Restore: yesterday's backup gives yesterday's records exactly; the current file is kept first."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from safety_data import add_meeting, add_members, corrupt_table

from desktop.clock import Clock
from desktop.services.backups import BackupService
from desktop.services.changes import Changed
from desktop.services.errors import UserError
from desktop.services.members import MemberDraft, MembersService
from desktop.services.records import RecordsService
from desktop.services.restore import RestoreService, restore_into_new_file
from desktop.store.backup import file_fingerprint
from desktop.store.database import open_database
from desktop.store.lock import FileLockedError

NOW = datetime(2026, 11, 18, 10, 0)


def member_names(db) -> list[str]:
    clock = Clock.fixed(NOW)
    return sorted(r.full_name for r in MembersService(db, clock=clock).list_members(NOW.date()))


def restorer(db, now: datetime = NOW) -> RestoreService:
    clock = Clock.fixed(now)
    return RestoreService(db, BackupService(db, clock=clock), clock=clock)


def records_export(db) -> bytes:
    """The records export a user takes (desktop.services.records), as bytes."""
    out = db.path.parent / f"records-{len(list(db.path.parent.glob('records-*')))}.json"
    RecordsService(db).export_file(out)
    return out.read_bytes()


@pytest.fixture
def yesterday(db):
    ids = add_members(db)
    add_meeting(db, date(2026, 10, 8), ids[:4], excused=[ids[4]])
    backups = BackupService(db, clock=Clock.fixed(datetime(2026, 11, 17, 17, 30)))
    path = backups.make("close").path
    return path, records_export(db), member_names(db)


def test_restore_brings_back_yesterdays_records_exactly(db, yesterday):
    backup, exported, names = yesterday
    # Today's changes: a new member, a renamed one.
    members = MembersService(db, clock=Clock.fixed(NOW))
    members.create(MemberDraft("Vũ Minh Khang", date(1995, 7, 7), None, date(2024, 5, 19)))
    first = members.list_members(date(2026, 11, 18))[0]
    members.update(first.id, members.get(first.id).as_draft().__class__(
        "Trần Văn Ân", first.birth_date, None, first.admitted_on, first.official_on))
    assert member_names(db) != names
    assert records_export(db) != exported

    result = restorer(db).restore(backup)
    try:
        assert result.notice.touches(Changed.MEMBERS)
        assert member_names(result.database) == names
        assert records_export(result.database) == exported
        # Today's records are not lost: they are in the backup made just before.
        assert result.safety_copy.name.endswith("before-restore.sqlite")
        conn = sqlite3.connect(f"file:{result.safety_copy}?mode=ro", uri=True)
        assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == 6
        conn.close()
        # The reopened file is locked again, sound, and still in WAL mode.
        with pytest.raises(FileLockedError):
            open_database(db.path)
        raw = sqlite3.connect(db.path)
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        raw.close()
    finally:
        result.database.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(db, yesterday, tmp_path):
    backup, _exported, _names = yesterday
    before = file_fingerprint(db.path)
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(backup.read_bytes())
    corrupt_table(broken)
    with pytest.raises(UserError, match="hỏng"):
        restorer(db).restore(broken)
    not_ours = tmp_path / "notes.txt"
    not_ours.write_text("biên bản", encoding="utf-8")
    with pytest.raises(UserError, match="không phải tệp dữ liệu"):
        restorer(db).restore(not_ours)
    assert file_fingerprint(db.path) == before
    assert member_names(db)  # the handle still works


def test_restoring_over_a_damaged_file_keeps_the_damaged_file_aside(db, yesterday):
    backup, exported, _names = yesterday
    add_members(db, [("Đinh Văn Lực", date(1988, 3, 3), date(2015, 3, 3), date(2016, 3, 3))])
    db.engine.dispose()
    raw = sqlite3.connect(db.path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    damaged_bytes = corrupt_table(db.path)
    result = restorer(db).restore(backup)
    try:
        assert "-damaged-" in result.safety_copy.name
        assert result.safety_copy.read_bytes() == damaged_bytes
        assert records_export(result.database) == exported
    finally:
        result.database.close()


def test_restore_into_a_new_file_on_another_pc(yesterday, tmp_path):
    backup, exported, names = yesterday
    target = tmp_path / "máy mới" / "chibo.sqlite"
    restore_into_new_file(backup, target)
    with open_database(target) as db:
        assert member_names(db) == names
    with pytest.raises(UserError, match="đã tồn tại"):
        restore_into_new_file(backup, target)

