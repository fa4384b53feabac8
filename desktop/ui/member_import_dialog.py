"""Import a member list: choose a file → preview with the guessed column mapping (each field a
combo the user can change) → bad rows listed with row number and field → Import, or Import
skipping the bad rows. Reading and checking run on the worker thread; nothing is written until
one of the two import buttons is pressed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.member_import import FIELDS, ImportPreview
from desktop.ui.context import UiContext
from desktop.ui.messages import error_text, ui_language
from desktop.ui.widgets.screen_fit import fit_size

BAD_ROW_COLOUR = QColor("#fde2e1")


class MemberImportDialog(QDialog):
    imported = Signal(object)  # ImportResult

    def __init__(self, ctx: UiContext, parent: QWidget, path: Path | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._path: Path | None = None
        self._preview: ImportPreview | None = None
        self._filling = False  # combos being refilled: do not re-run the preview
        self.setWindowTitle(self.tr("Import a member list"))
        fit_size(self, 1180, 720)

        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.clicked.connect(self._choose)
        self.file_label = QLabel(self.tr("No file chosen (.xlsx or .csv)."), self)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)

        mapping_box = QGroupBox(self.tr("Columns: which column holds each field"), self)
        grid = QGridLayout(mapping_box)
        self.combos: dict[str, QComboBox] = {}
        for i, field in enumerate(FIELDS):
            combo = QComboBox(mapping_box)
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[field] = combo
            grid.addWidget(QLabel(self.field_title(field), mapping_box), i // 4, (i % 4) * 2)
            grid.addWidget(combo, i // 4, (i % 4) * 2 + 1)
            grid.setColumnStretch((i % 4) * 2 + 1, 1)

        self.table = QTableWidget(0, 0, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems = QListWidget(self)
        self.problems.currentRowChanged.connect(self._show_problem_row)
        problems_box = QWidget(self)
        pl = QVBoxLayout(problems_box)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(QLabel(self.tr("Bad rows and duplicates (nothing is written while there "
                                    "are any, unless you skip them):"), problems_box))
        pl.addWidget(self.problems)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(problems_box)
        splitter.setSizes([440, 160])

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.skip_button = QPushButton(self.tr("Import, skipping bad rows"), self)
        cancel = QPushButton(self.tr("Cancel"), self)
        self.import_button.clicked.connect(lambda: self.run_import(skip_bad_rows=False))
        self.skip_button.clicked.connect(lambda: self.run_import(skip_bad_rows=True))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for b in (self.import_button, self.skip_button, cancel):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mapping_box)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        if path is not None:
            self.load(Path(path))

    def field_title(self, field: str) -> str:
        return {
            "full_name": self.tr("Full name"), "birth_date": self.tr("Date of birth"),
            "sex": self.tr("Sex"), "admitted_on": self.tr("Date of admission"),
            "official_on": self.tr("Date made official"), "card_number": self.tr("Party card number"),
            "phone": self.tr("Phone"), "notes": self.tr("Notes"),
        }[field]

    # -- reading -----------------------------------------------------------------------------
    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a member list"), "",
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path, mapping: dict[str, int | None] | None = None) -> None:
        self._path = path
        self.file_label.setText(str(path))
        self.summary.setText(self.tr("Reading…"))
        self.import_button.setEnabled(False)
        self.skip_button.setEnabled(False)
        services = self._ctx.services
        self._ctx.runner.query(lambda: services.member_import.preview(path, mapping),
                               on_done=self.show_preview, on_error=self._failed)

    def _mapping_changed(self) -> None:
        if self._filling or self._path is None or self._preview is None:
            return
        mapping = {f: self.combos[f].currentData() for f in FIELDS}
        if mapping != self._preview.mapping:
            self.load(self._path, mapping)

    def _failed(self, error: Exception) -> None:
        self._preview = None
        self.summary.setText(error_text(error))
        self.summary.setStyleSheet("color: #b00020; font-weight: bold;")
        self._update_buttons()

    # -- showing -----------------------------------------------------------------------------
    def show_preview(self, preview: ImportPreview) -> None:
        self._preview = preview
        self._fill_combos(preview)
        self._fill_table(preview)
        self.problems.clear()
        for p in preview.problems:
            kind = self.tr("Duplicate") if p.duplicate else self.tr("Error")
            text = self.tr("Row %1 — %2 — %3: %4").replace("%1", str(p.row)).replace(
                "%2", kind).replace("%3", self.field_title(p.field) if p.field in FIELDS
                                    else self.tr("whole row")).replace("%4", p.render(ui_language()))
            self.problems.addItem(text)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("%1 rows read, %2 ready to import, %3 bad rows.")
                             .replace("%1", str(len(preview.rows)))
                             .replace("%2", str(preview.to_import))
                             .replace("%3", str(len(preview.bad_rows))))
        self._update_buttons()

    def _fill_combos(self, preview: ImportPreview) -> None:
        self._filling = True
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for col, header in enumerate(preview.headers):
                combo.addItem(header or self.tr("Column %1").replace("%1", str(col + 1)), col)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(field))))
        self._filling = False

    def _fill_table(self, preview: ImportPreview) -> None:
        by_row: dict[int, list[str]] = {}
        for p in preview.problems:
            by_row.setdefault(p.row, []).append(p.render(ui_language()))
        self.table.clear()
        self.table.setColumnCount(len(preview.headers))
        self.table.setHorizontalHeaderLabels(list(preview.headers))
        self.table.setRowCount(len(preview.rows))
        self.table.setVerticalHeaderLabels([str(r.row) for r in preview.rows])
        for i, row in enumerate(preview.rows):
            for col, text in enumerate(row.cells):
                item = QTableWidgetItem(text)
                if row.row in by_row:
                    item.setBackground(QBrush(BAD_ROW_COLOUR))
                    item.setToolTip("\n".join(by_row[row.row]))
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()

    def _show_problem_row(self, index: int) -> None:
        if self._preview is None or not 0 <= index < len(self._preview.problems):
            return
        wanted = self._preview.problems[index].row
        for i, row in enumerate(self._preview.rows):
            if row.row == wanted:
                self.table.selectRow(i)
                self.table.scrollToItem(self.table.item(i, 0))
                return

    def _update_buttons(self) -> None:
        p = self._preview
        self.import_button.setEnabled(bool(p and not p.problems and p.to_import))
        self.skip_button.setEnabled(bool(p and p.problems and p.to_import))
        # Enter imports a clean file, and otherwise chooses one (never skips rows by itself).
        ready = self.import_button.isEnabled()
        self.choose_button.setDefault(not ready)
        self.import_button.setDefault(ready)

    # -- importing ---------------------------------------------------------------------------
    def run_import(self, skip_bad_rows: bool) -> None:
        if self._preview is None or self._path is None:
            return
        path, mapping = self._path, dict(self._preview.mapping)
        services = self._ctx.services
        self.import_button.setEnabled(False)
        self.skip_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        self._ctx.runner.write(
            lambda: services.member_import.import_file(path, mapping, skip_bad_rows=skip_bad_rows),
            on_done=self._done, on_error=self._failed)

    def _done(self, result) -> None:
        self.imported.emit(result[0])
        self.accept()
