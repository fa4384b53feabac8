"""Create or edit a candidate for admission: every step of the pipeline on one form, dates as
dd/mm/yyyy. Saving with an admission date makes the candidate a probationary member; a refusal
is shown in the dialog, which keeps what was typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Sex
from desktop.services.candidates import CandidateDraft, CandidateRow
from desktop.ui.context import UiContext
from desktop.ui.member_dialog import date_field as _date_field
from desktop.ui.member_dialog import parse_date_text
from desktop.ui.messages import error_text
from desktop.ui.models.member_table import sex_title
from desktop.ui.widgets.forms import new_form

NO_COUNT = -1  # a vote count spin box's "not entered" value


class CandidateDialog(QDialog):
    saved = Signal(object)  # CandidateRow

    def __init__(self, ctx: UiContext, row: CandidateRow | None,
                 officials: list[tuple[int, str]], parent: QWidget):
        super().__init__(parent)
        self._ctx = ctx
        self._id = row.id if row else None
        self.setWindowTitle(self.tr("Candidate for admission") if row else self.tr("New candidate"))
        d = row.draft if row else CandidateDraft("")
        self.name_edit = QLineEdit(d.full_name, self)
        self.birth_edit = _date_field(self, d.birth_date)
        self.sex_combo = QComboBox(self)
        for sex in (None, Sex.MALE, Sex.FEMALE):
            self.sex_combo.addItem(sex_title(sex) or "—", sex)
        self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(d.sex)))
        self.source_edit = QLineEdit(d.source_org, self)
        self.source_edit.setPlaceholderText(self.tr("e.g. the youth union branch of the residential group"))
        self.proposed_edit = _date_field(self, d.proposed_on)
        self.certificate_edit = _date_field(self, d.certificate_on)
        self.introducers = [QComboBox(self), QComboBox(self)]
        for n, combo in enumerate(self.introducers):
            combo.addItem("—", None)
            for member_id, name in officials:
                combo.addItem(name, member_id)
            if n < len(d.introducers):
                combo.setCurrentIndex(max(0, combo.findData(d.introducers[n])))
        self.voted_edit = _date_field(self, d.voted_on)
        self.for_spin, self.against_spin = self._count(d.votes_for), self._count(d.votes_against)
        self.decided_edit = _date_field(self, d.decided_on)
        self.decision_edit = QLineEdit(d.decision_number, self)
        self.admitted_edit = _date_field(self, d.admitted_on)
        self.notes_edit = QPlainTextEdit(d.notes, self)
        self.notes_edit.setMaximumHeight(self.fontMetrics().height() * 4)

        who = QGroupBox(self.tr("Candidate"), self)
        form = new_form(who)
        form.addRow(self.tr("Full name"), self.name_edit)
        form.addRow(self.tr("Date of birth"), self.birth_edit)
        form.addRow(self.tr("Sex"), self.sex_combo)
        form.addRow(self.tr("Proposed by"), self.source_edit)
        form.addRow(self.tr("Date proposed"), self.proposed_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        steps = QGroupBox(self.tr("Steps to admission"), self)
        form = new_form(steps)
        form.addRow(self.tr("Party class certificate"), self.certificate_edit)
        form.addRow(self.tr("First introducer"), self.introducers[0])
        form.addRow(self.tr("Second introducer"), self.introducers[1])
        votes = QHBoxLayout()
        votes.addWidget(self.voted_edit)
        votes.addWidget(QLabel(self.tr("for"), self))
        votes.addWidget(self.for_spin)
        votes.addWidget(QLabel(self.tr("against"), self))
        votes.addWidget(self.against_spin)
        form.addRow(self.tr("Branch vote"), votes)
        form.addRow(self.tr("Superior's decision"), self.decided_edit)
        form.addRow(self.tr("Decision number"), self.decision_edit)
        form.addRow(self.tr("Admission ceremony"), self.admitted_edit)
        hint = QLabel(self.tr("On the ceremony date the candidate becomes a probationary member "
                              "of the branch."), steps)
        hint.setWordWrap(True)
        form.addRow(hint)
        if row is not None and row.vote_base is not None:
            verdict = self.tr("passed") if row.vote_passed else self.tr("not passed")
            form.addRow(QLabel(self.tr("Recorded vote: %1 for out of %2 official members entitled "
                                       "to vote — %3.").replace("%1", str(d.votes_for))
                               .replace("%2", str(row.vote_base)).replace("%3", verdict), steps))
        if row is not None and row.member_id is not None:
            for w in (self.voted_edit, self.for_spin, self.against_spin, self.decided_edit,
                      self.admitted_edit):
                w.setEnabled(False)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addWidget(who, 1)
        columns.addWidget(steps, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(980, 470)

    def _count(self, value: int | None) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(NO_COUNT, 9999)
        spin.setSpecialValueText("—")
        spin.setValue(NO_COUNT if value is None else value)
        return spin

    def draft(self) -> CandidateDraft | None:
        dates: dict[str, date | None] = {}
        for key, edit, label in (
                ("birth_date", self.birth_edit, self.tr("Date of birth")),
                ("proposed_on", self.proposed_edit, self.tr("Date proposed")),
                ("certificate_on", self.certificate_edit, self.tr("Party class certificate")),
                ("voted_on", self.voted_edit, self.tr("Branch vote")),
                ("decided_on", self.decided_edit, self.tr("Superior's decision")),
                ("admitted_on", self.admitted_edit, self.tr("Admission ceremony"))):
            try:
                dates[key] = parse_date_text(edit.text())
            except ValueError:
                self._show(self.tr("%1: “%2” is not a date (dd/mm/yyyy).").replace("%1", label)
                           .replace("%2", edit.text()))
                edit.setFocus()
                return None
        intro = tuple(c.currentData() for c in self.introducers if c.currentData() is not None)
        count = lambda spin: None if spin.value() == NO_COUNT else spin.value()  # noqa: E731
        sex = self.sex_combo.currentData()
        return CandidateDraft(
            self.name_edit.text(), dates["birth_date"], Sex(sex) if sex else None, self.source_edit.text(),
            dates["proposed_on"], dates["certificate_on"], intro, dates["voted_on"],
            count(self.for_spin), count(self.against_spin), dates["decided_on"],
            self.decision_edit.text(), dates["admitted_on"], self.notes_edit.toPlainText())

    def save(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        services, candidate_id = self._ctx.services, self._id
        call = (lambda: services.candidates.create(draft)) if candidate_id is None else (  # noqa: E731
            lambda: services.candidates.update(candidate_id, draft))
        self.save_button.setEnabled(False)
        self._ctx.runner.write(call, on_done=self._saved, on_error=self._refused)

    def _saved(self, result) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(result[0])
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self._show(error_text(error))

    def _show(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


