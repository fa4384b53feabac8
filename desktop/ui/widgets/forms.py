"""Form helpers: a form layout that wraps instead of clipping at large text, date fields in the
Vietnamese day/month/year order, and a path field with a Browse button."""

from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

DATE_FORMAT = "dd/MM/yyyy"


def new_form(parent: QWidget | None = None) -> QFormLayout:
    """A form whose long labels wrap above their field rather than squeezing it (150% text)."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def date_edit(value: date, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def to_date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def set_date(edit: QDateEdit, value: date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


class PathKind(Enum):
    FOLDER = "folder"
    OPEN_FILE = "open_file"
    SAVE_FILE = "save_file"


class PathPicker(QWidget):
    """A line edit holding a path, with a "Browse…" button that opens the right dialog."""

    def __init__(self, kind: PathKind, path: str = "", file_filter: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._kind = kind
        self._filter = file_filter
        self.edit = QLineEdit(path, self)
        self.edit.setClearButtonEnabled(True)
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)

    def path(self) -> str:
        return self.edit.text().strip()

    def set_path(self, path: str) -> None:
        self.edit.setText(path)

    def _choose(self) -> None:
        # only when a file is chosen
        from desktop.ui.file_dialogs import documents_folder

        start = self.path() or str(documents_folder())  # never the program's own folder
        if self._kind is PathKind.FOLDER:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), start)
        elif self._kind is PathKind.OPEN_FILE:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), start,
                                                    self._filter)
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), start, self._filter)
        if chosen:
            self.edit.setText(chosen)
