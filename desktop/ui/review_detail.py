"""The selected member's review beside the grid: what is recorded, and the buttons to add more."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ReviewStep
from desktop.domain.numbers import number
from desktop.domain.rating import STEP_ORDER
from desktop.domain.review_forms import COMMITMENT_STANDARDS, SELF_REVIEW_TEXT_SECTIONS
from desktop.services.reviews_model import MemberReview, vi_date
from desktop.ui.review_texts import (
    discipline_form_title,
    rating_title,
    reason_text,
    situation_title,
    step_title,
)
from desktop.ui.widgets.scaling import scaled_font


class ReviewDetail(QFrame):
    edit_commitment = Signal()
    edit_self_review = Signal()
    edit_step = Signal(object)  # ReviewStep
    print_commitment = Signal()
    print_self_review = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self, 1.5, bold=True))  # grows with the text size
        self.title.setWordWrap(True)
        self.scope = QLabel(self)
        self.scope.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.scope)

        self.commitment = QLabel(self)
        self.commitment.setWordWrap(True)
        layout.addWidget(self._box(self.tr("Commitment"), self.commitment, [
            (self.tr("Edit commitment…"), self.edit_commitment),
            (self.tr("Print form"), self.print_commitment),
        ]))
        self.self_review = QLabel(self)
        self.self_review.setWordWrap(True)
        layout.addWidget(self._box(self.tr("Self-review"), self.self_review, [
            (self.tr("Edit self-review…"), self.edit_self_review),
            (self.tr("Print form"), self.print_self_review),
        ]))

        steps_box = QGroupBox(self.tr("Rating steps"), self)
        grid = QGridLayout(steps_box)
        self.step_labels: dict[ReviewStep, QLabel] = {}
        for i, step in enumerate(STEP_ORDER):
            grid.addWidget(QLabel(step_title(step), steps_box), i, 0)
            label = QLabel(steps_box)
            label.setWordWrap(True)
            grid.addWidget(label, i, 1)
            button = QPushButton(self.tr("Details…"), steps_box)
            button.clicked.connect(lambda _=False, s=step: self.edit_step.emit(s))
            grid.addWidget(button, i, 2)
            self.step_labels[step] = label
        grid.setColumnStretch(1, 1)
        layout.addWidget(steps_box)

        self.discipline = QLabel(self)
        self.discipline.setWordWrap(True)
        self.discipline.setStyleSheet("color: #b00020;")
        layout.addWidget(self.discipline)
        layout.addStretch(1)
        self.show_review(None)

    def _box(self, title: str, body: QLabel, buttons: list[tuple[str, Signal]]) -> QGroupBox:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        inner.addWidget(body)
        row = QHBoxLayout()
        for text, signal in buttons:
            button = QPushButton(text, box)
            button.clicked.connect(signal.emit)
            row.addWidget(button)
        row.addStretch(1)
        inner.addLayout(row)
        return box

    def show_review(self, review: MemberReview | None) -> None:
        self.setEnabled(review is not None)
        if review is None:
            self.title.setText(self.tr("Select a member in the grid"))
            for label in (self.scope, self.commitment, self.self_review, self.discipline):
                label.clear()
            for label in self.step_labels.values():
                label.clear()
            return
        row = review.row
        self.title.setText(row.full_name)
        self.scope.setText(f"{situation_title(row.situation)} — {reason_text(row.reason)}")
        if row.has_commitment:
            written = sum(1 for s in COMMITMENT_STANDARDS if review.commitment.get(s.code))
            self.commitment.setText(
                self.tr("Signed on %1; %2 of %3 standards written.")
                .replace("%1", vi_date(row.commitment_signed_on) or "—")
                .replace("%2", str(written)).replace("%3", str(len(COMMITMENT_STANDARDS)))
            )
        else:
            self.commitment.setText(self.tr("No commitment recorded."))
        self.self_review.setText(self._self_review_text(review))
        for step, label in self.step_labels.items():
            entry = row.step(step)
            if entry is None:
                label.setText("—")
                continue
            parts = [f"<b>{entry.rating.value}</b>", vi_date(entry.decided_on)]
            if entry.votes_for is not None:
                parts.append(self.tr("for %1, against %2, abstain %3")
                             .replace("%1", str(entry.votes_for))
                             .replace("%2", str(entry.votes_against or 0))
                             .replace("%3", str(entry.abstentions or 0)))
            label.setText(" · ".join(p for p in parts if p))
        self.discipline.setText("<br>".join(
            escape(self.tr("Disciplined: %1, decision %2 of %3 (%4)")
                   .replace("%1", discipline_form_title(d.form)).replace("%2", d.decision_number)
                   .replace("%3", vi_date(d.decided_on)).replace("%4", d.issuing_body))
            for d in row.disciplines
        ))

    def _self_review_text(self, review: MemberReview) -> str:
        row = review.row
        if not row.has_self_review:
            return self.tr("No self-review recorded.")
        written = sum(1 for s in SELF_REVIEW_TEXT_SECTIONS if review.self_review.get(s.code))
        lines = [
            self.tr("Written on %1; %2 of %3 sections written.")
            .replace("%1", vi_date(review.self_review_written_on) or "—")
            .replace("%2", str(written)).replace("%3", str(len(SELF_REVIEW_TEXT_SECTIONS))),
        ]
        if row.self_score is not None:
            lines.append(self.tr("Self score %1, tasks exceeded %2%.")
                         .replace("%1", number(row.self_score))
                         .replace("%2", number(row.tasks_exceeded_pct or 0)))
        if row.proposed_rating is not None:
            lines.append(self.tr("By the rules: %1.").replace("%1", rating_title(row.proposed_rating)))
        own = row.rating(ReviewStep.SELF)
        if own is not None:
            lines.append(self.tr("Member proposes: %1.").replace("%1", rating_title(own)))
        return "\n".join(lines)
