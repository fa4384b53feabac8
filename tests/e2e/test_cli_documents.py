"""`chibo minutes / attendance-sheet / register / forms` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, time

from suite_day import SUITE_CLOCK

from desktop.cli import main
from desktop.documents.kit import PageSetup
from desktop.domain.enums import AttendanceStatus as A
from desktop.domain.enums import MeetingKind as K
from desktop.services.documents import DocumentService
from desktop.services.meetings import MeetingInfo, MeetingService
from meeting_data import complete_minutes
from desktop.store.database import open_database
from tests.documents.conftest import one_line, pdf_text


def _adopted_meeting(db, ids) -> int:
    svc = MeetingService(db, clock=SUITE_CLOCK)
    meeting, _ = svc.create(MeetingInfo(K.REGULAR, date(2026, 1, 8), time(19, 30), time(21, 15)))
    svc.set_attendance(meeting, ids["Phạm Thị Hương"], A.EXCUSED, "Ốm")
    svc.set_attendance(meeting, ids["Huỳnh Thị Yến"], A.UNEXCUSED)
    complete_minutes(db, meeting)
    svc.adopt(meeting)
    return meeting


def test_minutes_from_the_id_meetings_list_prints(db, db_path, meetings_branch, tmp_path, capsys):
    _adopted_meeting(db, meetings_branch)
    db.close()
    assert main(["--db", str(db_path), "meetings", "list", "--year", "2026", "--json"], SUITE_CLOCK) == 0
    meeting_id = json.loads(capsys.readouterr().out)[0]["id"]
    out = tmp_path / "bien-ban.pdf"
    assert main(["--db", str(db_path), "minutes", str(meeting_id), "--out", str(out)], SUITE_CLOCK) == 0
    assert "Đã ghi biên bản vào" in capsys.readouterr().out
    text = one_line(pdf_text(out.read_bytes()))
    # 32 members: 1 exempt, 1 attached elsewhere → 30 expected; 28 present (93,3 %).
    assert "Số 01-BB/CB" in text and "Có mặt: 28/30 đồng chí" in text and "93,3%" in text
    assert "Phạm Thị Hương (ốm)" in text and "Vắng không lý do: 1 đồng chí: Huỳnh Thị Yến" in text
    # The CLI writes the very bytes the app previews (same settings → same PageSetup).
    database = open_database(db_path)
    try:
        assert out.read_bytes() == DocumentService(database, clock=SUITE_CLOCK).minutes_pdf(meeting_id, PageSetup())
    finally:
        database.close()


def test_sheet_register_and_forms(db, db_path, meetings_branch, tmp_path, capsys):
    meeting_id = _adopted_meeting(db, meetings_branch)
    db.close()
    runs = {
        "sheet.pdf": ["attendance-sheet", str(meeting_id)],
        "register.pdf": ["register", "--year", "2026"],
        "commitment.pdf": ["forms", "commitment", "--year", "2026"],
        "review.pdf": ["forms", "self-review", "--member", str(meetings_branch["Lê Văn Tuấn"]),
                       "--year", "2026"],
    }
    for name, args in runs.items():
        assert main(["--db", str(db_path), *args, "--out", str(tmp_path / name)], SUITE_CLOCK) == 0, name
    assert "Đặng Thị Ngọc Ánh" in pdf_text((tmp_path / "sheet.pdf").read_bytes())
    assert "08/01/2026" in pdf_text((tmp_path / "register.pdf").read_bytes())
    assert "BẢN CAM KẾT" in pdf_text((tmp_path / "commitment.pdf").read_bytes())
    assert "Họ và tên: Lê Văn Tuấn" in one_line(pdf_text((tmp_path / "review.pdf").read_bytes()))


def test_unknown_meeting_is_one_vietnamese_line_and_exit_1(db, db_path, meetings_branch, tmp_path, capsys):
    db.close()
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db_path), "minutes", "4242", "--out", str(out)], SUITE_CLOCK) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Lỗi: Không tìm thấy cuộc họp có mã 4242") and "\n" not in err
    assert not out.exists() and not (tmp_path / "x.pdf.tmp").exists()


def test_real_command_line(db, db_path, meetings_branch, tmp_path):
    meeting_id = _adopted_meeting(db, meetings_branch)
    db.close()
    out = tmp_path / "ds.pdf"
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db_path),
                           "attendance-sheet", str(meeting_id), "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    bad = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db_path),
                          "minutes", "abc", "--out", str(out)], capture_output=True, text=True,
                         timeout=120)
    assert bad.returncode == 2


def test_an_out_that_cannot_be_written_names_the_file_asked_for(db, db_path, meetings_branch,
                                                                 tmp_path, capsys, monkeypatch):
    meeting_id = _adopted_meeting(db, meetings_branch)
    db.close()
    missing = tmp_path / "khong-co" / "x.pdf"
    commands = (["minutes", str(meeting_id)], ["resolution", str(meeting_id)],
                ["register", "--year", "2026"], ["dues", "book", "--year", "2026"],
                ["members", "card", str(meetings_branch["Lê Văn Tuấn"])])
    for args in commands:
        assert main(["--db", str(db_path), *args, "--out", str(missing)], SUITE_CLOCK) == 1, args
        err = capsys.readouterr().err.strip()
        assert err == (f"Lỗi: Không ghi được tệp «{missing}»: thư mục «{missing.parent}» không tồn "
                       "tại. Hãy tạo thư mục đó hoặc chọn nơi lưu khác."), args
    assert main(["--db", str(db_path), "evaluate", "--year", "2026", "--pdf", str(missing)],
                SUITE_CLOCK) == 1
    assert f"«{missing}»" in capsys.readouterr().err
    # A folder given as the file.
    assert main(["--db", str(db_path), "minutes", str(meeting_id), "--out", str(tmp_path)],
                SUITE_CLOCK) == 1
    assert "đây là một thư mục" in capsys.readouterr().err
    # No permission to write in the folder (the suite may run as root: the refusal is simulated).
    out = tmp_path / "bien-ban.pdf"

    def refused(self, data):  # noqa: ANN001, ANN202
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr("pathlib.Path.write_bytes", refused)
    assert main(["--db", str(db_path), "resolution", str(meeting_id), "--out", str(out)],
                SUITE_CLOCK) == 1
    err = capsys.readouterr().err.strip()
    assert err == (f"Lỗi: Không ghi được tệp «{out}»: ổ chỉ đọc hoặc không có quyền ghi. Không có "
                   "tệp nào bị ghi dở.")
    assert ".tmp" not in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in {".pdf", ".tmp"}) == []


def test_the_register_and_records_exports_name_the_file_asked_for(db, db_path, meetings_branch,
                                                                    tmp_path, capsys):
    db.close()
    for args, name in ((["members", "export"], "dang-vien.xlsx"),
                       (["records", "export"], "ho-so.json")):
        missing = tmp_path / "khong-co" / name
        assert main(["--db", str(db_path), *args, "--out", str(missing)], SUITE_CLOCK) == 1, args
        err = capsys.readouterr().err.strip()
        # The file asked for and why, never its temporary twin (it named «….xlsx.partial»).
        assert err == (f"Lỗi: Không ghi được tệp «{missing}»: thư mục «{missing.parent}» không tồn "
                       "tại. Hãy tạo thư mục đó hoặc chọn nơi lưu khác."), args
    # A folder given as the file: the example is a file of the kind asked for.
    folder = tmp_path / "ho-so.json"
    folder.mkdir()
    assert main(["--db", str(db_path), "records", "export", "--out", str(folder)], SUITE_CLOCK) == 1
    assert f"ví dụ «{folder / 'tep.json'}»" in capsys.readouterr().err
    assert not (tmp_path / "khong-co").exists()
    assert list(folder.iterdir()) == []


def test_an_out_that_is_a_pipe_is_refused_and_a_link_is_written_through(db, db_path, meetings_branch,
                                                                         tmp_path, capsys):
    """A pipe (or a device such as /dev/full) given as --out was replaced by a regular file; a
    link was replaced by a file instead of its target being written."""
    import os

    db.close()
    pipe = tmp_path / "ong-dan"
    os.mkfifo(pipe)
    assert main(["--db", str(db_path), "records", "export", "--out", str(pipe)], SUITE_CLOCK) == 1
    assert "không phải một tệp thường" in capsys.readouterr().err
    assert pipe.is_fifo()
    target, link = tmp_path / "that.json", tmp_path / "link.json"
    target.write_text("{}", encoding="utf-8")
    link.symlink_to(target)
    assert main(["--db", str(db_path), "records", "export", "--out", str(link)], SUITE_CLOCK) == 0
    assert link.is_symlink() and target.stat().st_size > 1000


def test_a_letter_that_cannot_be_written_records_no_transfer(db, db_path, meetings_branch, tmp_path,
                                                             capsys):
    member = next(iter(meetings_branch.values()))
    db.close()
    missing = tmp_path / "khong-co" / "giay.pdf"
    code = main(["--db", str(db_path), "members", "transfer", str(member), "--out", "Đảng bộ xã X",
                 "--letter", "7-GGT", "--on", "2026-11-02", "--letter-pdf", str(missing)], SUITE_CLOCK)
    out, err = capsys.readouterr()
    assert code == 1 and "Đã ghi" not in out and str(missing) in err
    assert main(["--db", str(db_path), "members", "list", "--json"], SUITE_CLOCK) == 0
    listed = {m["id"]: m for m in json.loads(capsys.readouterr().out)}
    assert listed[member]["standing"] != "left"
