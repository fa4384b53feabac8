"""MeetingService / MeetingMinutesService on a real data file (branch of 32, 30 expected)."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import event, select

from desktop.domain.enums import AttendanceStatus as A
from desktop.domain.enums import MeetingKind as K
from desktop.domain.enums import MeetingStatus, QualityBand
from desktop.services.errors import UserError
from desktop.services.meeting_minutes import MeetingMinutesService, VoteInput
from desktop.services.meetings import MeetingInfo, MeetingService
from desktop.store.database import unit_of_work
from desktop.store.models import Meeting
from meeting_data import complete_minutes


@pytest.fixture
def svc(db, meetings_branch, clock):
    return MeetingService(db, clock=clock), MeetingMinutesService(db), meetings_branch


def regular(day: date, **kw) -> MeetingInfo:
    return MeetingInfo(K.REGULAR, day, time(19, 30), time(21, 10), place="Nhà văn hóa tổ 7", **kw)


def test_create_prefills_agenda_attendance_and_officers(svc):
    meetings, _, ids = svc
    mid, notice = meetings.create(regular(date(2026, 3, 5)))
    d = meetings.detail(mid)
    assert d.status is MeetingStatus.DRAFT and not d.read_only
    assert d.agenda[0].title.startswith("Tuyên bố lý do") and d.agenda[0].section == "opening"
    # 32 members: 30 expected (28 official + 2 probationary), exempt and attached listed apart
    assert (d.attendance.total, d.attendance.expected, d.attendance.present) == (32, 30, 30)
    assert [p.name for p in d.attendance.exempt] == ["Lâm Văn Thọ"]
    assert [p.name for p in d.attendance.attached_elsewhere] == ["Văn Thị Tuyết"]
    assert d.attendance.rate == 1.0 and d.attendance.checks.passed
    assert d.chair.name == "Nguyễn Văn An" and d.minute_taker.name == "Lê Thị Bình"
    assert d.duration_minutes == 100 and d.required_minutes == 90
    assert d.number_text == ""
    assert mid in notice.ids


def test_two_excused_one_unexcused_fail_the_checks_with_names(svc):
    meetings, _, ids = svc
    mid, _ = meetings.create(regular(date(2026, 3, 5)))
    meetings.set_attendance(mid, ids["Phạm Thị Hương"], A.EXCUSED, "Ốm")
    meetings.set_attendance(mid, ids["Lê Văn Tuấn"], A.EXCUSED, "Đi công tác")
    meetings.set_attendance(mid, ids["Huỳnh Thị Yến"], A.UNEXCUSED)
    att = meetings.detail(mid).attendance
    # 27 of 30 = 90 % > 85 % → rate fine; one unexcused → fails, naming Huỳnh Thị Yến
    assert att.present == 27 and abs(att.rate - 0.9) < 1e-9
    assert att.checks.rate_ok and not att.checks.no_unexcused
    assert [p.name for p in att.checks.unexcused] == ["Huỳnh Thị Yến"]
    assert [(a.name, a.reason) for a in att.excused] == [("Phạm Thị Hương", "Ốm"), ("Lê Văn Tuấn", "Đi công tác")]
    assert not att.checks.passed


def test_excused_needs_a_reason_and_outsiders_are_refused(svc):
    meetings, _, ids = svc
    mid, _ = meetings.create(regular(date(2026, 3, 5)))
    with pytest.raises(UserError, match="lý do vắng của đồng chí Phạm Thị Hương"):
        meetings.set_attendance(mid, ids["Phạm Thị Hương"], A.EXCUSED, "  ")
    # Vinh is not a committee member: cannot be marked at a committee meeting
    cid, _ = meetings.create(MeetingInfo(K.COMMITTEE, date(2026, 3, 2)))
    with pytest.raises(UserError, match="không thuộc danh sách"):
        meetings.set_attendance(cid, ids["Lương Văn Vinh"], A.PRESENT)


def test_committee_meeting_counts_committee_members_only(svc):
    meetings, _, _ = svc
    cid, _ = meetings.create(MeetingInfo(K.COMMITTEE, date(2026, 3, 2)))
    d = meetings.detail(cid)
    assert d.attendance.expected == 5 and d.voting.base == 5
    assert d.agenda[0].title.startswith("Tuyên bố lý do, báo cáo số chi ủy viên")


def test_exempt_member_who_attends_is_shown_not_counted_and_may_vote(svc):
    meetings, minutes, ids = svc
    mid, _ = meetings.create(regular(date(2026, 3, 5)))
    meetings.set_attendance(mid, ids["Lâm Văn Thọ"], A.PRESENT)
    d = meetings.detail(mid)
    assert d.attendance.expected == 30 and d.attendance.present == 30
    assert [p.name for p in d.attendance.extra_present] == ["Lâm Văn Thọ"]
    # official 30 (ids 1–28, the exempt and the attached) − attached 1 = 29: the exempt member
    # who attends stays in the base; hands: 28 present officials + the exempt one = 29
    assert d.voting.base == 29 and d.voting.present_voters == 29
    meetings.set_attendance(mid, ids["Lâm Văn Thọ"], None)  # not there after all
    d = meetings.detail(mid)
    assert d.attendance.extra_present == () and d.voting.base == 28  # exempt absent: out


def test_vote_against_the_base(svc):
    meetings, minutes, ids = svc
    mid, _ = meetings.create(regular(date(2026, 3, 5)))
    meetings.set_attendance(mid, ids["Phạm Thị Hương"], A.EXCUSED, "Ốm")
    meetings.set_attendance(mid, ids["Huỳnh Thị Yến"], A.UNEXCUSED)
    # official 30 − attached 1 − exempt absent 1 − excused 1 = 27; Yến (unexcused) stays in
    vid, _ = minutes.save_vote(mid, VoteInput("Nghị quyết tháng 3/2026", 14, 0, 0))
    d = meetings.detail(mid)
    assert d.voting.base == 27
    assert d.votes[0].passed  # 14 × 2 = 28 > 27
    minutes.save_vote(mid, VoteInput("Nghị quyết tháng 3/2026", 13, 10, 1, vote_id=vid))
    assert not meetings.detail(mid).votes[0].passed  # 13 × 2 = 26, not more than 27
    # 26 official present can raise at most 26 hands
    with pytest.raises(UserError, match="vượt"):
        minutes.save_vote(mid, VoteInput("Nghị quyết", 20, 5, 2))


def test_adopt_numbers_and_locks_then_correct_keeps_number(db, svc):
    meetings, minutes, ids = svc
    first, _ = meetings.create(regular(date(2026, 1, 8)))
    second, _ = meetings.create(regular(date(2026, 2, 5)))
    complete_minutes(db, first)
    complete_minutes(db, second)
    assert meetings.adopt(first)[0] == "Số 01-BB/CB"
    assert meetings.adopt(second)[0] == "Số 02-BB/CB"
    d = meetings.detail(second)
    assert d.read_only and d.number_text == "Số 02-BB/CB"
    item = d.agenda[3].id
    for write in (
        lambda: meetings.set_attendance(second, ids["Phạm Thị Hương"], A.UNEXCUSED),
        lambda: minutes.add_speech(item, "Ý kiến", member_id=ids["Phạm Thị Hương"]),
        lambda: minutes.set_conclusion(second, "Sửa"),
        lambda: minutes.set_quality_item(second, "results", 20),
        lambda: meetings.adopt(second),
    ):
        with pytest.raises(UserError, match="đã thông qua"):
            write()
    new_id, _ = meetings.correct(second)
    new = meetings.detail(new_id)
    old = meetings.detail(second)
    assert new.revision == 2 and new.status is MeetingStatus.DRAFT
    assert old.superseded_by_id == new_id and old.read_only
    assert new.number_text == "Số 02-BB/CB" and len(new.agenda) == len(old.agenda)
    meetings.set_attendance(new_id, ids["Phạm Thị Hương"], A.EXCUSED, "Ốm")
    assert meetings.adopt(new_id)[0] == "Số 02-BB/CB"  # the number is kept, not re-allocated
    rows = meetings.list_meetings(2026)
    assert [r.id for r in rows] == [first, new_id]  # the old revision is not listed
    assert rows[1].excused == 1 and rows[1].number == "02-BB/CB"
    third, _ = meetings.create(regular(date(2026, 3, 5)))
    complete_minutes(db, third)
    assert meetings.adopt(third)[0] == "Số 03-BB/CB"


def test_speeches_and_quality_give_the_band(svc):
    meetings, minutes, ids = svc
    mid, _ = meetings.create(regular(date(2026, 3, 5)))
    d = meetings.detail(mid)
    discussion = next(i for i in d.agenda if i.title.startswith("Đảng viên thảo luận"))
    names = list(ids)[:16]  # 16 of 30 attendees speak: 53 % > 50 %
    for name in names:
        minutes.add_speech(discussion.id, f"Đồng chí {name} góp ý về vệ sinh môi trường", member_id=ids[name])
    minutes.add_speech(discussion.id, "Biểu dương chi bộ", speaker_name="Đ/c Trần Quốc Huy (Đảng ủy phường)")
    for code, pts in {"preparation": 5, "conduct": 15, "minutes": 5, "leadership": 10,
                      "principles": 5, "results": 28, "closing": 3}.items():
        minutes.set_quality_item(mid, code, pts)
    meetings.record_documents_posted(mid, date(2026, 3, 6))
    q = meetings.detail(mid).quality
    # computed 5 + 5 + 10 = 20, documents 0 (no day sent) + 2 (posted the next day), ticked 71
    # → 93, and every full-mark line full → Tốt
    assert q.total == 93 and q.band is QualityBand.GOOD
    with pytest.raises(UserError, match="từ 0 đến 30"):
        minutes.set_quality_item(mid, "results", 31)
    with pytest.raises(UserError, match="không có trong phiếu"):
        minutes.set_quality_item(mid, "duration", 5)  # computed, not ticked


def test_four_absences_in_a_row_fail_the_fourth_meeting(svc):
    meetings, _, ids = svc
    mids = []
    for month in (1, 2, 3, 4):
        mid, _ = meetings.create(regular(date(2026, month, 6)))
        meetings.set_attendance(mid, ids["Bùi Thị Hoa"], A.EXCUSED, "Ốm dài ngày")
        mids.append(mid)
    rows = {r.id: r for r in meetings.list_meetings(2026)}
    assert [rows[m].checks_passed for m in mids] == [True, True, True, False]
    runs = meetings.detail(mids[3]).attendance.checks.long_runs
    assert [(r.name, r.count) for r in runs] == [("Bùi Thị Hoa", 4)]


def test_agenda_items_keep_section_order(svc):
    meetings, minutes, _ = svc
    mid, _ = meetings.create(regular(date(2026, 3, 5)))
    minutes.add_agenda_item(mid, "proceedings", "Công tác phát triển đảng viên")
    titles = [(i.section, i.title) for i in meetings.detail(mid).agenda]
    at = titles.index(("proceedings", "Công tác phát triển đảng viên"))
    assert titles[at + 1][0] == "closing" and titles[at - 1][0] == "proceedings"


def test_list_uses_few_queries(db, svc):
    meetings, _, _ = svc
    for month in range(1, 13):
        meetings.create(regular(date(2026, month, 5)))
        meetings.create(MeetingInfo(K.COMMITTEE, date(2026, month, 2)))
    count = {"n": 0}

    def on_exec(*_a, **_k):
        count["n"] += 1

    event.listen(db.engine, "before_cursor_execute", on_exec)
    try:
        rows = meetings.list_meetings(2026)
    finally:
        event.remove(db.engine, "before_cursor_execute", on_exec)
    assert len(rows) == 24
    print(f"list_meetings: {len(rows)} meetings in {count['n']} queries")
    assert count["n"] <= 10


def test_bad_info_is_refused_and_nothing_written(db, svc):
    meetings, _, _ = svc
    with pytest.raises(UserError, match="cả giờ bắt đầu và giờ kết thúc"):
        meetings.create(MeetingInfo(K.REGULAR, date(2026, 3, 5), start_time=time(19, 30)))
    cid, _ = meetings.create(MeetingInfo(K.REGULAR, date(2026, 3, 1)))
    with pytest.raises(UserError, match="phải là một cuộc họp chi ủy"):
        meetings.create(regular(date(2026, 3, 5), prepared_by_id=cid))
    with unit_of_work(db) as s:
        assert len(s.scalars(select(Meeting)).all()) == 1


def test_thematic_plan_and_year_view(db, svc, clock):
    from desktop.services.meeting_year import MeetingYearService
    from desktop.services.thematic import PlanEntryInput, ThematicService

    meetings, _, ids = svc
    thematic = ThematicService(db)
    bank = thematic.topics()
    assert len(bank) >= 20 and any("chuyển đổi số" in t.title.lower() for t in bank)
    q1, _ = thematic.save_entry(PlanEntryInput(2026, 1, bank[0].title, "Nguyễn Văn An", 2))
    thematic.save_entry(PlanEntryInput(2026, 3, "Chuyển đổi số ở khu dân cư", "Lê Thị Bình", 8))
    with pytest.raises(UserError, match="Tháng dự kiến 5 không thuộc quý 1"):
        thematic.save_entry(PlanEntryInput(2026, 1, "Chủ đề", planned_month=5))
    topic_id, _ = thematic.add_topic("Xây dựng tổ dân phố không ma túy")
    with pytest.raises(UserError, match="đã có"):
        thematic.add_topic("xây dựng tổ dân phố KHÔNG MA TÚY")
    assert any(t.user_topic_id == topic_id for t in thematic.topics())
    for month in range(1, 13):
        meetings.create(regular(date(2026, month, 5)))
        if month != 7:
            meetings.create(MeetingInfo(K.COMMITTEE, date(2026, month, 2)))
    held, _ = meetings.create(MeetingInfo(K.THEMATIC, date(2026, 2, 20), topic=bank[0].title,
                                          thematic_plan_id=q1))
    meetings.create(MeetingInfo(K.COMBINED, date(2026, 11, 6)))
    plan = thematic.plan(2026)
    assert [e.quarter for e in plan] == [1, 3] and plan[0].held[0].meeting_id == held
    with pytest.raises(UserError, match="đã có buổi sinh hoạt"):
        thematic.remove_entry(q1)
    view = MeetingYearService(db, clock=clock).year_view(2026, as_of=date(2027, 1, 5))
    # Q2 and Q3 have no thematic session; July had no committee meeting
    assert view.grid.gaps == (
        "Quý II chưa có sinh hoạt chuyên đề",
        "Tháng 7 chưa họp chi ủy",
        "Quý III chưa có sinh hoạt chuyên đề",
    )
    assert view.expects_committee and view.monthly_rate[0] == 1.0
    assert view.grid.quarters[2].planned_topic == "Chuyển đổi số ở khu dân cư"
