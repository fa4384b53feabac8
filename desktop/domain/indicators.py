"""Indicators and the rules that turn them into points (DOMAIN.md §8).

An indicator is a named measure of the year's records: a ratio (months with a regular meeting
÷ 12) or a count (members disciplined). A rulebook component names one indicator and one scoring
rule:

- ``share``: maximum × ratio, rounded to the nearest step (0.5 by default): 5 × 11/12 = 4.58 → 4.5;
- ``capped_ratio``: the same with the ratio capped at 1 (admitted 3 against a target of 2 → full);
- ``bands``: the points of the highest band whose minimum is reached, else 0;
- ``zero_tolerance``: full points when the count is 0, else 0.

Each measure also carries the best value still reachable by the end of the year, so the same
rule says what is still possible while the year runs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from desktop.wording import Text, say


class MeasureKind(StrEnum):
    RATIO = "ratio"
    COUNT = "count"


class RuleKind(StrEnum):
    BANDS = "bands"
    SHARE = "share"
    ZERO_TOLERANCE = "zero_tolerance"
    CAPPED_RATIO = "capped_ratio"


@dataclass(frozen=True)
class ScoringRule:
    kind: RuleKind
    bands: tuple[tuple[float, float], ...] = ()  # (minimum ratio, points), highest minimum first
    step: float = 0.5


@dataclass(frozen=True)
class IndicatorSpec:
    name: str
    kind: MeasureKind
    title: Text  # shown in rulebook checks and reports
    unit: Text  # what the numerator counts: months, quarters, members …


def _spec(name: str, kind: MeasureKind, unit: str) -> tuple[str, IndicatorSpec]:
    return name, IndicatorSpec(name, kind, say(f"indicators.{name}"), say(f"indicators.unit_{unit}"))


R, C = MeasureKind.RATIO, MeasureKind.COUNT
INDICATORS: dict[str, IndicatorSpec] = dict(
    [
        _spec("targets_met", R, "targets"),
        _spec("months_with_regular_meeting", R, "months"),
        _spec("quarters_with_thematic_session", R, "quarters"),
        _spec("months_committee_before_branch", R, "months"),
        _spec("attendance_rate_average", R, "meetings"),
        _spec("regular_meetings_rated_good", R, "meetings"),
        _spec("regular_meetings_full_duration", R, "meetings"),
        _spec("members_disciplined", C, "members"),
        _spec("members_disciplined_prohibited_acts", C, "members"),
        _spec("reviewed_with_commitment", R, "members"),
        _spec("reviewed_rated_good_or_better", R, "members"),
        _spec("reviewed_rated_khtnv", C, "members"),
        _spec("admissions_against_target", R, "members"),
        _spec("members_dues_unpaid_to_removal", C, "members"),
        _spec("members_paid_dues_every_month", R, "members"),
    ]
)


@dataclass(frozen=True)
class EvidenceItem:
    """One line of evidence: a month with its meeting, a member without a commitment …"""

    label: str  # Vietnamese: "Tháng 3: sinh hoạt ngày 05/03/2026"
    ok: bool
    meeting_id: int | None = None
    member_id: int | None = None


@dataclass(frozen=True)
class Measure:
    """An indicator's value now and the best value still reachable by the year's end.

    Ratio: numerator ÷ denominator (an empty denominator gives `empty_value`). Count:
    `denominator` is None. `missing` lists, in order, what is lacking ("Quý III", a name).
    """

    indicator: str
    numerator: float
    denominator: float | None
    best_numerator: float
    best_denominator: float | None
    missing: tuple[str, ...] = ()
    evidence: tuple[EvidenceItem, ...] = ()
    note: str = ""  # a fact the sentence should add ("chưa nhập chỉ tiêu kết nạp")
    empty_value: float = 0.0

    @property
    def value(self) -> float:
        return _ratio(self.numerator, self.denominator, self.empty_value)

    @property
    def best_value(self) -> float:
        return _ratio(self.best_numerator, self.best_denominator, self.empty_value)

    @property
    def is_count(self) -> bool:
        return self.denominator is None


def _ratio(num: float, den: float | None, empty: float) -> float:
    if den is None:
        return num
    return num / den if den else empty


def round_to_step(x: float, step: float = 0.5) -> float:
    """Nearest multiple of `step`, halves up; a tiny epsilon absorbs float noise (4.5 stays 4.5)."""
    return math.floor(x / step + 0.5 + 1e-9) * step


def score(rule: ScoringRule, maximum: float, value: float) -> float:
    """Points for `value` under `rule`, never below 0 nor above `maximum`."""
    if rule.kind is RuleKind.ZERO_TOLERANCE:
        points = maximum if value <= 0 else 0.0
    elif rule.kind is RuleKind.BANDS:
        points = next((p for low, p in rule.bands if value >= low - 1e-12), 0.0)
    else:  # share and capped ratio: linear, the ratio clamped to [0, 1]
        points = round_to_step(maximum * min(max(value, 0.0), 1.0), rule.step)
    return min(max(points, 0.0), maximum)
