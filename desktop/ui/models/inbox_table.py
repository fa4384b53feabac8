"""Table model of the inbox: one row per branch, one column per criterion, then the verdict."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.numbers import fraction
from desktop.services.inbox import BranchResult

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COL_CODE, COL_NAME, COL_SEQ = 0, 1, 2
FIXED = 3
_NOT_GOOD = QColor("#fbe3e4")

Index = QModelIndex | QPersistentModelIndex


class InboxTableModel(QAbstractTableModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[BranchResult] = []
        self._criteria: list[tuple[str, str]] = []

    def set_rows(self, rows: list[BranchResult]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        seen: dict[str, str] = {}
        for r in rows:
            for c in r.criteria:
                seen.setdefault(c.number, c.name)
        self._criteria = sorted(seen.items(), key=lambda kv: (len(kv[0]), kv[0]))
        self.endResetModel()

    def row_at(self, row: int) -> BranchResult:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(self._criteria) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and FIXED <= section < FIXED + len(self._criteria):
            return self._criteria[section - FIXED][1]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == COL_CODE:
            return self.tr("Code")
        if section == COL_NAME:
            return self.tr("Branch")
        if section == COL_SEQ:
            return self.tr("Package no.")
        if section < FIXED + len(self._criteria):
            return self.tr("Criterion %1").replace("%1", self._criteria[section - FIXED][0])
        return self.tr("Result")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        last = FIXED + len(self._criteria)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == COL_CODE:
                return r.code
            if col == COL_NAME:
                return r.name
            if col == COL_SEQ:
                return r.seq
            if col < last:
                c = {c.number: c for c in r.criteria}.get(self._criteria[col - FIXED][0])
                if c is None:
                    return "" if role == Qt.ItemDataRole.DisplayRole else -1
                if role == SORT_ROLE:
                    return c.score
                verdict = self.tr("Good") if c.good else self.tr("Not good")
                return f"{verdict} ({fraction(c.score, c.max)})"
            if role == SORT_ROLE:
                return int(r.four_good)
            return self.tr("Achieved") if r.four_good else self.tr("Not achieved")
        if role == Qt.ItemDataRole.BackgroundRole and col == last and not r.four_good:
            return QBrush(_NOT_GOOD)
        return None
