"""The self-evaluation engine: rulebook + measures + manual scores → the result (DOMAIN.md §8).

Per component: its score (auto: the rule applied to its indicator; manual: the committee's score,
0 until entered), the best score still reachable this year and, when short, one sentence.
Per criterion: total, maximum and "good" under the rulebook's pass rule:
- each_component: every component reaches threshold × its maximum (4.5 of 5 at 90%);
- criterion_total: the criterion's total reaches threshold × the criterion's maximum;
and never good while one of its vetoes is triggered. The verdict uses the model's own name
("Chi bộ 4 tốt", "Chi bộ 5 tốt"): reached when every criterion is good.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from desktop.domain.indicators import Measure, score
from desktop.domain.rulebook import Component, Criterion, PassRule, Rulebook
from desktop.domain.shortfalls import (
    ManualEntry,
    listing,
    reachable_sentence,
    shortfall_sentence,
)
from desktop.wording import Text, say

EPS = 1e-9


@dataclass(frozen=True)
class ComponentResult:
    code: str
    title: str
    kind: str  # "auto" | "manual"
    indicator: str | None
    score: float
    max: float
    good: bool  # reaches threshold × max
    reachable: float  # best score still possible by the end of the year
    missing: str | None  # the shortfall sentence, None at full points
    still: str | None  # while the year runs: what can still be had
    measure: Measure | None = None
    manual: ManualEntry | None = None

    @property
    def percent(self) -> float:
        return 100 * self.score / self.max if self.max else 0.0


@dataclass(frozen=True)
class VetoResult:
    code: str
    criterion: int
    title: str
    triggered: bool
    evidence: tuple[str, ...] = ()

    @property
    def sentence(self) -> str:
        return f"{self.code}: {self.title} — {listing(self.evidence)}" if self.triggered else ""


@dataclass(frozen=True)
class CriterionResult:
    number: int
    name: str
    score: float
    max: float
    good: bool
    reachable_good: bool  # could still be good by the end of the year
    vetoed_by: tuple[str, ...]
    components: tuple[ComponentResult, ...]

    @property
    def percent(self) -> float:
        return 100 * self.score / self.max if self.max else 0.0


@dataclass(frozen=True)
class Gap:
    """One line of "what is missing": the criterion and component (or veto) it is about."""

    criterion: int
    code: str
    sentence: str


@dataclass(frozen=True)
class EvaluationResult:
    year: int
    as_of: date
    closed: bool
    model: str
    verdict_name: str
    pass_rule: PassRule
    threshold: float
    criteria: tuple[CriterionResult, ...]
    vetoes: tuple[VetoResult, ...]
    reached: bool
    reachable: bool

    @property
    def score(self) -> float:
        return sum(c.score for c in self.criteria)

    @property
    def max(self) -> float:
        return sum(c.max for c in self.criteria)

    @property
    def shortfalls(self) -> tuple[str, ...]:
        """What keeps criteria from being good: triggered vetoes, then short components."""
        out = [v.sentence for v in self.vetoes if v.triggered]
        for crit in self.criteria:
            if not crit.good:
                out.extend(c.missing for c in crit.components if c.missing)
        return tuple(out)

    @property
    def failing(self) -> tuple[Gap, ...]:
        """«Chưa đạt»: what keeps the verdict from being reached — triggered vetoes, then the
        components below the pass line (each_component), or every component short of full
        marks in a criterion whose total is below the line (criterion_total)."""
        out = [Gap(v.criterion, v.code, v.sentence) for v in self.vetoes if v.triggered]
        out += [Gap(crit.number, c.code, c.missing) for crit, c in self._short() if self._fails(crit, c)]
        return tuple(out)

    @property
    def short_of_full(self) -> tuple[Gap, ...]:
        """«Chưa tối đa»: components short of full marks that do not fail the verdict."""
        return tuple(Gap(crit.number, c.code, c.missing) for crit, c in self._short()
                     if not self._fails(crit, c))

    @property
    def reachable_gaps(self) -> tuple[Gap, ...]:
        """While the year runs: what each short component can still reach."""
        if self.closed:
            return ()
        return tuple(Gap(crit.number, c.code, c.still) for crit in self.criteria
                     for c in crit.components if c.still)

    def _short(self) -> list[tuple[CriterionResult, ComponentResult]]:
        return [(crit, c) for crit in self.criteria for c in crit.components if c.missing]

    def _fails(self, crit: CriterionResult, comp: ComponentResult) -> bool:
        if self.pass_rule is PassRule.EACH_COMPONENT:
            return not comp.good
        return crit.score < self.threshold * crit.max - EPS

    @property
    def still_reachable(self) -> tuple[str, ...]:
        if self.closed:
            return ()
        return tuple(c.still for crit in self.criteria for c in crit.components if c.still)

    @property
    def verdict(self) -> Text:
        """The verdict in words, for the window to render in its language."""
        if self.reached:
            return say("indicators.verdict_reached", name=self.verdict_name)
        bad = [str(c.number) for c in self.criteria if not c.good]
        return say("indicators.verdict_one" if len(bad) == 1 else "indicators.verdict_many",
                   name=self.verdict_name, which=", ".join(bad))

    @property
    def verdict_text(self) -> str:
        """In Vietnamese: for the PDF, the JSON report and the CLI's report lines."""
        return self.verdict.render("vi")


def evaluate(
    rulebook: Rulebook,
    measures: Mapping[str, Measure],
    manual: Mapping[str, ManualEntry],
    *,
    year: int,
    as_of: date,
    closed: bool,
) -> EvaluationResult:
    t = rulebook.threshold
    vetoes = tuple(
        VetoResult(v.code, v.criterion, v.title, measures[v.indicator].value > 0,
                   measures[v.indicator].missing)
        for v in rulebook.vetoes
    )
    criteria = tuple(
        _criterion(crit, rulebook.pass_rule, t, measures, manual, vetoes, closed) for crit in rulebook.criteria
    )
    return EvaluationResult(
        year=year,
        as_of=as_of,
        closed=closed,
        model=rulebook.model,
        verdict_name=rulebook.verdict,
        pass_rule=rulebook.pass_rule,
        threshold=t,
        criteria=criteria,
        vetoes=vetoes,
        reached=all(c.good for c in criteria),
        reachable=all(c.reachable_good for c in criteria),
    )


def _criterion(
    crit: Criterion,
    rule: PassRule,
    t: float,
    measures: Mapping[str, Measure],
    manual: Mapping[str, ManualEntry],
    vetoes: tuple[VetoResult, ...],
    closed: bool,
) -> CriterionResult:
    comps = tuple(_component(c, t, measures, manual, closed) for c in crit.components)
    vetoed = tuple(v.code for v in vetoes if v.criterion == crit.number and v.triggered)
    total = sum(c.score for c in comps)
    best = sum(c.reachable for c in comps)
    if rule is PassRule.EACH_COMPONENT:
        passes = all(c.good for c in comps)
        could = all(c.reachable >= t * c.max - EPS for c in comps)
    else:
        passes = total >= t * crit.max - EPS
        could = best >= t * crit.max - EPS
    return CriterionResult(
        number=crit.number,
        name=crit.name,
        score=total,
        max=crit.max,
        good=passes and not vetoed,
        reachable_good=could and not vetoed,
        vetoed_by=vetoed,
        components=comps,
    )


def _component(
    c: Component,
    t: float,
    measures: Mapping[str, Measure],
    manual: Mapping[str, ManualEntry],
    closed: bool,
) -> ComponentResult:
    entry = None
    measure = None
    if c.auto is not None:
        measure = measures[c.auto.indicator]
        points = score(c.auto.rule, c.max, measure.value)
        best = points if closed else max(points, score(c.auto.rule, c.max, measure.best_value))
        rule = c.auto.rule
    else:
        entry = manual.get(c.code)
        points = min(max(entry.score, 0.0), c.max) if entry else 0.0
        # A manual score can be revised until the year's evaluation is closed.
        best = points if closed else c.max
        rule = None
    missing = shortfall_sentence(c.code, points, c.max, measure, entry, rule)
    still = None if closed else reachable_sentence(c.code, points, best, c.max, t, measure)
    return ComponentResult(
        code=c.code,
        title=c.title,
        kind=c.kind,
        indicator=c.auto.indicator if c.auto else None,
        score=points,
        max=c.max,
        good=points >= t * c.max - EPS,
        reachable=best,
        missing=missing,
        still=still,
        measure=measure,
        manual=entry,
    )
