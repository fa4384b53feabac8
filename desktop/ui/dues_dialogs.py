"""Small dialogs of the dues book: a payment on the public-services portal (amount, receipt,
date), and the reason the branch accepts for a month paid late, early or not at all."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dues import Line, Via
from desktop.ui.widgets.forms import date_edit, new_form, to_date


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(dialog.tr("OK"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class PortalDialog(QDialog):
    """The amount (the amount due by default), the receipt number and the day paid."""

    def __init__(self, line: Line, default_day: date, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Payment on the public-services portal"))
        entry = line.entry
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Comrade %1, dues of %2").replace("%1", line.name)
                                .replace("%2", line.month.label()), self))
        form = new_form()
        amount = entry.amount if entry is not None and entry.amount else line.due.amount
        self.amount = QLineEdit(str(amount) if amount else "", self)
        self.reference = QLineEdit(entry.reference if entry is not None and entry.via is Via.PORTAL else "", self)
        self.reference.setPlaceholderText(self.tr("Receipt number shown by the portal"))
        day = entry.paid_on if entry is not None and entry.paid_on else default_day
        self.day = date_edit(day, self)
        form.addRow(self.tr("Amount (đồng)"), self.amount)
        form.addRow(self.tr("Receipt number"), self.reference)
        form.addRow(self.tr("Paid on"), self.day)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.reference.setFocus()

    def values(self) -> tuple[str, str, date]:
        return self.amount.text(), self.reference.text(), to_date(self.day)


class ReasonDialog(QDialog):
    """Why a month is paid late, early or not at all, as the branch accepted it; an empty reason
    withdraws it."""

    def __init__(self, line: Line, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reason accepted by the branch"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Comrade %1, dues of %2").replace("%1", line.name)
                                .replace("%2", line.month.label()), self))
        self.text = QLineEdit(line.entry.reason if line.entry is not None else "", self)
        self.text.setPlaceholderText(self.tr("e.g. in hospital the whole month"))
        self.text.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        layout.addWidget(self.text)
        hint = QLabel(self.tr("A month left unpaid with an accepted reason does not count among "
                              "the unpaid months that lead to a removal proposal."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(_buttons(self))

    def reason(self) -> str:
        return self.text.text()
