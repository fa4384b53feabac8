"""The demo branch and the general generator: the content DOMAIN.md asks for, checked against the
rules (situation on each meeting's date), refusal on a filled file, determinism."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.domain.enums import (
    AttendanceStatus,
    MeetingKind,
    Position,
    SituationEventKind,
)
from desktop.domain.quality import QualityRules
from desktop.domain.situation import Standing, situation_on
from desktop.services.demo import build_demo, generate_branch
from desktop.services.errors import UserError
from desktop.services.member_facts import load_member_facts
from desktop.store.database import unit_of_work
from desktop.store.models import (
    AgendaItem,
    Attendance,
    Branch,
    DocumentNumber,
    Meeting,
    Member,
    MemberPosition,
    QualityItem,
    SituationEvent,
    Speech,
    Term,
    ThematicPlanEntry,
    Vote,
)

TODAY = date(2026, 11, 23)
BRANCH_KINDS = (MeetingKind.REGULAR, MeetingKind.COMBINED, MeetingKind.THEMATIC)


@pytest.fixture
def demo_2025(db):
    summary = build_demo(db, 2025, today=TODAY)
    return db, summary


def _meetings(s, year):
    return s.scalars(select(Meeting).where(Meeting.held_on.between(date(year, 1, 1), date(year, 12, 31)))
                     .order_by(Meeting.held_on, Meeting.start_time)).all()


def _minutes(m: Meeting) -> int:
    return (m.end_time.hour * 60 + m.end_time.minute) - (m.start_time.hour * 60 + m.start_time.minute)


def test_a_full_year_of_sittings(demo_2025):
    db, summary = demo_2025
    assert summary.branch_name == "Chi bộ Tổ dân phố số 7"
    with unit_of_work(db) as s:
        branch = s.scalars(select(Branch)).one()
        assert (branch.code, branch.superior_committee, branch.place_name) == (
            "CB-TDP07", "Đảng bộ phường Ba Đình", "Phường Ba Đình")
        assert "2020–2025" in s.scalars(select(Term.label)).all()
        meetings = _meetings(s, 2025)
        kinds = Counter(m.kind for m in meetings)
        # 12 monthly meetings, one of them combined; 3 thematic + 1 combined = 4 sessions.
        assert kinds[MeetingKind.REGULAR] + kinds[MeetingKind.COMBINED] == 12
        assert kinds[MeetingKind.COMBINED] == 1 and kinds[MeetingKind.THEMATIC] == 3
        assert kinds[MeetingKind.COMMITTEE] == 12
        monthly = [m for m in meetings if m.kind in (MeetingKind.REGULAR, MeetingKind.COMBINED)]
        assert sorted(m.held_on.month for m in monthly) == list(range(1, 13))
        thematic = [m for m in meetings if m.kind in (MeetingKind.THEMATIC, MeetingKind.COMBINED)]
        assert sorted((m.held_on.month - 1) // 3 for m in thematic) == [0, 1, 2, 3]
        by_id = {m.id: m for m in meetings}
        for m in monthly:
            committee = by_id[m.prepared_by_id]
            assert committee.kind is MeetingKind.COMMITTEE and committee.held_on < m.held_on
            assert committee.held_on.month == m.held_on.month
            assert m.documents_sent_on is not None and m.documents_sent_on <= m.held_on
            assert m.chair_id and m.minute_taker_id and m.conclusion and m.place
        combined = next(m for m in meetings if m.kind is MeetingKind.COMBINED)
        assert _minutes(combined) >= 120 and combined.topic and combined.thematic_plan_id
        assert all(m.status.value == "adopted" and m.adopted_at for m in meetings)
        plan = s.scalars(select(ThematicPlanEntry).where(ThematicPlanEntry.year == 2025)).all()
        assert sorted(p.quarter for p in plan) == [1, 2, 3, 4]
        assert {m.thematic_plan_id for m in thematic} == {p.id for p in plan}


def test_cast_of_members(demo_2025):
    db, _ = demo_2025
    with unit_of_work(db) as s:
        names = s.scalars(select(Member.full_name)).all()
        for required in ("Đặng Thị Ngọc Ánh", "Nguyễn Hữu Quỳnh", "Phạm Thị Hương", "Lê Văn Tuấn",
                         "Huỳnh Thị Yến"):
            assert required in names
        assert all(unicodedata.is_normalized("NFC", n) for n in names)
        assert len(set(names)) == len(names)
        members = s.scalars(select(Member)).all()
        assert all(m.birth_date < m.admitted_on for m in members)
        assert all(m.official_on is None or m.admitted_on < m.official_on for m in members)
        situations = [situation_on(f, date(2025, 12, 31)) for f in load_member_facts(s)]
        standing = Counter(x.standing for x in situations if x.in_branch)
        assert standing[Standing.PROBATIONARY] == 3
        assert 28 <= standing[Standing.OFFICIAL] + standing[Standing.PROBATIONARY] <= 32
        assert sum(1 for x in situations if x.in_branch and x.exempt) == 2
        events = s.execute(select(SituationEvent.kind, SituationEvent.on)).all()
        arrivals = [on for kind, on in events if kind is SituationEventKind.TRANSFERRED_IN]
        assert any(date(2025, 4, 1) <= on <= date(2025, 9, 30) for on in arrivals)  # mid-year
        held = s.execute(select(MemberPosition.position, Member.full_name).join(Member)
                         .where(MemberPosition.end_date.is_(None))).all()
        assert (Position.SECRETARY, "Nguyễn Hữu Quỳnh") in held
        assert (Position.DEPUTY, "Đặng Thị Ngọc Ánh") in held
        assert sum(1 for p, _ in held if p is Position.COMMITTEE) == 3


def test_attendance_follows_the_situation_on_each_date(demo_2025):
    db, _ = demo_2025
    with unit_of_work(db) as s:
        facts = load_member_facts(s)
        officers = set(s.scalars(select(MemberPosition.member_id)))
        rows = defaultdict(dict)
        for a in s.scalars(select(Attendance)):
            rows[a.meeting_id][a.member_id] = a
        statuses = Counter()
        for m in s.scalars(select(Meeting)):
            situations = {f.member_id: situation_on(f, m.held_on) for f in facts}
            expected = {i for i, x in situations.items() if x.expected_at_meetings}
            if m.kind is MeetingKind.COMMITTEE:
                expected &= officers
            listed = rows[m.id]
            assert {i for i, a in listed.items() if a.expected == 1} == expected
            for member_id, a in listed.items():
                statuses[a.status] += 1
                if a.expected == 0:  # an exempt member who came anyway
                    assert situations[member_id].exempt and a.status is AttendanceStatus.PRESENT
                if a.status is AttendanceStatus.EXCUSED:
                    assert a.reason in ("Ốm", "Đi công tác", "Việc gia đình")
        assert statuses[AttendanceStatus.PRESENT] > 10 * statuses[AttendanceStatus.EXCUSED] > 0
        # Two unexcused absences in the current year (2025 here); none in the showcase year
        # before it (2024), whose meetings are all rated Tốt.
        assert statuses[AttendanceStatus.UNEXCUSED] == 2
        extra = s.scalar(select(func.count()).select_from(Attendance).where(Attendance.expected == 0))
        assert extra == 2  # the exempt member attends once a year


def test_minutes_content_numbers_votes_and_quality(demo_2025):
    db, _ = demo_2025
    with unit_of_work(db) as s:
        # Numbers: BB, 01-based and gap-free in each term, in the order the meetings were held.
        numbers = {n.id: n for n in s.scalars(select(DocumentNumber))}
        per_term = defaultdict(list)
        for m in s.scalars(select(Meeting).order_by(Meeting.held_on, Meeting.start_time)):
            number = numbers[m.document_number_id]
            assert number.doc_type.value == "BB" and number.issued_on == m.held_on
            per_term[number.term_id].append(number.seq)
        assert all(seqs == list(range(1, len(seqs) + 1)) for seqs in per_term.values())
        meeting = next(m for m in _meetings(s, 2025) if m.kind is MeetingKind.REGULAR)
        titles = [a.title for a in meeting.agenda]
        assert titles[0].startswith("Khai mạc") and titles[-1].startswith("Thông qua biên bản")
        assert titles.index("Tình hình tư tưởng của đảng viên") < titles.index("Thảo luận")
        present = {a.member_id for a in meeting.attendance if a.status is AttendanceStatus.PRESENT}
        speakers = s.scalars(select(Speech.member_id).join(AgendaItem).where(AgendaItem.meeting_id == meeting.id)).all()
        assert len(speakers) >= 2 and set(speakers) <= present
        facts = {f.member_id: f for f in load_member_facts(s)}
        official_present = sum(1 for i in present if situation_on(facts[i], meeting.held_on).is_official)
        vote = s.scalars(select(Vote).where(Vote.meeting_id == meeting.id)).one()
        assert vote.votes_for + vote.votes_against + vote.abstentions == official_present
        maxima = {i.code: i.max_points for i in QualityRules().ticked_items}
        items = s.scalars(select(QualityItem).where(QualityItem.meeting_id == meeting.id)).all()
        assert {i.code for i in items} == set(maxima)
        assert all(0 <= i.points <= maxima[i.code] for i in items)


def test_current_year_stops_at_today(db):
    summary = build_demo(db, 2026, today=TODAY)
    assert (summary.first_year, summary.last_year) == (2025, 2026)
    with unit_of_work(db) as s:
        latest = s.scalar(select(func.max(Meeting.held_on)))
        assert date(2026, 11, 1) <= latest <= TODAY
        monthly = [m for m in _meetings(s, 2026) if m.kind in (MeetingKind.REGULAR, MeetingKind.COMBINED)]
        assert [m.held_on.month for m in monthly] == list(range(1, 12))  # January to November
        assert summary.meetings == s.scalar(select(func.count()).select_from(Meeting))


def test_refuses_a_filled_file_and_changes_nothing(demo_2025):
    db, _ = demo_2025
    with unit_of_work(db) as s:
        before = s.scalar(select(func.count()).select_from(Meeting))
    with pytest.raises(UserError, match="đã có dữ liệu"):
        build_demo(db, 2024, today=TODAY)
    with pytest.raises(UserError, match="2030"):
        build_demo(db, 2030, today=TODAY)
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == before
        assert s.scalar(select(func.count()).select_from(Branch)) == 1


def _dump(db):
    with unit_of_work(db) as s:
        return [s.execute(select(t).order_by(t.id)).all() for t in (Member, SituationEvent, Meeting, Attendance, Speech)]


def test_deterministic(tmp_path):
    from desktop.store.database import open_database

    dumps = []
    for name in ("a.sqlite", "b.sqlite"):
        with open_database(tmp_path / name, create=True) as db:
            build_demo(db, 2025, today=TODAY)
            dumps.append([[tuple(getattr(r[0], c) for c in r[0].__table__.columns.keys()) for r in rows]
                          for rows in _dump(db)])
    assert dumps[0] == dumps[1]


def test_generator_with_turnover_keeps_the_rules(db):
    """100 members over 4 years: admissions made official a year later, departures, and the
    attendance base still equal to the members expected on each date."""
    with unit_of_work(db) as s:
        g = generate_branch(s, members=100, years=4, last_year=2025, seed=3, today=TODAY)
        assert g.members > 100 and g.first_year == 2022
        kinds = Counter(s.scalars(select(SituationEvent.kind)))
        assert kinds[SituationEventKind.MADE_OFFICIAL] >= 3
        assert kinds[SituationEventKind.TRANSFERRED_OUT] + kinds[SituationEventKind.DECEASED] >= 3
        facts = load_member_facts(s)
        for m in s.scalars(select(Meeting).where(Meeting.kind == MeetingKind.REGULAR)):
            expected = {f.member_id for f in facts if situation_on(f, m.held_on).expected_at_meetings}
            assert {a.member_id for a in m.attendance if a.expected} == expected


def test_every_speaker_was_there(demo_2025):
    db, _ = demo_2025
    with unit_of_work(db) as s:
        present = defaultdict(set)
        for meeting_id, member_id in s.execute(select(Attendance.meeting_id, Attendance.member_id)
                                               .where(Attendance.status == AttendanceStatus.PRESENT)):
            present[meeting_id].add(member_id)
        spoken = s.execute(select(AgendaItem.meeting_id, Speech.member_id).join(Speech)).all()
        assert len(spoken) > 100
        assert all(member_id in present[meeting_id] for meeting_id, member_id in spoken)


def test_showcase_year_skips_only_the_third_quarters_thematic_session(db):
    """The previous year (2025 of a 2026 demo): twelve regular meetings of full length, no
    absence without a reason, nobody absent twice in a row — and Quý III's thematic session
    planned but never held (the combined sitting is in another quarter)."""
    build_demo(db, 2026, today=TODAY)
    with unit_of_work(db) as s:
        meetings = _meetings(s, 2025)
        quarters = Counter((m.held_on.month - 1) // 3 + 1 for m in meetings
                           if m.kind in (MeetingKind.THEMATIC, MeetingKind.COMBINED))
        assert sorted(quarters) == [1, 2, 4]
        combined = [m for m in meetings if m.kind is MeetingKind.COMBINED]
        assert len(combined) == 1 and combined[0].held_on.month not in (7, 8, 9)
        plan = {p.quarter: p for p in s.scalars(select(ThematicPlanEntry).where(ThematicPlanEntry.year == 2025))}
        assert sorted(plan) == [1, 2, 3, 4] and plan[3].topic and plan[3].planned_month in (7, 8, 9)
        assert plan[3].id not in {m.thematic_plan_id for m in meetings}
        monthly = [m for m in meetings if m.kind in (MeetingKind.REGULAR, MeetingKind.COMBINED)]
        assert len(monthly) == 12
        assert all(_minutes(m) >= (120 if m.kind is MeetingKind.COMBINED else 90) for m in monthly)
        away_before: set[int] = set()
        for m in sorted(meetings, key=lambda m: m.held_on):
            if m.kind is MeetingKind.COMMITTEE:
                continue
            statuses = {a.member_id: a.status for a in m.attendance if a.expected}
            assert AttendanceStatus.UNEXCUSED not in statuses.values()
            away = {i for i, st in statuses.items() if st is not AttendanceStatus.PRESENT}
            assert len(away) <= 2 and not away & away_before
            away_before = away
        # Twelve excused absences over the twelve regular meetings (the style's counts).
        assert sum(1 for m in monthly for a in m.attendance if a.status is AttendanceStatus.EXCUSED) == 12


@pytest.mark.parametrize("today", [TODAY, date(2026, 7, 5)])
def test_posted_days_have_come_and_the_newest_sitting_is_not_posted_yet(db, today):
    """Finished documents posted 1–2 days after, one sitting a year late, the newest sitting of
    the year under way not yet; never a posting day after the demo's today."""
    build_demo(db, 2026, today=today)
    with unit_of_work(db) as s:
        branch = [m for year in (2025, 2026) for m in _meetings(s, year) if m.kind in BRANCH_KINDS]
    posted = [m.documents_posted_on for m in branch if m.documents_posted_on is not None]
    assert posted and max(posted) <= today
    assert branch[-1].documents_posted_on is None  # the newest: not posted yet
    delays = [(m.documents_posted_on - m.held_on).days for m in branch[:-1]]
    assert sorted(set(delays)) == [1, 2, 4] and delays.count(4) == 2  # one late a year
