"""Table model of the inbox: one row per branch, one column per criterion, then the verdict."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.numbers import fraction
from desktop.services.inbox import BranchResult
from desktop.ui.models.row_order import SortsOwnRows

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COL_CODE, COL_NAME, COL_SEQ = 0, 1, 2
FIXED = 3
_NOT_GOOD = QColor("#fbe3e4")
_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.BackgroundRole))

Index = QModelIndex | QPersistentModelIndex


class InboxTableModel(SortsOwnRows, QAbstractTableModel):
    """Sorts itself (`sort`, one key per row): a sorting proxy would ask Python for the sort
    role at every comparison, ~270,000 calls on the GUI thread for a province's 4,000 branches
    (0.9 s with the window frozen; «longest stall, inbox pages» in the benchmarks)."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[BranchResult] = []
        self._scores: list[dict] = []  # per row: criterion number -> its result
        self._criteria: list[tuple[str, str]] = []

    def set_rows(self, rows: list[BranchResult]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        seen: dict[str, str] = {}
        for r in rows:
            for c in r.criteria:
                seen.setdefault(c.number, c.name)
        self._criteria = sorted(seen.items(), key=lambda kv: (len(kv[0]), kv[0]))
        self._scores = [{c.number: c for c in r.criteria} for r in self._rows]
        if self._sorted_by is not None:
            self._reorder(*self._sorted_by)
        self.endResetModel()

    def _reorder(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Put the rows in the column's order (stable); returns old row -> new row."""
        if column >= self.columnCount():
            self._sorted_by = None
            return list(range(len(self._rows)))
        keys = [self._sort_value(i, column) for i in range(len(self._rows))]
        perm = sorted(range(len(self._rows)), key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[i] for i in perm]
        self._scores = [self._scores[i] for i in perm]
        moved_to = [0] * len(perm)
        for new, old in enumerate(perm):
            moved_to[old] = new
        return moved_to

    def _sort_value(self, row: int, col: int):  # noqa: ANN202 - str, int or float
        r = self._rows[row]
        if col == COL_CODE:
            return r.code
        if col == COL_NAME:
            return r.name
        if col == COL_SEQ:
            return r.seq
        if col < FIXED + len(self._criteria):
            c = self._scores[row].get(self._criteria[col - FIXED][0])
            return -1 if c is None else c.score
        return int(r.four_good)

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
        if role not in _ROLES or not index.isValid():  # a view asks ~8 roles per cell
            return None
        r = self._rows[index.row()]
        col = index.column()
        last = FIXED + len(self._criteria)
        if role == SORT_ROLE:
            return self._sort_value(index.row(), col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_CODE:
                return r.code
            if col == COL_NAME:
                return r.name
            if col == COL_SEQ:
                return r.seq
            if col < last:
                c = self._scores[index.row()].get(self._criteria[col - FIXED][0])
                if c is None:
                    return ""
                verdict = self.tr("Good") if c.good else self.tr("Not good")
                return f"{verdict} ({fraction(c.score, c.max)})"
            return self.tr("Achieved") if r.four_good else self.tr("Not achieved")
        if role == Qt.ItemDataRole.BackgroundRole and col == last and not r.four_good:
            return QBrush(_NOT_GOOD)
        return None
