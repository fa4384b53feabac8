"""The branch profile fields, shared by the first-run screen and the Settings dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.services.branch_profile import BranchProfile
from desktop.ui.widgets.forms import date_edit, new_form, set_date, to_date


class BranchProfileForm(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Residential group no. 5 party branch"))
        self.code = QLineEdit(self)
        self.superior_committee = QLineEdit(self)
        self.superior_committee.setPlaceholderText(self.tr("e.g. Party committee of Ba Đình ward"))
        self.place_name = QLineEdit(self)
        self.place_name.setPlaceholderText(self.tr("e.g. Ba Đình (written before document dates)"))
        # A party committee term is five years (e.g. 2025–2030): suggested from this year.
        self.term_start = date_edit(date(today.year, 1, 1), self)
        self.term_end = date_edit(date(today.year + 5, 12, 31), self)
        form = self.form = new_form(self)  # callers may add rows (e.g. where to save the file)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Branch name:"), self.name)
        form.addRow(self.tr("Branch code:"), self.code)
        form.addRow(self.tr("Superior party committee:"), self.superior_committee)
        form.addRow(self.tr("Place name on documents:"), self.place_name)
        form.addRow(self.tr("Term starts:"), self.term_start)
        form.addRow(self.tr("Term ends:"), self.term_end)

    def profile(self, mode: str) -> BranchProfile:
        return BranchProfile(
            name=self.name.text(),
            code=self.code.text(),
            superior_committee=self.superior_committee.text(),
            place_name=self.place_name.text(),
            term_start=to_date(self.term_start),
            term_end=to_date(self.term_end),
            mode=mode,
        )

    def set_profile(self, profile: BranchProfile) -> None:
        self.name.setText(profile.name)
        self.code.setText(profile.code)
        self.superior_committee.setText(profile.superior_committee)
        self.place_name.setText(profile.place_name)
        if profile.term_start is not None:  # else the suggested term stays
            set_date(self.term_start, profile.term_start)
        if profile.term_end is not None:
            set_date(self.term_end, profile.term_end)

    def focus_field(self, field: str | None) -> None:
        """Put the cursor on the field a UserError named."""
        widget = getattr(self, field, None) if field else None
        if isinstance(widget, QWidget):
            widget.setFocus()
