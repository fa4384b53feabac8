"""Member rating bands and the HTXSNV cap (DOMAIN.md §7; QĐ 366-QĐ/TW, 30/8/2025).

The thresholds are a `RatingRules` parameter object: DOMAIN.md's values are the defaults, and the
rulebook supplies its own. Pure rules: numbers in, ratings and verdicts out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from math import floor

from desktop.domain.enums import Rating, ReviewStep
from desktop.domain.numbers import percent_value

# Best first; a rating's index is its rank (smaller is better).
RATING_ORDER: tuple[Rating, ...] = (Rating.HTXSNV, Rating.HTTNV, Rating.HTNV, Rating.KHTNV)

# Vietnamese names, for CLI output and documents (the UI translates its own strings).
RATING_TITLES_VI: dict[Rating, str] = {
    Rating.HTXSNV: "Hoàn thành xuất sắc nhiệm vụ",
    Rating.HTTNV: "Hoàn thành tốt nhiệm vụ",
    Rating.HTNV: "Hoàn thành nhiệm vụ",
    Rating.KHTNV: "Không hoàn thành nhiệm vụ",
}

# The process in its order: self-rating, branch vote, committee proposal, superior decision.
STEP_ORDER: tuple[ReviewStep, ...] = (
    ReviewStep.SELF,
    ReviewStep.BRANCH,
    ReviewStep.COMMITTEE,
    ReviewStep.SUPERIOR,
)


@dataclass(frozen=True)
class RatingRules:
    """Thresholds of the four bands; scores are on a 100-point scale, shares in percent."""

    excellent_min_score: float = 90.0
    excellent_min_tasks_exceeded_pct: float = 30.0
    good_min_score: float = 70.0
    pass_min_score: float = 50.0
    # Older rules: HTXSNV at most this share of the members rated HTTNV. A warning, not a block.
    excellent_cap_pct_of_good: float | None = 20.0

    def __post_init__(self) -> None:
        if not (0 <= self.pass_min_score <= self.good_min_score <= self.excellent_min_score <= 100):
            raise ValueError("rating thresholds must satisfy 0 ≤ pass ≤ good ≤ excellent ≤ 100")


def is_worse(a: Rating, b: Rating) -> bool:
    return RATING_ORDER.index(a) > RATING_ORDER.index(b)


def rating_for(
    score: float,
    tasks_exceeded_pct: float | None,
    *,
    disciplined: bool = False,
    rules: RatingRules = RatingRules(),
) -> Rating:
    """The rating the rules give to a score.

    HTXSNV needs both the score and the share of tasks exceeded: 91 points with 20% exceeded is
    HTTNV. A member disciplined in the year is KHTNV whatever the score.
    """
    if disciplined or score < rules.pass_min_score:
        return Rating.KHTNV
    if score >= rules.excellent_min_score and (tasks_exceeded_pct or 0) >= (
        rules.excellent_min_tasks_exceeded_pct
    ):
        return Rating.HTXSNV
    if score >= rules.good_min_score:
        return Rating.HTTNV
    return Rating.HTNV


def best_allowed(disciplined: bool) -> Rating:
    """The best rating a member may receive at any step."""
    return Rating.KHTNV if disciplined else Rating.HTXSNV


def final_rating(steps: dict[ReviewStep, Rating]) -> Rating | None:
    """The rating that counts: the superior's decision, else the committee's proposal, else the
    branch's vote. The self-rating alone is only a proposal and never counts."""
    for step in (ReviewStep.SUPERIOR, ReviewStep.COMMITTEE, ReviewStep.BRANCH):
        if step in steps:
            return steps[step]
    return None


@dataclass(frozen=True)
class CapCheck:
    """HTXSNV against the cap: `limit` = floor(cap_pct × good ÷ 100)."""

    excellent: int
    good: int
    cap_pct: float
    limit: int

    @property
    def exceeded(self) -> bool:
        return self.excellent > self.limit

    def message_vi(self) -> str:
        return (
            f"{self.excellent} HTXSNV, giới hạn {percent_value(self.cap_pct)} của {self.good} HTTNV "
            f"= {self.limit}"
        )


def cap_check(excellent: int, good: int, rules: RatingRules = RatingRules()) -> CapCheck | None:
    """None when the rulebook sets no cap. Exact arithmetic: 20% of 12 = 2.4 → limit 2."""
    if rules.excellent_cap_pct_of_good is None:
        return None
    pct = Fraction(str(rules.excellent_cap_pct_of_good))
    limit = floor(pct * good / 100)
    return CapCheck(excellent, good, rules.excellent_cap_pct_of_good, limit)


@dataclass(frozen=True)
class RatingSummary:
    """Counts and percentages of the final ratings among the members reviewed."""

    reviewed: int
    counts: dict[Rating, int]
    unrated: int
    cap: CapCheck | None

    def percent(self, rating: Rating) -> float:
        """Share of the members reviewed, in percent, one decimal."""
        return round(100 * self.counts[rating] / self.reviewed, 1) if self.reviewed else 0.0

    @property
    def cap_exceeded(self) -> bool:
        return self.cap is not None and self.cap.exceeded


def summarise(ratings: Iterable[Rating | None], rules: RatingRules = RatingRules()) -> RatingSummary:
    """`ratings`: one entry per member reviewed, None while not yet rated."""
    items = list(ratings)
    counts = {r: sum(1 for x in items if x is r) for r in RATING_ORDER}
    return RatingSummary(
        reviewed=len(items),
        counts=counts,
        unrated=sum(1 for x in items if x is None),
        cap=cap_check(counts[Rating.HTXSNV], counts[Rating.HTTNV], rules),
    )
