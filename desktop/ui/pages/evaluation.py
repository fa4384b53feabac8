"""The branch's self-evaluation ("Chi bộ 4 tốt", or the model of the year's rulebook): one card
per criterion with its progress toward the pass line, the components and their evidence beside
what is missing (what fails the verdict apart from what is short of full marks), manual scores,
the year's rulebook with its SHA-256, and the import of a superior committee's rulebook.
Live: reloads on change notices. Sentences come from the service (Vietnamese, like documents).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.numbers import number
from desktop.domain.rulebook import PassRule
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.evaluation import EvaluationReport
from desktop.services.output_file import write_output
from desktop.ui.context import UiContext
from desktop.ui.evaluation_cards import CriterionCard
from desktop.ui.evaluation_detail import CriterionDetail
from desktop.ui.evaluation_dialogs import ManualScoreDialog, RulebookDialog
from desktop.ui.evaluation_gaps import GapList
from desktop.ui.evaluation_targets import TargetsDialog
from desktop.ui.file_dialogs import open_file_name, save_file_name
from desktop.ui.messages import error_text, ui_language
from desktop.ui.operations import user_message
from desktop.ui.widgets.scaling import scaled_font

CARD_COLUMNS = 4
REFRESH_ON = (Changed.MEETINGS, Changed.MEMBERS, Changed.REVIEWS, Changed.EVALUATION, Changed.RULEBOOKS,
              Changed.THEMATIC_PLAN)


class EvaluationPage(QWidget):
    open_meeting = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._this_year = ctx.clock.today().year
        self.report: EvaluationReport | None = None
        self._selected = 1
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(self._this_year)
        self.year.valueChanged.connect(self.reload)
        self.rulebook = QLabel(self)
        self.rulebook.setWordWrap(True)
        self.rulebook.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = QPushButton(self.tr("Change rulebook…"), self)
        self.change_button.clicked.connect(self._change_rulebook)
        self.import_button = QPushButton(self.tr("Import a superior committee's rulebook…"), self)
        self.import_button.clicked.connect(self._import_rulebook)
        self.pdf_button = QPushButton(self.tr("Save report as PDF…"), self)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.targets_button = QPushButton(self.tr("Targets of the year's resolution…"), self)
        self.targets_button.clicked.connect(self.open_targets)
        self.verdict = QLabel(self)
        self.verdict.setFont(scaled_font(self, 1.3, bold=True))
        self.verdict.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.cards_box = QGridLayout()
        self.cards: list[CriterionCard] = []
        self.detail = CriterionDetail(self)
        self.detail.open_meeting.connect(self.open_meeting)
        self.detail.enter_score.connect(self._enter_score)
        self.gaps = GapList(self)
        self.gaps.chosen.connect(self._show_gap)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year"), self))
        bar.addWidget(self.year)
        bar.addSpacing(16)
        bar.addWidget(self.rulebook, 1)
        # The actions get a row of their own: beside the rulebook they widen the window at 150%.
        actions = QHBoxLayout()
        for button in (self.targets_button, self.change_button, self.import_button, self.pdf_button):
            actions.addWidget(button)
        actions.addStretch(1)
        # What is missing gets the whole height beside the criterion's detail: a year in progress
        # easily has fifteen lines, which a strip under the detail cut to three.
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.setChildrenCollapsible(False)
        lower.addWidget(self.detail)
        box = QWidget(lower)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(QLabel("<b>" + self.tr("What is missing") + "</b>", box))
        box_layout.addWidget(self.gaps, 1)
        lower.addWidget(box)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.verdict)
        layout.addWidget(self.state)
        layout.addLayout(self.cards_box)
        layout.addWidget(lower, 1)
        ctx.bus.changed.connect(self._on_changed)
        # Open on the year being worked on (last year until its package is sent).
        services = ctx.services
        ctx.runner.query(lambda: services.evaluation.focus_year(), on_done=self._focus)

    def _focus(self, year: int) -> None:
        if self.year.value() != self._this_year:
            return  # the user already chose a year
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)
        self.reload()

    # --- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        year = self.year.value()
        services = self._ctx.services
        self._ctx.runner.query(lambda: services.evaluation.evaluate(year), on_done=self._show,
                               on_error=self._failed)

    def _on_changed(self, notice: ChangeNotice) -> None:
        if any(notice.touches(kind) for kind in REFRESH_ON):
            self.reload()

    def _failed(self, error: Exception) -> None:
        self.verdict.setText(user_message(error))

    def _show(self, report: EvaluationReport) -> None:
        if report.year != self.year.value():
            return  # an older answer for another year
        self.report = report
        r, info = report.result, report.rulebook
        sample = " — " + self.tr("sample, not an official document") if info.sample else ""
        self.rulebook.setText(self.tr("Rulebook: %1, version %2%3<br><small>SHA-256 %4</small>")
                              .replace("%1", info.name).replace("%2", info.version).replace("%3", sample)
                              .replace("%4", info.sha256))
        self.change_button.setEnabled(not report.locked)
        self.verdict.setText(r.verdict.render(ui_language()))
        self.verdict.setStyleSheet(f"color: {'#2e7d32' if r.reached else '#b00020'};")
        rule = (self.tr("each component must reach %1% of its points") if r.pass_rule is PassRule.EACH_COMPONENT
                else self.tr("each criterion's total must reach %1% of its points")).replace("%1", number(r.threshold * 100, 1))
        when = (self.tr("Year in progress, as of %1.").replace("%1", report.as_of.strftime("%d/%m/%Y"))
                if report.in_progress else self.tr("Whole year."))
        drafts = (" " + self.tr("Counted though not adopted yet: %1.").replace("%1", "; ".join(report.drafts))
                  if report.drafts else "")
        label = self.tr("Pass rule:")
        self.state.setText(f"{when} {label} {rule}.{drafts}")
        self._build_cards(report)
        self._select(self._selected if any(c.number == self._selected for c in r.criteria) else r.criteria[0].number)
        self.gaps.show_result(r)

    def _build_cards(self, report: EvaluationReport) -> None:
        r = report.result
        while len(self.cards) < len(r.criteria):
            card = CriterionCard(self)
            card.clicked.connect(self._select)
            self.cards.append(card)
        for i, card in enumerate(self.cards):
            card.setVisible(i < len(r.criteria))
            if i < len(r.criteria):
                self.cards_box.addWidget(card, i // CARD_COLUMNS, i % CARD_COLUMNS)
                card.show_result(r.criteria[i], r.threshold, r.pass_rule is PassRule.EACH_COMPONENT)

    def _show_gap(self, criterion: int, code: str) -> None:
        if self.report is not None and any(c.number == criterion for c in self.report.result.criteria):
            self._select(criterion, code)

    def _select(self, number: int, code: str | None = None) -> None:
        if self.report is None:
            return
        keep = code or (self.detail.current_code() if number == self._selected else None)
        self._selected = number
        for card in self.cards:
            card.set_selected(card.number == number and card.isVisible())
        crit = next(c for c in self.report.result.criteria if c.number == number)
        self.detail.show_criterion(crit, keep)

    # --- actions -----------------------------------------------------------------------------
    def _enter_score(self, code: str) -> None:
        if self.report is None:
            return
        comp = next(c for crit in self.report.result.criteria for c in crit.components if c.code == code)
        ManualScoreDialog(self._ctx, self.report.year, comp, self).open()

    def open_targets(self) -> TargetsDialog:
        """Chỉ tiêu nghị quyết năm (1.2) and the admission target (4.5); saving broadcasts
        EVALUATION, which reloads this page."""
        locked = bool(self.report and self.report.locked)
        self.targets_dialog = TargetsDialog(self._ctx, self.year.value(), self, locked=locked)
        self.targets_dialog.open()
        return self.targets_dialog

    def _change_rulebook(self) -> None:
        if self.report is None:
            return
        year, current = self.report.year, self.report.rulebook.id
        services = self._ctx.services
        self._ctx.runner.query(lambda: services.rulebooks.list_rulebooks(),
                               on_done=lambda books: RulebookDialog(self._ctx, year, current, books, self).open())

    def _import_rulebook(self) -> None:
        path = open_file_name(self, self._ctx.settings, self.tr("Import a rulebook"),
                              self.tr("Rulebooks (*.toml)"))
        if path:
            self.import_path(path)

    def _save_pdf(self) -> None:
        if self.report is None:
            return
        name = f"Bao cao tu danh gia {self.report.year}.pdf"
        path = save_file_name(self, self._ctx.settings, self.tr("Save report as PDF"), name,
                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str) -> None:
        # ReportLab: only when a PDF is saved
        from desktop.services.evaluation_pdf import evaluation_pdf

        db, year, clock = self._ctx.services.db, self.year.value(), self._ctx.clock

        def write() -> str:
            write_output(Path(path), evaluation_pdf(db, year, clock=clock))
            return path

        self._ctx.runner.query(write, on_done=lambda p: self._message(
            QMessageBox.Icon.Information, self.tr("Report saved"), p), on_error=lambda error: self._message(
            QMessageBox.Icon.Warning, self.tr("Report not saved"), error_text(error)))

    def import_path(self, path: str) -> None:
        services = self._ctx.services
        self._ctx.runner.write(lambda: services.rulebooks.import_file(path), on_done=self._imported,
                               on_error=self._import_failed)

    def _imported(self, result) -> None:
        info = result[0]
        self._message(QMessageBox.Icon.Information, self.tr("Rulebook imported"),
                      self.tr("%1, version %2\nSHA-256 %3\n\nUse “Change rulebook…” to evaluate a year under it.").replace("%1", info.name).replace("%2", info.version)
                      .replace("%3", info.sha256))

    def _import_failed(self, error: Exception) -> None:
        self._message(QMessageBox.Icon.Warning, self.tr("Rulebook not imported"), user_message(error))

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        # Window-modal and non-blocking: the page stays live behind it.
        self.message = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        self.message.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        self.message.open()
