"""Members page: the register sorted by given name, a search that ignores diacritics, and the
New / Edit / Import… / Export… actions. Reads are queries of the runner, saves its writes."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.collation import fold, name_sort_key
from desktop.services.changes import Changed, ChangeNotice
from desktop.ui.context import UiContext
from desktop.ui.file_dialogs import save_file_name
from desktop.ui.member_dialog import MemberDialog
from desktop.ui.member_import_dialog import MemberImportDialog
from desktop.ui.messages import core_text, error_text
from desktop.ui.models.member_table import (
    MEMBER_ID_ROLE,
    NAME,
    SEARCH_ROLE,
    MemberTableModel,
    rank_rows,
)
from desktop.ui.widgets.scaling import scaled_font


class _SearchProxy(QSortFilterProxyModel):
    """Filters by the search text; sorting is the member model's own (by precomputed ranks),
    so the proxy keeps the model's order instead of sorting again through Python calls."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class MembersPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        # Collation keys of the names seen, kept between reloads (a reload follows every change).
        self._name_key = lru_cache(maxsize=None)(name_sort_key)
        self.dialog: QWidget | None = None  # the open dialog, for tests and to avoid doubles
        title = QLabel(self.tr("Party members"), self)
        title.setFont(scaled_font(self, 1.6, bold=True))

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, card or phone — accents optional"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.new_button = QPushButton(self.tr("New member"), self)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.new_button.clicked.connect(self.new_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button.clicked.connect(lambda: self.import_list())
        self.export_button.clicked.connect(lambda: self.export_list())
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for b in (self.new_button, self.edit_button, self.import_button, self.export_button):
            bar.addWidget(b)

        self.model = MemberTableModel(self)
        self.proxy = _SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterKeyColumn(NAME)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Measure the visible rows only: with all 1,600 rows of a big branch, sizing every
        # column asked Python for every cell and froze the window for over a second.
        header.setResizeContentsPrecision(0)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.status)
        ctx.bus.changed.connect(self._on_changed)
        self._update_buttons()
        self.refresh()

    # -- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        services, name_key = self._ctx.services, self._name_key

        def load() -> tuple:  # on the worker thread: the collation is the slow part
            rows = services.members.list_members()
            return rows, rank_rows(rows, name_key)

        self._ctx.runner.query(load, on_done=lambda loaded: self._show(*loaded), on_error=self._error)

    def _show(self, rows, ranks=None) -> None:
        if not isValid(self):
            return
        self.model.set_rows(rows, ranks)
        self._update_count()
        self._update_buttons()

    def _error(self, error: Exception) -> None:
        if isValid(self):
            self.set_status(error_text(error), error=True)

    def _on_changed(self, notice: ChangeNotice) -> None:
        if notice.touches(Changed.MEMBERS):
            self.refresh()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(fold(text))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (self.tr("%1 members").replace("%1", str(total)) if shown == total else
                self.tr("%1 of %2 members match").replace("%1", str(shown)).replace("%2", str(total)))
        self.count_label.setText(text)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected_member_id() is not None)

    def selected_member_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(MEMBER_ID_ROLE) if rows else None

    def set_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.status.setText(text)

    # -- actions -----------------------------------------------------------------------------
    def new_member(self) -> None:
        self._open(MemberDialog(self._ctx, None, self))

    def edit_selected(self) -> None:
        member_id = self.selected_member_id()
        if member_id is not None:
            self.open_member(member_id)

    def open_member(self, member_id: int, part: str = "") -> None:
        """Open the member's record (asked by another page, e.g. a due line on the overview);
        `part` "lifecycle" opens it on the probation, transfers and badges tab."""
        services = self._ctx.services

        def show(detail) -> None:  # noqa: ANN001 - MemberDetail
            dialog = MemberDialog(self._ctx, detail, self)
            if part == "lifecycle" and dialog.lifecycle_tab is not None:
                dialog.tabs.setCurrentWidget(dialog.lifecycle_tab)
            self._open(dialog)

        self._ctx.runner.query(lambda: services.members.get(member_id), on_done=show,
                               on_error=self._error)

    def _open(self, dialog) -> None:
        if hasattr(dialog, "saved"):
            dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()

    def _saved(self, result) -> None:
        if result.warnings:
            self.set_status(self.tr("Saved. Warning: %1").replace("%1", " ".join(core_text(w) for w in result.warnings)),
                            error=True)
        else:
            self.set_status(self.tr("Saved."))

    def import_list(self, path: Path | None = None) -> None:
        dialog = MemberImportDialog(self._ctx, self, path)
        dialog.imported.connect(self._imported)
        self._open(dialog)

    def _imported(self, result) -> None:
        text = self.tr("Imported %1 members.").replace("%1", str(result.imported))
        if result.skipped_rows:
            text += " " + self.tr("Skipped rows: %1.").replace(
                "%1", ", ".join(map(str, result.skipped_rows)))
        self.set_status(text)

    def export_list(self, path: Path | None = None) -> None:
        if path is None:
            name = save_file_name(self, self._ctx.settings, self.tr("Export the register"),
                                  "dang-vien.xlsx", self.tr("Excel workbook (*.xlsx)"))
            if not name:
                return
            path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        services = self._ctx.services
        self._ctx.runner.query(  # a file written from the record, which stays as it is
            lambda: services.member_import.export_xlsx(path),
            on_done=lambda n: self.set_status(self.tr("Exported %1 members to %2.")
                                              .replace("%1", str(n)).replace("%2", str(path))),
            on_error=self._error)
