"""The overview's first card on a new file: four first steps, each a button that opens the right
dialog and ticks itself when the data shows it done (never remembered). Gone once all are done.

Steps: the branch profile → members (by hand or from Excel) → the signing key → the first
meeting. The buttons ask the window through the page's `start_step(str)` signal.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services.changes import Changed
from desktop.services.container import Services
from desktop.services.first_steps import FirstSteps
from desktop.ui.widgets.card import Card
from desktop.ui.widgets.scaling import scaled_font

translate = QCoreApplication.translate  # lupdate finds literal translate("Context", "...") calls

# Step keys, as the window's `start_step` knows them.
PROFILE, MEMBERS, IMPORT, KEY, MEETING = "profile", "members", "import", "key", "meeting"
TICKED, UNTICKED = "✓", "○"


def _load(services: Services, on: date) -> FirstSteps:  # noqa: ARG001 - not a dated figure
    return services.first_steps.state()


class StepsCard(Card):
    def __init__(self, steps: FirstSteps, parent: QWidget):
        super().__init__(translate("FirstSteps", "Getting started: %1 of 4 steps done")
                         .replace("%1", str(steps.done)), parent)
        self.steps = steps
        self.buttons: dict[str, QPushButton] = {}
        self.marks: list[QLabel] = []
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        self.layout().insertLayout(1, grid)
        rows = (
            (steps.profile_complete, translate("FirstSteps", "1. The branch's profile: name, code, "
                                               "superior committee, place name on documents"),
             ((PROFILE, translate("FirstSteps", "Branch profile…")),)),
            (steps.members > 0, translate("FirstSteps", "2. The members: one by one, or the whole "
                                          "list from an Excel file"),
             ((MEMBERS, translate("FirstSteps", "Add a member…")),
              (IMPORT, translate("FirstSteps", "Import from Excel…")))),
            (steps.has_key, translate("FirstSteps", "3. The signing key, which signs the year's "
                                      "package for the superior committee"),
             ((KEY, translate("FirstSteps", "Make the signing key…")),)),
            (steps.meetings > 0, translate("FirstSteps", "4. The first meeting: a regular meeting "
                                           "of the branch or a committee meeting"),
             ((MEETING, translate("FirstSteps", "New meeting…")),)),
        )
        for row, (done, text, actions) in enumerate(rows):
            mark = QLabel(TICKED if done else UNTICKED, self)
            mark.setFont(scaled_font(self, 1.3, bold=True))
            mark.setStyleSheet("color: #2e7d32;" if done else "color: palette(dark);")
            self.marks.append(mark)
            label = QLabel(text, self)
            label.setWordWrap(True)
            if done:
                label.setStyleSheet("color: palette(dark);")
            buttons = QHBoxLayout()
            for key, caption in actions:
                button = QPushButton(caption, self)
                button.clicked.connect(lambda _=False, key=key: _start(parent, key))
                buttons.addWidget(button)
                self.buttons[key] = button
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            grid.addLayout(buttons, row, 2)
        self.set_note(translate("FirstSteps", "Each step ticks itself once it is done. The guide "
                                "(Help → Guide) explains every page."))

    def done_steps(self) -> list[bool]:
        return [mark.text() == TICKED for mark in self.marks]


def _render(steps: FirstSteps, parent: QWidget) -> Card:
    card = StepsCard(steps, parent)
    if steps.all_done:  # a file already in use needs no first steps
        card.hide()  # (never an explicit show: the page's layout shows its cards when placed)
    return card


def _start(page: QWidget, key: str) -> None:
    signal = getattr(page, "start_step", None)
    if signal is not None:
        signal.emit(key)


def steps_card():
    # import cycle: the overview page imports this module
    from desktop.ui.pages.overview import OverviewCard

    return OverviewCard("first_steps", _load, _render,
                        frozenset({Changed.BRANCH, Changed.MEMBERS, Changed.KEYS, Changed.MEETINGS}),
                        wide=True)
