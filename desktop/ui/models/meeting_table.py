"""The meetings list of a year: a table model over `MeetingRow` (frozen rows from the service)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.enums import MeetingKind
from desktop.domain.numbers import number
from desktop.services.meeting_rows import MeetingRow
from desktop.ui.meeting_texts import band_title, kind_title, percent, status_title

DATE, KIND, NUMBER, PRESENT, RATE, CHECKS, QUALITY, STATUS = range(8)
MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class MeetingTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[MeetingRow] = []

    def set_rows(self, rows: list[MeetingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> MeetingRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, meeting_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == meeting_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else STATUS + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Date"), self.tr("Kind"), self.tr("Number"), self.tr("Present"),
            self.tr("Attendance rate"), self.tr("Checks"), self.tr("Quality"), self.tr("Status"),
        ][section]

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row())
        if row is None:
            return None
        col = index.column()
        if role == MEETING_ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return [row.date.isoformat(), row.kind.value, row.number, row.present,
                    row.attendance_rate or 0.0, row.checks_passed, row.quality_score,
                    row.status.value][col]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == CHECKS and not row.checks_passed:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (PRESENT, RATE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: MeetingRow, col: int) -> str:
        if col == DATE:
            return row.date.strftime("%d/%m/%Y")
        if col == KIND:
            return kind_title(row.kind) + (f" — {row.topic}" if row.topic else "")
        if col == NUMBER:
            return row.number or "—"
        if col == PRESENT:
            return f"{row.present}/{row.expected}"
        if col == RATE:
            return percent(row.attendance_rate)
        if col == CHECKS:
            return self.tr("Met") if row.checks_passed else self.tr("Not met")
        if col == QUALITY:
            if row.kind is MeetingKind.COMMITTEE:
                return "—"  # committee meetings are not rated on the §6 sheet
            if row.quality is None:  # the committee's lines are not all scored yet
                return self.tr("not scored")
            return f"{band_title(row.quality)} ({number(row.quality_score)})"
        text = status_title(row.status)
        return text if row.revision == 1 else self.tr("%1 (revision %2)").replace("%1", text).replace(
            "%2", str(row.revision))
