"""`chibo dues …` exactly as issue 17 spells it, as a user runs it: on a small branch, and on a
fresh demo file."""

from __future__ import annotations

import json
from datetime import date

from desktop.cli import main
from desktop.services.demo import build_demo
from desktop.services.dues_schedule_files import shipped_schedules
from desktop.store.database import open_database


def _run(db_path, *args) -> int:
    return main(["--db", str(db_path), *args])


def test_the_issues_commands_on_a_branch(db, db_path, meetings_branch, capsys, tmp_path):
    db.close()
    an = str(meetings_branch["Nguyễn Văn An"])
    sample = str(shipped_schedules()[0])
    assert _run(db_path, "dues", "schedule", "check", sample) == 0
    assert "hợp lệ" in capsys.readouterr().out
    assert _run(db_path, "dues", "schedule", "import", sample) == 0
    assert _run(db_path, "dues", "schedule", "show", "--month", "2026-03", "--json") == 0
    capsys.readouterr()
    assert _run(db_path, "dues", "schedule", "show", "--month", "2026-03", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["in_force"]["removal_unpaid_months"] == 3
    assert {f["key"] for f in shown["figures"] if f["value"] is None} == {
        "regional_minimum_wage", "abroad", "branch_keeps_percent"}

    assert _run(db_path, "dues", "basis", "set", an, "--category", "insured", "--base", "6234567",
                "--from", "2026-02") == 0
    assert "Đã ghi căn cứ đóng của đồng chí Nguyễn Văn An từ tháng 02/2026" in capsys.readouterr().out
    assert _run(db_path, "dues", "pay", an, "--month", "2026-03", "--amount", "62346", "--via", "cash",
                "--on", "2026-03-05") == 0
    assert "62.346 đ — đã nộp đủ" in capsys.readouterr().out
    assert _run(db_path, "dues", "pay", an, "--month", "2026-04", "--amount", "62346", "--via", "portal",
                "--ref", "DVC-7731", "--on", "2026-04-02") == 0
    assert _run(db_path, "dues", "pay", an, "--month", "2026-03", "--amount", "62346") == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Đồng chí Nguyễn Văn An đã nộp đảng phí tháng 03/2026") and err.count("\n") == 1
    assert _run(db_path, "dues", "pay", an, "--month", "2026-05", "--amount", "-62346") == 1
    assert "không được âm" in capsys.readouterr().err

    assert _run(db_path, "dues", "month", "2026-04", "--json") == 0
    month = json.loads(capsys.readouterr().out)
    line = next(m for m in month["members"] if m["member_id"] == int(an))
    assert {k: line[k] for k in ("member_id", "name", "due", "paid", "via", "status")} == {
        "member_id": int(an), "name": "Nguyễn Văn An", "due": 62_346, "paid": 62_346, "via": "portal",
        "status": "paid"}
    assert len(month["members"]) == 32 and month["totals"]["collected"] == 62_346

    assert _run(db_path, "dues", "remit", "--period", "2026-03..2026-04", "--amount", "87.284",
                "--on", "2026-05-15") == 0
    assert "87.284 đ cho kỳ 03/2026–04/2026" in capsys.readouterr().out
    assert _run(db_path, "dues", "arrears", "--year", "2026", "--json") == 0
    arrears = json.loads(capsys.readouterr().out)
    mine = next(m for m in arrears["members"] if m["member_id"] == int(an))
    assert "2026-02" in mine["unpaid_months"] and mine["flagged"]

    out = tmp_path / "so-dang-phi-thang-4.pdf"
    assert _run(db_path, "dues", "book", "--year", "2026", "--month", "4", "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    year = tmp_path / "so-dang-phi-2026.pdf"
    assert _run(db_path, "dues", "book", "--year", "2026", "--out", str(year)) == 0
    assert year.read_bytes().startswith(b"%PDF")


def test_a_bad_schedule_file_is_named_by_file_and_key(db_path, capsys, tmp_path):
    bad = tmp_path / "muc-dong-sai.toml"
    bad.write_text(shipped_schedules()[0].read_text(encoding="utf-8").replace(
        "amount = 5000", 'amount = "năm nghìn"'), encoding="utf-8")
    assert _run(db_path, "dues", "schedule", "check", str(bad)) == 1
    err = capsys.readouterr().err
    assert "muc-dong-sai.toml, khóa «categories[3].amount»" in err and "năm nghìn" in err


def test_on_a_fresh_demo_file(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    with open_database(path, create=True) as db:
        build_demo(db, 2026, today=date(2026, 12, 20))
    assert _run(path, "dues", "arrears", "--year", "2026", "--json") == 0
    arrears = json.loads(capsys.readouterr().out)
    flagged = [m for m in arrears["members"] if m["flagged"]]
    assert len(flagged) == 1 and flagged[0]["unpaid_months"][-3:] == ["2026-09", "2026-10", "2026-11"]
    assert _run(path, "dues", "month", "2026-11", "--json") == 0
    november = json.loads(capsys.readouterr().out)
    statuses = {m["status"] for m in november["members"]}
    assert {"paid", "unpaid", "not_due"} <= statuses
    assert any(m["via"] == "portal" for m in november["members"])
    assert november["totals"]["kept"] is not None  # the demo branch entered its share
    assert _run(path, "dues", "month", "2026-11") == 0
    text = capsys.readouterr().out
    assert "Đảng phí tháng 11/2026" in text and "chưa nộp" in text
