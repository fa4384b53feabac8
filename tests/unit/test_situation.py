"""Worked examples for `situation_on`: a member's situation on the date of a meeting."""

from __future__ import annotations

from datetime import date

from desktop.domain.enums import SituationEventKind as K
from desktop.domain.situation import (
    Event,
    MemberFacts,
    Standing,
    situation_on,
    situations_on,
)


def facts(*events: tuple[K, date], admitted: date | None = None, official: date | None = None,
          member_id: int = 1) -> MemberFacts:
    return MemberFacts(member_id, admitted, official, tuple(Event(k, d) for k, d in events))


def test_long_standing_member_without_events():
    # Admitted 3/2/1980, official 3/2/1981: official and expected at any meeting since.
    ong_tuan = facts(admitted=date(1980, 2, 3), official=date(1981, 2, 3))
    s = situation_on(ong_tuan, date(2026, 3, 5))
    assert s.standing is Standing.OFFICIAL and s.expected_at_meetings
    assert situation_on(ong_tuan, date(1979, 12, 31)).standing is Standing.NOT_YET
    assert situation_on(ong_tuan, date(1980, 6, 1)).standing is Standing.PROBATIONARY


def test_admitted_this_year_is_probationary_until_made_official():
    # Chị Yến: admitted 19/3/2025, made official 23/3/2026 (12 months + a few days).
    yen = facts((K.ADMITTED, date(2025, 3, 19)), (K.MADE_OFFICIAL, date(2026, 3, 23)),
                admitted=date(2025, 3, 19))
    assert situation_on(yen, date(2025, 3, 18)).standing is Standing.NOT_YET
    before = situation_on(yen, date(2025, 3, 19))
    assert before.standing is Standing.PROBATIONARY and before.expected_at_meetings
    assert not before.is_official  # may speak, may not vote
    assert situation_on(yen, date(2026, 3, 22)).standing is Standing.PROBATIONARY
    assert situation_on(yen, date(2026, 3, 23)).is_official


def test_exempt_member_stays_in_branch_but_is_not_expected():
    cu_khanh = facts((K.EXEMPT_FROM, date(2022, 7, 31)), admitted=date(1968, 5, 19), official=date(1969, 5, 19))
    s = situation_on(cu_khanh, date(2026, 1, 6))
    assert s.in_branch and s.exempt and s.is_official
    assert not s.expected_at_meetings
    assert situation_on(cu_khanh, date(2022, 7, 30)).expected_at_meetings


def test_period_includes_its_end_date():
    # Attached elsewhere 1/4–30/6: not expected on 30/6, expected again on 1/7.
    m = facts((K.ATTACHED_FROM, date(2026, 4, 1)), (K.ATTACHED_TO, date(2026, 6, 30)),
              admitted=date(2000, 1, 1), official=date(2001, 1, 1))
    assert situation_on(m, date(2026, 3, 31)).expected_at_meetings
    assert situation_on(m, date(2026, 4, 1)).attached_elsewhere
    assert situation_on(m, date(2026, 6, 30)).attached_elsewhere
    after = situation_on(m, date(2026, 7, 1))
    assert not after.attached_elsewhere and after.expected_at_meetings


def test_transferred_in_mid_year_counts_only_from_arrival():
    # Admitted elsewhere in 2005; transferred in 13/6/2026: not in the base of the 5/6 meeting.
    m = facts((K.TRANSFERRED_IN, date(2026, 6, 13)), admitted=date(2005, 9, 2), official=date(2006, 9, 2))
    assert situation_on(m, date(2026, 6, 5)).standing is Standing.NOT_YET
    arrived = situation_on(m, date(2026, 7, 4))
    assert arrived.standing is Standing.OFFICIAL and arrived.expected_at_meetings


def test_leaving_and_coming_back():
    # Admitted here in 1990, moved away 1/3/2024, came back 1/3/2025.
    m = facts((K.ADMITTED, date(1990, 1, 1)), (K.TRANSFERRED_OUT, date(2024, 3, 1)),
              (K.TRANSFERRED_IN, date(2025, 3, 1)), admitted=date(1990, 1, 1), official=date(1991, 1, 1))
    assert situation_on(m, date(2023, 1, 1)).standing is Standing.OFFICIAL
    gone = situation_on(m, date(2024, 6, 1))
    assert gone.standing is Standing.LEFT and gone.left_by is K.TRANSFERRED_OUT
    assert not gone.expected_at_meetings
    back = situation_on(m, date(2025, 3, 1))
    assert back.standing is Standing.OFFICIAL and back.left_by is None


def test_deceased_and_expelled():
    m = facts((K.DECEASED, date(2026, 2, 10)), admitted=date(1960, 1, 1), official=date(1961, 1, 1))
    s = situation_on(m, date(2026, 3, 5))
    assert s.standing is Standing.LEFT and s.left_by is K.DECEASED and not s.expected_at_meetings
    assert situation_on(m, date(2026, 2, 9)).expected_at_meetings
    x = facts((K.EXPELLED, date(2026, 5, 1)), admitted=date(2010, 1, 1), official=date(2011, 1, 1))
    assert situation_on(x, date(2026, 5, 1)).left_by is K.EXPELLED


def test_suspended_and_special_duty_are_out_of_the_base():
    s1 = facts((K.SUSPENDED_FROM, date(2026, 2, 1)), admitted=date(2000, 1, 1), official=date(2001, 1, 1))
    s2 = facts((K.SPECIAL_DUTY_FROM, date(2026, 2, 1)), (K.SPECIAL_DUTY_TO, date(2026, 8, 31)),
               admitted=date(2000, 1, 1), official=date(2001, 1, 1), member_id=2)
    on = situations_on([s1, s2], date(2026, 3, 5))
    assert on[1].suspended and not on[1].expected_at_meetings
    assert on[2].special_duty and not on[2].expected_at_meetings
    assert situations_on([s2], date(2026, 9, 1))[2].expected_at_meetings


def test_attendance_base_of_a_worked_branch():
    # 5 members on 5/3/2026: 3 long-standing (1 exempt), 1 probationary, 1 arriving in June.
    # Expected = 2 officials + 1 probationary = 3; the exempt member and the newcomer are not.
    branch = [
        facts(admitted=date(1990, 1, 1), official=date(1991, 1, 1), member_id=1),
        facts(admitted=date(1992, 1, 1), official=date(1993, 1, 1), member_id=2),
        facts((K.EXEMPT_FROM, date(2020, 1, 1)), admitted=date(1965, 1, 1), official=date(1966, 1, 1), member_id=3),
        facts((K.ADMITTED, date(2025, 12, 1)), admitted=date(2025, 12, 1), member_id=4),
        facts((K.TRANSFERRED_IN, date(2026, 6, 13)), admitted=date(2005, 1, 1), official=date(2006, 1, 1), member_id=5),
    ]
    on = situations_on(branch, date(2026, 3, 5))
    assert sorted(i for i, s in on.items() if s.expected_at_meetings) == [1, 2, 4]
    assert sorted(i for i, s in on.items() if s.is_official) == [1, 2, 3]
