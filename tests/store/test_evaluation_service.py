"""The evaluation service on a real data file: what it loads, the rulebook pin, targets, manual
scores. Worked examples with the arithmetic in the comments."""

from __future__ import annotations

import hashlib
from datetime import date, time

import pytest
from sqlalchemy import event

from desktop.clock import Clock
from desktop.domain.enums import (
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    Rating,
    ReviewStep,
)
from desktop.domain.enums import SituationEventKind as K
from desktop.services.errors import UserError
from desktop.services.evaluation import EvaluationService
from desktop.services.evaluation_json import report_json
from desktop.services.manual_scores import ManualScoreService
from desktop.services.rulebook_files import shipped_rulebooks
from desktop.services.rulebooks import RulebookService
from desktop.services.targets import TargetDraft, TargetService
from desktop.store.database import unit_of_work
from desktop.store.models import (
    Attendance,
    Branch,
    Commitment,
    Meeting,
    Member,
    RatingStep,
    SituationEvent,
)

YEAR = 2025
NAMES = ["Trần Văn An", "Lê Thị Bình", "Nguyễn Văn Cường", "Phạm Thị Dung", "Đỗ Minh Đức"]


def build_branch(db, *, thematic_quarters=(1, 2, 3, 4), exempt_attends=True) -> dict[str, int]:
    """Members: four active officials, Đỗ Minh Đức exempt since 2020, and Hà Thị Mai admitted on
    10/08/2025. A regular meeting on the 5th of each month (100 minutes), prepared by a committee
    meeting on the 2nd; a thematic session on the 20th of the middle month of the chosen quarters.
    Attendance: everyone expected present, except Phạm Thị Dung excused in January; the exempt
    member attends every regular meeting (recorded as not expected)."""
    ids: dict[str, int] = {}
    with unit_of_work(db) as s:
        s.add(Branch(name="Chi bộ Khu dân cư số 4", code="KDC04", superior_committee="Đảng ủy phường Hạc Thành",
                     place_name="Phường Hạc Thành"))
        for name in NAMES:
            m = Member(full_name=name, admitted_on=date(1990, 3, 1), official_on=date(1991, 3, 1))
            if name == "Đỗ Minh Đức":
                m.events.append(SituationEvent(kind=K.EXEMPT_FROM, on=date(2020, 1, 1)))
            s.add(m)
        newcomer = Member(full_name="Hà Thị Mai", admitted_on=date(YEAR, 8, 10))
        newcomer.events.append(SituationEvent(kind=K.ADMITTED, on=date(YEAR, 8, 10)))
        s.add(newcomer)
        s.flush()
        ids = {m.full_name: m.id for m in s.query(Member)}
        for month in range(1, 13):
            committee = Meeting(kind=MeetingKind.COMMITTEE, held_on=date(YEAR, month, 2), status=MeetingStatus.ADOPTED)
            s.add(committee)
            s.flush()
            regular = Meeting(kind=MeetingKind.REGULAR, held_on=date(YEAR, month, 5), start_time=time(8, 0),
                              end_time=time(9, 40), status=MeetingStatus.ADOPTED, prepared_by_id=committee.id)
            s.add(regular)
            s.flush()
            expected = NAMES[:4] + (["Hà Thị Mai"] if month >= 9 else [])
            for name in expected:
                status = AttendanceStatus.EXCUSED if (name == "Phạm Thị Dung" and month == 1) else AttendanceStatus.PRESENT
                s.add(Attendance(meeting_id=regular.id, member_id=ids[name], status=status, expected=1,
                                 reason="ốm" if status is AttendanceStatus.EXCUSED else ""))
            if exempt_attends:
                s.add(Attendance(meeting_id=regular.id, member_id=ids["Đỗ Minh Đức"], status=AttendanceStatus.PRESENT,
                                 expected=0))
        for q in thematic_quarters:
            s.add(Meeting(kind=MeetingKind.THEMATIC, held_on=date(YEAR, 3 * q - 1, 20), start_time=time(14, 0),
                          end_time=time(15, 45), status=MeetingStatus.ADOPTED, topic="Học tập và làm theo Bác"))
        # Last year's records must not count: a thematic session in Q3 2024.
        s.add(Meeting(kind=MeetingKind.THEMATIC, held_on=date(YEAR - 1, 8, 20), status=MeetingStatus.ADOPTED))
    return ids


def comp(report, code):
    return next(c for crit in report.result.criteria for c in crit.components if c.code == code)


END = date(YEAR, 12, 31)
CLOCK = Clock.fixed(END)  # the year is evaluated once it is over


def test_exempt_member_left_out_and_newcomer_counted_from_admission(db):
    build_branch(db)
    report = EvaluationService(db, clock=CLOCK).evaluate(YEAR, END)
    att = comp(report, "2.4").measure
    # January: 3 present of 4 expected = 75% (the exempt member present is not in the base,
    # else it would be 4/5 = 80%). Feb–Aug: 4/4. Sep–Dec: 5/5 with Hà Thị Mai admitted 10/08.
    # Average = (0.75 + 11 × 1) / 12 = 97.92% → band ≥ 95% → 5 points.
    assert att.denominator == 12
    assert att.value == pytest.approx((0.75 + 11) / 12)
    assert comp(report, "2.4").score == 5
    assert any("3/4 có mặt (75%)" in e.label for e in att.evidence)
    assert any("5/5 có mặt" in e.label for e in att.evidence)
    # 4.5: admitted Hà Thị Mai; no target entered yet → 0 with the reason.
    assert comp(report, "4.5").missing == "4.5: chưa nhập chỉ tiêu kết nạp đảng viên của năm — 0/4 điểm"
    TargetService(db).set_admission_target(YEAR, 1)
    assert comp(EvaluationService(db, clock=CLOCK).evaluate(YEAR, END), "4.5").score == 4  # 1 of 1


def test_quarter_without_thematic_session_and_adding_it_turns_criterion_2_good(db):
    build_branch(db, thematic_quarters=(1, 2, 4))
    service = EvaluationService(db, clock=CLOCK)
    report = service.evaluate(YEAR, END)
    # 2.2 = 4 × 3/4 = 3 < 3.6: criterion 2 not good. Q3 2024's session does not count.
    assert comp(report, "2.2").missing == "2.2: Quý III chưa có sinh hoạt chuyên đề — 3/4 quý — 3/4 điểm"
    assert not report.result.criteria[1].good
    with unit_of_work(db) as s:
        s.add(Meeting(kind=MeetingKind.THEMATIC, held_on=date(YEAR, 9, 12), start_time=time(14, 0),
                      end_time=time(15, 40), status=MeetingStatus.DRAFT))
    report = service.evaluate(YEAR, END)
    assert comp(report, "2.2").score == 4
    assert report.drafts == ("Sinh hoạt chuyên đề ngày 12/09/2025",)
    # 2.5: the regular meetings have no ticked quality lines, so none is rated Tốt here.
    assert [c.code for c in report.result.criteria[1].components if not c.good] == ["2.5"]


def test_commitments_and_ratings_feed_criterion_4(db):
    ids = build_branch(db)
    with unit_of_work(db) as s:
        for name in NAMES[:3]:
            s.add(Commitment(member_id=ids[name], year=YEAR, signed_on=date(YEAR, 1, 20), sections={}))
        for name in NAMES[:4]:
            rating = Rating.HTNV if name == "Phạm Thị Dung" else Rating.HTTNV
            s.add(RatingStep(member_id=ids[name], year=YEAR, step=ReviewStep.BRANCH, rating=rating,
                             decided_on=date(YEAR, 12, 10)))
    report = EvaluationService(db, clock=CLOCK).evaluate(YEAR, END)
    # Reviewed: the four active officials (exempt Đỗ Minh Đức is not reviewed; Hà Thị Mai,
    # admitted 10/08, has under 6 months on 1/12 and is rated next year).
    # 4.1: 3 of 4 → 5 × 0.75 = 3.75 → 4.0;  4.2: 3 of 4 = 75% < 80% → 0
    assert comp(report, "4.1").measure.denominator == 4
    assert comp(report, "4.1").score == 4.0
    assert "chưa có: Phạm Thị Dung" in comp(report, "4.1").missing
    assert comp(report, "4.2").score == 0
    assert comp(report, "4.3").score == 4


def test_targets_feed_component_1_2(db):
    build_branch(db)
    targets = TargetService(db)
    targets.add(YEAR, TargetDraft("Thu quỹ vì người nghèo", 20, 24, "triệu đồng"))
    targets.add(YEAR, TargetDraft("Hộ gia đình văn hóa", 95, 90, "%"))
    report = EvaluationService(db, clock=CLOCK).evaluate(YEAR, END)
    # 1 of 2 met: 10 × 0.5 = 5
    assert comp(report, "1.2").score == 5
    assert "chưa đạt: Hộ gia đình văn hóa" in comp(report, "1.2").missing
    with pytest.raises(UserError, match="không được để trống"):
        targets.add(YEAR, TargetDraft("  ", 1))


def test_manual_scores_need_a_justification_below_the_maximum(db):
    build_branch(db)
    manual = ManualScoreService(db, clock=CLOCK)
    with pytest.raises(UserError) as refused:
        manual.set_score(YEAR, "3.1", 6, "", "Nguyễn Văn Bí thư")
    assert "3.1" in refused.value.message and "phải ghi lý do" in refused.value.message
    assert refused.value.field == "justification"
    with pytest.raises(UserError, match="từ 0 đến 8"):
        manual.set_score(YEAR, "3.1", 9, "quá điểm", "Nguyễn Văn Bí thư")
    with pytest.raises(UserError, match="tự động"):
        manual.set_score(YEAR, "2.1", 5, "", "Nguyễn Văn Bí thư")
    manual.set_score(YEAR, "3.1", 8, "", "Nguyễn Văn Bí thư")  # full marks: no reason needed
    manual.set_score(YEAR, "3.2", 6, "Còn một đơn thư gửi vượt cấp (tháng 5)", "Nguyễn Văn Bí thư")
    report = EvaluationService(db, clock=CLOCK).evaluate(YEAR, END)
    assert comp(report, "3.1").score == 8
    c = comp(report, "3.2")
    assert c.score == 6 and c.manual.entered_by == "Nguyễn Văn Bí thư" and c.manual.entered_at
    assert c.missing == "3.2: 6/7 điểm — Còn một đơn thư gửi vượt cấp (tháng 5)"


def test_year_is_pinned_and_changing_the_rulebook_is_explicit(db, tmp_path):
    build_branch(db)
    service, books = EvaluationService(db, clock=CLOCK), RulebookService(db, clock=CLOCK)
    first = service.evaluate(YEAR, END)
    assert first.rulebook.model == "chi_bo_4_tot" and first.rulebook.sample
    # A superior committee's own (non-sample) 5-good rulebook, effective 2026: importing it
    # changes nothing for 2025, which stays pinned.
    text = shipped_rulebooks()[1].read_text("utf-8").replace("sample = true", "sample = false")
    path = tmp_path / "bo_tieu_chi_dang_uy_phuong.toml"
    path.write_bytes(text.encode("utf-8"))
    info, _ = books.import_file(path)
    assert info.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert books.import_file(path)[0].id == info.id  # importing again is harmless
    assert service.evaluate(YEAR, END).rulebook.id == first.rulebook.id
    # 2026 has no pin yet: the rulebook in force then (the imported one) is chosen and pinned.
    assert service.evaluate(YEAR + 1, date(YEAR + 1, 3, 1)).rulebook.id == info.id
    books.pin_year(YEAR, info.id)
    report = service.evaluate(YEAR, END)
    assert len(report.result.criteria) == 5
    assert report_json(report)["verdict"]["name"] == "Chi bộ 5 tốt"


def test_json_contract_and_few_queries(db):
    build_branch(db)
    service = EvaluationService(db, clock=CLOCK)
    service.evaluate(YEAR, END)  # pins the rulebook
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    data = report_json(service.evaluate(YEAR, END))
    # A fixed number of statements whatever the number of members or meetings: one per table
    # (members and their events are read by both the meetings and the review loaders).
    assert len(statements) <= 26, statements
    assert {"year", "rulebook", "criteria", "vetoes", "four_good"} <= set(data)
    assert set(data["rulebook"]) >= {"name", "version", "sha256"}
    crit = data["criteria"][1]
    assert {"number", "name", "score", "max", "good", "components"} <= set(crit)
    assert {"code", "title", "kind", "score", "max", "missing"} <= set(crit["components"][0])
    assert data["year"] == YEAR and data["four_good"] is False
    assert data["vetoes"][0]["triggered"] is False


def test_meeting_figures_agree_with_the_meetings_list(db, meetings_branch):
    """The evaluation's lean loader counts what the meetings screen shows (expected, present,
    duration, quality band), on the shared 32-member branch with exempt and attached members."""
    from desktop.services.evaluation_load import load_year_facts, meeting_rules
    from desktop.services.meeting_records import MeetingRules
    from desktop.services.meeting_rows import list_rows
    from desktop.services.rulebooks import ensure_year_pinned, resolve_year
    from desktop.store.models import QualityItem

    ids = list(meetings_branch.values())
    with unit_of_work(db) as s:
        for month in (1, 2, 3, 4, 5):
            m = Meeting(kind=MeetingKind.COMBINED if month == 3 else MeetingKind.REGULAR, held_on=date(2026, month, 6),
                        start_time=time(7, 30), end_time=time(9, 45 if month != 4 else 0))
            s.add(m)
            s.flush()
            for i, mid in enumerate(ids[:30]):
                status = AttendanceStatus.PRESENT
                if i == 6:  # the same member absent (excused) four times in a row: a long run
                    status = AttendanceStatus.EXCUSED
                elif i == 7 and month == 2:
                    status = AttendanceStatus.UNEXCUSED
                s.add(Attendance(meeting_id=m.id, member_id=mid, status=status, expected=1))
            s.add(Attendance(meeting_id=m.id, member_id=ids[30], status=AttendanceStatus.PRESENT, expected=0))
            ticks = {"preparation": 10, "conduct": 15, "minutes": 5, "leadership": 10, "principles": 5,
                     "results": 30, "closing": 5} if month != 5 else {"results": 10}
            for code, points in ticks.items():
                s.add(QualityItem(meeting_id=m.id, code=code, points=points))
    ensure_year_pinned(db, 2026, CLOCK.utcnow())
    with unit_of_work(db) as s:
        rb = resolve_year(s, 2026).rulebook
        rules = meeting_rules(rb)
        facts = {f.id: f for f in load_year_facts(s, 2026, date(2026, 12, 31), rb).meetings}
        rows = list_rows(s, 2026, MeetingRules(rules.attendance, rules.quality))
    assert len(rows) == 5
    # Not a trivial agreement: the bands differ (May has almost no ticked lines), and the long
    # run of absences (April, May) and the unexcused absence (February) cost attendance points.
    assert len({r.quality for r in rows}) > 1
    for row in rows:
        f = facts[row.id]
        assert (f.expected, f.present, f.duration_minutes, f.quality_band) == (
            row.expected, row.present, row.duration_minutes, row.quality), row


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_meeting_figures_equal_the_straightforward_count_on_mixed_marks(db, meetings_branch, seed, monkeypatch):
    """Runs of absences broken by a present mark, unmarked members, members not expected marked
    present or absent, committee meetings between the branch's: what the evaluation hands to the
    quality score (read as one joined row of marks per meeting) equals a count done mark by mark
    with `situation_on` on each meeting's date, and its figures equal the meetings list's."""
    import random

    from desktop.domain.agenda import is_branch_sitting
    from desktop.domain.situation import situation_on
    from desktop.services import evaluation_meetings
    from desktop.services.evaluation_load import load_year_facts, meeting_rules
    from desktop.services.meeting_records import MeetingRules
    from desktop.services.meeting_rows import list_rows
    from desktop.services.member_facts import load_member_facts
    from desktop.services.rulebooks import ensure_year_pinned, resolve_year
    from desktop.store.models import MemberPosition

    rnd = random.Random(seed)
    ids = list(meetings_branch.values())
    statuses = [AttendanceStatus.PRESENT] * 3 + [AttendanceStatus.EXCUSED, AttendanceStatus.UNEXCUSED, None]
    meetings = []
    with unit_of_work(db) as s:
        for month in range(1, 13):
            for kind, day in ((MeetingKind.COMMITTEE, 2), (MeetingKind.REGULAR, 6)):
                m = Meeting(kind=kind, held_on=date(2026, month, day), start_time=time(7, 30), end_time=time(9, 30))
                s.add(m)
                s.flush()
                marks = {mid: st for mid in ids if (st := rnd.choice(statuses)) is not None}
                for mid, st in marks.items():
                    s.add(Attendance(meeting_id=m.id, member_id=mid, status=st, expected=1))
                meetings.append((m.id, kind, m.held_on, marks))
    ensure_year_pinned(db, 2026, CLOCK.utcnow())
    seen = {}
    score = evaluation_meetings.score_meeting
    monkeypatch.setattr(evaluation_meetings, "score_meeting", lambda inputs, rules: seen.setdefault(
        len(seen), inputs) and score(inputs, rules))
    with unit_of_work(db) as s:
        rb = resolve_year(s, 2026).rulebook
        rules = meeting_rules(rb)
        facts = {f.id: f for f in load_year_facts(s, 2026, date(2026, 12, 31), rb).meetings}
        rows = list_rows(s, 2026, MeetingRules(rules.attendance, rules.quality))
        members = load_member_facts(s)
        positions = s.query(MemberPosition).all()
    runs: dict[bool, dict[int, int]] = {True: {}, False: {}}
    for i, (meeting_id, kind, day, marks) in enumerate(meetings):
        expected = {m.member_id for m in members if situation_on(m, day).expected_at_meetings}
        if not is_branch_sitting(kind):
            expected &= {p.member_id for p in positions if p.start_date <= day and (p.end_date is None or p.end_date >= day)}
        series, present, unexcused, long_runs = runs[is_branch_sitting(kind)], 0, False, False
        for mid, st in marks.items():
            if mid not in expected:
                continue
            if st is AttendanceStatus.PRESENT:
                series[mid], present = 0, present + 1
            else:
                series[mid] = series.get(mid, 0) + 1
                unexcused = unexcused or st is AttendanceStatus.UNEXCUSED
                long_runs = long_runs or series[mid] > rules.attendance.max_consecutive_absences
        attendees = sum(st is AttendanceStatus.PRESENT for st in marks.values())
        inputs = seen[i]
        assert (inputs.attendance_rate, inputs.any_unexcused, inputs.long_runs, inputs.attendees) == (
            present / len(expected) if expected else None, unexcused, long_runs, attendees), (i, kind, day)
        assert (facts[meeting_id].expected, facts[meeting_id].present) == (len(expected), present)
    assert any(inp.long_runs for inp in seen.values()) and not all(inp.long_runs for inp in seen.values())
    assert len(rows) == 24
    for row in rows:
        f = facts[row.id]
        assert (f.expected, f.present, f.duration_minutes, f.quality_band) == (
            row.expected, row.present, row.duration_minutes, row.quality), row
