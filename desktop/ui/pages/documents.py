"""Documents: everything printable for a year — minutes, resolution and attendance sheet of
each meeting, the meeting register, blank commitment and self-review forms — each opened in the
preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.documents.kit import PageSetup
from desktop.domain.adoption import TASK_KINDS
from desktop.domain.enums import MeetingStatus
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.meeting_rows import MeetingRow
from desktop.ui.context import UiContext
from desktop.ui.meeting_texts import kind_title
from desktop.ui.messages import error_text
from desktop.ui.pages.registry import page_title
from desktop.ui.pdf_preview import PdfPreviewDialog


class DocumentsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[MeetingRow] = []
        self.last_dialog: PdfPreviewDialog | None = None

        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue(ctx.clock.today().year)
        self.year.valueChanged.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:"), self))
        top.addWidget(self.year)
        top.addStretch(1)

        meetings = QGroupBox(self.tr("Meetings of the year"), self)
        self.table = QTableWidget(0, 5, meetings)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Minutes no."), self.tr("Resolution no."),
             self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.print_minutes())
        self.empty = QLabel(meetings)
        self.minutes_button = QPushButton(self.tr("Minutes…"), meetings)
        self.resolution_button = QPushButton(self.tr("Resolution…"), meetings)
        self.sheet_button = QPushButton(self.tr("Attendance sheet…"), meetings)
        self.minutes_button.clicked.connect(self.print_minutes)
        self.resolution_button.clicked.connect(self.print_resolution)
        self.sheet_button.clicked.connect(self.print_sheet)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addWidget(self.minutes_button)
        buttons.addWidget(self.resolution_button)
        buttons.addWidget(self.sheet_button)
        box = QVBoxLayout(meetings)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)

        other = QGroupBox(self.tr("Year documents and forms"), self)
        self.register_button = QPushButton(self.tr("Meeting register of the year…"), other)
        self.commitment_button = QPushButton(self.tr("Blank commitment form…"), other)
        self.self_review_button = QPushButton(self.tr("Blank self-review form…"), other)
        self.register_button.clicked.connect(self.print_register)
        self.commitment_button.clicked.connect(self.print_commitment_form)
        self.self_review_button.clicked.connect(self.print_self_review_form)
        row = QHBoxLayout(other)
        for button in (self.register_button, self.commitment_button, self.self_review_button):
            row.addWidget(button)
        row.addStretch(1)
        hint = QLabel(self.tr("Member forms pre-filled with a member's details are printed from "
                              "the page “%1”.").replace("%1", page_title("reviews")), other)
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(meetings, 1)
        layout.addWidget(other)
        layout.addWidget(hint)
        ctx.bus.changed.connect(self._on_changed)
        self._selection_changed()
        self.refresh()

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        year = self.year.value()
        self.empty.setText(self.tr("Loading…"))
        services = self._ctx.services
        self._ctx.runner.query(lambda: services.meetings.list_meetings(year),
                               on_done=lambda rows: self._show(year, rows), on_error=self._failed)

    def _on_changed(self, notice: ChangeNotice) -> None:
        if isValid(self) and (notice.touches(Changed.MEETINGS) or notice.touches(Changed.BRANCH)):
            self.refresh()

    def _failed(self, error: Exception) -> None:
        if isValid(self):
            self.empty.setText(error_text(error))

    def _show(self, year: int, rows: list[MeetingRow]) -> None:
        if not isValid(self) or year != self.year.value():
            return  # the user moved to another year meanwhile
        self._rows = list(rows)
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            status = (self.tr("Adopted") if row.status is MeetingStatus.ADOPTED
                      else self.tr("Draft"))
            cells = (row.date.strftime("%d/%m/%Y"), kind_title(row.kind), row.number or "—",
                     row.resolution_number or "—", status)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty.setText(self.tr("No meeting recorded in %1.").replace("%1", str(year))
                           if not self._rows else "")
        self._selection_changed()

    def selected(self) -> MeetingRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        chosen = row is not None
        self.minutes_button.setEnabled(chosen)
        # A monthly resolution comes from a regular sitting only.
        self.resolution_button.setEnabled(chosen and row.kind in TASK_KINDS)
        self.sheet_button.setEnabled(chosen)

    # -- printing --------------------------------------------------------------------------
    def _setup(self) -> PageSetup:
        return PageSetup.from_settings(self._ctx.settings)

    def _open(self, title: str, build: Callable[[], bytes]) -> PdfPreviewDialog:
        self.last_dialog = PdfPreviewDialog(self, title, build, self._ctx.runner, self._ctx.settings)
        self.last_dialog.open()
        return self.last_dialog

    def _meeting_title(self, what: str, row: MeetingRow) -> str:
        return f"{what} — {kind_title(row.kind)} {row.date.strftime('%d/%m/%Y')}"

    def print_minutes(self) -> None:
        row, services, setup = self.selected(), self._ctx.services, self._setup()
        if row is not None:
            self._open(self._meeting_title(self.tr("Minutes"), row),
                       lambda: services.documents.minutes_pdf(row.id, setup))

    def print_resolution(self) -> None:
        row, services, setup = self.selected(), self._ctx.services, self._setup()
        if row is not None and row.kind in TASK_KINDS:
            self._open(self._meeting_title(self.tr("Resolution"), row),
                       lambda: services.documents.resolution_pdf(row.id, setup))

    def print_sheet(self) -> None:
        row, services, setup = self.selected(), self._ctx.services, self._setup()
        if row is not None:
            self._open(self._meeting_title(self.tr("Attendance sheet"), row),
                       lambda: services.documents.attendance_sheet_pdf(row.id, setup))

    def print_register(self) -> None:
        year, services, setup = self.year.value(), self._ctx.services, self._setup()
        self._open(self.tr("Meeting register %1").replace("%1", str(year)),
                   lambda: services.documents.register_pdf(year, setup))

    def print_commitment_form(self) -> None:
        year, services, setup = self.year.value(), self._ctx.services, self._setup()
        self._open(self.tr("Commitment form %1").replace("%1", str(year)),
                   lambda: services.documents.commitment_form_pdf(None, year, setup))

    def print_self_review_form(self) -> None:
        year, services, setup = self.year.value(), self._ctx.services, self._setup()
        self._open(self.tr("Self-review form %1").replace("%1", str(year)),
                   lambda: services.documents.self_review_form_pdf(None, year, setup))
