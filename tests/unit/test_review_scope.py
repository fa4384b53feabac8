"""Who is reviewed in a year (desktop/domain/review_scope.py), one case per rule."""

from __future__ import annotations

from datetime import date

from desktop.domain.enums import SituationEventKind as K
from desktop.domain.review_scope import ScopeReason, ScopeRules, decide, review_scope
from desktop.domain.situation import Event, MemberFacts

YEAR = 2026


def member(mid: int, *events: tuple[K, date], admitted=date(2000, 3, 2), official=date(2001, 3, 2)):
    return MemberFacts(mid, admitted, official, tuple(Event(k, d) for k, d in events))


def test_plain_member_is_reviewed():
    d = decide(member(1), YEAR)
    assert d.reviewed and d.reason is ScopeReason.REVIEWED


def test_exempt_from_june_is_not_reviewed():
    d = decide(member(2, (K.EXEMPT_FROM, date(YEAR, 6, 1))), YEAR)
    assert not d.reviewed
    assert d.reason is ScopeReason.EXEMPT and d.since == date(YEAR, 6, 1)


def test_exemption_ended_before_the_reference_date_is_reviewed():
    d = decide(member(3, (K.EXEMPT_FROM, date(YEAR, 2, 1)), (K.EXEMPT_TO, date(YEAR, 8, 31))), YEAR)
    assert d.reviewed


def test_suspended_is_not_reviewed():
    d = decide(member(4, (K.SUSPENDED_FROM, date(YEAR, 10, 5))), YEAR)
    assert d.reason is ScopeReason.SUSPENDED and not d.reviewed


def test_transferred_out_is_reviewed_by_the_new_branch():
    d = decide(member(5, (K.TRANSFERRED_OUT, date(YEAR, 9, 15))), YEAR)
    assert d.reason is ScopeReason.TRANSFERRED_OUT and not d.reviewed
    assert d.since == date(YEAR, 9, 15)


def test_deceased_is_not_reviewed():
    d = decide(member(6, (K.DECEASED, date(YEAR, 4, 20))), YEAR)
    assert d.reason is ScopeReason.DECEASED and not d.reviewed


def test_transferred_in_mid_year_is_reviewed_here():
    facts = MemberFacts(7, date(1995, 5, 19), date(1996, 5, 19),
                        (Event(K.TRANSFERRED_IN, date(YEAR, 11, 20)),))
    d = decide(facts, YEAR)
    assert d.reviewed and d.reason is ScopeReason.TRANSFERRED_IN


def test_admitted_six_months_before_the_reference_date_is_reviewed():
    # Admitted 1/6: 1/6 → 1/12 is 6 whole months.
    facts = MemberFacts(8, date(YEAR, 6, 1), None, (Event(K.ADMITTED, date(YEAR, 6, 1)),))
    assert decide(facts, YEAR).reviewed


def test_admitted_less_than_six_months_before_is_not_rated_yet():
    # Admitted 2/6: 2/6 → 1/12 is 5 whole months.
    facts = MemberFacts(9, date(YEAR, 6, 2), None, (Event(K.ADMITTED, date(YEAR, 6, 2)),))
    d = decide(facts, YEAR)
    assert d.reason is ScopeReason.NEW_MEMBER and not d.reviewed


def test_admitted_after_the_reference_date_joins_later():
    facts = MemberFacts(10, date(YEAR, 12, 10), None, (Event(K.ADMITTED, date(YEAR, 12, 10)),))
    assert decide(facts, YEAR).reason is ScopeReason.JOINS_LATER


def test_members_outside_the_year_do_not_appear():
    left_before = member(11, (K.TRANSFERRED_OUT, date(YEAR - 1, 5, 1)))
    joins_after = MemberFacts(12, date(YEAR + 1, 2, 1), None, (Event(K.ADMITTED, date(YEAR + 1, 2, 1)),))
    scope = review_scope([left_before, joins_after, member(13)], YEAR)
    assert set(scope) == {13}


def test_reference_date_is_a_parameter():
    # With the review held on 1 November, a transfer out on 15 November is still reviewed here.
    rules = ScopeRules(reference_month=11, reference_day=1)
    assert decide(member(14, (K.TRANSFERRED_OUT, date(YEAR, 11, 15))), YEAR, rules).reviewed
    assert not decide(member(14, (K.TRANSFERRED_OUT, date(YEAR, 11, 15))), YEAR).reviewed
