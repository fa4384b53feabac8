"""Issue 19's "done when", in the order a new user would try it: create an encrypted branch file,
record a meeting, close; the SQLite shell and `strings | grep` find nothing in the file or in a
backup on the USB folder; reopen with the passphrase, then with the recovery code; change the
passphrase; restore yesterday's backup; convert the demo file and get the same records export."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, time, timedelta

from encrypted_data import NEW_PASSPHRASE, PASSPHRASE, PROFILE, leaks
from safety_data import PEOPLE, add_members
from suite_day import SUITE_CLOCK

from desktop.cli import main
from desktop.clock import Clock
from desktop.domain.enums import AttendanceStatus, MeetingKind
from desktop.services.backups import BackupService
from desktop.services.branch import BranchService
from desktop.services.encryption import EncryptionService
from desktop.services.file_secrets import FileSecret, open_data_file, recovery_code_of
from desktop.services.meetings import MeetingInfo, MeetingService
from desktop.services.members import MembersService
from desktop.services.restore import BackupKeyNeeded, RestoreService
from desktop.store.cipher import file_kind

TODAY = SUITE_CLOCK
YESTERDAY = Clock.fixed(SUITE_CLOCK.now() - timedelta(days=1))
MEETING_PLACE = "Hội trường Tổ dân phố số 5, ngõ Văn Chương"


def _sqlite_shell_fails(path) -> bool:
    shell = shutil.which("sqlite3")
    if shell is None:  # the Python module stands in for it: same library, same answer
        import sqlite3

        try:
            sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()
        except sqlite3.DatabaseError:
            return True
        return False
    done = subprocess.run([shell, str(path), ".tables"], capture_output=True, text=True, timeout=30)
    return done.returncode != 0 and "not a database" in done.stderr


def test_the_story_of_issue_19(tmp_path, capsys):
    folder, usb = tmp_path / "du-lieu", tmp_path / "usb"
    path = folder / "chibo.sqlite"
    secret = FileSecret.passphrase(PASSPHRASE)

    # Create the encrypted file, record a meeting, back up (with a copy on the stick), close.
    folder.mkdir()
    db = open_data_file(path, secret, create=True)
    code = recovery_code_of(db.key)
    BranchService(db).save_profile(PROFILE)
    ids = add_members(db)
    meetings = MeetingService(db, clock=TODAY)
    meeting_id, _ = meetings.create(MeetingInfo(MeetingKind.REGULAR, date(2026, 11, 5), time(8, 0), time(9, 40),
                                                MEETING_PLACE, "Sinh hoạt chi bộ thường kỳ tháng 11"))
    meetings.set_attendance(meeting_id, ids[4], AttendanceStatus.EXCUSED, "Đi công tác Hải Phòng")
    backups = BackupService(db, clock=YESTERDAY)
    backups.configure(None, [usb])
    made = backups.make("close")
    db.close()
    assert made.copies and not made.copy_failures

    # Nothing of it can be read without the passphrase.
    for target in (path, made.path, *made.copies):
        assert file_kind(target) == "encrypted" and _sqlite_shell_fails(target)
    names = (*(name for name, *_ in PEOPLE), MEETING_PLACE, "Đi công tác Hải Phòng")
    assert leaks(tmp_path, names) == []

    # Reopen with the passphrase, then with the recovery code (from the command line too).
    for again in (secret, FileSecret.recovery_code(code)):
        with open_data_file(path, again) as reopened:
            assert len(MeetingService(reopened, clock=TODAY).list_meetings(2026)) == 1
    pass_file = tmp_path / "mat-khau.txt"
    pass_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert main(["--db", str(path), "--passphrase-file", str(pass_file), "meetings", "list",
                 "--year", "2026"], TODAY) == 0
    assert "05/11/2026" in capsys.readouterr().out

    # Change the passphrase; a member added afterwards; restore yesterday's backup.
    db = open_data_file(path, secret)
    clock = TODAY
    EncryptionService(db, BackupService(db, clock=clock), clock=clock).change_passphrase(
        secret, NEW_PASSPHRASE, NEW_PASSPHRASE)
    add_members(db, [("Đoàn Thị Nga", date(1988, 6, 1), date(2015, 2, 3), date(2016, 2, 3))])
    restore = RestoreService(db, BackupService(db, clock=clock), clock=clock)
    try:
        restore.restore(made.path)
        raise AssertionError("a backup under the old passphrase was restored without it")
    except BackupKeyNeeded:
        pass
    result = restore.restore(made.path, secret)
    assert len(MembersService(result.database, clock=clock).list_members()) == 5
    result.database.close()
    with open_data_file(path, FileSecret.passphrase(NEW_PASSPHRASE)) as reopened:
        assert len(MeetingService(reopened, clock=TODAY).list_meetings(2026)) == 1
    assert leaks(tmp_path, names) == []

    # Convert the demo file: the records export is the same before and after.
    demo = tmp_path / "demo.sqlite"
    assert main(["--db", str(demo), "demo", "--year", "2026"], TODAY) == 0
    assert main(["--db", str(demo), "records", "export", "--out", str(tmp_path / "truoc.json")], TODAY) == 0
    assert main(["--db", str(demo), "--passphrase-file", str(pass_file), "encrypt"], TODAY) == 0
    assert main(["--db", str(demo), "--passphrase-file", str(pass_file), "records", "export",
                 "--out", str(tmp_path / "sau.json")], TODAY) == 0
    assert (tmp_path / "truoc.json").read_bytes() == (tmp_path / "sau.json").read_bytes()
    assert file_kind(demo) == "encrypted" and _sqlite_shell_fails(demo)
