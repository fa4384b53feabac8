"""The year's targets (chỉ tiêu) of the annual resolution and the admission target, edited as one
table and saved in one transaction (components 1.2 and 4.5 of the evaluation). Leaving with
changes (Esc, Cancel, the close button) asks whether to save them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
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

from desktop.domain.numbers import number, parse_number
from desktop.services.targets import Target, TargetDraft, TargetRow
from desktop.ui.context import UiContext
from desktop.ui.operations import user_message
from desktop.ui.widgets.unsaved import GuardedDialog

TITLE, UNIT, PLANNED, ACHIEVED = range(4)
_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NOT_SET = -1  # the admission spin box's "not entered" value


class RowError(ValueError):
    """A cell the dialog cannot read as a number; the message names the row and column."""


def _number_text(value: float | None) -> str:
    return "" if value is None else number(value, places=6)


class TargetsDialog(GuardedDialog):
    def __init__(self, ctx: UiContext, year: int, parent: QWidget, *, locked: bool = False):
        super().__init__(parent)
        self._ctx, self._year, self._locked = ctx, year, locked
        self.setWindowTitle(self.tr("Targets of the year's resolution %1").replace("%1", str(year)))
        self.resize(900, 520)
        intro = QLabel(self.tr("The targets (chỉ tiêu) adopted in the branch's annual resolution, with the "
                               "planned and achieved values. A target is met when the achieved value reaches "
                               "the planned one."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Target"), self.tr("Unit"), self.tr("Planned"),
                                              self.tr("Achieved")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((UNIT, 90), (PLANNED, 110), (ACHIEVED, 110)):
            self.table.setColumnWidth(col, width)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(self.tr("Add target"), self)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Remove selected target"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.admission = QSpinBox(self)
        self.admission.setRange(NOT_SET, 999)
        self.admission.setSpecialValueText(self.tr("not entered"))
        self.admission.setValue(NOT_SET)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        admission = QHBoxLayout()
        admission.addWidget(QLabel(self.tr("New members to admit this year (admission target):"), self))
        admission.addWidget(self.admission)
        admission.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addLayout(admission)
        if locked:
            layout.addWidget(QLabel(self.tr("This year is locked after its package was sent: read only."), self))
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for w in (self.add_button, self.remove_button, self.admission, self.buttons.button(QDialogButtonBox.StandardButton.Save)):
            w.setEnabled(not locked)
        self._loaded = self._typed()  # replaced by the stored targets once they are read
        self._load()

    # --- loading ---------------------------------------------------------------------------
    def _load(self) -> None:
        services, year = self._ctx.services, self._year
        self._ctx.runner.query(
            lambda: (services.targets.targets(year), services.targets.admission_target(year)),
            on_done=self._show, on_error=self._failed)

    def _show(self, loaded: tuple[tuple[Target, ...], int | None]) -> None:
        targets, admission = loaded
        self.table.setRowCount(0)
        for t in targets:
            self.add_row(t)
        self.admission.setValue(NOT_SET if admission is None else admission)
        self._loaded = self._typed()

    def _typed(self) -> tuple:
        """Every cell's text and the admission target: what "no changes" is compared with."""
        cells = tuple(tuple(self.table.item(r, c).text() if self.table.item(r, c) else ""
                            for c in range(4)) for r in range(self.table.rowCount()))
        return cells, self.admission.value()

    def has_changes(self) -> bool:
        return not self._locked and self._typed() != self._loaded

    def add_row(self, target: Target | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = ("", "", "", "") if target is None else (
            target.title, target.unit, _number_text(target.planned), _number_text(target.achieved))
        for col, text in enumerate(values):
            item = QTableWidgetItem(text)
            if col in (PLANNED, ACHIEVED):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if self._locked:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, col, item)
        self.table.item(row, TITLE).setData(_ID_ROLE, None if target is None else target.id)
        if target is None:
            self.table.setCurrentCell(row, TITLE)
            self.table.editItem(self.table.item(row, TITLE))
        return row

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    # --- saving ----------------------------------------------------------------------------
    def rows(self) -> list[TargetRow]:
        """The table as drafts; a value that is not a number raises RowError naming row and column."""
        out = []
        for row in range(self.table.rowCount()):
            texts = [self.table.item(row, col).text() if self.table.item(row, col) else "" for col in range(4)]
            if not any(t.strip() for t in texts):
                continue  # an empty row added by mistake
            numbers = {}
            for col, name in ((PLANNED, self.tr("Planned")), (ACHIEVED, self.tr("Achieved"))):
                try:
                    numbers[col] = parse_number(texts[col])
                except ValueError:
                    raise RowError(self.tr("Row %1, column “%2”: “%3” is not a number.")
                                     .replace("%1", str(row + 1)).replace("%2", name).replace("%3", texts[col])) from None
            if numbers[PLANNED] is None:
                raise RowError(self.tr("Row %1, column “%2”: enter the planned value.")
                                 .replace("%1", str(row + 1)).replace("%2", self.tr("Planned")))
            out.append(TargetRow(self.table.item(row, TITLE).data(_ID_ROLE),
                                 TargetDraft(texts[TITLE], numbers[PLANNED], numbers[ACHIEVED], texts[UNIT])))
        return out

    def save(self) -> None:
        try:
            rows = self.rows()
        except RowError as error:
            self._failed(error)
            return
        admission = None if self.admission.value() == NOT_SET else self.admission.value()
        services, year = self._ctx.services, self._year
        self._ctx.runner.write(lambda: services.targets.save_year(year, rows, admission),
                               on_done=lambda _notice: self.accept(), on_error=self._failed)

    def _failed(self, error: Exception) -> None:
        self.error.setText(str(error) if isinstance(error, RowError) else user_message(error))
        self.error.show()
