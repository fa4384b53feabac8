"""What the inbox checks in a verified package before it believes it: the package is addressed to
this committee, and its verdict follows from its own scores.

A branch secretary's key is a person's key on an office PC: a signature proves who sent the
package, not that what it says is right. So the inbox works the verdict out again from what the
package carries (the pass rule and threshold, each criterion's components with their scores and
maxima, the vetoes) with the domain's own rules (`desktop.domain.evaluation.evaluate`, fed every
component as a committee score), and refuses a package whose stated totals, component and
criterion verdicts or overall verdict contradict it, naming the contradiction. When the inbox
holds the rulebook the package names (by SHA-256: one it issued, or a shipped sample), the
package must also use that rulebook's pass rule, threshold, components and maxima.

Scores in a package are written to two decimals (services/evaluation_json.py). A verdict is
called a contradiction only if it stays wrong with every score moved by that rounding in its
favour, so a score just at a threshold is never refused for its last decimal.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain.evaluation import EvaluationResult, evaluate
from desktop.domain.indicators import Measure
from desktop.domain.rulebook import Component, Criterion, PassRule, Rulebook, Veto
from desktop.domain.shortfalls import ManualEntry
from desktop.exchange.problems import Problem
from desktop.exchange.verification import Verification
from desktop.wording import Text, say

ROUNDING = 0.005  # half the last decimal a package writes
DEFAULT_MODEL = "Chi bộ 4 tốt"


@dataclass(frozen=True)
class InboxJudge:
    """What the inbox judges a package against: its own committee's name (None when the data
    file has no profile) and the rulebooks it holds, found by SHA-256."""

    committee: str | None
    rulebook: Callable[[str], Rulebook | None]

    def problems(self, result: Verification) -> list[Problem]:
        """The contradictions of a package the verifier passed; [] when it may be believed."""
        found = recipient_problems(result.manifest or {}, self.committee)
        evaluation = result.evaluation or {}
        known = self.rulebook(evaluation.get("rulebook", {}).get("sha256", ""))
        return found + verdict_problems(evaluation, known)


def committee_key(name: str) -> str:
    """A committee's name as compared: NFC, case and spaces folded, "uỷ" spelled "ủy", and
    "Đảng bộ X" the same as "Đảng ủy X" (a branch's letterhead names the party organisation,
    the inbox its executive committee: the same recipient)."""
    text = " ".join(unicodedata.normalize("NFC", name).casefold().split()).replace("uỷ", "ủy")
    for prefix in ("đảng bộ ", "đảng ủy "):
        if text.startswith(prefix):
            return "đảng " + text[len(prefix):]
    return text


def recipient_problems(manifest: Mapping[str, Any], committee: str | None) -> list[Problem]:
    addressed = manifest.get("superior_committee", "")
    if committee is None or committee_key(addressed) == committee_key(committee):
        return []
    return [Problem.of("recipient_mismatch", addressed, own=committee)]


def verdict_problems(evaluation: Mapping[str, Any], known: Rulebook | None = None) -> list[Problem]:
    """Every contradiction between what evaluation.json states and what its scores give."""
    criteria = evaluation.get("criteria", [])
    found = _duplicates(criteria, evaluation.get("vetoes", []))
    if found:
        return found
    found += _totals(evaluation, criteria)
    stated = _rulebook_of(evaluation)
    if known is not None:
        found += _against_known(evaluation, stated, known)
    if found:
        return found
    return _verdicts(evaluation, stated)


def _duplicates(criteria: Sequence[Mapping], vetoes: Sequence[Mapping]) -> list[Problem]:
    found = []
    numbers = Counter(c["number"] for c in criteria)
    found += [Problem("duplicate_criterion", str(n)) for n, count in numbers.items() if count > 1]
    codes = Counter(comp["code"] for c in criteria for comp in c["components"])
    found += [Problem("duplicate_component", code) for code, count in codes.items() if count > 1]
    found += [Problem.of("veto_unknown_criterion", v["code"], number=v["criterion"])
              for v in vetoes if v["criterion"] not in numbers]
    return found


def _totals(evaluation: Mapping, criteria: Sequence[Mapping]) -> list[Problem]:
    found = []
    for c in criteria:
        parts = c["components"]
        where = say("exchange.criterion", number=c["number"])
        found += _sum_problem(where, "score", c["score"], [p["score"] for p in parts])
        found += _sum_problem(where, "maximum", c["max"], [p["max"] for p in parts])
    where = say("exchange.the_year")
    if "score" in evaluation:
        found += _sum_problem(where, "score", evaluation["score"], [c["score"] for c in criteria])
    if "max" in evaluation:
        found += _sum_problem(where, "maximum", evaluation["max"], [c["max"] for c in criteria])
    return found


def _sum_problem(where: Text, what: str, stated: float, parts: Sequence[float]) -> list[Problem]:
    total = sum(parts)
    if abs(stated - total) <= ROUNDING * (len(parts) + 1):
        return []
    return [Problem.of("total_contradicts", where, what=say(f"exchange.{what}"),
                       stated=_points(stated), found=_points(total))]


def _rulebook_of(evaluation: Mapping) -> Rulebook:
    """The rulebook as far as the package states it: every component scored by hand (its stated
    score is what counts), each veto an indicator of its own."""
    criteria = tuple(
        Criterion(c["number"], c["name"], tuple(Component(p["code"], p["title"], float(p["max"]))
                                                for p in c["components"]))
        for c in evaluation["criteria"])
    vetoes = tuple(Veto(v["code"], v["criterion"], _veto_indicator(v["code"]), v.get("title", ""))
                   for v in evaluation.get("vetoes", []))
    info = evaluation.get("rulebook", {})
    model = model_name(evaluation)
    year = evaluation.get("year", 2000)
    return Rulebook(model=model, name=info.get("name", ""), verdict=model, version=info.get("version", ""),
                    issuer="", document_number="", effective_from=date(year, 1, 1), source="", sample=False,
                    pass_rule=PassRule(evaluation["pass_rule"]["kind"]),
                    threshold=float(evaluation["pass_rule"]["threshold"]), criteria=criteria, vetoes=vetoes)


def model_name(evaluation: Mapping[str, Any]) -> str:
    return evaluation.get("model_name") or evaluation.get("verdict", {}).get("name") or DEFAULT_MODEL


def _veto_indicator(code: str) -> str:
    return f"veto:{code}"


def _against_known(evaluation: Mapping, stated: Rulebook, known: Rulebook) -> list[Problem]:
    name = evaluation.get("rulebook", {}).get("name") or known.name

    def differs(what: Text, in_package: object, in_rulebook: object) -> Problem:
        return Problem.of("rulebook_contradicts", name, what=what, stated=in_package, found=in_rulebook)

    found = []
    if stated.pass_rule is not known.pass_rule:
        found.append(differs(say("exchange.pass_rule"), stated.pass_rule.value, known.pass_rule.value))
    if abs(stated.threshold - known.threshold) > 1e-9:
        found.append(differs(say("exchange.threshold"), f"{stated.threshold:g}", f"{known.threshold:g}"))
    layout_of = {(crit.number, c.code): c.max for crit in known.criteria for c in crit.components}
    in_package = {(crit.number, c.code): c.max for crit in stated.criteria for c in crit.components}
    if layout_of.keys() != in_package.keys():
        found.append(differs(say("exchange.criteria_list"), _listing(in_package), _listing(layout_of)))
    else:
        found += [differs(say("exchange.component_max", code=key[1]), _points(in_package[key]),
                          _points(layout_of[key]))
                  for key in sorted(layout_of) if abs(in_package[key] - layout_of[key]) > 1e-9]
    vetoes = {(v.code, v.criterion) for v in known.vetoes}
    stated_vetoes = {(v.code, v.criterion) for v in stated.vetoes}
    if vetoes != stated_vetoes:
        found.append(differs(say("exchange.vetoes_list"), _codes(stated_vetoes), _codes(vetoes)))
    return found


def _listing(components: Mapping[tuple[int, str], float]) -> str:
    return ", ".join(code for _, code in sorted(components)) or "—"


def _codes(vetoes: set[tuple[str, int]]) -> str:
    return ", ".join(sorted(code for code, _ in vetoes)) or "—"


def _verdicts(evaluation: Mapping, rulebook: Rulebook) -> list[Problem]:
    """Each stated verdict against the domain's, at the stated scores moved by the rounding:
    "good" must survive the scores moved up, "not good" the scores moved down."""
    year = evaluation["year"]
    triggered = {_veto_indicator(v["code"]): v["triggered"] for v in evaluation.get("vetoes", [])}
    measures = {name: Measure(name, float(hit), None, float(hit), None) for name, hit in triggered.items()}
    scores = {p["code"]: float(p["score"]) for c in evaluation["criteria"] for p in c["components"]}

    def judged(shift: float) -> EvaluationResult:
        manual = {code: ManualEntry(score + shift) for code, score in scores.items()}
        return evaluate(rulebook, measures, manual, year=year, as_of=date(year, 12, 31), closed=True)

    up, down = judged(ROUNDING), judged(-ROUNDING)
    exact: list[EvaluationResult] = []  # the scores as stated: only to word a contradiction

    def at_stated() -> EvaluationResult:
        if not exact:
            exact.append(judged(0.0))
        return exact[0]

    found = []
    for index, (stated, hi, lo) in enumerate(zip(evaluation["criteria"], up.criteria, down.criteria,
                                                 strict=True)):
        for part, part_hi, part_lo in zip(stated["components"], hi.components, lo.components, strict=True):
            if "good" in part and _wrong(part["good"], part_hi.good, part_lo.good):
                found.append(Problem.of("component_contradicts", part["code"], stated=_goodness(part["good"]),
                                        found=_goodness(not part["good"]), score=_points(part["score"]),
                                        max=_points(part["max"])))
        if _wrong(stated["good"], hi.good, lo.good):
            at = at_stated().criteria[index]
            found.append(Problem.of("criterion_contradicts", str(stated["number"]),
                                    stated=_goodness(stated["good"]), found=_goodness(at.good)))
    model = rulebook.verdict
    stated_goods = [c["good"] for c in evaluation["criteria"]]
    claims = [evaluation["four_good"]]
    if "reached" in evaluation.get("verdict", {}):
        claims.append(evaluation["verdict"]["reached"])
    for claim in claims:
        if claim != all(stated_goods) or _wrong(claim, up.reached, down.reached):
            found.append(Problem.of("verdict_contradicts", model, stated=_reached(claim),
                                    found=_outcome(at_stated())))
            break
    return found


def _wrong(stated: bool, good_with_scores_up: bool, good_with_scores_down: bool) -> bool:
    return (stated and not good_with_scores_up) or (not stated and good_with_scores_down)


def _goodness(good: bool) -> Text:
    return say("exchange.good" if good else "exchange.not_good")


def _reached(reached: bool) -> Text:
    return say("exchange.reached" if reached else "exchange.not_reached")


def _outcome(result: EvaluationResult) -> Text:
    if result.reached:
        return say("exchange.all_good")
    return say("exchange.short_of", numbers=", ".join(str(c.number) for c in result.criteria if not c.good))


def _points(value: float) -> str:
    return f"{value:g}"
