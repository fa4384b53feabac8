"""What blocks the adoption of minutes, and what is only a reminder (desktop.domain.adoption)."""

from __future__ import annotations

from desktop.domain.adoption import SpeechRef, check_adoption, refusal
from desktop.domain.enums import MeetingKind
from desktop.domain.quality import QualityInputs, QualityRules, score_meeting

FULL = {item.code: item.max_points for item in QualityRules().ticked_items}


def sheet(ticked, kind=MeetingKind.REGULAR):
    return score_meeting(QualityInputs(kind, 100, 0.9, False, False, 27, 15, ticked))


def check(**kw):
    base = dict(kind=MeetingKind.REGULAR, conclusion="Chi bộ thống nhất nghị quyết tháng 3.",
                quality=sheet(FULL), vote_subjects=["Nghị quyết tháng 3/2026"], speeches=[],
                absent_ids=set(), attendance_ok=True)
    base.update(kw)
    return check_adoption(**base)


def test_a_complete_record_may_be_adopted():
    result = check()
    assert result.allowed and result.issues == ()


def test_every_gap_is_named_and_the_record_gaps_block():
    result = check(
        conclusion="  ", quality=sheet({"results": 25}),
        vote_subjects=["Nghị quyết tháng 3/2026", " "],
        speeches=[SpeechRef(4, "Phạm Thị Hương", "Đảng viên thảo luận, đóng góp ý kiến"),
                  SpeechRef(None, "Đ/c Trần Quốc Huy", "Đảng viên thảo luận, đóng góp ý kiến"),
                  SpeechRef(7, "Đặng Thị Ngọc Ánh", "Tình hình tư tưởng của đảng viên")],
        absent_ids={4, 9}, attendance_ok=False)
    assert not result.allowed
    assert [i.code for i in result.blocking] == [
        "quality_unscored", "no_conclusion", "vote_without_subject", "absent_speaker"]
    texts = [str(i.text) for i in result.blocking]
    assert "còn 6 mục chưa chấm" in texts[0]
    assert texts[2] == "Biểu quyết thứ 2 chưa ghi nội dung biểu quyết."
    assert "Phạm Thị Hương" in texts[3] and "Đảng viên thảo luận" in texts[3]
    assert [i.code for i in result.warnings] == ["attendance_checks"]
    # The refusal names them all, in each language.
    vi = refusal(__import__("datetime").date(2026, 3, 5), result.blocking)
    assert vi.render("vi").startswith("Chưa thông qua được biên bản cuộc họp ngày 05/03/2026:")
    assert all(t in vi.render("vi") for t in texts)
    assert "cannot be adopted" in vi.render("en") and "Phạm Thị Hương" in vi.render("en")


def test_reminders_only_do_not_block():
    result = check(vote_subjects=[], attendance_ok=False)
    assert result.allowed and [i.code for i in result.warnings] == ["attendance_checks", "no_vote"]


def test_a_committee_meeting_needs_no_quality_score_and_thematic_no_vote():
    result = check(kind=MeetingKind.COMMITTEE, quality=sheet({}, MeetingKind.COMMITTEE))
    assert result.allowed
    result = check(kind=MeetingKind.THEMATIC, vote_subjects=[])
    assert result.allowed and result.issues == ()
