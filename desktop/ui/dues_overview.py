"""The overview card of the party dues: this month's collection, and by name the members who
have reached the unpaid months that lead to a removal proposal this year."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.money import format_dong
from desktop.services.changes import Changed
from desktop.services.container import Services
from desktop.services.dues_model import DuesOverview
from desktop.ui.widgets.card import Card

translate = QCoreApplication.translate


def _load(services: Services, on: date) -> DuesOverview:
    return services.dues.overview(on)


def _render(data: DuesOverview, parent: QWidget) -> Card:
    card = Card(translate("DuesCard", "Party dues %1").replace("%1", data.month.label()), parent)
    if not data.in_use:
        card.set_note(translate("DuesCard", "No dues recorded yet: open the Party dues page to enter "
                                            "each member's basis and collect a month."))
        return card
    t = data.totals
    if t is not None:
        card.add_row(translate("DuesCard", "Members who paid"), f"{t.paid}/{t.owing}")
        card.add_row(translate("DuesCard", "Collected"), format_dong(t.collected), emphasis=True)
        if t.short:
            card.add_row(translate("DuesCard", "Paid short"), t.short)
    if data.flagged:
        title = translate("DuesCard", "%1 unpaid months this year").replace("%1", str(data.threshold))
        for row in data.flagged:
            months = ", ".join(f"{m.month:02d}" for m in row.unpaid)
            label = card.add_row(row.name, translate("DuesCard", "months %1").replace("%1", months))
            label.setStyleSheet("color: #b00020; font-weight: bold;")
        warning = QLabel(title + " — " + translate(
            "DuesCard", "without an accepted reason: the branch considers proposing removal."), card)
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b00020;")
        card.layout().insertWidget(1, warning)
    elif t is not None:
        card.set_note(translate("DuesCard", "Nobody has %1 unpaid months this year.").replace(
            "%1", str(data.threshold)))
    if data.missing_figures:
        card.set_note(translate("DuesCard", "Figures set by the superior committee are still to be "
                                            "entered (Party dues → Rates)."))
    return card


def dues_card():
    # import cycle: the overview page imports this module
    from desktop.ui.pages.overview import OverviewCard

    return OverviewCard("dues", _load, _render, frozenset({Changed.DUES, Changed.MEMBERS}))
