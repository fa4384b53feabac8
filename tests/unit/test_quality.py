"""Meeting quality sheet (DOMAIN.md §6 sample), with the arithmetic in comments."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.domain.enums import MeetingKind, QualityBand
from desktop.domain.quality import QualityInputs, QualityRules, score_meeting

FULL_TICKS = {"preparation": 5, "conduct": 15, "minutes": 5, "leadership": 10,
              "principles": 5, "results": 30, "closing": 3}  # = 73 points
HELD = date(2026, 3, 10)


def inputs(**kw):
    base = dict(kind=MeetingKind.REGULAR, duration_minutes=105, attendance_rate=28 / 30,
                any_unexcused=False, long_runs=False, attendees=28, speakers=16,
                ticked=FULL_TICKS, held_on=HELD, documents_sent_on=date(2026, 3, 8),
                documents_posted_on=date(2026, 3, 12))  # 2 days before, 2 after: 5 + 2
    base.update(kw)
    return QualityInputs(**base)


def line(score, code):
    return next(x for x in score.lines if x.code == code)


def test_default_sheet_totals_100():
    assert QualityRules().max_of("duration") == 5
    assert score_meeting(inputs()).max_total == 100


def test_full_marks_is_tot():
    s = score_meeting(inputs())
    # 105 ≥ 90 → 5; 93.3 % ≥ 90 % → 4 + 1 (no long run) = 5; 16/28 = 57 % > 50 % → 10; ticks 73; documents 5 + 2
    assert line(s, "duration").points == 5
    assert line(s, "attendance").points == 5
    assert line(s, "speakers").points == 10
    assert s.total == 100 and s.band is QualityBand.GOOD and s.band_label == "Tốt"


def test_combined_needs_120_minutes():
    s = score_meeting(inputs(kind=MeetingKind.COMBINED, duration_minutes=105))
    # 105 < 120 → 0: total 95 but duration not full → Khá
    assert line(s, "duration").points == 0 and s.total == 95
    assert s.band is QualityBand.FAIR and s.missing_full_marks == ("duration",)


def test_attendance_bands():
    def att(rate, unexcused=False, runs=False):
        return line(score_meeting(inputs(attendance_rate=rate, any_unexcused=unexcused,
                                         long_runs=runs)), "attendance").points
    assert att(0.95) == 5  # 4 + 1
    assert att(0.80) == 4  # 75–90 % → 3, +1
    assert att(0.70) == 3  # 65–75 % → 2, +1
    assert att(0.50) == 2  # below → 1, +1
    assert att(0.95, unexcused=True) == 2  # any unexcused → 1, +1
    assert att(0.95, runs=True) == 4  # no bonus


def test_speaker_share():
    assert line(score_meeting(inputs(attendees=20, speakers=10)), "speakers").points == 5  # 50 %
    assert line(score_meeting(inputs(attendees=20, speakers=11)), "speakers").points == 10
    assert line(score_meeting(inputs(attendees=20, speakers=5)), "speakers").points == 0  # 25 %


def test_ticked_points_are_clamped_and_unknown_codes_ignored():
    zero = dict.fromkeys(FULL_TICKS, 0)
    s = score_meeting(inputs(ticked=dict(zero, conduct=30, results=-4, bogus=50)))
    assert line(s, "conduct").points == 15 and line(s, "results").points == 0
    # 5 + 5 + 10 + 15 + documents 5 + 2 = 42 → Kém
    assert s.total == 42 and s.band is QualityBand.POOR


def test_bands():
    ticks = dict(FULL_TICKS, results=10)  # 73 − 20 = 53 ticked → total 80
    assert score_meeting(inputs(ticked=ticks)).band is QualityBand.FAIR
    ticks = dict(FULL_TICKS, results=0, leadership=0)  # 33 ticked → total 60
    assert score_meeting(inputs(ticked=ticks)).band is QualityBand.AVERAGE


def test_missing_times_scores_zero_with_a_note():
    s = score_meeting(inputs(duration_minutes=None))
    assert line(s, "duration").points == 0 and "Chưa ghi giờ" in line(s, "duration").note


def test_rules_are_a_parameter():
    rules = replace(QualityRules(), min_minutes=60, good_threshold=95)
    s = score_meeting(inputs(duration_minutes=70, ticked=dict(FULL_TICKS, results=25)), rules)
    # 70 ≥ 60 → duration full; total 95 ≥ 95 → Tốt under this rulebook
    assert s.total == 95 and s.band is QualityBand.GOOD


def test_an_unscored_sheet_is_not_scored_not_poor():
    # Nobody has scored the committee's lines yet: the computed 27 points are no verdict.
    s = score_meeting(inputs(ticked={}))
    assert s.total == 27 and s.band is None and s.band_label == "chưa chấm"
    assert not s.scored and s.unscored == tuple(FULL_TICKS)
    assert all(not x.scored for x in s.lines if not x.computed)
    # One line still unscored keeps the whole sheet without a band, even at 0 points elsewhere.
    partial = dict.fromkeys(FULL_TICKS, 0)
    del partial["closing"]
    s = score_meeting(inputs(ticked=partial))
    assert s.band is None and s.unscored == ("closing",) and s.band_label == "chưa chấm"
    # Scored with zeros everywhere is a verdict: Kém.
    s = score_meeting(inputs(ticked=dict.fromkeys(FULL_TICKS, 0)))
    assert s.scored and s.band is QualityBand.POOR and s.band_label == "Kém"
    # A committee meeting is not rated, scored or not.
    s = score_meeting(inputs(kind=MeetingKind.COMMITTEE, ticked={}))
    assert s.band is None and s.band_label == "không xếp loại (họp chi ủy)"


def test_documents_lines_follow_the_dates():
    s = score_meeting(inputs())
    assert line(s, "documents_sent").points == 5 and line(s, "documents_sent").computed
    assert line(s, "documents_posted").points == 2
    # sent on the day itself (0 days before < 1) and posted on day 3 (> 2): both 0, band drops
    late = score_meeting(inputs(documents_sent_on=HELD, documents_posted_on=date(2026, 3, 13)))
    assert line(late, "documents_sent").points == 0 and line(late, "documents_posted").points == 0
    assert "trước 0 ngày" in line(late, "documents_sent").note
    assert late.total == 93 and late.scored


def test_not_posted_yet_scores_0_but_is_not_unscored():
    s = score_meeting(inputs(documents_posted_on=None, documents_sent_on=None))
    posted = line(s, "documents_posted")
    assert posted.points == 0 and posted.note == "chưa đăng" and posted.scored
    assert line(s, "documents_sent").note == "Không ghi ngày gửi tài liệu"
    assert s.unscored == () and s.band is not None  # never blocks the band (nor adoption)


def test_documents_days_are_rulebook_data():
    from desktop.domain.documents_rule import DocumentsRule
    rules = replace(QualityRules(), documents=DocumentsRule(sent_days_before=3, posted_within_days=1))
    s = score_meeting(inputs(), rules)  # 2 days before < 3, 2 days after > 1
    assert line(s, "documents_sent").points == 0 and line(s, "documents_posted").points == 0
