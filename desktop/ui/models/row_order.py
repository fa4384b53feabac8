"""A table model that sorts its own rows, as the large tables do: a sorting proxy would call back
into Python for every comparison of the sort."""

from __future__ import annotations

from PySide6.QtCore import Qt


class SortsOwnRows:
    """Mixin for a QAbstractTableModel that defines `_reorder(column, order)`, which puts its
    rows in order and returns old row -> new row. Views keep their selection and current cell
    through the persistent indexes."""

    _sorted_by: tuple[int, Qt.SortOrder] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        moved_to = self._reorder(column, order)
        self.changePersistentIndexList(old, [self.index(moved_to[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()
