"""The month's totals beside the grid: who paid, what was collected, what goes up, who is behind."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain.dues import Status
from desktop.domain.money import format_dong
from desktop.services.dues_model import MonthView

translate = QCoreApplication.translate
SHOWN_NAMES = 12  # the grid shows them all; the panel names the first few


def totals_html(view: MonthView, _parent: QWidget | None = None) -> str:
    ledger, t = view.ledger, view.ledger.totals
    if ledger.schedule is None:
        return "<b>" + escape(translate("DuesTotals", "No dues schedule applies to %1.").replace(
            "%1", ledger.month.label())) + "</b><br>" + escape(translate(
                "DuesTotals", "Import the superior committee's schedule on the Rates tab."))
    red = "<span style='color:#b00020'>%s</span>"
    lines = [
        "<b>" + escape(translate("DuesTotals", "Month %1").replace("%1", ledger.month.label())) + "</b>",
        escape(translate("DuesTotals", "Paid: %1 of %2 members").replace("%1", str(t.paid))
               .replace("%2", str(t.owing))),
        escape(translate("DuesTotals", "Due: %1").replace("%1", format_dong(t.due))),
        "<b>" + escape(translate("DuesTotals", "Collected: %1").replace("%1", format_dong(t.collected))) + "</b>",
        escape(translate("DuesTotals", "cash %1 · portal %2").replace("%1", format_dong(t.cash))
               .replace("%2", format_dong(t.portal))),
    ]
    if t.unknown:
        lines.append(red % escape(translate("DuesTotals", "%1 members without a computable amount")
                                  .replace("%1", str(t.unknown))))
    if t.short:
        lines.append(escape(translate("DuesTotals", "Paid short: %1 (%2 missing)").replace("%1", str(t.short))
                            .replace("%2", format_dong(t.shortfall))))
    if t.over:
        lines.append(escape(translate("DuesTotals", "Paid more than due: %1 (%2 more, reported)")
                            .replace("%1", str(t.over)).replace("%2", format_dong(t.surplus))))
    lines.append("<br><b>" + escape(translate("DuesTotals", "The superior committee's share")) + "</b>")
    if t.kept is None:
        lines.append(red % escape(translate("DuesTotals", "The share the branch keeps is not entered "
                                                          "(Rates tab).")))
    else:
        lines.append(escape(translate("DuesTotals", "Kept by the branch: %1").replace("%1", format_dong(t.kept))))
        lines.append(escape(translate("DuesTotals", "To remit: %1").replace("%1", format_dong(t.to_remit))))
    lines.append(escape(translate("DuesTotals", "Remitted for this month: %1").replace(
        "%1", format_dong(t.remitted))))
    not_paid = [line.name for line in ledger.lines
                if line.owed and line.paid is None and line.status is not Status.EXCUSED]
    if not_paid:
        lines.append("<br><b>" + escape(translate("DuesTotals", "Not paid yet (%1)").replace(
            "%1", str(len(not_paid)))) + "</b>")
        shown = ", ".join(not_paid[:SHOWN_NAMES])
        if len(not_paid) > SHOWN_NAMES:
            shown += " " + translate("DuesTotals", "and %1 more").replace("%1", str(len(not_paid) - SHOWN_NAMES))
        lines.append(escape(shown))
    behind = [(line.name, view.behind[line.member_id]) for line in ledger.lines
              if view.behind.get(line.member_id)]
    if behind:
        lines.append("<br><b>" + escape(translate("DuesTotals", "Unpaid months this year")) + "</b>")
        lines += [escape(translate("DuesTotals", "%1: %2 months").replace("%1", name).replace("%2", str(n)))
                  for name, n in behind]
    return "<br>".join(lines)
