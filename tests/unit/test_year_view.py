from __future__ import annotations

from datetime import date

from desktop.domain.agenda import TEMPLATES, template_for
from desktop.domain.enums import MeetingKind as K
from desktop.domain.year_view import MeetingBrief, build_year


def year_of_meetings(skip_committee=(), skip_regular=(), thematic_quarters=(1, 2, 4)):
    out, n = [], 0
    for month in range(1, 13):
        if month not in skip_committee:
            n += 1
            out.append(MeetingBrief(n, K.COMMITTEE, date(2026, month, 3)))
        if month not in skip_regular:
            n += 1
            out.append(MeetingBrief(n, K.REGULAR, date(2026, month, 5), 0.9))
    for q in thematic_quarters:
        n += 1
        out.append(MeetingBrief(n, K.THEMATIC, date(2026, q * 3 - 1, 20)))
    return out


def test_gaps_in_words():
    grid = build_year(2026, year_of_meetings(skip_committee=(7,), skip_regular=(9,)),
                      as_of=date(2027, 1, 10))
    assert grid.gaps == (
        "Tháng 7 chưa họp chi ủy",
        "Tháng 9 chưa có sinh hoạt chi bộ thường kỳ",
        "Quý III chưa có sinh hoạt chuyên đề",
    )
    assert grid.months[6].committee is None and grid.months[6].regular is not None
    assert [len(q.thematic) for q in grid.quarters] == [1, 1, 0, 1]


def test_combined_counts_as_regular_and_thematic():
    meetings = year_of_meetings(skip_regular=(8,), thematic_quarters=(1, 2, 4))
    meetings.append(MeetingBrief(99, K.COMBINED, date(2026, 8, 6)))
    grid = build_year(2026, meetings, as_of=date(2027, 1, 1))
    assert grid.months[7].regular.meeting_id == 99
    assert grid.quarters[2].thematic[0].meeting_id == 99
    assert grid.gaps == ()


def test_periods_not_over_are_not_gaps():
    meetings = [m for m in year_of_meetings(thematic_quarters=()) if m.held_on.month <= 4]
    grid = build_year(2026, meetings, as_of=date(2026, 5, 15))
    # May is not over; Q1 is over without a thematic session; Q2 is not over
    assert grid.gaps == ("Quý I chưa có sinh hoạt chuyên đề",)


def test_no_committee_expected_for_a_small_branch():
    grid = build_year(2026, [m for m in year_of_meetings() if m.kind is not K.COMMITTEE],
                      as_of=date(2027, 1, 1), expects_committee=False)
    assert grid.gaps == ("Quý III chưa có sinh hoạt chuyên đề",)


def test_agenda_templates_follow_the_order_of_section_4():
    for kind, items in TEMPLATES.items():
        sections = [i.section for i in items]
        order = {"opening": 0, "proceedings": 1, "closing": 2}
        assert sections == sorted(sections, key=order.get), kind
    regular = [i.title for i in template_for(K.REGULAR)]
    assert regular[0].startswith("Tuyên bố lý do")
    assert regular.index("Tình hình tư tưởng của đảng viên") < regular.index(
        "Kết luận, biểu quyết thông qua nghị quyết")
    assert len(template_for(K.COMBINED)) > len(template_for(K.REGULAR))
