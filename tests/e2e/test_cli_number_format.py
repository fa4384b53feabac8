"""The CLI's text output writes decimals the Vietnamese way («91,7%», «24,5/25»), like the
window and the PDFs; `--json` keeps plain numbers."""

from __future__ import annotations

import json

from desktop import __version__
from desktop.cli import main
from desktop.services.container import build_services
from desktop.services.demo import build_demo
from desktop.store.database import open_database
from tests.suite_day import SUITE_CLOCK
from tests.number_scan import dot_decimals


def test_the_text_output_of_the_demo_has_no_dot_decimal(tmp_path, capsys):
    today = SUITE_CLOCK.today()
    path = tmp_path / "chi-bo-mau.sqlite"
    with open_database(path, create=True) as db:
        build_demo(db, today.year, today=today)
        services = build_services(db, SUITE_CLOCK)
        report = services.evaluation.evaluate(today.year - 1)
        meeting_ids = [r.id for r in services.meetings.list_meetings(today.year - 1) if r.quality is not None][:3]
    codes = {c.code for crit in report.result.criteria for c in crit.components}
    codes |= {v.code for v in report.result.vetoes}
    versions = (report.rulebook.version, __version__)

    outputs = []
    for year in (today.year - 1, today.year):
        for command in (["evaluate", "--year", str(year)], ["meetings", "list", "--year", str(year)],
                        ["meetings", "year", "--year", str(year)], ["targets", "list", "--year", str(year)],
                        ["assessments", "summary", "--year", str(year)], ["badges", "--year", str(year)]):
            assert main(["--db", str(path), *command], SUITE_CLOCK) == 0, command
            outputs.append(capsys.readouterr().out)
    for meeting_id in meeting_ids:
        assert main(["--db", str(path), "meetings", "show", str(meeting_id)], SUITE_CLOCK) == 0
        outputs.append(capsys.readouterr().out)
    assert all(outputs) and any("%" in out and "," in out for out in outputs)
    found = dot_decimals(outputs, codes, versions)
    assert found == [], "\n".join(dict.fromkeys(found))

    # JSON keeps numbers as numbers: a program reads it.
    assert main(["--db", str(path), "evaluate", "--year", str(today.year - 1), "--json"], SUITE_CLOCK) == 0
    data = json.loads(capsys.readouterr().out)
    assert all(isinstance(c["score"], (int, float)) for c in data["criteria"])
