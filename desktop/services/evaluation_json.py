"""The evaluation as JSON: the contract of `chibo evaluate --json` (issue 5 item 7) and the
summary the package carries. Fixed keys: year, rulebook {name, version, sha256}, criteria
[{number, name, score, max, good, components [{code, title, kind, score, max, missing}]}],
vetoes, four_good. Extra keys are additions; `four_good` is the verdict of the year's model
(its name in `verdict.name`: "Chi bộ 4 tốt", "Chi bộ 5 tốt" …).
"""

from __future__ import annotations

from typing import Any

from desktop.domain.evaluation import ComponentResult
from desktop.services.evaluation import EvaluationReport


def _num(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(x, 2)


def _component(c: ComponentResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": c.code,
        "title": c.title,
        "kind": c.kind,
        "score": _num(c.score),
        "max": _num(c.max),
        "good": c.good,
        "missing": c.missing,
        "reachable": _num(c.reachable),
        "still_reachable": c.still,
    }
    if c.measure is not None:
        m = c.measure
        out["indicator"] = c.indicator
        out["value"] = round(m.value, 4)
        out["numerator"] = _num(m.numerator)
        out["denominator"] = None if m.denominator is None else _num(m.denominator)
        out["missing_items"] = list(m.missing)
        out["evidence"] = [
            {"label": e.label, "ok": e.ok, "meeting_id": e.meeting_id, "member_id": e.member_id}
            for e in m.evidence
        ]
    if c.manual is not None:
        out["justification"] = c.manual.justification
        out["entered_by"] = c.manual.entered_by
        out["entered_at"] = c.manual.entered_at
    return out


def report_json(report: EvaluationReport) -> dict[str, Any]:
    r = report.result
    info = report.rulebook
    return {
        "year": report.year,
        "as_of": report.as_of.isoformat(),
        "in_progress": report.in_progress,
        "branch": report.branch_name,
        "rulebook": {
            "name": info.name,
            "version": info.version,
            "sha256": info.sha256,
            "model": info.model,
            "issuer": info.issuer,
            "document_number": info.document_number,
            "effective_from": info.effective_from.isoformat(),
            "sample": info.sample,
        },
        "pass_rule": {"kind": r.pass_rule.value, "threshold": r.threshold},
        "criteria": [
            {
                "number": c.number,
                "name": c.name,
                "score": _num(c.score),
                "max": _num(c.max),
                "percent": round(c.percent, 1),
                "good": c.good,
                "reachable_good": c.reachable_good,
                "vetoed_by": list(c.vetoed_by),
                "components": [_component(x) for x in c.components],
            }
            for c in r.criteria
        ],
        "vetoes": [
            {"code": v.code, "criterion": v.criterion, "title": v.title, "triggered": v.triggered,
             "evidence": list(v.evidence)}
            for v in r.vetoes
        ],
        "four_good": r.reached,
        "verdict": {"name": r.verdict_name, "reached": r.reached, "text": r.verdict_text,
                    "reachable": r.reachable},
        "score": _num(r.score),
        "max": _num(r.max),
        "shortfalls": list(r.shortfalls),
        "still_reachable": list(r.still_reachable),
        "drafts": list(report.drafts),
    }
