"""The year timeline (one `situation_on` per change) against the straightforward rules: the same
situation on every day, and the same review decision as probing each date with `situation_on`.

Random histories mix every kind of event, several on one day and in any stored order (the order
of two events of one day matters to `situation_on`), around the year's first and last days."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.enums import SituationEventKind as K
from desktop.domain.review_scope import (
    ScopeDecision,
    ScopeReason,
    ScopeRules,
    _admitted_on,
    _last_event,
    _months_between,
    decide,
    review_scope,
)
from desktop.domain.situation import (
    Event,
    MemberFacts,
    Standing,
    change_days,
    expected_on_days,
    situation_on,
    timeline,
    year_timeline,
    year_timelines,
)

YEAR = 2020
EDGES = [date(2019, 12, 30), date(2019, 12, 31), date(2020, 1, 1), date(2020, 1, 2), date(2020, 6, 1),
         date(2020, 11, 30), date(2020, 12, 1), date(2020, 12, 2), date(2020, 12, 31), date(2021, 1, 1)]
days = st.one_of(st.sampled_from(EDGES), st.dates(date(2019, 6, 1), date(2021, 6, 30)))
events = st.lists(st.builds(Event, st.sampled_from(list(K)), days), max_size=7)
histories = st.builds(MemberFacts, st.just(1), st.none() | days, st.none() | days, events.map(tuple))
rules = st.builds(ScopeRules, st.integers(1, 12), st.integers(1, 28), st.integers(0, 12))


def _every_day(first: date, last: date):
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(histories)
def test_year_timeline_equals_situation_on_every_day(facts):
    found = year_timeline(facts, YEAR)
    for day in _every_day(date(YEAR, 1, 1), date(YEAR, 12, 31)):
        assert found.on(day) == situation_on(facts, day), day
    # Stored once per change: no two neighbours are equal.
    assert all(a != b for a, b in zip(found.situations, found.situations[1:]))


@settings(max_examples=200, deadline=None)
@given(histories, days, days)
def test_timeline_of_any_span_equals_situation_on(facts, a, b):
    first, last = min(a, b), max(a, b)
    found = timeline(facts, first, last)
    for day in sorted({first, last} | {d for d in change_days(facts) if first <= d <= last}
                      | {d - timedelta(days=1) for d in change_days(facts) if first < d <= last}):
        assert found.on(day) == situation_on(facts, day), day


def _in_branch_during(facts: MemberFacts, year: int) -> bool:
    """The rule as first written: probe 1 January, each event's day and the admission day."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    probes = [first] + sorted(e.on for e in facts.events if first <= e.on <= last)
    if facts.admitted_on and first <= facts.admitted_on <= last:
        probes.append(facts.admitted_on)
    return any(situation_on(facts, day).in_branch for day in probes)


def _decide_by_probes(facts: MemberFacts, year: int, rules: ScopeRules) -> ScopeDecision | None:
    """`decide` as first written, with `situation_on` on each date it needs."""
    if not _in_branch_during(facts, year):
        return None
    ref = rules.reference_date(year)
    sit = situation_on(facts, ref)

    def decision(reason, since=None):
        return ScopeDecision(facts.member_id, reason, sit, since)

    if sit.standing is Standing.LEFT:
        reason = {K.TRANSFERRED_OUT: ScopeReason.TRANSFERRED_OUT, K.DECEASED: ScopeReason.DECEASED,
                  K.EXPELLED: ScopeReason.EXPELLED, K.REMOVED: ScopeReason.REMOVED}[sit.left_by]
        return decision(reason, _last_event(facts, {sit.left_by}, ref))
    if sit.standing is Standing.NOT_YET:
        return decision(ScopeReason.JOINS_LATER)
    if sit.exempt:
        return decision(ScopeReason.EXEMPT, _last_event(facts, {K.EXEMPT_FROM}, ref))
    if sit.suspended:
        return decision(ScopeReason.SUSPENDED, _last_event(facts, {K.SUSPENDED_FROM}, ref))
    admitted = _admitted_on(facts, ref)
    if (sit.standing is Standing.PROBATIONARY and admitted is not None
            and _months_between(admitted, ref) < rules.min_months_since_admission):
        return decision(ScopeReason.NEW_MEMBER, admitted)
    transferred_in = _last_event(facts, {K.TRANSFERRED_IN}, ref)
    if transferred_in is not None and transferred_in.year == year:
        return decision(ScopeReason.TRANSFERRED_IN, transferred_in)
    if sit.attached_elsewhere:
        return decision(ScopeReason.ATTACHED_ELSEWHERE, _last_event(facts, {K.ATTACHED_FROM}, ref))
    return decision(ScopeReason.REVIEWED)


@settings(max_examples=400, deadline=None)
@given(histories, rules)
def test_decide_with_the_timeline_equals_probing_each_date(facts, scope_rules):
    expected = _decide_by_probes(facts, YEAR, scope_rules)
    assert decide(facts, YEAR, scope_rules) == expected
    assert decide(facts, YEAR, scope_rules, year_timeline(facts, YEAR)) == expected


def test_same_day_order_of_a_period_end_and_start_is_kept():
    """An end stored before a start of the same day leaves the period open after that day:
    `situation_on` applies one day's events in their stored order, and so does the timeline."""
    d = date(YEAR, 5, 10)
    for order in ((K.EXEMPT_TO, K.EXEMPT_FROM), (K.EXEMPT_FROM, K.EXEMPT_TO)):
        facts = MemberFacts(1, date(2000, 1, 1), date(2001, 1, 1), tuple(Event(k, d) for k in order))
        tl = year_timeline(facts, YEAR)
        for day in (d - timedelta(days=1), d, d + timedelta(days=1), date(YEAR, 12, 31)):
            assert tl.on(day) == situation_on(facts, day)
    assert year_timeline(facts, YEAR).on(date(YEAR, 12, 31)).exempt is False


@settings(max_examples=150, deadline=None)
@given(st.lists(histories, max_size=8), st.lists(st.dates(date(YEAR, 1, 1), date(YEAR, 12, 31)), max_size=12))
def test_expected_on_days_equals_situation_on_member_by_member(members, meeting_days):
    members = [MemberFacts(i, m.admitted_on, m.official_on, m.events) for i, m in enumerate(members)]
    days_ = sorted(set(meeting_days) | {date(YEAR, 1, 1), date(YEAR, 12, 31)})
    found = expected_on_days(year_timelines(members, YEAR), days_)
    assert list(found) == days_
    for day in days_:
        assert found[day] == {m.member_id for m in members if situation_on(m, day).expected_at_meetings}, day


@settings(max_examples=150, deadline=None)
@given(st.lists(histories, max_size=8), rules)
def test_review_scope_with_timelines_equals_probing_each_date(members, scope_rules):
    members = [MemberFacts(i, m.admitted_on, m.official_on, m.events) for i, m in enumerate(members)]
    expected = {m.member_id: d for m in members if (d := _decide_by_probes(m, YEAR, scope_rules)) is not None}
    assert review_scope(members, YEAR, scope_rules) == expected
    assert review_scope(members, YEAR, scope_rules, year_timelines(members, YEAR)) == expected
