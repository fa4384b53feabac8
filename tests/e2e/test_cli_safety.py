"""The safety commands as a user runs them: backup, restore, check (exit codes and Vietnamese)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

from safety_data import PEOPLE, add_members, corrupt_table
from suite_day import SUITE_CLOCK

from desktop.cli import main
from desktop.clock import Clock
from desktop.services.backups import BackupService
from desktop.services.members import MembersService
from desktop.store.database import open_database


def names(path) -> list[str]:
    with open_database(path) as db:
        return sorted(r.full_name for r in MembersService(db, clock=SUITE_CLOCK).list_members())


def checkpoint(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_backup_change_restore_check_round_trip(db_path, tmp_path, capsys):
    with open_database(db_path, create=True) as db:
        add_members(db)
    before = names(db_path)
    out = tmp_path / "usb" / "hôm qua.sqlite"
    assert main(["--db", str(db_path), "backup", "--out", str(out)], SUITE_CLOCK) == 0
    assert "Đã sao lưu vào" in capsys.readouterr().out
    assert main(["--db", str(db_path), "backup", "--out", str(out)], SUITE_CLOCK) == 1
    assert "đã tồn tại" in capsys.readouterr().err

    with open_database(db_path) as db:
        add_members(db, [("Bùi Thị Lan", date(1992, 9, 9), date(2020, 2, 3), date(2021, 2, 3))])
    assert names(db_path) != before

    assert main(["--db", str(db_path), "restore", str(out)], SUITE_CLOCK) == 0
    printed = capsys.readouterr().out
    assert "Đã khôi phục" in printed and "before-restore" in printed
    assert names(db_path) == before

    assert main(["--db", str(db_path), "check"], SUITE_CLOCK) == 0
    assert "không phát hiện vấn đề nào" in capsys.readouterr().out


def test_check_of_a_hand_corrupted_file_explains_and_keeps_a_copy(db_path, capsys):
    with open_database(db_path, create=True) as db:
        add_members(db)
    checkpoint(db_path)
    damaged = corrupt_table(db_path)
    assert main(["--db", str(db_path), "check"], SUITE_CLOCK) == 1
    printed = capsys.readouterr().out
    assert "phát hiện" in printed and "[Tệp]" in printed
    assert "khôi phục từ bản sao lưu" in printed
    copies = list(db_path.parent.glob("chibo-damaged-*.sqlite"))
    assert len(copies) == 1 and copies[0].read_bytes() == damaged
    assert db_path.read_bytes() == damaged  # checking never writes the file

    assert main(["--db", str(db_path), "check", "--json"], SUITE_CLOCK) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["damaged_copy"] == str(copies[0])
    assert report["problems"][0]["source"] == "storage"


def test_check_repair_fixes_what_is_safe(db_path, capsys):
    with open_database(db_path, create=True) as db:
        ids = add_members(db)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("INSERT INTO situation_event (member_id, kind, \"on\", note) "
                 "VALUES (777, 'exempt_from', '2026-01-01', '')")  # member 777 does not exist
    conn.commit()
    conn.close()
    assert main(["--db", str(db_path), "check"], SUITE_CLOCK) == 1
    assert "--repair" in capsys.readouterr().out
    assert main(["--db", str(db_path), "check", "--repair"], SUITE_CLOCK) == 0
    printed = capsys.readouterr().out
    assert "sửa 1 vấn đề" in printed and "không phát hiện vấn đề nào" in printed
    assert len(names(db_path)) == len(ids)


def test_check_of_something_that_is_not_a_data_file(tmp_path, capsys):
    fake = tmp_path / "biên bản.docx"
    fake.write_bytes(b"PK\x03\x04 not a database at all" * 50)
    assert main(["--db", str(fake), "check"], SUITE_CLOCK) == 1
    printed = capsys.readouterr().out
    assert "SQLite không đọc được tệp" in printed


def test_restore_from_a_missing_file_is_one_vietnamese_line(db_path, tmp_path, capsys):
    with open_database(db_path, create=True):
        pass
    assert main(["--db", str(db_path), "restore", str(tmp_path / "không có.sqlite")], SUITE_CLOCK) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Không tìm thấy bản sao lưu «") and err.count("\n") == 1
    assert "không có.sqlite" in err and "Traceback" not in err


def test_restore_over_a_file_too_damaged_to_open(db_path, tmp_path, capsys):
    with open_database(db_path, create=True) as db:
        add_members(db)
    good = names(db_path)
    backup = tmp_path / "tối qua.sqlite"
    assert main(["--db", str(db_path), "backup", "--out", str(backup)], SUITE_CLOCK) == 0
    checkpoint(db_path)
    damaged = corrupt_table(db_path)
    assert main(["--db", str(db_path), "meetings", "list"], SUITE_CLOCK) == 1  # the app cannot open it
    capsys.readouterr()
    assert main(["--db", str(db_path), "restore", str(backup)], SUITE_CLOCK) == 0
    printed = capsys.readouterr().out
    assert "bị hỏng nên không mở được" in printed
    [kept] = db_path.parent.glob("chibo-damaged-*.sqlite")
    assert kept.read_bytes() == damaged
    assert names(db_path) == good


def test_restore_never_replaces_a_file_that_is_not_ours(tmp_path, capsys):
    other = tmp_path / "bảng lương.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE luong (ten TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    backup = tmp_path / "b.sqlite"
    with open_database(tmp_path / "src.sqlite", create=True) as db:
        add_members(db)
        db.backup("manual", backup)
    assert main(["--db", str(other), "restore", str(backup)], SUITE_CLOCK) == 1
    assert "không phải của Sổ Chi bộ" in capsys.readouterr().err
    assert other.read_bytes() == before


def test_restoring_a_45_day_old_backup_that_shares_its_week_keeps_it(db_path, capsys):
    # Tuesday 6 Oct and Friday 9 Oct 2026 are both in ISO week 41; on Friday 20 Nov the
    # thinning after the safety backup keeps one backup of that week: the newer.
    with open_database(db_path, create=True) as db:
        add_members(db)
        chosen = BackupService(db, clock=Clock.fixed(datetime(2026, 10, 6, 18, 0))).make("close").path
        add_members(db, [("Lưu Thị Mến", date(1987, 4, 4), date(2016, 7, 1), date(2017, 7, 1))])
        BackupService(db, clock=Clock.fixed(datetime(2026, 10, 9, 18, 0))).make("close")
    friday = Clock.fixed(datetime(2026, 11, 20, 10, 0))
    assert main(["--db", str(db_path), "restore", str(chosen)], friday) == 0
    out, err = capsys.readouterr()
    assert "Đã khôi phục" in out and "20261120-100000-before-restore" in out and err == ""
    assert chosen.exists()
    assert names(db_path) == sorted(p[0] for p in PEOPLE)
