"""The welcome screen: create a branch file, open an existing one, or open the demo branch.

Shown at first run (no file given, none remembered) and again by File → New…. It only asks;
the main window does the opening, off the GUI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.branch_profile import BranchProfile
from desktop.settings import Settings
from desktop.ui.widgets.forms import PathKind, PathPicker
from desktop.ui.widgets.profile_form import BranchProfileForm
from desktop.ui.widgets.scaling import scaled_font

DATA_FILTER = "*.sqlite"


def free_file_name(folder: Path, stem: str = "chibo") -> Path:
    """`folder/chibo.sqlite`, or chibo-2, chibo-3… so a new file never lands on an old one."""
    candidate, n = folder / f"{stem}.sqlite", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}.sqlite"
    return candidate


class FirstRunPage(QWidget):
    create_requested = Signal(object, object, object)  # Path, BranchProfile, FileSecret | None
    open_requested = Signal()
    demo_requested = Signal()
    back_requested = Signal()

    def __init__(self, settings: Settings, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self._today = today  # the new branch's term is suggested from this year
        content = QWidget(self)
        content.setMaximumWidth(self.fontMetrics().height() * 48)  # a readable line length
        column = QVBoxLayout(content)

        title = QLabel(self.tr("Welcome to Sổ Chi bộ"), content)
        title.setFont(scaled_font(self, 1.8, bold=True))
        intro = QLabel(self.tr(
            "The electronic record book of a party branch: members, meetings, reviews and "
            "reports, kept in one file on this computer. Create your branch's file, open one "
            "you already have, or look around in a demo branch first."), content)
        intro.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(intro)

        column.addWidget(self._mode_box(content))
        column.addWidget(self._create_box(content))

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open an existing file…"), content)
        self.demo_button = QPushButton(self.tr("Open the demo branch"), content)
        self.back_button = QPushButton(self.tr("Back to the open file"), content)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.hide()
        for button in (self.open_button, self.demo_button, self.back_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget(scroll)
        centre = QHBoxLayout(holder)
        centre.addStretch(1)  # the column grows up to its maximum width, then stays centred
        centre.addWidget(content, 10)
        centre.addStretch(1)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _mode_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Who will use this file?"), parent)
        self.branch_mode = QRadioButton(
            self.tr("Branch secretary: keep the branch's record and send reports up"), box)
        self.inbox_mode = QRadioButton(
            self.tr("Superior party committee: receive and check the branches' reports"), box)
        self.branch_mode.setChecked(True)
        self._modes = QButtonGroup(box)
        self._modes.addButton(self.branch_mode)
        self._modes.addButton(self.inbox_mode)
        layout = QVBoxLayout(box)
        layout.addWidget(self.branch_mode)
        layout.addWidget(self.inbox_mode)
        return box

    def _create_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Create a new file"), parent)
        layout = QVBoxLayout(box)
        self.profile_form = BranchProfileForm(self._today, box)
        layout.addWidget(self.profile_form)
        self.file_picker = PathPicker(PathKind.SAVE_FILE, "", self.tr("Sổ Chi bộ data (%1)").replace(
            "%1", DATA_FILTER), box)
        self.profile_form.form.addRow(self.tr("Save the file as:"), self.file_picker)
        # only when a new file is made
        from desktop.ui.new_file_protection import ProtectionChoice

        self.protection = ProtectionChoice(box)
        layout.addWidget(self.protection)
        self.protection_error = QLabel(box)
        self.protection_error.setStyleSheet("color: #b00020")
        self.protection_error.setWordWrap(True)
        self.protection_error.hide()
        for edit in (self.protection.passphrase, self.protection.repeat):
            edit.textEdited.connect(self.protection_error.hide)
        layout.addWidget(self.protection_error)
        self.create_button = QPushButton(self.tr("Create the file and start"), box)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        return box

    # --- state -----------------------------------------------------------------------------

    def prepare(self, suggested: Path | None = None, has_open_file: bool = False) -> None:
        """Reset for showing: a free file name in the data folder unless one is suggested."""
        path = suggested or free_file_name(self._settings.data_path())
        self.file_picker.set_path(str(path))
        self.back_button.setVisible(has_open_file)

    def mode(self) -> str:
        return "inbox" if self.inbox_mode.isChecked() else "branch"

    def set_busy(self, busy: bool) -> None:
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setEnabled(not busy)

    def _create(self) -> None:
        from desktop.services.errors import UserError  # not at the first paint

        profile: BranchProfile = self.profile_form.profile(self.mode())
        try:
            secret = self.protection.secret()
        except UserError as exc:  # too short, or typed differently twice
            self.protection_error.setText(exc.message)
            self.protection_error.show()
            self.protection.passphrase.setFocus()
            return
        self.protection_error.hide()
        self.create_requested.emit(Path(self.file_picker.path()), profile, secret)
