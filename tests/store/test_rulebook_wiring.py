"""The year's rulebook drives every screen and document, not only the evaluation: a rulebook with
a stricter attendance threshold and attendance band changes the meetings list, the meeting's
checks and the printed register the same way; its rating bands change the review."""

from __future__ import annotations

from datetime import date, time

from desktop.domain.enums import AttendanceStatus as A
from desktop.domain.enums import MeetingKind as K
from desktop.domain.enums import Rating
from desktop.services.container import build_services
from desktop.services.meetings import MeetingInfo
from desktop.services.rulebook_files import default_rulebook_path
from tests.documents.conftest import one_line, pdf_text
from meeting_data import complete_minutes

YEAR = 2026


def _strict_rulebook() -> bytes:
    text = default_rulebook_path().read_text(encoding="utf-8")
    edits = {
        'version = "2026.2-mau"': 'version = "2026.2-nghiem"',
        "min_attendance_rate = 0.85": "min_attendance_rate = 0.95",
        "attendance_bands = [{ min = 0.90, points = 4 }": "attendance_bands = [{ min = 0.95, points = 4 }",
        "good_min_score = 70": "good_min_score = 88",
    }
    for old, new in edits.items():
        assert old in text, old
        text = text.replace(old, new)
    return text.encode("utf-8")


def _figures(sv, meeting_id):
    row = next(r for r in sv.meetings.list_meetings(YEAR) if r.id == meeting_id)
    detail = sv.meetings.detail(meeting_id)
    register = one_line(pdf_text(sv.documents.register_pdf(YEAR)))
    return row, detail, register


def test_a_stricter_rulebook_changes_list_detail_register_and_review(db, meetings_branch, clock):
    ids = meetings_branch
    sv = build_services(db, clock)
    meeting, _ = sv.meetings.create(MeetingInfo(K.REGULAR, date(YEAR, 1, 8), time(19, 30), time(21, 15)))
    sv.meetings.set_attendance(meeting, ids["Phạm Thị Hương"], A.EXCUSED, "Ốm")
    sv.meetings.set_attendance(meeting, ids["Lê Văn Tuấn"], A.EXCUSED, "Đi công tác")
    complete_minutes(db, meeting, points=4)  # scored: the register prints its points

    # 30 expected, 28 present: 93,3 %. Sample rulebook: above 85 % → the rate check passes;
    # attendance line ≥ 90 % → 4, +1 without long runs → 5 of 5.
    row, detail, register = _figures(sv, meeting)
    assert row.checks_passed and detail.attendance.checks.rate_ok
    attendance_line = next(line for line in detail.quality.lines if line.code == "attendance")
    assert attendance_line.points == 5
    before = row.quality_score
    assert detail.quality.total == before
    assert f"{before:g}".replace(".", ",") in register
    assert sv.reviews.propose(YEAR, 80, 0) is Rating.HTTNV  # 80 ≥ 70

    info, _ = sv.rulebooks.import_bytes(_strict_rulebook(), "nghiem.toml")
    sv.rulebooks.pin_year(YEAR, info.id)

    # Strict rulebook: 93,3 % is not above 95 % → the check fails; attendance line 75–95 % → 3,
    # +1 → 4 of 5: the meeting loses one point in the list, the detail and the register alike.
    row, detail, register = _figures(sv, meeting)
    assert not row.checks_passed and not detail.attendance.checks.rate_ok
    attendance_line = next(line for line in detail.quality.lines if line.code == "attendance")
    assert attendance_line.points == 4
    assert row.quality_score == detail.quality.total == before - 1
    assert f"{before - 1:g}".replace(".", ",") in register
    assert sv.reviews.propose(YEAR, 80, 0) is Rating.HTNV  # 80 < 88
    # Another year keeps the sample rulebook.
    assert sv.reviews.propose(YEAR + 1, 80, 0) is Rating.HTTNV
