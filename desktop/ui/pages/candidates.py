"""Admissions and badges: the candidates in the admission pipeline with their stage (one list),
and the members reaching a party badge milestone at the year's ceremony dates, to print and
send to the superior committee. Every read and write goes through the runner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.candidates import CandidateStage
from desktop.services.badges import BadgeList
from desktop.services.candidates import CandidateRow
from desktop.services.changes import Changed, ChangeNotice
from desktop.ui.candidate_dialog import CandidateDialog
from desktop.ui.context import UiContext
from desktop.ui.messages import error_text
from desktop.ui.models.member_table import date_text
from desktop.ui.messages import ui_language
from desktop.ui.pdf_preview import PdfPreviewDialog
from desktop.ui.widgets.scaling import scaled_font

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def stage_title(stage: CandidateStage) -> str:
    return {
        CandidateStage.PROPOSED: translate("CandidatesPage", "Proposed"),
        CandidateStage.CLASS_DONE: translate("CandidatesPage", "Party class done"),
        CandidateStage.INTRODUCED: translate("CandidatesPage", "Introduced, waiting for the vote"),
        CandidateStage.VOTED: translate("CandidatesPage", "Voted, waiting for the decision"),
        CandidateStage.DECIDED: translate("CandidatesPage", "Decided, ceremony to hold"),
        CandidateStage.ADMITTED: translate("CandidatesPage", "Admitted"),
        CandidateStage.NOT_PASSED: translate("CandidatesPage", "Vote did not pass"),
    }[stage]


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[int]) -> None:
    table.setRowCount(len(rows))
    for r, (cells, record_id) in enumerate(zip(rows, ids)):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, record_id)
            table.setItem(r, c, item)


class CandidatesPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._clock = ctx.clock
        self.dialog: QWidget | None = None
        title = QLabel(self.tr("Admissions and party badges"), self)
        title.setFont(scaled_font(self, 1.6, bold=True))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._candidates_tab(), self.tr("Candidates for admission"))
        self.tabs.addTab(self._badges_tab(), self.tr("Party badges"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    # -- candidates ----------------------------------------------------------------------------
    def _candidates_tab(self) -> QWidget:
        tab = QWidget(self)
        self.new_button = QPushButton(self.tr("New candidate"), tab)
        self.edit_button = QPushButton(self.tr("Open"), tab)
        self.remove_button = QPushButton(self.tr("Remove…"), tab)
        self.remove_button.setToolTip(self.tr("Remove a candidate who will not be admitted "
                                              "(an admitted one is kept: the record is the member's)"))
        self.new_button.clicked.connect(lambda: self.open_candidate(None))
        self.edit_button.clicked.connect(self._open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Candidates (quần chúng ưu tú) from proposal to the admission "
                                     "ceremony; double-click a line to open it."), tab), 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.remove_button)
        self.candidates = _table(tab, [self.tr("Full name"), self.tr("Stage"), self.tr("Proposed by"),
                                       self.tr("Certificate"), self.tr("Introducers"), self.tr("Vote"),
                                       self.tr("Admitted")])
        self.candidates.doubleClicked.connect(lambda _: self._open_selected())
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.candidates, 1)
        return tab

    def refresh(self) -> None:
        services, year = self._ctx.services, self.year.value()
        self._ctx.runner.query(lambda: services.candidates.list_candidates(), on_done=self._show_candidates,
                               on_error=self._error)
        self._ctx.runner.query(lambda: services.badges.badges(year), on_done=self._show_badges,
                               on_error=self._error)

    def _show_candidates(self, rows: list[CandidateRow]) -> None:
        if not isValid(self):
            return
        cells = []
        for r in rows:
            d = r.draft
            vote = "" if r.vote_base is None else f"{d.votes_for}/{r.vote_base}"
            cells.append([d.full_name, stage_title(r.stage), d.source_org, date_text(d.certificate_on),
                          ", ".join(r.introducer_names), vote, date_text(d.admitted_on)])
        _fill(self.candidates, cells, [r.id for r in rows])

    def _open_selected(self) -> None:
        rows = self.candidates.selectionModel().selectedRows()
        if rows:
            self.open_candidate(rows[0].data(ID_ROLE))

    def remove_selected(self) -> None:
        rows = self.candidates.selectionModel().selectedRows()
        if not rows:
            self.set_status(self.tr("Select the candidate to remove."), error=True)
            return
        candidate_id, name = rows[0].data(ID_ROLE), rows[0].data()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove candidate"),
                          self.tr("Remove %1 from the list of candidates?").replace("%1", name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Remove"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter keeps the record
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        candidates = self._ctx.services.candidates
        self._ctx.runner.write(
            lambda: candidates.delete(candidate_id),
            on_done=lambda _n: self.set_status(self.tr("%1 was removed from the list.").replace("%1", name)),
            on_error=self._error)

    def open_candidate(self, candidate_id: int | None) -> None:
        """Open a candidate (None: a new one), with the official members to pick introducers."""
        services, on = self._ctx.services, self._clock.today()

        def load():  # noqa: ANN202 - on the worker
            officials = [(m.id, m.full_name) for m in services.members.list_members(on)
                         if m.situation.in_branch and m.situation.is_official]
            row = services.candidates.get(candidate_id) if candidate_id is not None else None
            return row, officials

        self._ctx.runner.query(load, on_done=lambda loaded: self._open_dialog(*loaded), on_error=self._error)

    def _open_dialog(self, row: CandidateRow | None, officials: list[tuple[int, str]]) -> None:
        if not isValid(self):
            return
        self.tabs.setCurrentIndex(0)
        dialog = CandidateDialog(self._ctx, row, officials, self)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()

    def _saved(self, row: CandidateRow) -> None:
        if row.member_id is not None:
            self.set_status(self.tr("Saved: %1 is now a probationary member.").replace("%1", row.draft.full_name))
        else:
            self.set_status(self.tr("Saved."))

    # -- badges ---------------------------------------------------------------------------------
    def _badges_tab(self) -> QWidget:
        tab = QWidget(self)
        self.year = QSpinBox(tab)
        self.year.setRange(1990, 2100)
        self.year.setValue(self._clock.today().year)
        self.year.valueChanged.connect(lambda _: self.refresh())
        self.print_button = QPushButton(self.tr("Print the list…"), tab)
        self.print_button.clicked.connect(self.print_badges)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Ceremony dates of the year:"), tab))
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        self.badge_table = _table(tab, [self.tr("Full name"), self.tr("Date of admission"),
                                        self.tr("Badge"), self.tr("Reached on"), self.tr("Ceremony")])
        self.badge_note = QLabel(tab)
        self.badge_note.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.badge_table, 1)
        layout.addWidget(self.badge_note)
        return tab

    def _show_badges(self, listing: BadgeList) -> None:
        if not isValid(self) or listing.year != self.year.value():
            return
        years = self.tr("%1 years")
        _fill(self.badge_table, [[line.full_name, date_text(line.admitted_on), years.replace("%1", str(line.years)),
                                  date_text(line.reached_on), date_text(line.ceremony_on)]
                                 for line in listing.lines], [line.member_id for line in listing.lines])
        self.badge_note.setText(self.tr("%1 members reach a milestone at a ceremony of %2. Party age "
                                        "counts from admission, less the periods out of the party.")
                                .replace("%1", str(len(listing.lines))).replace("%2", str(listing.year)))
        warning = listing.warning()
        if warning is not None:
            self.badge_note.setText(self.badge_note.text() + "\n" + warning.render(ui_language()))

    def print_badges(self) -> None:
        year, docs = self.year.value(), self._ctx.services.lifecycle_documents
        title = self.tr("Party badge proposals %1").replace("%1", str(year))
        self.dialog = PdfPreviewDialog(self, title, lambda: docs.badge_list_pdf(year), self._ctx.runner,
                                      self._ctx.settings)
        self.dialog.open()

    # -- common ---------------------------------------------------------------------------------
    def set_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.status.setText(text)

    def _error(self, error: Exception) -> None:
        if isValid(self):
            self.set_status(error_text(error), error=True)

    def _on_changed(self, notice: ChangeNotice) -> None:
        if any(notice.touches(k) for k in (Changed.CANDIDATES, Changed.MEMBERS, Changed.RULEBOOKS)):
            self.refresh()
