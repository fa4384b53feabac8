"""`chibo meetings list/show/year` as a user runs them (in-process through cli.main)."""

from __future__ import annotations

import json
from datetime import date, time

from suite_day import SUITE_CLOCK

from desktop.cli import main
from desktop.domain.enums import AttendanceStatus as A
from desktop.domain.enums import MeetingKind as K
from desktop.services.meetings import MeetingInfo, MeetingService
from meeting_data import complete_minutes

CONTRACT = {"id", "kind", "date", "duration_minutes", "expected", "present", "excused",
            "unexcused", "attendance_rate", "quality", "number", "status"}


def _record_two(db, ids):
    svc = MeetingService(db, clock=SUITE_CLOCK)
    jan, _ = svc.create(MeetingInfo(K.REGULAR, date(2026, 1, 8), time(19, 30), time(21, 15)))
    svc.set_attendance(jan, ids["Phạm Thị Hương"], A.EXCUSED, "Ốm")
    svc.set_attendance(jan, ids["Lê Văn Tuấn"], A.EXCUSED, "Đi công tác")
    svc.set_attendance(jan, ids["Huỳnh Thị Yến"], A.UNEXCUSED)
    complete_minutes(db, jan)
    svc.adopt(jan)
    feb, _ = svc.create(MeetingInfo(K.COMMITTEE, date(2026, 2, 2)))
    return jan, feb


def test_list_json_contract(db, db_path, meetings_branch, capsys):
    jan, feb = _record_two(db, meetings_branch)
    db.close()  # the CLI opens the file itself
    assert main(["--db", str(db_path), "meetings", "list", "--year", "2026", "--json"], SUITE_CLOCK) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [jan, feb]
    assert CONTRACT <= rows[0].keys()
    first = rows[0]
    # 30 expected, 27 present → 0.9; 105 minutes
    assert (first["expected"], first["present"], first["excused"], first["unexcused"]) == (30, 27, 2, 1)
    assert first["attendance_rate"] == 0.9 and first["duration_minutes"] == 105
    assert first["number"] == "01-BB/CB" and first["status"] == "adopted" and first["kind"] == "regular"
    assert rows[1]["number"] is None and rows[1]["expected"] == 5


def test_list_table_and_show(db, db_path, meetings_branch, capsys):
    jan, _ = _record_two(db, meetings_branch)
    db.close()
    assert main(["--db", str(db_path), "meetings", "list", "--year", "2026"], SUITE_CLOCK) == 0
    out = capsys.readouterr().out
    assert "08/01/2026" in out and "01-BB/CB" in out and "27/30" in out and "Đã thông qua" in out
    assert main(["--db", str(db_path), "meetings", "show", str(jan)], SUITE_CLOCK) == 0
    out = capsys.readouterr().out
    assert "Vắng không lý do: Huỳnh Thị Yến" in out and "Số 01-BB/CB" in out
    assert main(["--db", str(db_path), "meetings", "show", str(jan), "--json"], SUITE_CLOCK) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["number_text"] == "Số 01-BB/CB" and d["attendance"]["checks"]["passed"] is False
    assert [p["name"] for p in d["attendance"]["checks"]["unexcused"]] == ["Huỳnh Thị Yến"]
    # official 30 − attached 1 − exempt absent 1 − excused 2 = 26 (Yến, unexcused, stays in)
    assert d["voting"]["base"] == 26 and d["quality"]["band_label"] == "Khá"


def test_year_gaps_and_errors(db, db_path, meetings_branch, capsys):
    _record_two(db, meetings_branch)
    db.close()
    assert main(["--db", str(db_path), "meetings", "year", "--year", "2026", "--json"], SUITE_CLOCK) == 0
    view = json.loads(capsys.readouterr().out)
    assert "Quý I chưa có sinh hoạt chuyên đề" in view["gaps"] or view["as_of"] < "2026-04-01"
    assert main(["--db", str(db_path), "meetings", "show", "999"], SUITE_CLOCK) == 1
    assert "Không tìm thấy cuộc họp số 999" in capsys.readouterr().err
