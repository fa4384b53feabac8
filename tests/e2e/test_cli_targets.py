"""`chibo targets list|add|set|admission` as a user runs them, and the evaluation following."""

from __future__ import annotations

import json

from suite_day import SUITE_CLOCK

from desktop.cli import main


def _run(db_path, *args) -> int:
    return main(["--db", str(db_path), *args], SUITE_CLOCK)


def test_add_set_admission_list_and_evaluate(db, db_path, meetings_branch, capsys):
    db.close()
    assert _run(db_path, "targets", "add", "--year", "2025", "--title", "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa",
                "--planned", "95", "--unit", "%", "--achieved", "96.5") == 0
    assert _run(db_path, "targets", "add", "--year", "2025", "--title", "Hộ nghèo được hỗ trợ thoát nghèo",
                "--planned", "2", "--unit", "hộ") == 0
    assert "Đã thêm chỉ tiêu số" in capsys.readouterr().out
    assert _run(db_path, "targets", "list", "--year", "2025", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(t["title"], t["planned"], t["achieved"], t["met"]) for t in listed["targets"]] == [
        ("Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa", 95.0, 96.5, True),
        ("Hộ nghèo được hỗ trợ thoát nghèo", 2.0, None, False),
    ]
    assert listed["admission_target"] is None
    second = listed["targets"][1]["id"]
    assert _run(db_path, "targets", "set", str(second), "--achieved", "2") == 0
    assert _run(db_path, "targets", "admission", "--year", "2025", "--target", "2") == 0
    capsys.readouterr()
    assert _run(db_path, "targets", "list", "--year", "2025") == 0
    out = capsys.readouterr().out
    assert "kế hoạch 95 %, thực hiện 96,5 % — đạt" in out
    assert "Chỉ tiêu kết nạp đảng viên mới: 2" in out
    assert _run(db_path, "evaluate", "--year", "2025", "--as-of", "2026-02-01", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    comps = {c["code"]: c for crit in result["criteria"] for c in crit["components"]}
    # Both targets met → 10/10; 2 admitted (1/10/2025) of a target of 2 → 4/4.
    assert comps["1.2"]["score"] == 10 and comps["4.5"]["score"] == 4


def test_bad_input_is_one_vietnamese_line(db, db_path, meetings_branch, capsys):
    db.close()
    assert _run(db_path, "targets", "add", "--year", "2025", "--title", "Thu quỹ", "--planned", "-5") == 1
    assert "Chỉ tiêu năm 2025: giá trị kế hoạch phải là số không âm, đang là -5." in capsys.readouterr().err
    assert _run(db_path, "targets", "set", "999", "--achieved", "1") == 1
    assert "Không có chỉ tiêu số 999." in capsys.readouterr().err
    assert _run(db_path, "targets", "admission", "--year", "2025", "--target", "-1") == 1
    assert "Chỉ tiêu kết nạp năm 2025 phải là số không âm" in capsys.readouterr().err
