"""Small widgets of the dues page: a month field (MM/yyyy) and a read-only table helper."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.months import Month


def month_edit(month: Month, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(month.year, month.month, 1), parent)
    edit.setDisplayFormat("MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def to_month(edit: QDateEdit) -> Month:
    return Month(edit.date().year(), edit.date().month())


def set_month(edit: QDateEdit, month: Month) -> None:
    edit.setDate(QDate(month.year, month.month, 1))


def read_only_table(headers: list[str], parent: QWidget, stretch: int = 0) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill(table: QTableWidget, rows: list[list[str]], *, right: tuple[int, ...] = (),
         data: list[object] | None = None) -> None:
    """Replace the rows; `right`: columns aligned right (amounts); `data`: one value per row,
    kept in the first cell's UserRole."""
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0 and data is not None:
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            table.setItem(r, c, item)
