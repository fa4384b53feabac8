"""The §6 quality sheet rates branch meetings: a committee meeting has no band in the list, its
JSON, the detail or the evaluation, and 2.5 ("meetings rated Tốt") counts regular meetings only."""

from __future__ import annotations

import json
from datetime import date, time

from desktop.cli import main
from desktop.domain.enums import MeetingKind as K
from desktop.domain.quality import QualityInputs, QualityRules, score_meeting
from desktop.services.container import build_services
from desktop.services.meetings import MeetingInfo
from meeting_data import complete_minutes


def test_domain_gives_no_band_to_a_committee_meeting():
    inputs = dict(duration_minutes=100, attendance_rate=1.0, any_unexcused=False, long_runs=False,
                  attendees=5, speakers=4)
    ticked = {item.code: item.max_points for item in QualityRules().ticked_items}
    committee = score_meeting(QualityInputs(kind=K.COMMITTEE, ticked=ticked, **inputs))
    regular = score_meeting(QualityInputs(kind=K.REGULAR, ticked=ticked, **inputs))
    assert committee.band is None and committee.band_label == "không xếp loại (họp chi ủy)"
    assert regular.band is not None and committee.total == regular.total


def test_list_json_detail_and_evaluation(db, db_path, meetings_branch, capsys, clock):
    sv = build_services(db, clock)
    cid, _ = sv.meetings.create(MeetingInfo(K.COMMITTEE, date(2026, 3, 2), time(8, 0), time(9, 30)))
    rid, _ = sv.meetings.create(MeetingInfo(K.REGULAR, date(2026, 3, 5), time(19, 30), time(21, 10)))
    complete_minutes(db, rid)
    rows = {r.id: r for r in sv.meetings.list_meetings(2026)}
    assert rows[cid].quality is None and rows[rid].quality is not None
    assert sv.meetings.detail(cid).quality.band is None
    report = sv.evaluation.evaluate(2026, as_of=date(2026, 3, 31))
    comp = next(c for crit in report.result.criteria for c in crit.components if c.code == "2.5")
    # Only the regular meeting of 5/3 is listed as evidence; the committee meeting is not counted.
    evidence = comp.measure.evidence
    assert [e.meeting_id for e in evidence] == [rid]
    assert len(evidence) == 1  # the committee meeting of 2/3 is not a regular meeting
    db.close()
    assert main(["--db", str(db_path), "meetings", "list", "--year", "2026", "--json"]) == 0
    listed = {m["id"]: m for m in json.loads(capsys.readouterr().out)}
    assert "quality" in listed[cid] and listed[cid]["quality"] is None
    assert listed[rid]["quality"] in {"tot", "kha", "trung_binh", "kem"}
