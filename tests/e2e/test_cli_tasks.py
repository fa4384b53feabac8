"""`chibo tasks list/review`, `chibo resolution` and `meetings show --json` (issue 16)."""

from __future__ import annotations

import io
import json
from datetime import date, time

from pypdf import PdfReader
from suite_day import SUITE_CLOCK

from desktop.cli import main
from desktop.domain.enums import MeetingKind as K
from desktop.domain.tasks import TaskDraft
from desktop.services.meetings import MeetingInfo, MeetingService
from desktop.services.tasks import TaskService
from meeting_data import complete_minutes

FIELDS = {"id", "meeting_id", "text", "owner", "due_on", "status", "reviewed_at_meeting_id"}


def _two_months(db, ids):
    meetings, tasks = MeetingService(db, clock=SUITE_CLOCK), TaskService(db, clock=SUITE_CLOCK)
    oct_, _ = meetings.create(MeetingInfo(K.REGULAR, date(2026, 10, 7), time(19, 30), time(21, 10)))
    first, _ = tasks.add_task(oct_, TaskDraft("Vận động các hộ phân loại rác tại nguồn",
                                              ids["Phạm Thị Hương"], date(2026, 10, 31)))
    second, _ = tasks.add_task(oct_, TaskDraft("Thăm hỏi gia đình chính sách",
                                               ids["Lê Văn Tuấn"], date(2026, 11, 2)))
    complete_minutes(db, oct_)
    meetings.adopt(oct_)
    nov, _ = meetings.create(MeetingInfo(K.REGULAR, date(2026, 11, 4), time(19, 30), time(21, 10)))
    return oct_, nov, first, second


def run(db_path, *args) -> int:
    return main(["--db", str(db_path), *args], SUITE_CLOCK)


def test_review_list_and_print_the_resolution(db, db_path, meetings_branch, capsys, tmp_path):
    oct_, nov, first, second = _two_months(db, meetings_branch)
    db.close()
    assert run(db_path, "tasks", "review", str(nov), str(first), "--status", "done",
               "--note", "Đã xong") == 0
    assert run(db_path, "tasks", "review", str(nov), str(second), "--status", "late") == 0
    capsys.readouterr()
    assert run(db_path, "tasks", "review", str(nov), str(second), "--status", "xong") == 1
    err = capsys.readouterr().err
    assert "«Thăm hỏi gia đình chính sách» tại cuộc họp ngày 04/11/2026" in err
    assert run(db_path, "tasks", "list", "--year", "2026", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert all(set(r) == FIELDS for r in rows)
    assert [(r["status"], r["reviewed_at_meeting_id"], r["owner"]) for r in rows] == [
        ("done", nov, "Phạm Thị Hương"), ("late", nov, "Lê Văn Tuấn")]
    assert run(db_path, "tasks", "list", "--open", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run(db_path, "meetings", "show", str(nov), "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["tasks"] == [] and [t["id"] for t in shown["task_review"]] == [first, second]
    assert "speakers_share" in shown
    out = tmp_path / "nghi-quyet.pdf"
    assert run(db_path, "resolution", str(oct_), "--out", str(out)) == 0
    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
    text = " ".join(" ".join(p.extract_text().split()) for p in pages)  # a name may wrap
    for part in ("NGHỊ QUYẾT", "Số 01-NQ/CB", "I. KẾT QUẢ", "II. NHIỆM VỤ", "III. TỔ CHỨC",
                 "IV. TỰ ĐÁNH GIÁ", "Về nhiệm vụ tháng 10/2026", "Phạm Thị Hương", "31/10/2026", "xếp loại chất lượng"):
        assert part in text, part
    capsys.readouterr()
    assert run(db_path, "meetings", "show", str(oct_), "--json") == 0
    assert json.loads(capsys.readouterr().out)["resolution_code"] == "01-NQ/CB"
    assert run(db_path, "meetings", "show", str(oct_)) == 0
    assert "Nghị quyết: Số 01-NQ/CB" in capsys.readouterr().out


def test_done_late_before_the_deadline_is_refused(db, db_path, meetings_branch, capsys):
    meetings, tasks = MeetingService(db, clock=SUITE_CLOCK), TaskService(db, clock=SUITE_CLOCK)
    oct_, _ = meetings.create(MeetingInfo(K.REGULAR, date(2026, 10, 7), time(19, 30), time(21, 10)))
    task, _ = tasks.add_task(oct_, TaskDraft("Sửa loa phát thanh tổ 7", meetings_branch["Lê Văn Tuấn"],
                                             date(2026, 11, 4)))  # due the day of the next sitting
    complete_minutes(db, oct_)
    meetings.adopt(oct_)
    nov, _ = meetings.create(MeetingInfo(K.REGULAR, date(2026, 11, 4), time(19, 30), time(21, 10)))
    db.close()
    capsys.readouterr()
    assert run(db_path, "tasks", "review", str(nov), str(task), "--status", "late") == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.strip() == ("Lỗi: Nhiệm vụ «Sửa loa phát thanh tổ 7» chưa quá thời hạn 04/11/2026: "
                           "không ghi «hoàn thành chậm» tại cuộc họp ngày 04/11/2026.")
    assert run(db_path, "tasks", "list", "--json") == 0
    row = json.loads(capsys.readouterr().out)[0]
    assert (row["status"], row["reviewed_at_meeting_id"]) == ("open", None)


def test_a_corrected_revision_points_to_the_new_one(db, db_path, meetings_branch, capsys, tmp_path):
    oct_, _nov, _first, _second = _two_months(db, meetings_branch)
    newer, _ = MeetingService(db, clock=SUITE_CLOCK).correct(oct_)
    db.close()
    out = tmp_path / "nghi-quyet.pdf"
    assert run(db_path, "resolution", str(oct_), "--out", str(out)) == 1
    assert f"đã được đính chính bằng bản mới (mã {newer})" in capsys.readouterr().err
    assert not out.exists()
    assert run(db_path, "resolution", str(newer), "--out", str(out)) == 0
