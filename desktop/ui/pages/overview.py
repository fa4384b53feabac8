"""Overview: the branch at a glance, in cards filled from the services on a worker thread.

To add a card (e.g. the four-criteria standing), write an `OverviewCard` in your own module and
append it in `overview_cards()`: `load` runs off the GUI thread and returns plain data, `render`
turns that data into a `Card`, `refresh_on` says which change notices make it reload.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.domain.enums import MeetingKind
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.container import Services
from desktop.services.overview import Overview
from desktop.ui.context import UiContext
from desktop.ui.dues_overview import dues_card
from desktop.ui.evaluation_overview import evaluation_card
from desktop.ui.messages import error_text
from desktop.ui.widgets.card import Card
from desktop.ui.widgets.scaling import scaled_font

COLUMNS = 2


translate = QCoreApplication.translate  # lupdate finds literal translate("Context", "...") calls


@dataclass(frozen=True)
class OverviewCard:
    key: str
    load: Callable[[Services, date], object]
    render: Callable[[object, QWidget], Card]
    refresh_on: frozenset[Changed]
    wide: bool = False  # takes a whole row


# --- the cards ---------------------------------------------------------------------------------


def _load_overview(services: Services, on: date) -> Overview:
    return services.overview.overview(on)


def _members_card(data: Overview, parent: QWidget) -> Card:
    m = data.members
    card = Card(translate("OverviewPage", "Party members"), parent)
    card.add_row(translate("OverviewPage", "Official members"), m.official)
    card.add_row(translate("OverviewPage", "Probationary members"), m.probationary)
    card.add_row(translate("OverviewPage", "Total"), m.total, emphasis=True)
    card.add_row(translate("OverviewPage", "Exempt from activities"), m.exempt)
    card.add_row(translate("OverviewPage", "Attending temporarily elsewhere"),
                 m.attached_elsewhere)
    card.add_row(translate("OverviewPage", "Expected at meetings"), m.expected_at_meetings,
                 emphasis=True)
    on = data.on.strftime("%d/%m/%Y")
    card.set_note(translate("OverviewPage", "Situation on %1.").replace("%1", on))
    return card


def meeting_kind_label(kind: MeetingKind) -> str:
    labels = {
        MeetingKind.REGULAR: translate("OverviewPage", "Regular meetings"),
        MeetingKind.THEMATIC: translate("OverviewPage", "Thematic meetings"),
        MeetingKind.COMBINED: translate("OverviewPage", "Regular and thematic combined"),
        MeetingKind.COMMITTEE: translate("OverviewPage", "Branch committee meetings"),
        MeetingKind.EXTRAORDINARY: translate("OverviewPage", "Extraordinary meetings"),
    }
    return labels[kind]


def _meetings_card(data: Overview, parent: QWidget) -> Card:
    title = translate("OverviewPage", "Meetings held in %1").replace("%1", str(data.on.year))
    card = Card(title, parent)
    for kind in MeetingKind:
        card.add_row(meeting_kind_label(kind), data.meetings_by_kind.get(kind, 0))
    card.add_row(translate("OverviewPage", "Total"), sum(data.meetings_by_kind.values()), emphasis=True)
    return card


def overview_cards() -> list[OverviewCard]:
    """The cards in reading order (left to right, then down)."""
    return [
        OverviewCard("members", _load_overview, _members_card,
                     frozenset({Changed.MEMBERS, Changed.BRANCH})),
        OverviewCard("meetings", _load_overview, _meetings_card, frozenset({Changed.MEETINGS})),
        evaluation_card(),
        dues_card(),
    ]


def overview_cards_with_due() -> list[OverviewCard]:
    """The first steps of a new file, then the due-soon card, full width: they ask for action."""
    # import cycle: it imports the overview page
    from desktop.ui.overview_due import due_card
    from desktop.ui.overview_steps import steps_card

    return [steps_card(), due_card(), *overview_cards()]


# --- the page ----------------------------------------------------------------------------------


def _cells(cards: list[OverviewCard]) -> list[tuple[int, int, int]]:
    """(row, column, column span) of each card in reading order; a wide card takes a row."""
    cells, row, column = [], 0, 0
    for spec in cards:
        if spec.wide:
            if column:
                row, column = row + 1, 0
            cells.append((row, 0, COLUMNS))
            row += 1
            continue
        cells.append((row, column, 1))
        column += 1
        if column == COLUMNS:
            row, column = row + 1, 0
    return cells



class OverviewPage(QWidget):
    # A line that names a record (e.g. a due item) asks the window to open it: page key, id.
    open_record = Signal(str, int, str)  # page key, record id, part of the record ("" or e.g. "tasks")
    # A first step's button asks the window to open its dialog (see desktop.ui.overview_steps).
    start_step = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 cards: list[OverviewCard] | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._cards = cards if cards is not None else overview_cards_with_due()
        self._cells = _cells(self._cards)
        self._clock = ctx.clock
        self._shown: dict[str, Card] = {}
        title = QLabel(self.tr("Overview"), self)
        title.setFont(scaled_font(self, 1.6, bold=True))
        self._grid = QGridLayout()
        self._grid.setSpacing(self.fontMetrics().height())
        for column in range(COLUMNS):
            self._grid.setColumnStretch(column, 1)
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.addWidget(title)
        inner.addLayout(self._grid)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    def card(self, key: str) -> Card | None:
        return self._shown.get(key)

    def refresh(self, keys: set[str] | None = None) -> None:
        today = self._ctx.clock.today()
        services = self._ctx.services
        for index, spec in enumerate(self._cards):
            if keys is not None and spec.key not in keys:
                continue
            self._ctx.runner.query(
                lambda spec=spec: spec.load(services, today),
                on_done=lambda data, i=index, spec=spec: self._show(i, spec, data),
                on_error=lambda exc, i=index, spec=spec: self._show(i, spec, exc),
            )

    def _show(self, index: int, spec: OverviewCard, data: object) -> None:
        if not isValid(self):  # the answer came after another file replaced this page
            return
        if isinstance(data, Exception):
            card = self._error_card(data)
        else:
            card = spec.render(data, self)
        self._place(index, spec, card)

    def _error_card(self, error: Exception) -> Card:
        card = Card(self.tr("These figures could not be read"), self)
        card.set_note(error_text(error))
        return card

    def _place(self, index: int, spec: OverviewCard, card: Card) -> None:
        old = self._shown.pop(spec.key, None)
        if old is not None:
            self._grid.removeWidget(old)
            old.deleteLater()
        self._shown[spec.key] = card
        row, column, span = self._cells[index]
        self._grid.addWidget(card, row, column, 1, span)

    def _on_changed(self, notice: ChangeNotice) -> None:
        keys = {c.key for c in self._cards if any(notice.touches(k) for k in c.refresh_on)}
        if keys:
            self.refresh(keys)
