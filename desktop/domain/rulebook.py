"""The rulebook: a versioned set of rules a year is evaluated under (DOMAIN.md §5-§8, §10).

A rulebook is data with an issuer, a document number and an effective date. This module holds
its model and turns a plain dict (parsed from TOML by the service) into it, collecting every
problem with the key path where it was found, so a secretary can fix a file in one pass.

The model does not assume four criteria: "Chi bộ 5 tốt" or "chi bộ kiểu mẫu" rulebooks have
their own criteria and their own verdict name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from desktop.domain.attendance import AttendanceRules
from desktop.domain.indicators import INDICATORS, MeasureKind, RuleKind, ScoringRule
from desktop.domain.lifecycle_rules import MembershipRules, read_membership
from desktop.domain.documents_rule import DocumentsRule
from desktop.domain.quality import QualityRules
from desktop.domain.rating import RatingRules
from desktop.domain.rulebook_parts import (
    MAX_COMPONENTS,
    MAX_COUNT,
    MAX_CRITERIA,
    MAX_TOTAL_POINTS,
    MeetingThresholds,
    QualitySheet,
    Reader,
    read_quality_sheet,
    read_rating,
    read_thresholds,
)
from desktop.wording import DEFAULT_LANGUAGE, Text, say


class PassRule(StrEnum):
    EACH_COMPONENT = "each_component"  # every component ≥ threshold × its maximum
    CRITERION_TOTAL = "criterion_total"  # the criterion's total ≥ threshold × its maximum


@dataclass(frozen=True)
class Problem:
    path: str  # key path in the file: "criteria[1].components[0].max"
    text: Text

    @property
    def message(self) -> str:
        """In Vietnamese, for callers that show no other language."""
        return self.text.render(DEFAULT_LANGUAGE)


class RulebookInvalid(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(f"{p.path}: {p.message}" for p in problems))


@dataclass(frozen=True)
class AutoSource:
    indicator: str
    rule: ScoringRule


@dataclass(frozen=True)
class Component:
    code: str
    title: str
    max: float
    auto: AutoSource | None = None  # None: scored by the committee (manual)

    @property
    def kind(self) -> str:
        return "auto" if self.auto else "manual"


@dataclass(frozen=True)
class Criterion:
    number: int
    name: str
    components: tuple[Component, ...]

    @property
    def max(self) -> float:
        return sum(c.max for c in self.components)


@dataclass(frozen=True)
class Veto:
    """When the indicator (a count) is above zero, the criterion cannot be good."""

    code: str
    criterion: int
    indicator: str
    title: str


@dataclass(frozen=True)
class Rulebook:
    model: str  # "chi_bo_4_tot"
    name: str  # "Bộ tiêu chí «Chi bộ 4 tốt» (mẫu)"
    verdict: str  # the model's own name for a pass: "Chi bộ 4 tốt"
    version: str
    issuer: str
    document_number: str
    effective_from: date
    source: str
    sample: bool
    pass_rule: PassRule
    threshold: float
    criteria: tuple[Criterion, ...]
    vetoes: tuple[Veto, ...] = ()
    quality: QualitySheet = field(default_factory=QualitySheet)
    thresholds: MeetingThresholds = field(default_factory=MeetingThresholds)
    rating: RatingRules = field(default_factory=RatingRules)
    membership: MembershipRules | None = None  # None: the shipped sample's table applies

    @property
    def components(self) -> tuple[Component, ...]:
        return tuple(c for crit in self.criteria for c in crit.components)

    def component(self, code: str) -> Component | None:
        return next((c for c in self.components if c.code == code), None)

    @property
    def total(self) -> float:
        return sum(c.max for c in self.criteria)

    def attendance_rules(self) -> AttendanceRules:
        return AttendanceRules(
            min_rate=self.thresholds.min_attendance_rate,
            max_consecutive_absences=self.thresholds.max_consecutive_absences,
        )

    def rating_rules(self) -> RatingRules:
        return self.rating

    def quality_rules(self) -> QualityRules:
        """The meeting quality sheet in the form the meetings' scoring takes."""
        q, t = self.quality, self.thresholds
        return QualityRules(
            items=q.items,
            min_minutes=t.min_duration_minutes,
            min_minutes_combined=t.min_duration_combined_minutes,
            attendance_bands=q.attendance_bands,
            speakers_full_share=q.speakers_full_share,
            speakers_partial_share=q.speakers_partial_share,
            good_threshold=q.good_min,
            fair_threshold=q.fair_min,
            average_threshold=q.average_min,
            full_marks_for_good=q.good_requires_full,
            documents=DocumentsRule(q.documents_sent_days_before, q.documents_posted_within_days),
        )

    def indicators_used(self) -> set[str]:
        used = {c.auto.indicator for c in self.components if c.auto}
        return used | {v.indicator for v in self.vetoes}


def parse_rulebook(data: Mapping[str, Any]) -> Rulebook:
    """Build a Rulebook from a plain dict; raise RulebookInvalid listing every problem."""
    r = Reader()
    head = r.table(data, "rulebook", "rulebook")
    model = r.text(head, "model", "rulebook")
    name = r.text(head, "name", "rulebook")
    verdict = r.text(head, "verdict", "rulebook")
    version = r.text(head, "version", "rulebook")
    issuer = r.text(head, "issuer", "rulebook")
    document_number = r.text(head, "document_number", "rulebook", required=False)
    effective = r.date(head, "effective_from", "rulebook")
    source = r.text(head, "source", "rulebook", required=False)
    sample = bool(head.get("sample", False)) if isinstance(head, Mapping) else False

    if not isinstance(data, Mapping):
        raise RulebookInvalid([Problem("", say("rulebook_check.file_not_table"))])
    pass_table = data.get("pass_rule", {}) if isinstance(data.get("pass_rule", {}), Mapping) else {}
    rule_text = pass_table.get("kind", PassRule.EACH_COMPONENT.value)
    if not isinstance(rule_text, str) or rule_text not in {p.value for p in PassRule}:
        r.problem("pass_rule.kind", say("rulebook_check.pass_rule_kind", value=rule_text))
        rule_text = PassRule.EACH_COMPONENT.value
    threshold = r.number(pass_table, "threshold", "pass_rule", default=0.9, high=1.0, sharper="both")
    if threshold is not None and not 0 < threshold <= 1:
        r.problem("pass_rule.threshold", say("rulebook_check.pass_threshold", value=threshold))

    criteria = _read_criteria(r, data.get("criteria"))
    total = sum(c.max for c in criteria)
    if total > MAX_TOTAL_POINTS:
        r.problem("criteria", say("rulebook.total_too_large", total=f"{total:g}", limit=f"{MAX_TOTAL_POINTS:g}"))
    vetoes = _read_vetoes(r, data.get("vetoes", []), criteria)
    quality = read_quality_sheet(r, data.get("meeting_quality"))
    thresholds = read_thresholds(r, data.get("meeting_thresholds"))
    rating = read_rating(r, data.get("rating"))
    membership = read_membership(r, data.get("membership"))

    if r.problems:
        raise RulebookInvalid([Problem(p, m) for p, m in r.problems])
    return Rulebook(
        model=model,
        name=name,
        verdict=verdict,
        version=version,
        issuer=issuer,
        document_number=document_number,
        effective_from=effective,
        source=source,
        sample=sample,
        pass_rule=PassRule(rule_text),
        threshold=float(threshold),
        criteria=criteria,
        vetoes=vetoes,
        quality=quality,
        thresholds=thresholds,
        rating=rating,
        membership=membership,
    )


def _read_criteria(r: Reader, raw: Any) -> tuple[Criterion, ...]:
    if not isinstance(raw, list) or not raw:
        r.problem("criteria", say("rulebook_check.no_criteria"))
        return ()
    if len(raw) > MAX_CRITERIA:
        r.problem("criteria", say("rulebook.too_many", limit=MAX_CRITERIA, count=len(raw)))
        raw = raw[:MAX_CRITERIA]
    criteria: list[Criterion] = []
    numbers: set[int] = set()
    codes: set[str] = set()
    for i, item in enumerate(raw):
        path = f"criteria[{i}]"
        if not isinstance(item, Mapping):
            r.problem(path, say("rulebook_check.not_table"))
            continue
        number = r.integer(item, "number", path)
        if number is not None:
            if number in numbers:
                r.problem(f"{path}.number", say("rulebook_check.number_repeated", number=number))
            numbers.add(number)
        name = r.text(item, "name", path)
        comps = _read_components(r, item.get("components"), f"{path}.components", codes)
        criteria.append(Criterion(number or 0, name, comps))
    return tuple(criteria)


def _read_components(r: Reader, raw: Any, path: str, codes: set[str]) -> tuple[Component, ...]:
    if not isinstance(raw, list) or not raw:
        r.problem(path, say("rulebook_check.no_components"))
        return ()
    if len(raw) > MAX_COMPONENTS:
        r.problem(path, say("rulebook.too_many", limit=MAX_COMPONENTS, count=len(raw)))
        raw = raw[:MAX_COMPONENTS]
    out: list[Component] = []
    for j, item in enumerate(raw):
        cpath = f"{path}[{j}]"
        if not isinstance(item, Mapping):
            r.problem(cpath, say("rulebook_check.not_table"))
            continue
        code = r.text(item, "code", cpath)
        if code and code in codes:
            r.problem(f"{cpath}.code", say("rulebook_check.code_repeated", code=code))
        codes.add(code)
        title = r.text(item, "title", cpath)
        maximum = r.number(item, "max", cpath, sharper="low")  # ≤ 0: worded below
        if maximum is not None and maximum <= 0:
            r.problem(f"{cpath}.max", say("rulebook_check.max_not_positive", value=maximum))
        auto = item.get("auto")
        manual = item.get("manual", False)
        if auto is not None and manual:
            r.problem(cpath, say("rulebook_check.auto_and_manual"))
        elif auto is None and not manual:
            r.problem(cpath, say("rulebook_check.no_scoring"))
        source = _read_auto(r, auto, f"{cpath}.auto", maximum) if auto is not None else None
        out.append(Component(code, title, float(maximum or 0), source))
    return tuple(out)


def _read_auto(r: Reader, raw: Any, path: str, maximum: float | None) -> AutoSource | None:
    if not isinstance(raw, Mapping):
        r.problem(path, say("rulebook_check.auto_not_table"))
        return None
    indicator = r.text(raw, "indicator", path)
    spec = INDICATORS.get(indicator)
    if indicator and spec is None:
        known = ", ".join(sorted(INDICATORS))
        r.problem(f"{path}.indicator", say("rulebook_check.unknown_indicator_of", indicator=indicator, known=known))
    rule_text = r.text(raw, "rule", path)
    if rule_text and rule_text not in {k.value for k in RuleKind}:
        r.problem(f"{path}.rule", say("rulebook_check.unknown_rule", rule=rule_text))
        return None
    if not rule_text:
        return None
    kind = RuleKind(rule_text)
    step = r.number(raw, "step", path, default=0.5, sharper="low")
    if step is not None and step <= 0:
        r.problem(f"{path}.step", say("rulebook_check.step_not_positive"))
    bands = _read_bands(r, raw.get("bands"), f"{path}.bands", maximum) if kind is RuleKind.BANDS else ()
    if kind is not RuleKind.BANDS and "bands" in raw:
        r.problem(f"{path}.bands", say("rulebook_check.bands_not_for", rule=kind.value))
    if spec is not None:
        if kind is RuleKind.ZERO_TOLERANCE and spec.kind is not MeasureKind.COUNT:
            r.problem(f"{path}.rule", say("rulebook_check.zero_needs_count", indicator=indicator))
        if kind in (RuleKind.SHARE, RuleKind.CAPPED_RATIO) and spec.kind is MeasureKind.COUNT:
            r.problem(f"{path}.rule", say("rulebook_check.rule_needs_ratio", rule=kind.value, indicator=indicator))
    return AutoSource(indicator, ScoringRule(kind, bands, float(step or 0.5)))


def _read_bands(r: Reader, raw: Any, path: str, maximum: float | None) -> tuple[tuple[float, float], ...]:
    if not isinstance(raw, list) or not raw:
        r.problem(path, say("rulebook_check.no_bands"))
        return ()
    if len(raw) > MAX_COMPONENTS:
        r.problem(path, say("rulebook.too_many", limit=MAX_COMPONENTS, count=len(raw)))
        raw = raw[:MAX_COMPONENTS]
    bands: list[tuple[float, float]] = []
    for k, band in enumerate(raw):
        bpath = f"{path}[{k}]"
        if not isinstance(band, Mapping):
            r.problem(bpath, say("rulebook_check.band_not_table"))
            continue
        low = r.number(band, "min", bpath, high=MAX_COUNT)
        points = r.number(band, "points", bpath, sharper="low")
        if points is not None and maximum is not None and points > maximum:
            r.problem(f"{bpath}.points", say("rulebook_check.band_over_max", points=points, max=maximum))
        if points is not None and points < 0:
            r.problem(f"{bpath}.points", say("rulebook_check.points_negative"))
        if low is not None and points is not None:
            bands.append((float(low), float(points)))
    ordered = sorted(bands, key=lambda b: -b[0])
    for (hi_min, hi_pts), (lo_min, lo_pts) in zip(ordered, ordered[1:]):
        if hi_min == lo_min:
            r.problem(path, say("rulebook_check.bands_same_min", min=hi_min))
        elif hi_pts < lo_pts:
            r.problem(path, say("rulebook_check.bands_not_rising", high_min=hi_min, high_points=hi_pts, low_min=lo_min, low_points=lo_pts))
    return tuple(ordered)


def _read_vetoes(r: Reader, raw: Any, criteria: tuple[Criterion, ...]) -> tuple[Veto, ...]:
    if not isinstance(raw, list):
        r.problem("vetoes", say("rulebook_check.vetoes_not_list"))
        return ()
    if len(raw) > MAX_COMPONENTS:
        r.problem("vetoes", say("rulebook.too_many", limit=MAX_COMPONENTS, count=len(raw)))
        raw = raw[:MAX_COMPONENTS]
    numbers = {c.number for c in criteria}
    out: list[Veto] = []
    for i, item in enumerate(raw):
        path = f"vetoes[{i}]"
        if not isinstance(item, Mapping):
            r.problem(path, say("rulebook_check.not_table"))
            continue
        code = r.text(item, "code", path)
        number = r.integer(item, "criterion", path)
        if number is not None and number not in numbers:
            r.problem(f"{path}.criterion", say("rulebook_check.no_criterion", number=number))
        indicator = r.text(item, "indicator", path)
        spec = INDICATORS.get(indicator)
        if indicator and spec is None:
            r.problem(f"{path}.indicator", say("rulebook_check.unknown_indicator", indicator=indicator))
        elif spec is not None and spec.kind is not MeasureKind.COUNT:
            r.problem(f"{path}.indicator", say("rulebook_check.veto_needs_count", indicator=indicator))
        title = r.text(item, "title", path)
        out.append(Veto(code, number or 0, indicator, title))
    return tuple(out)
