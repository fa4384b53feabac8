"""`chibo --db F assessments …` as a user runs it."""

from __future__ import annotations

import json
from datetime import date

import pytest
from suite_day import SUITE_CLOCK

from desktop.cli import main
from desktop.domain.enums import DisciplineForm, Rating, ReviewStep
from desktop.domain.enums import SituationEventKind as K
from desktop.store.database import open_database, unit_of_work
from desktop.store.models import (
    Branch,
    Commitment,
    Discipline,
    Member,
    RatingStep,
    SituationEvent,
)

YEAR = 2025
NAMES = ["Lê Văn Tuấn", "Đặng Thị Ngọc Ánh", "Nguyễn Hữu Quỳnh", "Huỳnh Thị Yến", "Phạm Thị Hương"]


@pytest.fixture
def data_file(tmp_path):
    """Five members: Hương exempt from June; Quỳnh disciplined in March; Tuấn and Yến rated."""
    path = tmp_path / "cb.sqlite"
    db = open_database(path, create=True)
    with unit_of_work(db) as s:
        s.add(Branch(name="Chi bộ Tổ dân phố số 7", code="CB-TDP07",
                     superior_committee="Đảng bộ phường Ba Đình", place_name="Phường Ba Đình"))
        ids = {}
        for name in NAMES:
            m = Member(full_name=name, admitted_on=date(1999, 2, 3), official_on=date(2000, 2, 3))
            s.add(m)
            s.flush()
            ids[name] = m.id
        s.add(SituationEvent(member_id=ids["Phạm Thị Hương"], kind=K.EXEMPT_FROM, on=date(YEAR, 6, 1)))
        s.add(Discipline(member_id=ids["Nguyễn Hữu Quỳnh"], form=DisciplineForm.REPRIMAND,
                         decision_number="07-QĐ/ĐU", decided_on=date(YEAR, 3, 4),
                         issuing_body="Đảng ủy phường Ba Đình", reason="Vi phạm nội quy"))
        s.add(Commitment(member_id=ids["Lê Văn Tuấn"], year=YEAR, signed_on=date(YEAR, 1, 10),
                         sections={"loyalty": "Tuyệt đối trung thành"}))
        for name, step, rating in [("Lê Văn Tuấn", ReviewStep.SELF, Rating.HTXSNV),
                                   ("Lê Văn Tuấn", ReviewStep.BRANCH, Rating.HTXSNV),
                                   ("Huỳnh Thị Yến", ReviewStep.BRANCH, Rating.HTTNV)]:
            s.add(RatingStep(member_id=ids[name], year=YEAR, step=step, rating=rating, note=""))
    db.close()
    return path, ids


def run(capsys, *args):
    code = main(list(args), SUITE_CLOCK)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_json_contract(data_file, capsys):
    path, ids = data_file
    code, out, _ = run(capsys, "--db", str(path), "assessments", "list", "--year", str(YEAR), "--json")
    assert code == 0
    rows = {r["name"]: r for r in json.loads(out)}
    assert set(rows) == set(NAMES)
    for row in rows.values():
        assert {"name", "situation", "commitment", "self_rating", "branch_rating",
                "final_rating", "disciplined"} <= set(row)
    tuan = rows["Lê Văn Tuấn"]
    assert (tuan["commitment"], tuan["self_rating"], tuan["branch_rating"], tuan["final_rating"]) == (
        True, "HTXSNV", "HTXSNV", "HTXSNV")
    assert tuan["situation"] == "official" and tuan["disciplined"] is False
    assert rows["Nguyễn Hữu Quỳnh"]["disciplined"] is True
    huong = rows["Phạm Thị Hương"]
    assert huong["reviewed"] is False and huong["situation"] == "exempt"
    assert huong["scope_reason"] == "exempt" and huong["since"] == f"{YEAR}-06-01"


def test_summary_json_shows_the_cap_warning(data_file, capsys):
    path, _ = data_file
    code, out, _ = run(capsys, "--db", str(path), "assessments", "summary", "--year", str(YEAR), "--json")
    assert code == 0
    data = json.loads(out)
    # Reviewed: Tuấn, Ánh, Quỳnh, Yến (Hương exempt). Final: 1 HTXSNV, 1 HTTNV, 2 unrated.
    assert data["reviewed"] == 4 and data["not_reviewed"] == 1 and data["unrated"] == 2
    counts = {r["rating"]: (r["count"], r["percent"]) for r in data["ratings"]}
    assert counts["HTXSNV"] == (1, 25.0) and counts["HTTNV"] == (1, 25.0)
    # 20% of 1 HTTNV = 0.2 → limit 0: one HTXSNV is past the cap.
    assert data["cap"]["exceeded"] is True
    assert data["cap"]["message"] == "1 HTXSNV, giới hạn 20% của 1 HTTNV = 0"


def test_plain_summary_prints_the_warning(data_file, capsys):
    path, _ = data_file
    code, out, _ = run(capsys, "--db", str(path), "assessments", "summary", "--year", str(YEAR))
    assert code == 0 and "Cảnh báo: vượt giới hạn xuất sắc" in out


def test_rate_refuses_a_disciplined_member(data_file, capsys):
    path, ids = data_file
    code, _, err = run(capsys, "--db", str(path), "assessments", "rate", "--year", str(YEAR),
                       "--member", str(ids["Nguyễn Hữu Quỳnh"]), "--step", "branch", "--rating", "HTTNV")
    assert code == 1
    assert err.startswith("Lỗi: Nguyễn Hữu Quỳnh bị kỷ luật khiển trách") and "07-QĐ/ĐU" in err
    code, out, _ = run(capsys, "--db", str(path), "assessments", "rate", "--year", str(YEAR),
                       "--member", str(ids["Nguyễn Hữu Quỳnh"]), "--step", "branch", "--rating", "KHTNV")
    assert code == 0 and "KHTNV" in out


def test_plain_list_names_the_members_left_out(data_file, capsys):
    path, _ = data_file
    code, out, _ = run(capsys, "--db", str(path), "assessments", "list", "--year", str(YEAR))
    assert code == 0
    assert "Phạm Thị Hương: Được miễn công tác và sinh hoạt đảng" in out and "01/06/2025" in out


def test_missing_year_is_a_usage_error(data_file, capsys):
    path, _ = data_file
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(path), "assessments", "list"], SUITE_CLOCK)
    assert exc.value.code == 2


def test_demo_branch_has_a_full_year_of_reviews(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--year", "2025"], SUITE_CLOCK) == 0
    capsys.readouterr()
    code, out, _ = run(capsys, "--db", str(path), "assessments", "list", "--year", "2025", "--json")
    rows = [r for r in json.loads(out) if r["reviewed"]]
    assert code == 0 and len(rows) >= 20
    assert all(r["commitment"] and r["final_rating"] for r in rows)
    disciplined = [r for r in rows if r["disciplined"]]
    assert len(disciplined) == 1 and disciplined[0]["final_rating"] == "KHTNV"
    assert any(not r["reviewed"] and r["situation"] == "exempt" for r in json.loads(out))
    code, out, _ = run(capsys, "--db", str(path), "assessments", "summary", "--year", "2025", "--json")
    data = json.loads(out)
    assert data["unrated"] == 0 and data["cap"]["exceeded"] is True
