"""The four-criteria evaluation, worked by hand (the arithmetic is in the comments)."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.enums import DisciplineForm, MeetingKind, QualityBand, Rating
from desktop.domain.evaluation import evaluate
from desktop.domain.measures import compute_measures
from desktop.domain.rulebook import PassRule, Rulebook, parse_rulebook
from desktop.domain.shortfalls import ManualEntry
from desktop.domain.year_facts import (
    AdmissionFact,
    DisciplineFact,
    MeetingFact,
    ReviewFact,
    TargetFact,
    YearFacts,
)
from desktop.paths import resource_path

YEAR = 2025


def sample() -> Rulebook:
    with open(resource_path("rulebooks", "chi_bo_4_tot_mau.toml"), "rb") as fh:
        return parse_rulebook(tomllib.load(fh))


def year_of_meetings(*, skip_month: int | None = None, skip_quarter: int | None = None,
                     present: int = 19, expected: int = 20) -> tuple[MeetingFact, ...]:
    """A committee meeting on the 3rd and a regular meeting on the 5th of each month; a thematic
    session on the 20th of the middle month of each quarter; 100 minutes, rated Tốt."""
    out, ident = [], 1
    for month in range(1, 13):
        if month == skip_month:
            continue
        committee = MeetingFact(ident, MeetingKind.COMMITTEE, date(YEAR, month, 3), expected=5, present=5)
        out.append(committee)
        out.append(MeetingFact(ident + 1, MeetingKind.REGULAR, date(YEAR, month, 5), True, 100, expected, present,
                               prepared_by_id=ident, quality_band=QualityBand.GOOD))
        ident += 2
    for quarter in range(1, 5):
        if quarter != skip_quarter:
            out.append(MeetingFact(ident, MeetingKind.THEMATIC, date(YEAR, quarter * 3 - 1, 20), True, 95, 20, 18))
            ident += 1
    return tuple(out)


def reviewed(n: int = 10, *, commitments: int | None = None, good: int | None = None) -> tuple[ReviewFact, ...]:
    names = ["Trần Văn An", "Lê Thị Bình", "Nguyễn Văn Cường", "Phạm Thị Dung", "Đỗ Văn Đức",
             "Hoàng Thị Giang", "Vũ Văn Hải", "Bùi Thị Hoa", "Đặng Văn Khánh", "Ngô Thị Lan"]
    commitments = n if commitments is None else commitments
    good = n if good is None else good
    return tuple(
        ReviewFact(i + 1, names[i % len(names)], i < commitments, Rating.HTTNV if i < good else Rating.HTNV)
        for i in range(n)
    )


def full_facts(**changes) -> YearFacts:
    facts = YearFacts(
        year=YEAR, as_of=date(YEAR + 1, 1, 15), meetings=year_of_meetings(), reviewed=reviewed(),
        targets=(TargetFact(1, "Thu ngân sách", 100, 105), TargetFact(2, "Hộ gia đình văn hóa", 50, 50)),
        admissions=(AdmissionFact(99, "Lý Thị Mai", date(YEAR, 5, 19)),), admission_target=1,
    )
    return replace(facts, **changes)


FULL_MANUAL = {code: ManualEntry(points, "", "Nguyễn Văn Bí", "2026-01-10T09:00")
               for code, points in {"1.1": 5, "1.3": 5, "1.4": 5, "3.1": 8, "3.2": 7, "4.4": 4}.items()}


def run(rb: Rulebook, facts: YearFacts, manual=FULL_MANUAL):
    return evaluate(rb, compute_measures(facts, rb.thresholds), manual, year=facts.year, as_of=facts.as_of,
                    closed=facts.closed)


def component(result, code):
    return next(c for crit in result.criteria for c in crit.components if c.code == code)


def test_a_full_year_is_chi_bo_4_tot():
    result = run(sample(), full_facts())
    # 12/12 months, 4/4 quarters, committee 12/12, 95% attendance (≥ 95% band → 5), all Tốt,
    # full duration, 2/2 targets, 10/10 commitments and HTTNV, admitted 1 of 1: 100 points.
    assert result.score == 100
    assert result.reached and result.verdict_text == "Đạt «Chi bộ 4 tốt»"
    assert result.shortfalls == ()


def test_quarter_without_thematic_session_both_pass_rules():
    facts = full_facts(meetings=year_of_meetings(skip_month=3, skip_quarter=3))
    # 2.1: 5 × 11/12 = 4.58 → 4.5 (= 90% of 5, still good)
    # 2.2: 4 × 3/4 = 3.0 (< 0.9 × 4 = 3.6: short)
    # 2.3: committee met in 11 months: 3 × 11/12 = 2.75 → 3.0 (rounded to the nearest 0.5)
    # 2.4: 19/20 = 95% → 5;  2.5: 11/11 Tốt → 5;  2.6: 11/11 full → 3
    # criterion 2 = 4.5 + 3 + 3 + 5 + 5 + 3 = 23.5 of 25 = 94%
    each = run(sample(), facts)
    crit2 = each.criteria[1]
    assert [c.score for c in crit2.components] == [4.5, 3.0, 3.0, 5.0, 5.0, 3.0]
    assert crit2.score == 23.5
    assert not crit2.good  # each_component: 2.2 is below 90% of its maximum
    assert component(each, "2.2").missing == "2.2: Quý III chưa có sinh hoạt chuyên đề — 3/4 quý — 3/4 điểm"
    assert component(each, "2.1").missing == "2.1: Tháng 3 chưa có sinh hoạt thường kỳ — 11/12 tháng — 4,5/5 điểm"
    assert not each.reached
    assert "tiêu chí 2 chưa tốt" in each.verdict_text

    total_rule = replace(sample(), pass_rule=PassRule.CRITERION_TOTAL)
    total = run(total_rule, facts)
    assert total.criteria[1].good  # 23.5 ≥ 0.9 × 25 = 22.5
    assert total.reached


def test_what_fails_the_verdict_is_apart_from_what_is_short_of_full_marks():
    facts = full_facts(meetings=year_of_meetings(skip_month=3, skip_quarter=3))
    each = run(sample(), facts)
    # each_component: 2.2 (3/4, below 3.6) fails criterion 2; 2.1 (4.5/5, at 90%) and 2.3
    # (3/3 after rounding: full) do not: 2.1 is only short of full marks.
    assert [(g.criterion, g.code) for g in each.failing] == [(2, "2.2")]
    assert [(g.criterion, g.code) for g in each.short_of_full] == [(2, "2.1")]
    assert each.failing[0].sentence == component(each, "2.2").missing
    assert each.reachable_gaps == ()  # a closed year: nothing is still to be had
    # criterion_total: 23.5 of 25 passes, so nothing fails; both components are short of full.
    total = run(replace(sample(), pass_rule=PassRule.CRITERION_TOTAL), facts)
    assert total.failing == ()
    assert [g.code for g in total.short_of_full] == ["2.1", "2.2"]
    # ... and under a 95% line the criterion's total fails: then both of its gaps are failing.
    strict = run(replace(sample(), pass_rule=PassRule.CRITERION_TOTAL, threshold=0.95), facts)
    assert [g.code for g in strict.failing] == ["2.1", "2.2"] and strict.short_of_full == ()


def test_a_veto_is_failing_and_the_points_it_costs_are_listed_once():
    hit = DisciplineFact(4, "Phạm Thị Dung", DisciplineForm.REPRIMAND, date(YEAR, 6, 2), "12-QĐ/ĐU", True)
    result = run(sample(), full_facts(disciplines=(hit,)))
    codes = [g.code for g in result.failing]
    assert codes[0] == "LT3" and "3.3" in codes  # the veto first, then 3.3's lost 10 points
    assert "Phạm Thị Dung" in result.failing[0].sentence
    assert not any(g.code == "3.3" for g in result.short_of_full)


def test_threshold_is_the_rulebooks():
    facts = full_facts(meetings=year_of_meetings(skip_month=3, skip_quarter=3))
    strict = replace(sample(), pass_rule=PassRule.CRITERION_TOTAL, threshold=0.95)
    assert not run(strict, facts).criteria[1].good  # 23.5 < 0.95 × 25 = 23.75


def test_veto_keeps_criterion_3_from_good_whatever_the_points():
    hit = DisciplineFact(4, "Phạm Thị Dung", DisciplineForm.REPRIMAND, date(YEAR, 6, 2), "12-QĐ/ĐU", True)
    rb = replace(sample(), pass_rule=PassRule.CRITERION_TOTAL, threshold=0.5)
    result = run(rb, full_facts(disciplines=(hit,)))
    crit3 = result.criteria[2]
    # 3.1 8 + 3.2 7 + 3.3 0 = 15 of 25 = 60% ≥ 50%: good on points, but the veto applies.
    assert crit3.score == 15
    assert crit3.vetoed_by == ("LT3",)
    assert not crit3.good
    assert result.vetoes[0].triggered
    assert "Phạm Thị Dung — khiển trách (12-QĐ/ĐU), 02/06/2025" in result.vetoes[0].sentence
    # A discipline that is not for prohibited acts costs 3.3's points but is no veto.
    mild = replace(hit, breaks_prohibitions=False)
    result = run(rb, full_facts(disciplines=(mild,)))
    assert result.criteria[2].good and not result.vetoes[0].triggered


def test_attendance_bands_and_average():
    # Two meetings at 18/20 = 90% and ten at 19/20 = 95%: average (2×0.90 + 10×0.95)/12 = 94.17%
    # → band "≥ 90% → 4".
    meetings = list(year_of_meetings())
    regular = [m for m in meetings if m.kind is MeetingKind.REGULAR]
    for m in regular[:2]:
        meetings[meetings.index(m)] = replace(m, present=18)
    result = run(sample(), full_facts(meetings=tuple(meetings)))
    c = component(result, "2.4")
    assert c.score == 4
    assert c.measure.value == pytest.approx((2 * 0.9 + 10 * 0.95) / 12)
    assert "94,2%" in c.missing and "cần từ 95% để đạt 5 điểm" in c.missing


def test_commitments_ratings_and_admissions():
    facts = full_facts(reviewed=reviewed(10, commitments=8, good=8), admission_target=2)
    result = run(sample(), facts)
    # 4.1: 5 × 8/10 = 4.0;  4.2: 8/10 = 80% → band "≥ 80% → 6";  4.5: 4 × min(1, 1/2) = 2.0
    assert component(result, "4.1").score == 4.0
    assert component(result, "4.2").score == 6
    assert component(result, "4.5").score == 2.0
    assert component(result, "4.5").missing == "4.5: kết nạp 1/2 đảng viên theo chỉ tiêu — 2/4 điểm"
    # Over the target is capped: 3 admitted against 2 → 4 points, not 6.
    more = facts.admissions + (AdmissionFact(100, "Tạ Văn Nam", date(YEAR, 7, 1)), AdmissionFact(101, "Hà Thị Oanh", date(YEAR, 8, 1)))
    assert component(run(sample(), replace(facts, admissions=more)), "4.5").score == 4


def test_targets_share_and_missing_target_titles():
    targets = (TargetFact(1, "Thu ngân sách", 100, 90), TargetFact(2, "Hộ văn hóa", 50, 55),
               TargetFact(3, "Vệ sinh môi trường", 10, None))
    c = component(run(sample(), full_facts(targets=targets)), "1.2")
    # 1 of 3 met: 10 × 1/3 = 3.33 → 3.5
    assert c.score == 3.5
    assert c.missing.startswith("1.2: 1/3 chỉ tiêu nghị quyết năm đạt hoặc vượt — chưa đạt: Thu ngân sách, Vệ sinh")


def test_manual_component_not_entered_scores_zero_with_a_sentence():
    manual = {k: v for k, v in FULL_MANUAL.items() if k != "1.1"}
    c = component(run(sample(), full_facts(), manual), "1.1")
    assert c.score == 0 and c.missing == "1.1: chưa chấm điểm (tiêu chí do chi ủy chấm) — 0/5 điểm"
    manual["1.1"] = ManualEntry(4, "Chậm triển khai Nghị quyết quý II", "Nguyễn Văn Bí")
    c = component(run(sample(), full_facts(), manual), "1.1")
    assert c.score == 4 and c.missing == "1.1: 4/5 điểm — Chậm triển khai Nghị quyết quý II"


def test_during_the_year_says_what_is_still_reachable():
    # On 15/08: meetings held Jan–Jul except March; thematic in Q1 only. Months Aug–Dec are open.
    held = tuple(m for m in year_of_meetings(skip_month=3) if m.held_on < date(YEAR, 8, 1)
                 and (m.kind is not MeetingKind.THEMATIC or m.held_on.month <= 3))
    facts = full_facts(meetings=held, as_of=date(YEAR, 8, 15))
    result = run(sample(), facts)
    assert not result.closed
    months = component(result, "2.1")
    # Now 6/12 → 5 × 0.5 = 2.5; best by December 11/12 → 4.5 (March is lost).
    assert months.score == 2.5 and months.reachable == 4.5
    assert months.missing.startswith("2.1: Tháng 3 chưa có sinh hoạt thường kỳ — 6/12 tháng")
    assert months.still == "2.1: còn có thể đạt 4,5/5 điểm nếu sinh hoạt đủ 5 tháng còn lại"
    quarters = component(result, "2.2")
    # Q2 has passed without a session: best 3/4 → 3 of 4, below 90%.
    assert quarters.reachable == 3.0
    assert quarters.still.endswith("dưới mức 90%")
    assert not result.criteria[1].reachable_good
    assert result.still_reachable and all(s for s in result.still_reachable)


def test_drafts_count_and_are_labelled():
    meetings = tuple(replace(m, adopted=False) if m.held_on.month == 12 else m for m in year_of_meetings())
    result = run(sample(), full_facts(meetings=meetings))
    c = component(result, "2.1")
    assert c.score == 5
    assert any("bản nháp" in e.label for e in c.measure.evidence)


def test_five_good_model_uses_its_own_name_and_criteria_count():
    with open(resource_path("rulebooks", "chi_bo_5_tot_mau.toml"), "rb") as fh:
        rb = parse_rulebook(tomllib.load(fh))
    manual = {code: ManualEntry(10) for code in ("1.1", "3.1", "5.2")}
    result = run(rb, full_facts(), manual)
    assert len(result.criteria) == 5 and result.max == 100
    assert result.reached and result.verdict_text == "Đạt «Chi bộ 5 tốt»"
    # Without 5.2 (10 points): criterion 5 has 10 of 20 = 50% < 80%.
    del manual["5.2"]
    result = run(rb, full_facts(), manual)
    assert not result.reached and result.verdict_text.endswith("— tiêu chí 5 chưa tốt")
