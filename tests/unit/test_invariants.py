"""Invariants of the whole record: each rule with a case that breaks it and one that does not."""

from __future__ import annotations

from datetime import date, time

from desktop.domain.enums import AttendanceStatus, DocumentType, MeetingKind, Position
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.invariants import (
    AttendanceRecord,
    MeetingRecord,
    MemberRecord,
    NumberRecord,
    Records,
    RepairKind,
    TermRecord,
    VoteRecord,
    find_problems,
)
from desktop.domain.situation import Event, MemberFacts

TODAY = date(2026, 11, 18)


def member(mid, name, admitted, official=None, events=(), birth=date(1970, 5, 2), positions=()):
    facts = MemberFacts(mid, admitted, official, tuple(Event(k, d) for k, d in events))
    return MemberRecord(mid, name, birth, admitted, official, facts, tuple(positions))


AN = member(1, "Trần Văn An", date(2000, 3, 1), date(2001, 3, 1))
BINH = member(2, "Lê Thị Bình", date(2010, 6, 1), date(2011, 6, 1),
              events=[(K.EXEMPT_FROM, date(2026, 1, 1))])
CUONG = member(3, "Phạm Quốc Cường", date(2026, 9, 2), events=[(K.ADMITTED, date(2026, 9, 2))])
TERM = TermRecord(1, date(2025, 8, 1), date(2030, 7, 31), "2025–2030")
MARCH = MeetingRecord(10, MeetingKind.REGULAR, date(2026, 3, 5), time(8, 0), time(9, 45),
                      date(2026, 3, 3), None, 100)


def codes(records: Records) -> list[tuple[str, int | None]]:
    return [(p.code, p.row_id) for p in find_problems(records, TODAY)]


def test_a_sound_record_has_no_problems():
    records = Records(
        members=(AN, BINH, CUONG),
        terms=(TERM,),
        numbers=(NumberRecord(100, 1, DocumentType.MINUTES, 1, date(2026, 3, 5)),),
        meetings=(MARCH,),
        # An present (expected); Bình exempt since January but came: recorded with expected = 0.
        attendance=(AttendanceRecord(1, 10, 1, 1), AttendanceRecord(2, 10, 2, 0)),
    )
    assert find_problems(records, TODAY) == []


def test_attendance_for_someone_not_yet_a_member_is_reported_without_repair():
    # Cường was admitted on 2 Sep 2026; the March meeting cannot have his attendance.
    records = Records(members=(AN, CUONG), meetings=(MARCH,),
                      attendance=(AttendanceRecord(7, 10, 3, 1),))
    [problem] = find_problems(records, TODAY)
    assert problem.code == "attendance_not_member" and problem.row_id == 7
    assert "Phạm Quốc Cường" in problem.message and "05/03/2026" in problem.message
    assert problem.repair is None


def test_expected_flag_disagreeing_with_the_situation_gets_a_safe_repair():
    # Bình is exempt on 5 Mar 2026, so her row must say expected = 0; An's must say 1.
    records = Records(members=(AN, BINH), meetings=(MARCH,),
                      attendance=(AttendanceRecord(1, 10, 1, 0), AttendanceRecord(2, 10, 2, 1)))
    problems = find_problems(records, TODAY)
    assert [(p.code, p.row_id, p.repair.value) for p in problems] == [
        ("attendance_expected_flag", 1, 1),
        ("attendance_expected_flag", 2, 0),
    ]
    assert all(p.repair.kind is RepairKind.SET_ATTENDANCE_EXPECTED for p in problems)


def test_dates_out_of_order_are_reported():
    late_official = member(4, "Đỗ Minh Đức", date(2015, 1, 1), date(2014, 1, 1))
    bad_period = member(5, "Vũ Thị Hà", date(2005, 1, 1), date(2006, 1, 1),
                        events=[(K.EXEMPT_FROM, date(2024, 5, 1)), (K.EXEMPT_TO, date(2024, 4, 1))])
    bad_position = member(6, "Hoàng Văn Em", date(2005, 1, 1), date(2006, 1, 1),
                          positions=[(Position.SECRETARY, date(2025, 8, 1), date(2025, 1, 1))])
    bad_term = TermRecord(2, date(2030, 1, 1), date(2025, 1, 1), "sai")
    bad_meeting = MeetingRecord(11, MeetingKind.THEMATIC, date(2026, 4, 9), time(10, 0), time(9, 0),
                                date(2026, 4, 12))
    found = codes(Records(members=(late_official, bad_period, bad_position), terms=(bad_term,),
                          meetings=(bad_meeting,)))
    assert ("member_official_on", 4) in found
    assert ("member_events", 5) in found  # exempt ended before it began
    assert ("member_positions", 6) in found
    assert ("term_dates", 2) in found
    assert ("meeting_times", 11) in found
    assert ("meeting_documents_late", 11) in found


def test_documents_posted_before_the_meeting_are_reported():
    early = MeetingRecord(12, MeetingKind.REGULAR, date(2026, 4, 9), documents_posted_on=date(2026, 4, 8))
    on_the_day = MeetingRecord(13, MeetingKind.REGULAR, date(2026, 5, 9), documents_posted_on=date(2026, 5, 9))
    found = codes(Records(meetings=(early, on_the_day)))
    assert ("meeting_posted_early", 12) in found and ("meeting_posted_early", 13) not in found


def test_document_numbers_unique_per_type_and_term_and_inside_the_term():
    numbers = (
        NumberRecord(100, 1, DocumentType.MINUTES, 3, date(2026, 3, 5)),
        NumberRecord(101, 1, DocumentType.MINUTES, 3, date(2026, 4, 5)),  # duplicate of 100
        NumberRecord(102, 1, DocumentType.RESOLUTION, 3, date(2026, 4, 5)),  # other type: fine
        NumberRecord(103, 1, DocumentType.MINUTES, 4, date(2024, 1, 1)),  # before the term
    )
    found = codes(Records(terms=(TERM,), numbers=numbers))
    assert sorted(found) == [
        ("number_duplicate", 100),
        ("number_duplicate", 101),
        ("number_outside_term", 103),
    ]
    problem = next(p for p in find_problems(Records(terms=(TERM,), numbers=numbers), TODAY))
    assert "Số 03-BB/CB" in problem.message and "2025–2030" in problem.message


def test_one_number_used_by_two_current_minutes_but_not_by_a_superseded_one():
    old = MeetingRecord(20, MeetingKind.REGULAR, date(2026, 5, 7), superseded_by_id=21,
                        document_number_id=100)
    new = MeetingRecord(21, MeetingKind.REGULAR, date(2026, 5, 7), document_number_id=100)
    assert codes(Records(meetings=(old, new))) == []
    other = MeetingRecord(22, MeetingKind.REGULAR, date(2026, 6, 4), document_number_id=100)
    assert codes(Records(meetings=(old, new, other))) == [("number_shared", 100)]


def test_a_correction_chain_that_loops_is_reported():
    a = MeetingRecord(30, MeetingKind.REGULAR, date(2026, 7, 2), superseded_by_id=31)
    b = MeetingRecord(31, MeetingKind.REGULAR, date(2026, 7, 2), superseded_by_id=30)
    assert codes(Records(meetings=(a, b))) == [
        ("meeting_supersede_cycle", 30),
        ("meeting_supersede_cycle", 31),
    ]


def test_a_vote_with_more_hands_than_official_members_present_is_reported():
    # 8 Oct 2026: An (official) and Bình (exempt, but she came: she may vote) are the official
    # members present; Cường, admitted in September, is present but probationary: no vote.
    october = MeetingRecord(40, MeetingKind.REGULAR, date(2026, 10, 8))
    present = AttendanceStatus.PRESENT
    attendance = (AttendanceRecord(1, 40, 1, 1, present), AttendanceRecord(2, 40, 2, 0, present),
                  AttendanceRecord(3, 40, 3, 1, present))
    votes = (
        VoteRecord(1, 40, "Nghị quyết tháng 10", 3, 0, 0),  # 3 for, 2 official members present
        VoteRecord(2, 40, "Kết nạp đảng viên", 2, 1, 0),  # 3 hands in all
        VoteRecord(3, 40, "Chương trình tháng 11", 2, 0, 0),  # right
    )
    records = Records(members=(AN, BINH, CUONG), meetings=(october,), attendance=attendance,
                      votes=votes)
    problems = [p for p in find_problems(records, TODAY) if p.table == "vote"]
    assert [(p.code, p.row_id) for p in problems] == [
        ("vote_for_exceeds_present", 1), ("vote_cast_exceeds_present", 2)]
    first = problems[0].text
    assert "«Nghị quyết tháng 10»" in str(first) and "08/10/2026" in str(first)
    assert "số tán thành (3)" in str(first) and "có mặt (2)" in str(first)
    assert "more votes for (3) than official members present (2)" in first.render("en")
    assert all(p.repair is None for p in problems)  # only the secretary knows the right count


def test_a_committee_vote_counts_the_committee_and_old_revisions_are_left_alone():
    an = member(1, "Trần Văn An", date(2000, 3, 1), date(2001, 3, 1),
                positions=[(Position.SECRETARY, date(2025, 8, 1), None)])
    committee = MeetingRecord(41, MeetingKind.COMMITTEE, date(2026, 10, 2))
    old = MeetingRecord(42, MeetingKind.REGULAR, date(2026, 10, 8), superseded_by_id=43)
    new = MeetingRecord(43, MeetingKind.REGULAR, date(2026, 10, 8))
    present = AttendanceStatus.PRESENT
    attendance = (AttendanceRecord(1, 41, 1, 1, present), AttendanceRecord(2, 41, 2, 0, present),
                  AttendanceRecord(3, 42, 1, 1, present), AttendanceRecord(4, 43, 1, 1, present),
                  AttendanceRecord(5, 43, 2, 0, present))
    votes = (VoteRecord(1, 41, "Chuẩn bị họp chi bộ", 2, 0, 0),  # Bình is not on the committee
             VoteRecord(2, 42, "Nghị quyết (bản cũ)", 2, 0, 0),  # superseded: history
             VoteRecord(3, 43, "Nghị quyết (bản đính chính)", 2, 0, 0))
    records = Records(members=(an, BINH), meetings=(committee, old, new), attendance=attendance,
                      votes=votes)
    assert [(p.code, p.row_id) for p in find_problems(records, TODAY) if p.table == "vote"] == [
        ("vote_for_exceeds_present", 1)]
