"""`chibo evaluate` and `chibo rulebook check` as a user runs them."""

from __future__ import annotations

import json
from datetime import date

from suite_day import SUITE_CLOCK

from desktop.cli import main
from desktop.paths import resource_path
from tests.store.test_evaluation_service import build_branch


def test_evaluate_json_matches_the_contract(db, db_path, capsys):
    build_branch(db, thematic_quarters=(1, 2, 4))
    db.close()
    assert main(["--db", str(db_path), "evaluate", "--year", "2025", "--as-of", "2025-12-31", "--json"], SUITE_CLOCK) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["year"] == 2025 and data["four_good"] is False
    assert data["rulebook"]["name"] == "Bộ tiêu chí «Chi bộ 4 tốt» (mẫu)" and len(data["rulebook"]["sha256"]) == 64
    assert [c["number"] for c in data["criteria"]] == [1, 2, 3, 4]
    c22 = next(c for c in data["criteria"][1]["components"] if c["code"] == "2.2")
    assert (c22["kind"], c22["score"], c22["max"]) == ("auto", 3, 4)
    assert c22["missing"] == "2.2: Quý III chưa có sinh hoạt chuyên đề — 3/4 quý — 3/4 điểm"
    assert "2.2: Quý III chưa có sinh hoạt chuyên đề — 3/4 quý — 3/4 điểm" in data["shortfalls"]


def test_evaluate_plain_text(db, db_path, capsys):
    build_branch(db)
    db.close()
    assert main(["--db", str(db_path), "evaluate", "--year", "2025", "--as-of", "2025-12-31"], SUITE_CLOCK) == 0
    out = capsys.readouterr().out
    assert "Tiêu chí 2. Chất lượng sinh hoạt tốt" in out and "Kết luận: Chưa đạt «Chi bộ 4 tốt»" in out


def test_rulebook_check_needs_no_data_file(tmp_path, capsys):
    good = resource_path("rulebooks", "chi_bo_5_tot_mau.toml")
    assert main(["--db", str(tmp_path / "none.sqlite"), "rulebook", "check", str(good)], SUITE_CLOCK) == 0
    assert "Hợp lệ: Bộ tiêu chí «Chi bộ 5 tốt» (mẫu)" in capsys.readouterr().out
    assert not (tmp_path / "none.sqlite").exists()
    bad = tmp_path / "hong.toml"
    bad.write_text(good.read_text("utf-8").replace("max = 8,", "max = -8,").replace('threshold = 0.8', 'threshold = 8'),
                   encoding="utf-8")
    assert main(["rulebook", "check", str(bad)], SUITE_CLOCK) == 1
    err = capsys.readouterr().err
    assert "(2 lỗi)" in err
    assert "hong.toml, khóa «criteria[1].components[0].max»: điểm tối đa phải lớn hơn 0" in err
    assert "hong.toml, khóa «pass_rule.threshold»" in err


def test_rulebook_import_list_and_use(db, db_path, tmp_path, capsys):
    build_branch(db)
    db.close()
    five = resource_path("rulebooks", "chi_bo_5_tot_mau.toml")
    assert main(["--db", str(db_path), "rulebook", "import", str(five)], SUITE_CLOCK) == 0
    assert main(["--db", str(db_path), "rulebook", "list", "--json"], SUITE_CLOCK) == 0
    capsys.readouterr()
    main(["--db", str(db_path), "rulebook", "list", "--json"], SUITE_CLOCK)
    books = json.loads(capsys.readouterr().out)
    five_id = next(b["id"] for b in books if b["model"] == "chi_bo_5_tot")
    assert main(["--db", str(db_path), "rulebook", "use", "--year", "2025", str(five_id)], SUITE_CLOCK) == 0
    capsys.readouterr()
    main(["--db", str(db_path), "evaluate", "--year", "2025", "--as-of", str(date(2025, 12, 31)), "--json"], SUITE_CLOCK)
    data = json.loads(capsys.readouterr().out)
    assert len(data["criteria"]) == 5 and data["verdict"]["name"] == "Chi bộ 5 tốt"


def test_evaluate_pdf(db, db_path, tmp_path, capsys):
    build_branch(db)
    db.close()
    out = tmp_path / "bao_cao.pdf"
    assert main(["--db", str(db_path), "evaluate", "--year", "2025", "--as-of", "2025-12-31", "--pdf", str(out)], SUITE_CLOCK) == 0
    assert out.read_bytes().startswith(b"%PDF")
