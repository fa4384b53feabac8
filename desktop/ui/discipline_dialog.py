"""Record a discipline decision: member, form, decision number and date, issuing body, reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from desktop.domain.enums import DisciplineForm
from desktop.services.discipline import DisciplineDraft
from desktop.ui.review_dialogs import ServiceDialog
from desktop.ui.review_texts import discipline_form_title


class DisciplineDialog(ServiceDialog):
    def __init__(self, parent, runner, save, members: list[tuple[int, str]], year: int,
                 issuing_body: str = "", *, today: date):
        super().__init__(parent, runner, save)
        self.setWindowTitle(self.tr("Discipline decision"))
        self.member = QComboBox(self)
        for member_id, name in members:
            self.member.addItem(name, member_id)
        self.form_ = QComboBox(self)
        for form in DisciplineForm:
            self.form_.addItem(discipline_form_title(form), form)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText("15-QĐ/ĐU")
        day = today if today.year == year else date(year, 6, 30)
        self.decided_on = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat("dd/MM/yyyy")
        self.body = QLineEdit(issuing_body, self)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.prohibitions = QCheckBox(
            self.tr("Broke the rules on what members must not do (vetoes criterion 3)"), self)
        self.form.addRow(self.tr("Member"), self.member)
        self.form.addRow(self.tr("Form"), self.form_)
        self.form.addRow(self.tr("Decision number"), self.number)
        self.form.addRow(self.tr("Decided on"), self.decided_on)
        self.form.addRow(self.tr("Issuing body"), self.body)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.prohibitions)
        self.finish_layout()
        self.resize(560, 380)

    def draft(self) -> DisciplineDraft:
        q = self.decided_on.date()
        return DisciplineDraft(
            member_id=self.member.currentData(),
            form=self.form_.currentData(),
            decision_number=self.number.text(),
            decided_on=date(q.year(), q.month(), q.day()),
            issuing_body=self.body.text(),
            reason=self.reason.toPlainText(),
            breaks_prohibitions=self.prohibitions.isChecked(),
        )
