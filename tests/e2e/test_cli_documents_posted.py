"""`chibo meetings posted ID --on/--clear` and the documents rule in `meetings show` (issue 16.5)."""

from __future__ import annotations

import json
from datetime import date, time

import pytest
from suite_day import SUITE_CLOCK

from desktop.cli import main
from desktop.domain.enums import MeetingKind as K
from desktop.services.meetings import MeetingInfo, MeetingService
from meeting_data import complete_minutes


def run(db_path, *args) -> int:
    return main(["--db", str(db_path), *args], SUITE_CLOCK)


def test_posted_on_an_adopted_meeting_shown_against_the_rule(db, db_path, meetings_branch, capsys):
    meetings = MeetingService(db, clock=SUITE_CLOCK)
    mid, _ = meetings.create(MeetingInfo(K.REGULAR, date(2026, 10, 7), time(19, 30), time(21, 10),
                                         documents_sent_on=date(2026, 10, 7)))
    complete_minutes(db, mid)
    meetings.adopt(mid)
    db.close()
    assert run(db_path, "meetings", "show", str(mid), "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["documents_posted_on"] is None and shown["documents_sent_on"] == "2026-10-07"
    assert shown["documents_rule"] == {"sent": "late", "posted": "missing"}  # today 18/11
    assert run(db_path, "meetings", "show", str(mid)) == 0
    assert "Đăng tài liệu hoàn chỉnh: chưa ghi (trong 2 ngày sau)\n" in capsys.readouterr().out
    assert run(db_path, "meetings", "posted", str(mid), "--on", "2026-10-09") == 0
    assert "đăng ngày 09/10/2026" in capsys.readouterr().out
    assert run(db_path, "meetings", "show", str(mid)) == 0
    text = capsys.readouterr().out
    assert "Gửi tài liệu: 07/10/2026 — muộn" in text
    assert "Đăng tài liệu hoàn chỉnh: 09/10/2026 — đúng hạn (trong 2 ngày sau)" in text
    assert run(db_path, "meetings", "show", str(mid), "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["documents_posted_on"] == "2026-10-09" and shown["documents_rule"]["posted"] == "ok"
    posted = next(x for x in shown["quality"]["lines"] if x["code"] == "documents_posted")
    assert posted["points"] == 2
    assert run(db_path, "meetings", "posted", str(mid), "--clear") == 0
    capsys.readouterr()
    assert run(db_path, "meetings", "show", str(mid), "--json") == 0
    assert json.loads(capsys.readouterr().out)["documents_posted_on"] is None


def test_refusals_name_the_meeting_and_write_nothing(db, db_path, meetings_branch, capsys):
    mid, _ = MeetingService(db, clock=SUITE_CLOCK).create(
        MeetingInfo(K.REGULAR, date(2026, 10, 7), time(19, 30), time(21, 10)))
    db.close()
    assert run(db_path, "meetings", "posted", str(mid), "--on", "2026-10-06") == 1
    assert "Cuộc họp ngày 07/10/2026: ngày đăng tài liệu hoàn chỉnh (06/10/2026) không thể trước ngày họp" \
        in capsys.readouterr().err
    assert run(db_path, "meetings", "posted", str(mid), "--on", "2026-11-19") == 1  # today 18/11
    assert "Cuộc họp ngày 07/10/2026: ngày đăng tài liệu hoàn chỉnh (19/11/2026) ở tương lai" \
        in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:  # argparse refuses the form before anything runs
        run(db_path, "meetings", "posted", str(mid), "--on", "7/10/2026")
    assert exit_.value.code == 2 and "«7/10/2026» không phải ngày" in capsys.readouterr().err
    assert run(db_path, "meetings", "show", str(mid), "--json") == 0
    assert json.loads(capsys.readouterr().out)["documents_posted_on"] is None
