"""Restore: yesterday's backup gives yesterday's records exactly; the current file is kept first;
the chosen backup survives the thinning that follows the safety backup; every failure is a
message naming the file, with the data file left as it was."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest
from safety_data import PEOPLE, add_meeting, add_members, corrupt_table

from desktop.clock import Clock
from desktop.services.backups import BackupService
from desktop.services.changes import Changed
from desktop.services.errors import UserError
from desktop.services.members import MemberDraft, MembersService
from desktop.services.records import RecordsService
from desktop.services.restore import (
    RestoreService,
    restore_into_new_file,
    restore_over_unopenable,
)
from desktop.store.backup import file_fingerprint, find_backups
from desktop.store.database import open_database
from desktop.store.lock import FileLockedError
from tests.suite_day import SUITE_CLOCK

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
    RecordsService(db, clock=SUITE_CLOCK).export_file(out)
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


# --- the chosen backup is never lost ------------------------------------------------------------
# 20 Nov 2026 (a Friday); 45 days earlier is Tuesday 6 Oct, ISO week 41, and Friday 9 Oct is in
# the same week: relative to "now" both are in the one-a-week zone, where thinning keeps only
# the newer. The safety backup made before a restore thins the folder.
FRIDAY = datetime(2026, 11, 20, 10, 0)
CHOSEN = FRIDAY - timedelta(days=45)
SAME_WEEK = CHOSEN + timedelta(days=3)
NEW_NAMES = [("Lưu Thị Mến", date(1987, 4, 4), date(2016, 7, 1), date(2017, 7, 1)),
             ("Tạ Quang Vinh", date(1979, 12, 12), date(2009, 1, 9), date(2010, 1, 9))]


@pytest.fixture
def older_backups(db):
    """The chosen 45-day-old backup (5 members) and a newer one of its week (6 members); the
    file itself now holds 7 members."""
    add_members(db)
    chosen = BackupService(db, clock=Clock.fixed(CHOSEN)).make("close").path
    add_members(db, NEW_NAMES[:1])
    newer = BackupService(db, clock=Clock.fixed(SAME_WEEK)).make("close").path
    add_members(db, NEW_NAMES[1:])
    assert CHOSEN.isocalendar()[:2] == SAME_WEEK.isocalendar()[:2] == (2026, 41)
    return chosen, newer


def test_a_45_day_old_backup_is_restored_though_a_newer_one_shares_its_week(db, older_backups):
    chosen, newer = older_backups
    result = restorer(db, FRIDAY).restore(chosen)
    try:
        assert member_names(result.database) == sorted(p[0] for p in PEOPLE)
        assert chosen.exists() and newer.exists()
        assert result.safety_copy.name == "chibo-20261120-100000-before-restore.sqlite"
    finally:
        result.database.close()


def test_thinning_spares_a_pinned_backup_and_only_while_pinned(db, older_backups):
    chosen, newer = older_backups
    backups = BackupService(db, clock=Clock.fixed(FRIDAY))
    with backups.pinned(chosen):
        made = backups.make("manual")
        assert chosen.exists() and chosen not in made.deleted
    again = backups.make("manual")
    assert again.deleted == (chosen,)  # the policy resumes: one a week, the newer stays
    assert newer.exists()


def test_a_pin_covers_the_same_file_listed_through_another_path(db, older_backups, monkeypatch):
    chosen, _newer = older_backups
    monkeypatch.chdir(db.path.parent)
    backups = BackupService(db, folders=[db.backup_dir.relative_to(db.path.parent)],
                            clock=Clock.fixed(FRIDAY))
    with backups.pinned(chosen):
        backups.make("manual")
    assert chosen.exists()


def test_a_backup_gone_while_restoring_is_a_message_and_nothing_changes(db, older_backups,
                                                                        monkeypatch):
    chosen, _newer = older_backups
    before = file_fingerprint(db.path)
    service = restorer(db, FRIDAY)

    def unplugged(path, key=None):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr("desktop.services.restore.connect_read_only", unplugged)
    with pytest.raises(UserError) as caught:
        service.restore(chosen)
    assert str(chosen) in caught.value.message and "không bị thay đổi" in caught.value.message
    assert caught.value.render("en").startswith("The backup “")
    monkeypatch.undo()
    assert file_fingerprint(db.path) == before
    assert len(member_names(db)) == 7  # the handle still works


def test_a_failed_write_into_the_file_rolls_back(db, older_backups, monkeypatch):
    chosen, _newer = older_backups
    before = file_fingerprint(db.path)
    real_connect = sqlite3.connect

    def full_disk(target, *args, **kwargs):
        if str(target) == str(db.path):
            raise sqlite3.OperationalError("database or disk is full")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr("desktop.store.cipher.sqlite3.connect", full_disk)
    with pytest.raises(UserError, match="vẫn giữ nguyên dữ liệu cũ") as caught:
        restorer(db, FRIDAY).restore(chosen)
    assert str(db.path) in caught.value.message and "disk is full" in caught.value.message
    monkeypatch.undo()
    assert file_fingerprint(db.path) == before
    assert len(member_names(db)) == 7


def test_restoring_into_a_new_file_that_cannot_be_written_leaves_nothing(yesterday, tmp_path):
    backup, _exported, _names = yesterday
    blocker = tmp_path / "ổ USB"
    blocker.write_text("không phải thư mục")
    with pytest.raises(UserError, match="Không chép được") as caught:
        restore_into_new_file(backup, blocker / "chibo.sqlite")
    assert str(blocker / "chibo.sqlite") in caught.value.message
    assert blocker.read_text() == "không phải thư mục"


def test_a_failed_copy_over_a_damaged_file_leaves_it_in_place(db, yesterday, monkeypatch):
    backup, _exported, _names = yesterday
    db.close()
    damaged = corrupt_table(db.path)

    def broken_copy(source, target, key=None):
        target.with_name(target.name + ".partial").write_bytes(b"half")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("desktop.services.restore.backup_file", broken_copy)
    with pytest.raises(UserError, match="Không chép được"):
        restore_over_unopenable(backup, db.path, NOW)
    assert db.path.read_bytes() == damaged
    assert not list(db.path.parent.glob("*.restoring*"))
    assert len(find_backups(db.backup_dir, "chibo")) == 1  # the backup itself is untouched


def test_a_copy_that_reads_back_wrong_puts_the_old_records_back(db, older_backups, monkeypatch):
    chosen, _newer = older_backups
    before = member_names(db)
    # A failing disk: the copy committed but does not read back sound.
    monkeypatch.setattr("desktop.services.restore._reads_back_sound", lambda path, key=None: False)
    with pytest.raises(UserError, match="đưa dữ liệu cũ trở lại") as caught:
        restorer(db, FRIDAY).restore(chosen)
    assert str(db.path) in caught.value.message and str(chosen) in caught.value.message
    assert member_names(db) == before


def test_a_file_that_cannot_be_reopened_after_the_restore_is_a_message(db, older_backups,
                                                                       monkeypatch):
    chosen, _newer = older_backups

    def taken(path, **kwargs):
        raise FileLockedError(path, None)

    monkeypatch.setattr("desktop.services.restore.open_database", taken)
    with pytest.raises(UserError, match="không mở lại được tệp") as caught:
        restorer(db, FRIDAY).restore(chosen)
    assert str(db.path) in caught.value.message and "cửa sổ Sổ Chi bộ khác" in caught.value.message
    monkeypatch.undo()
    with open_database(db.path) as reopened:  # the records of the backup are in the file
        assert member_names(reopened) == sorted(p[0] for p in PEOPLE)
