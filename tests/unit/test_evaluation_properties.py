"""Properties of the evaluation: points never exceed maxima, and a record change that can only add
evidence (a meeting in an empty month, a commitment, a target reached, an absent member present)
never lowers a score."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.enums import MeetingKind, QualityBand, Rating
from desktop.domain.evaluation import evaluate
from desktop.domain.measures import compute_measures
from desktop.domain.shortfalls import ManualEntry
from desktop.domain.year_facts import MeetingFact, ReviewFact, TargetFact, YearFacts
from tests.unit.test_evaluation import sample

RB = sample()
YEAR = 2025
KINDS = [MeetingKind.REGULAR, MeetingKind.THEMATIC, MeetingKind.COMBINED, MeetingKind.COMMITTEE]


@st.composite
def meetings(draw):
    out = []
    for i in range(draw(st.integers(0, 30))):
        expected = draw(st.integers(0, 30))
        out.append(MeetingFact(
            id=i + 1, kind=draw(st.sampled_from(KINDS)),
            held_on=date(YEAR, draw(st.integers(1, 12)), draw(st.integers(1, 28))),
            adopted=draw(st.booleans()), duration_minutes=draw(st.one_of(st.none(), st.integers(30, 200))),
            expected=expected, present=draw(st.integers(0, expected)),
            prepared_by_id=draw(st.one_of(st.none(), st.integers(1, 30))),
            quality_band=draw(st.one_of(st.none(), st.sampled_from(list(QualityBand)))),
        ))
    return tuple(out)


@st.composite
def facts(draw):
    reviewed = tuple(
        ReviewFact(i, f"Đảng viên {i}", draw(st.booleans()), draw(st.one_of(st.none(), st.sampled_from(list(Rating)))))
        for i in range(draw(st.integers(0, 12)))
    )
    targets = tuple(
        TargetFact(i, f"Chỉ tiêu {i}", draw(st.floats(1, 100)), draw(st.one_of(st.none(), st.floats(0, 150))))
        for i in range(draw(st.integers(0, 5)))
    )
    as_of = draw(st.dates(date(YEAR, 1, 1), date(YEAR + 1, 3, 1)))
    return YearFacts(YEAR, as_of, draw(meetings()), reviewed, (), targets, (),
                     draw(st.one_of(st.none(), st.integers(0, 4))))


manual_scores = st.dictionaries(st.sampled_from(["1.1", "1.3", "1.4", "3.1", "3.2", "4.4"]),
                                st.floats(-5, 20).map(lambda x: ManualEntry(x, "lý do")))


def scores(f: YearFacts, manual=None) -> dict[str, float]:
    result = evaluate(RB, compute_measures(f, RB.thresholds), manual or {}, year=YEAR, as_of=f.as_of, closed=f.closed)
    return {c.code: c for crit in result.criteria for c in crit.components}


@settings(max_examples=150, deadline=None)
@given(facts(), manual_scores)
def test_scores_never_exceed_maxima(f, manual):
    for c in scores(f, manual).values():
        assert 0 <= c.score <= c.max
        assert c.score <= c.reachable + 1e-9 <= c.max + 1e-9


def _improve(f: YearFacts, which: int, pick: int) -> YearFacts:
    """One change that only adds evidence."""
    if which == 0:  # a full regular meeting, prepared, in a month that has none
        held = {m.held_on.month for m in f.meetings if m.kind in (MeetingKind.REGULAR, MeetingKind.COMBINED)}
        empty = [m for m in range(1, 13) if m not in held]
        if not empty:
            return f
        month = empty[pick % len(empty)]
        new_id = max([m.id for m in f.meetings] + [0]) + 1
        committee = MeetingFact(new_id, MeetingKind.COMMITTEE, date(YEAR, month, 1))
        regular = MeetingFact(new_id + 1, MeetingKind.REGULAR, date(YEAR, month, 2), True, 150, 10, 10, new_id,
                              QualityBand.GOOD)
        return replace(f, meetings=f.meetings + (committee, regular))
    if which == 1:  # a thematic session
        new_id = max([m.id for m in f.meetings] + [0]) + 1
        return replace(f, meetings=f.meetings + (MeetingFact(new_id, MeetingKind.THEMATIC, date(YEAR, pick % 12 + 1, 10)),))
    if which == 2 and f.reviewed:  # a commitment written
        i = pick % len(f.reviewed)
        people = list(f.reviewed)
        people[i] = replace(people[i], has_commitment=True)
        return replace(f, reviewed=tuple(people))
    if which == 3 and f.targets:  # a target reached
        i = pick % len(f.targets)
        targets = list(f.targets)
        targets[i] = replace(targets[i], achieved=targets[i].planned)
        return replace(f, targets=tuple(targets))
    if which == 4 and f.meetings:  # an absent member marked present
        i = pick % len(f.meetings)
        ms = list(f.meetings)
        ms[i] = replace(ms[i], present=min(ms[i].present + 1, ms[i].expected))
        return replace(f, meetings=tuple(ms))
    return f


@settings(max_examples=150, deadline=None)
@given(facts(), st.integers(0, 4), st.integers(0, 100))
def test_adding_evidence_never_lowers_a_score(f, which, pick):
    before = scores(f)
    after = scores(_improve(f, which, pick))
    for code, c in before.items():
        assert after[code].score >= c.score - 1e-9, (code, which)
