"""Rating bands and the HTXSNV cap (DOMAIN.md §7), worked by hand."""

from __future__ import annotations

import pytest

from desktop.domain.enums import Rating, ReviewStep
from desktop.domain.rating import (
    RatingRules,
    cap_check,
    final_rating,
    rating_for,
    summarise,
)


@pytest.mark.parametrize(
    ("score", "exceeded", "expected"),
    [
        (95, 40, Rating.HTXSNV),
        (90, 30, Rating.HTXSNV),  # both thresholds are inclusive
        (91, 20, Rating.HTTNV),  # the case: 91 points but only 20% exceeded
        (91, None, Rating.HTTNV),  # no share recorded counts as 0%
        (89.9, 100, Rating.HTTNV),
        (70, 0, Rating.HTTNV),
        (69.5, 0, Rating.HTNV),
        (50, 0, Rating.HTNV),
        (49.9, 0, Rating.KHTNV),
        (0, 0, Rating.KHTNV),
    ],
)
def test_bands(score, exceeded, expected):
    assert rating_for(score, exceeded) is expected


def test_disciplined_member_is_khtnv_whatever_the_score():
    assert rating_for(98, 60, disciplined=True) is Rating.KHTNV


def test_rules_are_parameters():
    # A rulebook asking 95 points and 50% exceeded: 93 / 60% is only HTTNV, 96 / 50% is HTXSNV.
    strict = RatingRules(excellent_min_score=95, excellent_min_tasks_exceeded_pct=50)
    assert rating_for(93, 60, rules=strict) is Rating.HTTNV
    assert rating_for(96, 50, rules=strict) is Rating.HTXSNV


def test_rules_refuse_thresholds_out_of_order():
    with pytest.raises(ValueError):
        RatingRules(good_min_score=95)


def test_cap_warning_appears_exactly_past_the_cap():
    # 20% of 12 HTTNV = 2.4 → at most 2 HTXSNV.
    at_cap = cap_check(2, 12)
    assert at_cap.limit == 2 and not at_cap.exceeded
    past = cap_check(3, 12)
    assert past.exceeded
    assert past.message_vi() == "3 HTXSNV, giới hạn 20% của 12 HTTNV = 2"
    # 20% of 10 = 2 exactly: 2 is allowed, 3 is past.
    assert not cap_check(2, 10).exceeded and cap_check(3, 10).exceeded
    # 20% of 4 = 0.8 → 0: a single HTXSNV is already past the cap.
    assert cap_check(1, 4).exceeded and not cap_check(0, 4).exceeded


def test_cap_can_be_switched_off_by_the_rulebook():
    assert cap_check(5, 1, RatingRules(excellent_cap_pct_of_good=None)) is None


def test_cap_percentage_with_decimals_is_exact():
    # 12.5% of 16 = 2 exactly (floating point would risk 1.9999…).
    check = cap_check(2, 16, RatingRules(excellent_cap_pct_of_good=12.5))
    assert check.limit == 2 and not check.exceeded
    assert "12,5%" in check.message_vi()


def test_final_rating_prefers_the_last_step():
    steps = {ReviewStep.SELF: Rating.HTXSNV, ReviewStep.BRANCH: Rating.HTTNV}
    assert final_rating(steps) is Rating.HTTNV
    steps[ReviewStep.COMMITTEE] = Rating.HTNV
    assert final_rating(steps) is Rating.HTNV
    steps[ReviewStep.SUPERIOR] = Rating.HTTNV
    assert final_rating(steps) is Rating.HTTNV
    # A self-rating alone is a proposal, not a rating.
    assert final_rating({ReviewStep.SELF: Rating.HTTNV}) is None


def test_summary_counts_and_percentages():
    # 10 reviewed: 1 HTXSNV, 6 HTTNV, 2 HTNV, 1 not yet rated.
    ratings = [Rating.HTXSNV] + [Rating.HTTNV] * 6 + [Rating.HTNV] * 2 + [None]
    summary = summarise(ratings)
    assert summary.reviewed == 10 and summary.unrated == 1
    assert summary.counts[Rating.HTTNV] == 6 and summary.counts[Rating.KHTNV] == 0
    assert summary.percent(Rating.HTTNV) == 60.0  # 6 / 10
    assert summary.percent(Rating.HTXSNV) == 10.0
    # 20% of 6 = 1.2 → 1: one HTXSNV is within the cap.
    assert summary.cap.limit == 1 and not summary.cap_exceeded
    assert summarise([Rating.HTXSNV] * 2 + ratings[1:]).cap_exceeded


def test_summary_of_nobody():
    summary = summarise([])
    assert summary.reviewed == 0 and summary.percent(Rating.HTTNV) == 0.0
