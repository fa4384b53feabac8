"""Backups on disk: online-API snapshots, names, contents, thinning, second folder, change detection."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from safety_data import add_meeting, add_members, make_exempt

from desktop.clock import Clock
from desktop.services.backups import BackupService
from desktop.services.errors import UserError
from desktop.store.backup import (
    backup_file,
    connect_read_only,
    file_fingerprint,
    find_backups,
    parse_backup_name,
    unique_backup_path,
)


class HandClock(Clock):
    """A clock the test moves by hand: it reads `moment`."""

    def __init__(self, moment: datetime):
        super().__init__(lambda: self.moment)
        self.moment = moment


def member_count(path: Path) -> int:
    conn = connect_read_only(path)
    try:
        return conn.execute("SELECT count(*) FROM member").fetchone()[0]
    finally:
        conn.close()


def test_backup_of_an_open_file_holds_committed_rows_and_is_a_plain_file(db, tmp_path):
    add_members(db)
    target = backup_file(db.path, tmp_path / "out" / "copy.sqlite")
    assert member_count(target) == 5
    assert not target.with_name("copy.sqlite.partial").exists()
    conn = sqlite3.connect(target)
    # A backup must be usable alone: no WAL beside it, journal_mode DELETE, sound.
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_names_parse_back_and_never_collide(tmp_path):
    when = datetime(2026, 11, 18, 10, 45, 1)
    first = unique_backup_path(tmp_path, Path("chibo.sqlite"), "Trước khi nhập", when)
    first.write_bytes(b"x")
    second = unique_backup_path(tmp_path, Path("chibo.sqlite"), "Trước khi nhập", when)
    assert first.name == "chibo-20261118-104501-tr-c-khi-nh-p.sqlite"
    assert second.name == "chibo-20261118-104501-tr-c-khi-nh-p-2.sqlite"
    assert parse_backup_name(second.name, "chibo") == (when, "tr-c-khi-nh-p")
    assert parse_backup_name("chibo-damaged-20261118-104501.sqlite", "chibo") is None
    assert parse_backup_name("other-20261118-104501-auto.sqlite", "chibo") is None


def test_make_lists_backups_with_size_and_contents(db):
    ids = add_members(db)
    make_exempt(db, ids[4], date(2026, 1, 1))  # Hoàng Văn Em: exempt, still a member
    add_meeting(db, date(2025, 12, 4), ids[:4])
    add_meeting(db, date(2026, 1, 8), ids[:3], excused=[ids[3]])
    add_meeting(db, date(2026, 2, 5), ids[:4])
    service = BackupService(db, clock=Clock.fixed(datetime(2026, 11, 18, 9, 0)))
    result = service.make("manual")
    [info] = service.list()
    assert info.path == result.path and info.reason == "manual"
    assert info.made_at == datetime(2026, 11, 18, 9, 0)
    assert info.size_bytes == result.path.stat().st_size > 0
    contents = service.contents(info.path, info.made_at)
    # 5 members in the branch (the exempt one counts); meetings: 1 in 2025, 2 in 2026.
    assert contents.readable and contents.members == 5
    assert contents.meetings_by_year == ((2025, 1), (2026, 2))


def test_contents_of_a_foreign_file_say_so(tmp_path):
    other = tmp_path / "chibo-20261118-090000-manual.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x (a)")
    conn.close()
    from desktop.services.backups import read_contents

    contents = read_contents(other, date(2026, 11, 18))
    assert not contents.readable and "Không đọc được" in contents.problem


def test_thinning_runs_after_each_backup_in_both_folders(db, tmp_path):
    add_members(db)
    usb = tmp_path / "usb"
    clock = HandClock(datetime(2026, 11, 1, 8, 0))
    service = BackupService(db, clock=clock)
    service.configure(None, [usb])
    # One backup every 6 hours for 20 days: 80 backups.
    for _ in range(80):
        service.make("auto")
        clock.moment += timedelta(hours=6)
    last = clock.moment - timedelta(hours=6)
    # The last is 1 Nov 08:00 + 79 x 6 h = 21 Nov 02:00, so "today" is 21 Nov and holds 1.
    # One a day for the 14 days before it (7..20 Nov): 14. One a week before that: 1 Nov is the
    # Sunday ending ISO week 44, 2..6 Nov are in week 45: 2. Kept: 1 + 14 + 2 = 17 of 80.
    assert last == datetime(2026, 11, 21, 2, 0)
    for folder in (db.backup_dir, usb):
        kept = find_backups(folder, "chibo")
        assert len(kept) == 17, folder
        assert kept[0][1] == last
        assert [k[1] for k in kept[-2:]] == [datetime(2026, 11, 6, 20, 0),
                                            datetime(2026, 11, 1, 20, 0)]
    assert len(service.list()) == 34  # both folders listed


def test_a_missing_second_folder_does_not_fail_the_backup(db, tmp_path, clock):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("USB stick pulled out")
    service = BackupService(db, clock=clock)
    service.configure(None, [blocker / "backups"])
    result = service.make("auto")
    assert result.path.exists()
    assert result.copies == ()
    assert len(result.copy_failures) == 1 and "not-a-folder" in result.copy_failures[0]


def test_out_file_is_written_once_and_never_overwritten(db, tmp_path, clock):
    service = BackupService(db, clock=clock)
    out = tmp_path / "gửi sở" / "chi-bo-5.sqlite"
    assert service.make("manual", out=out).path == out
    with pytest.raises(UserError, match="đã tồn tại"):
        service.make("manual", out=out)


def test_changed_since_last_backup(db):
    service = BackupService(db, clock=Clock.fixed(datetime(2026, 11, 18, 9, 0)))
    assert service.changed_since_last_backup()  # no backup yet
    assert service.backup_if_changed("open") is not None
    assert not service.changed_since_last_backup()
    assert service.backup_if_changed("open") is None  # nothing new: no backup made
    add_members(db, [("Đặng Thị Hoa", date(1985, 6, 1), date(2012, 2, 3), date(2013, 2, 3))])
    assert service.changed_since_last_backup()


def test_fingerprint_equal_for_a_backup_and_its_source(db, tmp_path):
    add_members(db)
    copy = backup_file(db.path, tmp_path / "copy.sqlite")
    assert file_fingerprint(copy) == file_fingerprint(db.path)


def test_before_reports_a_failed_backup_as_user_error(db, tmp_path, clock):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    service = BackupService(db, clock=clock)
    service.configure(blocker / "sub")
    with pytest.raises(UserError, match="Không sao lưu được"):
        service.before("import")


def test_folder_names_that_look_like_uri_syntax(db, tmp_path):
    # "?", "#" and "%20" in a folder or file name must not cut the path short.
    add_members(db)
    odd = tmp_path / "Chi bộ #5 ?tạm" / "sổ%20cũ.sqlite"
    backup_file(db.path, odd)
    assert member_count(odd) == 5
    again = backup_file(odd, tmp_path / "Chi bộ #5 ?tạm" / "chibo-20261118-090000-manual.sqlite")
    assert file_fingerprint(again) == file_fingerprint(db.path)
    from desktop.services.backups import read_contents
    from desktop.services.data_check import check_path

    assert read_contents(again, date(2026, 11, 18)).members == 5
    assert check_path(odd, datetime(2026, 11, 18, 9, 0)).ok
