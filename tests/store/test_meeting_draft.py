"""The editor's draft saved in one call, and the rules that keep the minutes consistent: no
adoption while incomplete, no second identical vote, no speech by a member marked absent."""

from __future__ import annotations

from datetime import date, time

import pytest

from desktop.domain.enums import AttendanceStatus as A
from desktop.domain.enums import MeetingKind as K
from desktop.domain.enums import MeetingStatus
from desktop.services.container import build_services
from desktop.services.errors import UserError
from desktop.services.meeting_draft import MeetingEdits
from desktop.services.meeting_minutes import VoteInput
from desktop.services.meetings import MeetingInfo
from tests.suite_day import SUITE_CLOCK
from meeting_data import CONCLUSION, complete_minutes


@pytest.fixture
def sv(db, meetings_branch):
    return build_services(db, SUITE_CLOCK)


def regular(day: date = date(2026, 3, 5), **kw) -> MeetingInfo:
    return MeetingInfo(K.REGULAR, day, time(19, 30), time(21, 10), place="Nhà văn hóa tổ 7", **kw)


def discussion(detail):
    return next(i for i in detail.agenda if i.title.startswith("Đảng viên thảo luận"))


def test_a_draft_saves_every_part_and_keeps_going_past_a_refused_one(sv):
    mid, _ = sv.meetings.create(regular())
    d = sv.meetings.detail(mid)
    item = discussion(d)
    bad_info = regular(guests="Đ/c Trần Quốc Huy, Đảng ủy phường", ideology_notes="Đảng viên phấn khởi.")
    bad_info = MeetingInfo(**{**bad_info.__dict__, "end_time": time(19, 30)})  # end = start
    saved, notice = sv.meeting_draft.save(mid, MeetingEdits(
        info=bad_info, conclusion=CONCLUSION,
        titles=((item.id, "  "),), contents=((item.id, "Bàn về vệ sinh môi trường khu phố"),),
        item_conclusions=((item.id, "Giao tổ dân phố thực hiện"),),
        scores=(("results", 28.0), ("closing", 9.0), ("minutes", None))))
    assert mid in notice.ids
    assert [(r.part, r.ref) for r in saved.refused] == [("info", None), ("title", item.id),
                                                        ("score", "closing")]
    assert "Giờ kết thúc 19:30 phải sau giờ bắt đầu 19:30" in str(saved.refused[0].message)
    assert "từ 0 đến 3" in str(saved.refused[2].message)
    after = sv.meetings.detail(mid)
    again = discussion(after)
    assert after.conclusion == CONCLUSION
    # The info part was refused (its times stay as they were) but its free texts are kept.
    assert (after.start_time, after.end_time) == (time(19, 30), time(21, 10))
    assert after.guests == "Đ/c Trần Quốc Huy, Đảng ủy phường"
    assert after.ideology_notes == "Đảng viên phấn khởi."
    assert (again.title, again.content, again.conclusion) == (
        item.title, "Bàn về vệ sinh môi trường khu phố", "Giao tổ dân phố thực hiện")
    results = next(x for x in after.quality.lines if x.code == "results")
    assert results.points == 28 and results.scored and "results" not in after.quality.unscored


def test_a_draft_of_an_adopted_meeting_is_refused_whole(db, sv):
    mid, _ = sv.meetings.create(regular())
    complete_minutes(db, mid)
    sv.meetings.adopt(mid)
    with pytest.raises(UserError, match="đã thông qua"):
        sv.meeting_draft.save(mid, MeetingEdits(conclusion="Sửa lại"))


def test_a_score_can_be_taken_back(sv):
    mid, _ = sv.meetings.create(regular())
    sv.meeting_minutes.set_quality_item(mid, "results", 20)
    sv.meeting_minutes.set_quality_item(mid, "results", None)
    assert "results" in sv.meetings.detail(mid).quality.unscored


def test_adoption_is_refused_with_every_reason_until_the_record_is_complete(db, sv, meetings_branch):
    ids = meetings_branch
    mid, _ = sv.meetings.create(regular())
    item = discussion(sv.meetings.detail(mid))
    sv.meeting_minutes.add_speech(item.id, "Đề nghị làm sạch kênh", member_id=ids["Phạm Thị Hương"])
    sv.meetings.set_attendance(mid, ids["Phạm Thị Hương"], A.EXCUSED, "Ốm")  # after she spoke
    with pytest.raises(UserError) as refused:
        sv.meetings.adopt(mid)
    text = refused.value.message
    assert text.startswith("Chưa thông qua được biên bản cuộc họp ngày 05/03/2026:")
    assert "còn 7 mục chưa chấm" in text and "Chưa ghi kết luận" in text
    assert "Phạm Thị Hương được ghi vắng mặt" in text
    assert sv.meetings.detail(mid).status is MeetingStatus.DRAFT  # nothing written
    complete_minutes(db, mid)
    with pytest.raises(UserError, match="Phạm Thị Hương"):
        sv.meetings.adopt(mid)
    speech = discussion(sv.meetings.detail(mid)).speeches[0]
    sv.meeting_minutes.remove_speech(speech.id)
    detail = sv.meetings.detail(mid)
    assert detail.adoption.allowed and [i.code for i in detail.adoption.warnings] == [
        "no_vote", "no_tasks"]  # reminders only
    assert sv.meetings.adopt(mid)[0] == "Số 01-BB/CB"
    assert sv.meetings.detail(mid).quality.band is not None


def test_a_second_identical_vote_is_refused_an_edit_or_another_count_is_not(sv):
    mid, _ = sv.meetings.create(regular())
    vid, _ = sv.meeting_minutes.save_vote(mid, VoteInput("Nghị quyết tháng 3/2026", 28))
    with pytest.raises(UserError, match="đã được ghi rồi"):
        sv.meeting_minutes.save_vote(mid, VoteInput(" nghị quyết  tháng 3/2026 ", 28))
    sv.meeting_minutes.save_vote(mid, VoteInput("Nghị quyết tháng 3/2026", 28, vote_id=vid))  # same row
    sv.meeting_minutes.save_vote(mid, VoteInput("Kết nạp đảng viên Trần Minh Khôi", 28))
    with pytest.raises(UserError, match="đã được ghi rồi"):  # an edit that copies another vote
        sv.meeting_minutes.save_vote(mid, VoteInput("Nghị quyết tháng 3/2026", 28, vote_id=vid + 1))
    assert [v.subject for v in sv.meetings.detail(mid).votes] == [
        "Nghị quyết tháng 3/2026", "Kết nạp đảng viên Trần Minh Khôi"]


def test_only_members_present_and_guests_may_speak(sv, meetings_branch):
    ids = meetings_branch
    mid, _ = sv.meetings.create(regular())
    sv.meetings.set_attendance(mid, ids["Lê Văn Tuấn"], A.UNEXCUSED)
    item = discussion(sv.meetings.detail(mid))
    with pytest.raises(UserError, match="Lê Văn Tuấn không có mặt trong cuộc họp ngày 05/03/2026"):
        sv.meeting_minutes.add_speech(item.id, "Ý kiến", member_id=ids["Lê Văn Tuấn"])
    with pytest.raises(UserError, match="Lê Văn Tuấn không có mặt"):  # typed instead of picked
        sv.meeting_minutes.add_speech(item.id, "Ý kiến", speaker_name="lê văn  tuấn")
    with pytest.raises(UserError, match="Lâm Văn Thọ không có mặt"):  # exempt, did not attend
        sv.meeting_minutes.add_speech(item.id, "Ý kiến", speaker_name="Lâm Văn Thọ")
    sv.meeting_minutes.add_speech(item.id, "Góp ý về an ninh trật tự", speaker_name="Nguyễn Văn An")
    sv.meeting_minutes.add_speech(item.id, "Biểu dương chi bộ", speaker_name="Đ/c Trần Quốc Huy")
    speeches = discussion(sv.meetings.detail(mid)).speeches
    assert [(s.member_id, s.speaker_name) for s in speeches] == [
        (ids["Nguyễn Văn An"], "Nguyễn Văn An"), (None, "Đ/c Trần Quốc Huy")]


def test_undoing_removals_puts_speeches_and_items_back_where_they_were(sv, meetings_branch):
    ids = meetings_branch
    mid, _ = sv.meetings.create(regular())
    item = discussion(sv.meetings.detail(mid))
    for name, gist in (("Nguyễn Văn An", "Ý kiến một"), ("Lê Thị Bình", "Ý kiến hai"),
                       ("Trần Văn Cường", "Ý kiến ba")):
        sv.meeting_minutes.add_speech(item.id, gist, member_id=ids[name])
    second = discussion(sv.meetings.detail(mid)).speeches[1]
    sv.meeting_minutes.remove_speech(second.id)
    sv.meeting_minutes.add_speech(item.id, second.gist, member_id=second.member_id,
                                  position=second.position)
    assert [s.gist for s in discussion(sv.meetings.detail(mid)).speeches] == [
        "Ý kiến một", "Ý kiến hai", "Ý kiến ba"]
    full = discussion(sv.meetings.detail(mid))
    titles = [i.title for i in sv.meetings.detail(mid).agenda]
    sv.meeting_minutes.remove_agenda_item(full.id)
    sv.meeting_minutes.restore_agenda_item(mid, full)
    back = sv.meetings.detail(mid)
    assert [i.title for i in back.agenda] == titles
    restored = discussion(back)
    assert [s.gist for s in restored.speeches] == ["Ý kiến một", "Ý kiến hai", "Ý kiến ba"]
