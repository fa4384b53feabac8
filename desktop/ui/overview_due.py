"""The overview's "due soon" card: what the secretary must act on before the next regular
meeting or within the window (probations ending, badges to propose, transfers, candidates,
exemptions, and the lines of any other `due_sources` module). Each line opens its record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from desktop.domain.due import DueItem
from desktop.services.changes import Changed
from desktop.services.container import Services
from desktop.services.due import DueReport
from desktop.ui.messages import ui_language
from desktop.ui.widgets.card import Card

translate = QCoreApplication.translate
SHOWN = 12  # lines on the card; the rest are counted in the note


def _load(services: Services, on: date) -> DueReport:  # noqa: ARG001 - the service's clock decides
    return services.due.due()


def days_text(left: int) -> str:
    if left == 0:
        return translate("DueCard", "today")
    if left == 1:
        return translate("DueCard", "tomorrow")
    if left > 0:
        return translate("DueCard", "in %1 days").replace("%1", str(left))
    return translate("DueCard", "%1 days late").replace("%1", str(-left))


def _render(report: DueReport, parent: QWidget) -> Card:
    until = report.until.strftime("%d/%m/%Y")
    card = Card(translate("DueCard", "Due soon (until %1)").replace("%1", until), parent)
    for item in report.items[:SHOWN]:
        _add_line(card, report, item, parent)
    if not report.items:
        card.set_note(translate("DueCard", "Nothing is due in this period."))
    elif len(report.items) > SHOWN:
        # the rest on a click, in the card itself: a long list would push the other cards down
        card.note.setTextFormat(Qt.TextFormat.RichText)
        card.note.linkActivated.connect(lambda _link: _show_rest(card, report, parent))
        more = translate("DueCard", "And %1 more: <a href=\"all\">show them all</a>.")
        card.set_note(more.replace("%1", str(len(report.items) - SHOWN)))
    else:
        card.set_note(translate("DueCard", "Click a line to open its record."))
    return card


def _add_line(card: Card, report: DueReport, item: DueItem, parent: QWidget) -> None:
    left = item.days_left(report.today)
    href = f"{item.opens.page}:{item.opens.record_id}:{item.opens.part}" if item.opens else ""
    text = f"{item.due_on:%d/%m} — {item.subject.render(ui_language())}"
    card.add_link_row(text, days_text(left), href, lambda link, p=parent: _open(p, link),
                      alert=left < 0 or item.overdue_flag)


def _show_rest(card: Card, report: DueReport, parent: QWidget) -> None:
    for item in report.items[SHOWN:]:
        _add_line(card, report, item, parent)
    card.note.setTextFormat(Qt.TextFormat.PlainText)
    card.set_note(translate("DueCard", "Click a line to open its record."))


def _open(page: QWidget, link: str) -> None:
    key, _, rest = link.partition(":")
    record, _, part = rest.partition(":")
    signal = getattr(page, "open_record", None)
    if key and record.isdigit() and signal is not None:
        signal.emit(key, int(record), part)


def due_card():
    # import cycle: the overview page imports this module
    from desktop.ui.pages.overview import OverviewCard

    return OverviewCard("due", _load, _render,
                        frozenset({Changed.MEMBERS, Changed.CANDIDATES, Changed.MEETINGS,
                                   Changed.RULEBOOKS, Changed.DUES}), wide=True)
