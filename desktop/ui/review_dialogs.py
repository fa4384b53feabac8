"""Dialogs of the review: the commitment, the self-review (Mẫu 2C) and one rating step.

Each dialog builds a draft; "Save" sends it to the service through the runner and closes only
when the service accepted it, so a refused entry (a disciplined member rated HTTNV…) keeps what
the user typed and shows the reason. Leaving with changes (Esc, Cancel, the close button) asks
whether to save them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Rating, ReviewStep
from desktop.domain.review_forms import COMMITMENT_STANDARDS, SELF_REVIEW_TEXT_SECTIONS
from desktop.services.reviews import CommitmentDraft, SelfReviewDraft, StepDraft
from desktop.services.reviews_model import MemberReview
from desktop.ui.messages import ui_language
from desktop.ui.operations import OperationRunner, user_message
from desktop.ui.review_texts import rating_title, step_title
from desktop.ui.widgets.screen_fit import fit_size
from desktop.ui.widgets.unsaved import GuardedDialog


def _qdate(day: date | None, fallback: date) -> QDate:
    d = day or fallback
    return QDate(d.year, d.month, d.day)


def _pydate(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def rating_combo(parent: QWidget, allow_none: bool) -> QComboBox:
    combo = QComboBox(parent)
    if allow_none:
        combo.addItem(QCoreApplication.translate("ReviewDialog", "(none)"), None)
    for rating in Rating:
        combo.addItem(rating_title(rating), rating)
    return combo


class ServiceDialog(GuardedDialog):
    def __init__(self, parent: QWidget, runner: OperationRunner, save: Callable[[object], object]):
        super().__init__(parent)
        self._runner, self._save = runner, save
        self._initial: object = None
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        self._initial = self.draft()  # what "no changes" means for the way out

    def has_changes(self) -> bool:
        return self.draft() != self._initial

    def _add_sections(self, sections, texts: dict[str, str], height: int) -> dict[str, QPlainTextEdit]:  # noqa: ANN001
        """A scrolling list of numbered headings, each with its text box; returns code → box."""
        body = QWidget(self)
        inner = QFormLayout(body)
        edits: dict[str, QPlainTextEdit] = {}
        for section in sections:
            edit = QPlainTextEdit(texts.get(section.code, ""), body)
            edit.setMinimumHeight(height)
            edit.setTabChangesFocus(True)
            title = QLabel(f"{section.number}. {section.title.render(ui_language())}", body)
            title.setWordWrap(True)
            inner.addRow(title)
            inner.addRow(edit)
            edits[section.code] = edit
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.layout_.addWidget(scroll)
        return edits

    def save(self) -> None:
        self.buttons.setEnabled(False)
        draft = self.draft()  # each dialog below builds its own draft
        self._runner.write(lambda: self._save(draft), on_done=lambda _r: self.accept(),
                           on_error=self._refused)

    def _refused(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(user_message(error))
        self.error.show()


class CommitmentDialog(ServiceDialog):
    """The five standards of QĐ 144-QĐ/TW as headings, free text under each, and the date."""

    def __init__(self, parent, runner, save, review: MemberReview):
        super().__init__(parent, runner, save)
        self._review = review
        self.setWindowTitle(self.tr("Commitment %1 — %2").replace("%1", str(review.year))
                            .replace("%2", review.row.full_name))
        self.signed_on = QDateEdit(_qdate(review.row.commitment_signed_on, date(review.year, 1, 15)), self)
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDisplayFormat("dd/MM/yyyy")
        self.form.addRow(self.tr("Signed on"), self.signed_on)
        self.texts = self._add_sections(COMMITMENT_STANDARDS, review.commitment, 70)
        self.finish_layout()
        self.resize(720, 640)

    def draft(self) -> CommitmentDraft:
        return CommitmentDraft(
            self._review.row.member_id, self._review.year, _pydate(self.signed_on),
            {code: edit.toPlainText() for code, edit in self.texts.items()},
        )


class SelfReviewDialog(ServiceDialog):
    """Mẫu 2C sections, the self score, the share of tasks exceeded and the member's proposal.

    `propose(score, pct)` asks the service what the rules give (a query: the year's rules are
    read from the file); it is shown beside the member's own proposal, which may differ and is
    stored as the member wrote it.
    """

    def __init__(self, parent, runner, save, review: MemberReview,
                 propose: Callable[[float, float], Rating | None]):
        super().__init__(parent, runner, save)
        self._review, self._propose = review, propose
        row = review.row
        self.setWindowTitle(self.tr("Self-review %1 — %2").replace("%1", str(review.year))
                            .replace("%2", row.full_name))
        self.written_on = QDateEdit(_qdate(review.self_review_written_on, date(review.year, 12, 1)), self)
        self.written_on.setCalendarPopup(True)
        self.written_on.setDisplayFormat("dd/MM/yyyy")
        self.score = QDoubleSpinBox(self)
        self.score.setRange(0, 100)
        self.score.setDecimals(1)
        self.score.setSpecialValueText("—")  # 0 means "no score written yet"
        self.score.setValue(row.self_score or 0)
        self.exceeded = QDoubleSpinBox(self)
        self.exceeded.setRange(0, 100)
        self.exceeded.setDecimals(0)
        self.exceeded.setSuffix(" %")
        self.exceeded.setValue(row.tasks_exceeded_pct or 0)
        self.by_rules = QLabel(self)
        self.own = rating_combo(self, allow_none=True)
        own = row.rating(ReviewStep.SELF)
        self.own.setCurrentIndex(max(self.own.findData(own), 0))
        self.form.addRow(self.tr("Written on"), self.written_on)
        self.form.addRow(self.tr("Self score (of 100)"), self.score)
        self.form.addRow(self.tr("Tasks exceeded"), self.exceeded)
        self.form.addRow(self.tr("Rating by the rules"), self.by_rules)
        self.form.addRow(self.tr("Member's own proposal"), self.own)
        self.score.valueChanged.connect(self._update_proposal)
        self.exceeded.valueChanged.connect(self._update_proposal)
        self._update_proposal()
        self.texts = self._add_sections(SELF_REVIEW_TEXT_SECTIONS, review.self_review, 60)
        self.finish_layout()
        fit_size(self, 720, 720)  # never under the taskbar

    def _score(self) -> float | None:
        return self.score.value() or None

    def _update_proposal(self) -> None:
        asked = (self._score(), self.exceeded.value())
        if asked[0] is None:
            self.by_rules.setText("")
            return
        propose = self._propose
        self._runner.query(lambda: (asked, propose(*asked)), on_done=self._show_proposal)

    def _show_proposal(self, answer: tuple[tuple[float, float], Rating | None]) -> None:
        asked, rating = answer
        if asked == (self._score(), self.exceeded.value()):  # not an answer to older values
            self.by_rules.setText(rating_title(rating) if rating else "")

    def draft(self) -> SelfReviewDraft:
        return SelfReviewDraft(
            self._review.row.member_id, self._review.year, _pydate(self.written_on),
            {code: edit.toPlainText() for code, edit in self.texts.items()},
            self._score(), self.exceeded.value(), self.own.currentData(),
        )


class StepDialog(ServiceDialog):
    """One step in full: rating, date, score, the vote (for / against / abstain) and a note."""

    def __init__(self, parent, runner, save, review: MemberReview, step: ReviewStep):
        super().__init__(parent, runner, save)
        self._review, self._step = review, step
        entry = review.row.step(step)
        self.setWindowTitle(f"{step_title(step)} — {review.row.full_name}")
        self.rating = rating_combo(self, allow_none=False)
        self.rating.setCurrentIndex(max(self.rating.findData(entry.rating if entry else Rating.HTTNV), 0))
        self.decided_on = QDateEdit(_qdate(entry.decided_on if entry else None,
                                           date(review.year, 12, 15)), self)
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat("dd/MM/yyyy")
        self.score = QDoubleSpinBox(self)
        self.score.setRange(0, 100)
        self.score.setDecimals(1)
        self.score.setSpecialValueText("—")  # 0 means "no score"
        self.score.setValue(entry.score if entry and entry.score is not None else 0)
        self.votes = [QSpinBox(self) for _ in range(3)]
        for spin, value in zip(self.votes, (entry.votes_for, entry.votes_against, entry.abstentions)
                               if entry else (0, 0, 0)):
            spin.setRange(0, 9999)
            spin.setValue(value or 0)
        self.note = QLineEdit(entry.note if entry else "", self)
        self.form.addRow(self.tr("Rating"), self.rating)
        self.form.addRow(self.tr("Date"), self.decided_on)
        self.form.addRow(self.tr("Score"), self.score)
        if step is not ReviewStep.SELF:
            self.form.addRow(self.tr("Votes for"), self.votes[0])
            self.form.addRow(self.tr("Votes against"), self.votes[1])
            self.form.addRow(self.tr("Abstentions"), self.votes[2])
        self.form.addRow(self.tr("Note"), self.note)
        self.finish_layout()

    def draft(self) -> StepDraft:
        votes = [None, None, None] if self._step is ReviewStep.SELF else [v.value() for v in self.votes]
        return StepDraft(
            self._review.row.member_id, self._review.year, self._step, self.rating.currentData(),
            _pydate(self.decided_on), self.score.value() or None, *votes, note=self.note.text(),
        )
