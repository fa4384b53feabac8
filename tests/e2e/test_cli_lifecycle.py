"""Issue 18's command line as a new user runs it on a fresh demo file: the due list names the
probation ending and the badge; a recognition vote before 12 months, a transfer in dated before
its letter and an admission before the class certificate are refused naming the member; a
transfer out prints its letter and the member leaves the attendance base; the personal record
prints as one A4 page. The CLI reads the real clock, so the test reads it the same way."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from desktop.cli import main
from desktop.clock import Clock
from tests.documents.conftest import page_count, pdf_text


@pytest.fixture
def demo(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    capsys.readouterr()
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def members(capsys, db) -> dict[str, dict]:
    code, out, _ = run(capsys, "--db", str(db), "members", "list", "--json")
    assert code == 0
    return {m["full_name"]: m for m in json.loads(out)}


def test_due_list_names_the_probation_ending_and_the_badge(demo, capsys):
    code, out, _ = run(capsys, "--db", str(demo), "due", "--json")
    assert code == 0
    items = json.loads(out)
    assert items and all(set(i) == {"kind", "subject", "member_id", "due_on", "days_left"} for i in items)
    yen = members(capsys, demo)["Huỳnh Thị Yến"]
    probation = [i for i in items if i["kind"] == "probation" and i["member_id"] == yen["id"]]
    assert len(probation) == 1 and 40 <= probation[0]["days_left"] <= 50
    assert "Huỳnh Thị Yến hết thời kỳ dự bị" in probation[0]["subject"]
    badges = [i for i in items if i["kind"] == "badge" and "Huy hiệu 30 năm" in i["subject"]]
    # sent 60 days before the ceremony: the day may already be past when the ceremony is near
    assert badges and all(-60 <= i["days_left"] <= 60 for i in badges)
    assert any(i["kind"] == "candidate" and "Phạm Thu Hà" in i["subject"] for i in items)
    assert any(i["kind"] == "transfer" and "17-GGT/ĐU" in i["subject"] for i in items)
    code, out, _ = run(capsys, "--db", str(demo), "due", "--within", "0")
    assert code == 0 and "Việc đến hạn từ nay" in out


def test_badges_of_the_milestone_year(demo, capsys):
    year = Clock().today().year
    found = []
    for y in (year, year + 1):
        code, out, _ = run(capsys, "--db", str(demo), "badges", "--year", str(y), "--json")
        assert code == 0
        found += json.loads(out)
    assert any(line["years"] == 30 and line["reached_on"].startswith(str(year)) for line in found)


def test_recognition_vote_before_twelve_months_is_refused(demo, capsys):
    yen = members(capsys, demo)["Huỳnh Thị Yến"]
    today = Clock().today().isoformat()
    code, _, err = run(capsys, "--db", str(demo), "members", "official", str(yen["id"]),
                       "--vote-for", "20", "--vote-against", "0", "--on", today)
    assert code == 1 and "Huỳnh Thị Yến" in err and "chưa hết 12 tháng dự bị" in err
    assert members(capsys, demo)["Huỳnh Thị Yến"]["standing"] == "probationary"
    code, _, err = run(capsys, "--db", str(demo), "members", "official", str(yen["id"]), "--vote-for", "3")
    assert code == 1 and "--vote-against" in err


def test_a_member_not_recognised_is_removed_from_the_list(demo, capsys):
    """Two months on, the branch does not recognise Huỳnh Thị Yến: the vote says removal is
    proposed and how to record it; the superior's removal decision ends her membership."""
    yen = members(capsys, demo)["Huỳnh Thị Yến"]
    later = Clock.fixed(Clock().today() + timedelta(days=60))
    voted, decided = later.today() - timedelta(days=5), later.today() - timedelta(days=2)
    code = main(["--db", str(demo), "members", "official", str(yen["id"]), "--vote-for", "2",
                 "--vote-against", "20", "--on", voted.isoformat()], later)
    out = capsys.readouterr().out
    assert code == 0 and "không đạt" in out
    assert f"chibo members removal {yen['id']} --on YYYY-MM-DD --decision SỐ" in out
    code = main(["--db", str(demo), "due", "--json"], later)
    lines = [i for i in json.loads(capsys.readouterr().out)
             if i["member_id"] == yen["id"] and i["kind"] == "probation"]
    assert len(lines) == 1 and "đề nghị cấp trên xóa tên" in lines[0]["subject"]
    code = main(["--db", str(demo), "members", "removal", str(yen["id"]),
                 "--on", (voted - timedelta(days=1)).isoformat()], later)
    err = capsys.readouterr().err
    assert code == 1 and "Huỳnh Thị Yến" in err and "trước ngày chi bộ biểu quyết" in err
    code = main(["--db", str(demo), "members", "removal", str(yen["id"]), "--on", decided.isoformat(),
                 "--decision", "41-QĐ/ĐU"], later)
    assert code == 0 and "bị xóa tên khỏi danh sách đảng viên" in capsys.readouterr().out
    assert main(["--db", str(demo), "members", "list", "--json"], later) == 0
    listed = {m["full_name"]: m for m in json.loads(capsys.readouterr().out)}
    assert listed["Huỳnh Thị Yến"]["standing"] == "left"
    code = main(["--db", str(demo), "due", "--json"], later)
    assert not [i for i in json.loads(capsys.readouterr().out)
                if i["member_id"] == yen["id"] and i["kind"] == "probation"]


def test_transfer_out_prints_its_letter_and_leaves_the_attendance_base(demo, capsys, tmp_path):
    people = members(capsys, demo)
    leaving = next(m for name, m in sorted(people.items())
                   if m["standing"] == "official" and m["expected_at_meetings"] and not m["positions"])
    today = Clock().today()
    letter = tmp_path / "giay-gioi-thieu.pdf"
    code, out, _ = run(capsys, "--db", str(demo), "members", "transfer", str(leaving["id"]),
                       "--out", "Đảng bộ xã Thanh Trì", "--letter", "18-GGT/ĐU",
                       "--on", today.isoformat(), "--letter-pdf", str(letter))
    assert code == 0 and "chuyển đi" in out
    pdf = letter.read_bytes()
    assert page_count(pdf) == 1
    text = " ".join(pdf_text(pdf).split())
    assert "GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG CHÍNH THỨC" in text and leaving["full_name"] in text
    after = members(capsys, demo)[leaving["full_name"]]
    assert after["standing"] == "left" and not after["expected_at_meetings"]
    code, _, err = run(capsys, "--db", str(demo), "members", "transfer", str(leaving["id"]),
                       "--in", "Đảng bộ xã Thanh Trì", "--letter", "40-GGT",
                       "--letter-date", today.isoformat(),
                       "--on", (today - timedelta(days=1)).isoformat())
    assert code == 1 and leaving["full_name"] in err and "trước ngày giấy giới thiệu" in err


def test_personal_record_prints_on_one_page(demo, capsys, tmp_path):
    quynh = members(capsys, demo)["Nguyễn Hữu Quỳnh"]
    out = tmp_path / "ly-lich.pdf"
    code, printed, _ = run(capsys, "--db", str(demo), "members", "card", str(quynh["id"]), "--out", str(out))
    assert code == 0 and "phiếu tóm tắt" in printed
    pdf = out.read_bytes()
    assert page_count(pdf) == 1 and "PHIẾU TÓM TẮT QUÁ TRÌNH CỦA ĐẢNG VIÊN" in pdf_text(pdf)


def test_candidates_list_add_update(demo, capsys):
    code, out, _ = run(capsys, "--db", str(demo), "candidates", "list", "--json")
    listed = {c["full_name"]: c for c in json.loads(out)}
    assert code == 0 and {c["stage"] for c in listed.values()} == {"introduced", "proposed"}
    khoi = listed["Lê Minh Khôi"]
    today = Clock().today().isoformat()
    code, _, err = run(capsys, "--db", str(demo), "candidates", "update", str(khoi["id"]),
                       "--admitted-on", today)
    assert code == 1 and "Lê Minh Khôi" in err and "giấy chứng nhận" in err
    code, out, _ = run(capsys, "--db", str(demo), "candidates", "list", "--json")
    assert json.loads(out) == list(listed.values())  # nothing written
    code, out, _ = run(capsys, "--db", str(demo), "candidates", "add", "--name", "Trần Thị Mai",
                       "--born", "2001-04-30", "--sex", "female", "--source", "Chi hội Phụ nữ", "--json")
    assert code == 0 and json.loads(out)["stage"] == "proposed"


def test_candidates_remove_and_periods_out_of_the_party(demo, capsys):
    db = str(demo)
    code, out, _ = run(capsys, "--db", db, "candidates", "list", "--json")
    khoi = next(c for c in json.loads(out) if c["full_name"] == "Lê Minh Khôi")
    code, out, _ = run(capsys, "--db", db, "candidates", "remove", str(khoi["id"]))
    assert code == 0 and "Lê Minh Khôi" in out
    code, out, _ = run(capsys, "--db", db, "candidates", "list", "--json")
    assert "Lê Minh Khôi" not in out
    code, _, err = run(capsys, "--db", db, "candidates", "remove", str(khoi["id"]))
    assert code != 0 and "Traceback" not in err and err.startswith("Lỗi:")

    veteran = next(m for m in members(capsys, db).values() if (m.get("admitted_on") or "9999") < "1990")
    mid = str(veteran["id"])
    admitted = int(veteran["admitted_on"][:4])
    code, out, _ = run(capsys, "--db", db, "members", "break", mid, "--from", f"{admitted + 1}-01-01",
                       "--to", f"{admitted + 2}-12-31", "--note", "QĐ 12-QĐ/ĐU")
    assert code == 0 and "Tuổi Đảng hôm nay" in out
    code, _, err = run(capsys, "--db", db, "members", "break", mid, "--from", f"{admitted + 2}-06-01")
    assert code != 0 and "chồng lên nhau" in err  # overlaps the first: refused, nothing written
    code, out, _ = run(capsys, "--db", db, "members", "breaks", mid, "--json")
    rows = json.loads(out)
    assert [(r["start"], r["end"], r["note"]) for r in rows] == [
        (f"{admitted + 1}-01-01", f"{admitted + 2}-12-31", "QĐ 12-QĐ/ĐU")]
    code, out, _ = run(capsys, "--db", db, "members", "break-remove", str(rows[0]["id"]))
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "members", "breaks", mid, "--json")
    assert json.loads(out) == []
