"""A healthy file on a read-only medium opens read-only for viewing (never "damaged"); writes
are refused with a message; a full disk during any backup leaves no `.partial` and says so; a
failed migration leaves the file as it was and names the backup (issue 14)."""

from __future__ import annotations

import errno
import sqlite3
from datetime import date

import pytest
from read_only import read_only_view
from safety_data import add_members

import desktop.store.backup as store_backup
import desktop.store.database as store_database
from desktop.services.backups import BackupService
from desktop.services.errors import UserError
from desktop.services.member_import import MemberImportService
from desktop.services.members import MemberDraft, MembersService
from desktop.store.database import open_database
from desktop.store.errors import BackupFailed, DataFileError, ReadOnlyDataFile
from desktop.clock import Clock
from tests.suite_day import SUITE_CLOCK

TODAY = date(2026, 11, 18)


@pytest.fixture
def usb(tmp_path):
    """A stick holding a healthy data file (closed cleanly, so no -wal) and one backup of it."""
    folder = tmp_path / "usb"
    folder.mkdir()
    with open_database(folder / "chibo.sqlite", create=True) as db:
        add_members(db)
        BackupService(db, clock=SUITE_CLOCK).make("manual")
    return folder


def test_a_healthy_file_on_a_read_only_medium_opens_for_viewing(usb):
    with read_only_view(usb) as view:
        db = open_database(view / "chibo.sqlite")
        try:
            assert db.read_only and db.lock is None
            members = MembersService(db, clock=Clock.fixed(TODAY))
            assert len(members.list_members()) == 5
            with pytest.raises(ReadOnlyDataFile) as refused:
                members.create(MemberDraft("Vũ Thị Hạnh", date(1980, 1, 2)))
            assert "đang được mở chỉ để xem" in refused.value.message
            assert str(view / "chibo.sqlite") in refused.value.message
            backups = BackupService(db, clock=SUITE_CLOCK)
            listed = backups.list()  # the window's restore dialog lists these
            assert [b.reason for b in listed] == ["manual"]
            assert backups.contents(listed[0].path).members == 5
        finally:
            db.close()
    with open_database(usb / "chibo.sqlite") as db:  # writable again: an ordinary file
        assert not db.read_only and len(MembersService(db, clock=Clock.fixed(TODAY)).list_members()) == 5


def test_a_pending_wal_on_a_read_only_medium_is_not_called_damage(usb):
    live = usb / "chibo.sqlite"
    conn = sqlite3.connect(live)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE member SET notes = 'Chuyển từ chi bộ Tổ 3' WHERE id = 1")
    conn.commit()
    frozen = usb / "frozen"
    frozen.mkdir()
    for suffix in ("", "-wal"):  # copied while open, without its -shm
        (frozen / f"chibo.sqlite{suffix}").write_bytes((usb / f"chibo.sqlite{suffix}").read_bytes())
    conn.close()
    with read_only_view(frozen) as view, pytest.raises(DataFileError) as refused:
        open_database(view / "chibo.sqlite")
    assert refused.value.reason == "read_only_pending"


def test_a_read_only_file_needing_an_upgrade_says_so(usb, monkeypatch):
    monkeypatch.setattr(store_database, "head_revision", lambda: "0002")
    with read_only_view(usb) as view, pytest.raises(DataFileError) as refused:
        open_database(view / "chibo.sqlite")
    assert refused.value.reason == "read_only_old"


def test_a_file_seen_as_unwritable_is_opened_read_only_by_sqlite_too(db_path, monkeypatch):
    # Everywhere (also where no read-only medium can be made): SQLite itself refuses the write.
    with open_database(db_path, create=True) as db:
        add_members(db)
    for module in (store_backup, store_database):
        monkeypatch.setattr(module, "writable", lambda path: False)
    with open_database(db_path) as db:
        assert db.read_only
        with pytest.raises(ReadOnlyDataFile):
            MembersService(db, clock=Clock.fixed(TODAY)).create(MemberDraft("Vũ Thị Hạnh", date(1980, 1, 2)))


def _disk_full(path):
    raise OSError(errno.ENOSPC, "No space left on device", str(path))


def _no_partial(folder) -> bool:
    return not [p for p in folder.rglob("*") if ".partial" in p.name]


def test_a_full_disk_during_a_manual_backup_leaves_nothing_and_says_so(db, tmp_path, monkeypatch):
    add_members(db)
    monkeypatch.setattr(store_backup, "_fsync", _disk_full)
    with pytest.raises(UserError) as refused:
        BackupService(db, clock=SUITE_CLOCK).make("manual")
    assert refused.value.message.startswith("Ổ đĩa đã đầy: không ghi được bản sao lưu «chibo-")
    assert str(db.backup_dir) in refused.value.message
    assert _no_partial(tmp_path) and not list(db.backup_dir.glob("*.sqlite"))


def test_a_full_disk_before_an_import_writes_nothing(db, tmp_path, monkeypatch):
    source = tmp_path / "ds.csv"
    source.write_text("Họ và tên;Ngày sinh\nVũ Thị Hạnh;02/01/1980\n", encoding="utf-8")
    monkeypatch.setattr(store_backup, "_fsync", _disk_full)
    importer = MemberImportService(db, clock=Clock.fixed(TODAY))
    with pytest.raises(BackupFailed) as refused:
        importer.import_file(source)
    assert refused.value.reason == "disk_full" and "Ổ đĩa đã đầy" in refused.value.message
    assert _no_partial(tmp_path)
    assert MembersService(db, clock=Clock.fixed(TODAY)).list_members() == []


def test_a_full_disk_before_a_migration_leaves_the_file_unopened_and_no_partial(db_path, tmp_path, monkeypatch):
    with open_database(db_path, create=True) as db:
        add_members(db)
    monkeypatch.setattr(store_database, "head_revision", lambda: "0002")
    monkeypatch.setattr(store_backup, "_fsync", _disk_full)
    with pytest.raises(BackupFailed) as refused:
        open_database(db_path)
    assert refused.value.reason == "disk_full"
    assert _no_partial(tmp_path)
    monkeypatch.undo()
    with open_database(db_path) as db:  # the lock was released, the file untouched
        assert len(MembersService(db, clock=Clock.fixed(TODAY)).list_members()) == 5


def test_sqlite_own_disk_full_error_is_worded_the_same(tmp_path):
    failure = sqlite3.OperationalError("database or disk is full")
    failure.sqlite_errorcode = 13
    said = store_backup.backup_failure(tmp_path / "b.sqlite", failure)
    assert said.reason == "disk_full"


def test_a_failed_migration_names_the_backup_and_changes_nothing(db_path, monkeypatch):
    with open_database(db_path, create=True) as db:
        add_members(db)
    before = db_path.read_bytes()
    monkeypatch.setattr(store_database, "head_revision", lambda: "0002")

    def broken(engine):  # noqa: ANN001
        raise sqlite3.OperationalError("no such column: member.title")

    monkeypatch.setattr(store_database, "upgrade_to_head", broken)
    with pytest.raises(DataFileError) as refused:
        open_database(db_path)
    assert refused.value.reason == "migration_failed"
    assert refused.value.backup.exists() and "before-migration" in refused.value.backup.name
    assert db_path.read_bytes() == before


def test_a_medium_that_claims_to_be_writable_but_refuses_writes(usb, monkeypatch):
    # Windows only checks a file's read-only attribute: a write-protected stick looks writable
    # until the lock file or SQLite's -shm cannot be made there.
    for module in (store_backup, store_database):
        monkeypatch.setattr(module, "writable", lambda path: True)
    with read_only_view(usb) as view:
        with open_database(view / "chibo.sqlite") as db:
            assert db.read_only and db.lock is None
            assert len(MembersService(db, clock=Clock.fixed(TODAY)).list_members()) == 5
            with pytest.raises(ReadOnlyDataFile):
                MembersService(db, clock=Clock.fixed(TODAY)).create(MemberDraft("Vũ Thị Hạnh", date(1980, 1, 2)))
