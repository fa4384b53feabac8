"""The overview card of the current year's self-evaluation ("Chi bộ 4 tốt" standing)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain.numbers import number
from desktop.services.changes import Changed
from desktop.services.container import Services
from desktop.services.evaluation import EvaluationReport
from desktop.ui.widgets.card import Card

translate = QCoreApplication.translate


def _load(services: Services, on: date) -> EvaluationReport:
    return services.evaluation.evaluate(on.year, on)


def _render(report: EvaluationReport, parent: QWidget) -> Card:
    r = report.result
    title = translate("EvaluationCard", "Self-evaluation %1").replace("%1", str(report.year))
    card = Card(title, parent)
    for crit in r.criteria:
        state = translate("EvaluationCard", "good") if crit.good else translate("EvaluationCard", "not yet")
        card.add_row(f"{crit.number}. {crit.name}", f"{number(crit.score)}/{number(crit.max)} — {state}")
    card.add_row(r.verdict_name, translate("EvaluationCard", "Reached") if r.reached
                 else translate("EvaluationCard", "Not yet"), emphasis=True)
    if not r.reached:
        reach = (translate("EvaluationCard", "Still reachable this year.") if r.reachable and report.in_progress
                 else translate("EvaluationCard", "See the Self-evaluation page for what is missing."))
        card.set_note(reach)
    return card


def evaluation_card():
    # import cycle: the overview page imports this module
    from desktop.ui.pages.overview import OverviewCard

    return OverviewCard("evaluation", _load, _render,
                        frozenset({Changed.MEETINGS, Changed.MEMBERS, Changed.REVIEWS, Changed.EVALUATION,
                                   Changed.RULEBOOKS}))
