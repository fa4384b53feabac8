"""The demo's evaluation data: six targets a year (all met but one in a finished year), an
admission target, and a justified score by the secretary for every manual component."""

from __future__ import annotations

import json
from datetime import date

from desktop.cli import main
from desktop.services.container import build_services
from desktop.services.demo import build_demo
from desktop.services.rulebook_files import default_rulebook_path, load_rulebook_file
from desktop.store.database import unit_of_work
from desktop.domain.enums import Position
from desktop.store.models import Member, MemberPosition

TODAY = date(2026, 11, 23)


def test_demo_targets_scores_and_evaluation(db, db_path, capsys):
    summary = build_demo(db, 2026, today=TODAY)
    sv = build_services(db)
    manual = {c.code: c.max for c in load_rulebook_file(default_rulebook_path()).rulebook.components if c.auto is None}
    with unit_of_work(db) as s:
        secretary = s.query(Member.full_name).join(Member.positions).filter(MemberPosition.position == Position.SECRETARY).first()[0]
    for year in (summary.first_year, summary.last_year):
        targets = sv.targets.targets(year)
        assert len(targets) == 6 and sv.targets.admission_target(year) is not None
        scores = sv.manual_scores.scores(year)
        assert {e.code for e in scores} == set(manual)
        assert all(e.justification and e.entered_by == secretary for e in scores)
        assert all(e.score >= 0.9 * manual[e.code] for e in scores)
    # The finished year: all targets met but one → 5/6 of 10 = 8,33, rounded to 0,5 → 8,5.
    finished = sv.targets.targets(2025)
    assert sum(1 for t in finished if not t.met) == 1
    db.close()
    assert main(["--db", str(db_path), "evaluate", "--year", "2025", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert len(result["criteria"]) == 4
    comps = {c["code"]: c for crit in result["criteria"] for c in crit["components"]}
    assert comps["1.2"]["score"] == 8.5 and comps["1.2"]["missing"]
    assert all(comps[code]["score"] >= 0.9 * top for code, top in manual.items())
