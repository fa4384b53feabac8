"""The month's dues, one row per member: the amount due, what was paid, how and when, what that
makes of the month, and how many earlier months of the year are unpaid.

The model never writes: an amount typed in the "Paid" column is emitted as `amount_entered` and
shown at once as typed (marked pending) until the service's answer replaces the row
(`apply_line`), or restores it when the amount is refused (`restore`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.domain.dues import Line, Status
from desktop.domain.money import format_dong
from desktop.ui.dues_texts import line_note, status_title, via_title

NAME, CATEGORY, DUE, PAID, STATUS, VIA, PAID_ON, BEHIND, NOTE = range(9)
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 3
_Index = QModelIndex | QPersistentModelIndex

_BACKGROUND = {
    Status.UNPAID: "#fde0e0",
    Status.SHORT: "#ffe9cc",
    Status.EXCUSED: "#fff4d6",
    Status.OVERPAID: "#e3f0ff",
}
_MUTED = {Status.NOT_DUE, Status.VOLUNTARY}


@dataclass(frozen=True)
class Row:
    line: Line
    category: str  # the category's short label
    behind: int  # unpaid months of the year before this one
    typed: str | None = None  # an amount typed and not yet answered by the service


class DuesMonthModel(QAbstractTableModel):
    amount_entered = Signal(int, str)  # member_id, the text typed

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Row] = []

    # -- content ---------------------------------------------------------------------------
    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: list[Row], keep: set[int]) -> bool:
        """Refresh in place when the members are the same (no reset: the cursor stays); rows of
        `keep` (being typed into, or awaiting an answer) are left as they are. False when the
        list differs and a reset is needed."""
        if [r.line.member_id for r in rows] != [r.line.member_id for r in self._rows]:
            return False
        for i, row in enumerate(rows):
            if row.line.member_id not in keep and row != self._rows[i]:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, NOTE))
        return True

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, member_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.line.member_id == member_id), -1)

    def rows(self) -> list[Row]:
        return list(self._rows)

    def apply_line(self, line: Line) -> None:
        """The service's answer for one member: the row shows it (pending mark gone)."""
        i = self.row_of(line.member_id)
        if i >= 0:
            old = self._rows[i]
            self._rows[i] = Row(line, old.category, old.behind)
            self.dataChanged.emit(self.index(i, 0), self.index(i, NOTE))

    def restore(self, member_id: int) -> None:
        """Drop what was typed for a member (refused): the row shows the recorded month again."""
        i = self.row_of(member_id)
        if i >= 0 and self._rows[i].typed is not None:
            old = self._rows[i]
            self._rows[i] = Row(old.line, old.category, old.behind)
            self.dataChanged.emit(self.index(i, 0), self.index(i, NOTE))

    def mark_typed(self, member_id: int, text: str) -> None:
        i = self.row_of(member_id)
        if i >= 0:
            old = self._rows[i]
            self._rows[i] = Row(old.line, old.category, old.behind, text)
            self.dataChanged.emit(self.index(i, 0), self.index(i, NOTE))

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else NOTE + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return [
                    self.tr("Member"), self.tr("Category"), self.tr("Due"), self.tr("Paid"),
                    self.tr("Status"), self.tr("How"), self.tr("Date paid"), self.tr("Behind"),
                    self.tr("Note"),
                ][section]
            if role == Qt.ItemDataRole.ToolTipRole and section == PAID:
                return self.tr("Type the amount and press Enter; Space: paid in full; Delete: remove.")
            if role == Qt.ItemDataRole.ToolTipRole and section == BEHIND:
                return self.tr("Months of the year so far left unpaid without an accepted reason")
        return super().headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == PAID else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        line = row.line
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.EditRole and col == PAID:
            return row.typed if row.typed is not None else (str(line.paid) if line.paid is not None else "")
        if role == MEMBER_ID_ROLE:
            return line.member_id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (DUE, PAID, BEHIND):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (VIA, PAID_ON):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == PAID:
                return QBrush(QColor("#f4f8ff"))
            color = _BACKGROUND.get(line.status)
            if color and col in (STATUS, DUE):
                return QBrush(QColor(color))
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.status in _MUTED and col != PAID:
                return QBrush(QColor("#777777"))
            if col == BEHIND and row.behind:
                return QBrush(QColor("#b00020"))
            if row.typed is not None and col == PAID:
                return QBrush(QColor("#555555"))
        if role == Qt.ItemDataRole.ToolTipRole and col == CATEGORY and line.basis is not None:
            base = format_dong(line.basis.base) if line.basis.base is not None else ""
            return f"{row.category} {base}".strip()
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """An amount typed in the "Paid" column ("" removes the payment)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != PAID:
            return False
        row = self._rows[index.row()]
        text = " ".join(str(value or "").split())
        recorded = str(row.line.paid) if row.line.paid is not None else ""
        if row.typed is None and text.replace(".", "").replace(" ", "") == recorded:
            return False  # nothing changed: Enter only moves on
        self.mark_typed(row.line.member_id, text)
        self.amount_entered.emit(row.line.member_id, text)
        return True

    def _display(self, row: Row, col: int) -> str:
        line = row.line
        if col == NAME:
            return line.name
        if col == CATEGORY:
            return row.category
        if col == DUE:
            if not line.owed:
                return "—"
            return format_dong(line.due.amount) if line.due.known else self.tr("?")
        if col == PAID:
            if row.typed is not None:
                return row.typed + " …"
            return format_dong(line.paid, "")
        if col == VIA:
            return via_title(line.entry.via) if line.entry is not None else ""
        if col == PAID_ON:
            paid_on = line.entry.paid_on if line.entry is not None else None
            return paid_on.strftime("%d/%m/%Y") if paid_on else ""
        if col == STATUS:
            return status_title(line.status)
        if col == BEHIND:
            return str(row.behind) if row.behind else ""
        return line_note(line)
