"""Check data: a sound file is clean; each kind of damage is explained; repairs copy the file
aside first, then fix in one transaction; a damaged copy is never overwritten."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from safety_data import add_meeting, add_members, corrupt_table, make_exempt

from desktop.clock import Clock
from desktop.services.data_check import DataCheckService, check_path
from desktop.services.errors import UserError

NOW = datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def branch(db):
    ids = add_members(db)
    make_exempt(db, ids[4], date(2026, 1, 1))
    meeting = add_meeting(db, date(2026, 3, 5), ids[:4])
    return db, ids, meeting


def raw_write(db, sql: str, *params) -> None:
    """Change the file behind the app's back, as another tool (or a bug) would."""
    conn = sqlite3.connect(db.path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_a_sound_file_is_clean(branch):
    db, _ids, _meeting = branch
    report = DataCheckService(db, clock=Clock.fixed(NOW)).check()
    assert report.ok and report.findings == () and report.damaged_copy is None


def test_wrong_expected_flag_and_orphans_are_repaired_after_a_copy_aside(branch):
    db, ids, meeting = branch
    # Hoàng Văn Em is exempt since January: marked expected, the rate would be wrong.
    raw_write(db, "INSERT INTO attendance (meeting_id, member_id, status, reason, expected) "
                  "VALUES (?, ?, 'present', '', 1)", meeting, ids[4])
    # An attendance row for a meeting that no longer exists (ON DELETE CASCADE: deletable).
    raw_write(db, "INSERT INTO attendance (meeting_id, member_id, status, reason, expected) "
                  "VALUES (999, ?, 'present', '', 1)", ids[0])
    service = DataCheckService(db, clock=Clock.fixed(NOW))
    report = service.check()
    codes = sorted(f.code for f in report.findings)
    assert codes == ["attendance_expected_flag", "foreign_key"]
    assert report.repairable == 2
    expected = next(f for f in report.findings if f.code == "attendance_expected_flag")
    assert "Hoàng Văn Em" in expected.message and "05/03/2026" in expected.message
    original = db.path.read_bytes()

    result = service.repair()
    assert result.repaired == 2 and result.after.ok
    assert result.damaged_copy.name == "chibo-damaged-20261118-100000.sqlite"
    assert result.damaged_copy.read_bytes() == original
    # A second repair on the same second never overwrites the first copy.
    raw_write(db, "UPDATE attendance SET expected = 1 WHERE member_id = ?", ids[4])
    second = service.repair()
    assert second.damaged_copy.name == "chibo-damaged-20261118-100000-2.sqlite"
    assert result.damaged_copy.read_bytes() == original


def test_a_number_outside_its_term_is_explained_without_repair(branch):
    # Duplicates cannot be written past the table's UNIQUE rule (the domain test covers them);
    # a number dated outside its term can, e.g. after the term's dates were corrected.
    db, _ids, _meeting = branch
    raw_write(db, "INSERT INTO term (start_date, end_date, label) "
                  "VALUES ('2025-08-01', '2030-07-31', '2025–2030')")
    raw_write(db, "INSERT INTO document_number (term_id, doc_type, seq, issued_on, subject) "
                  "VALUES (1, 'BB', 3, '2024-01-01', 'Biên bản')")
    expected = ["number_outside_term"]
    report = DataCheckService(db, clock=Clock.fixed(NOW)).check()
    assert sorted(f.code for f in report.findings) == expected
    assert report.findings[0].repair is None
    with pytest.raises(UserError, match="Không có lỗi nào"):
        DataCheckService(db, clock=Clock.fixed(NOW)).repair()


def test_a_broken_index_is_rebuilt(branch):
    db, ids, meeting = branch
    db.engine.dispose()
    conn = sqlite3.connect(db.path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # Make the index miss a row, as a crash on a disk that lies about fsync can: turn it into a
    # partial index that takes nothing, add a row, then give it back its real definition.
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = sql || ' WHERE 0' "
                 "WHERE name = 'ix_attendance_member_id'")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(db.path)
    conn.execute("INSERT INTO attendance (meeting_id, member_id, status, reason, expected) "
                 "VALUES (?, ?, 'present', '', 0)", (meeting, ids[4]))
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = replace(sql, ' WHERE 0', '') "
                 "WHERE name = 'ix_attendance_member_id'")
    conn.commit()
    conn.close()
    report = DataCheckService(db, clock=Clock.fixed(NOW)).check()
    # The damaged schema makes the index lie about attendance: the check sees index problems.
    assert report.findings and all(f.code == "index" for f in report.findings)
    assert all(f.repair for f in report.findings)
    assert report.records_checked and report.damaged_copy is None  # the data itself is intact
    result = DataCheckService(db, clock=Clock.fixed(NOW)).repair()
    assert result.after.ok and result.damaged_copy.exists()


def test_a_hand_corrupted_file_is_explained_and_kept_aside(branch, tmp_path):
    db, _ids, _meeting = branch
    db.close()
    raw = sqlite3.connect(db.path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    damaged = corrupt_table(db.path)
    report = check_path(db.path, NOW)
    assert not report.ok and not report.records_checked
    assert report.findings[0].source == "storage"
    assert "khôi phục từ bản sao lưu" in report.findings[0].message
    assert report.damaged_copy.read_bytes() == damaged
    # Checking again does not fill the disk with identical copies.
    assert check_path(db.path, datetime(2026, 11, 18, 11, 0)).damaged_copy == report.damaged_copy
    # And the file itself was not touched by the check.
    assert db.path.read_bytes() == damaged


def test_a_vote_with_more_hands_for_than_official_members_present_is_reported(branch):
    db, _ids, meeting = branch  # 4 official members present; Hoàng Văn Em exempt and absent
    for subject, counts in (("Thông qua nghị quyết tháng 3", (5, 0, 0)),
                            ("Kết nạp quần chúng ưu tú", (4, 1, 0)),
                            ("Phân công nhiệm vụ quý II", (4, 0, 0))):
        raw_write(db, "INSERT INTO vote (meeting_id, subject, votes_for, votes_against, "
                      "abstentions) VALUES (?, ?, ?, ?, ?)", meeting, subject, *counts)
    report = DataCheckService(db, clock=Clock.fixed(NOW)).check()
    assert [(f.code, f.detail) for f in report.findings] == [
        ("vote_for_exceeds_present", "vote #1"), ("vote_cast_exceeds_present", "vote #2")]
    first = report.findings[0]
    assert first.message.startswith("Buổi sinh hoạt thường kỳ ngày 05/03/2026")
    assert "«Thông qua nghị quyết tháng 3»: số tán thành (5) nhiều hơn số đảng viên chính thức " \
           "có mặt (4)" in first.message
    assert first.repair is None and report.repairable == 0
