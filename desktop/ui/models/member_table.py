"""The member register as a Qt table: a model over the service's frozen `MemberRow`s, and the
wording of situations, events and positions shared by the members page and dialog.

Sorting: `SORT_ROLE` gives, per column, the row's rank in that column's order, computed once in
`set_rows` with Vietnamese collation (`name_sort_key` for names), so Qt compares plain integers.
Searching: `SEARCH_ROLE` gives the folded (diacritic-free, lower-case) name, card and phone, so a
proxy's fixed-string filter on `fold(query)` finds "Nguyễn Văn An" from "nguyen van an".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.collation import fold, name_sort_key, sort_key
from desktop.domain.enums import Position, Sex, SituationEventKind as K
from desktop.services.members import MemberRow

NAME, BIRTH_DATE, SEX, SITUATION, POSITIONS, CARD, PHONE = range(7)
COLUMN_COUNT = 7
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 3
_Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate  # lupdate finds literal translate("Context", "...") calls


def sex_title(sex: Sex | None) -> str:
    titles = {
        Sex.MALE: translate("MemberTexts", "Male"),
        Sex.FEMALE: translate("MemberTexts", "Female"),
    }
    return titles.get(sex, "")


def position_title(position: Position) -> str:
    return {
        Position.SECRETARY: translate("MemberTexts", "Secretary"),
        Position.DEPUTY: translate("MemberTexts", "Deputy secretary"),
        Position.COMMITTEE: translate("MemberTexts", "Committee member"),
    }[position]


def event_title(kind: K) -> str:
    return {
        K.ADMITTED: translate("MemberTexts", "Admitted (probationary)"),
        K.MADE_OFFICIAL: translate("MemberTexts", "Made official"),
        K.EXEMPT_FROM: translate("MemberTexts", "Exempt from"),
        K.EXEMPT_TO: translate("MemberTexts", "Exempt until"),
        K.ATTACHED_FROM: translate("MemberTexts", "Attached elsewhere from"),
        K.ATTACHED_TO: translate("MemberTexts", "Attached elsewhere until"),
        K.SUSPENDED_FROM: translate("MemberTexts", "Suspended from"),
        K.SUSPENDED_TO: translate("MemberTexts", "Suspended until"),
        K.SPECIAL_DUTY_FROM: translate("MemberTexts", "Special duty from"),
        K.SPECIAL_DUTY_TO: translate("MemberTexts", "Special duty until"),
        K.TRANSFERRED_IN: translate("MemberTexts", "Transferred in"),
        K.TRANSFERRED_OUT: translate("MemberTexts", "Transferred out"),
        K.DECEASED: translate("MemberTexts", "Deceased"),
        K.EXPELLED: translate("MemberTexts", "Expelled"),
    }[kind]


def situation_text(row: MemberRow) -> str:
    sit = row.situation
    if sit.left_by is not None:
        return event_title(sit.left_by)
    base = {
        "official": translate("MemberTexts", "Official"),
        "probationary": translate("MemberTexts", "Probationary"),
        "not_yet": translate("MemberTexts", "Not yet in the branch"),
        "left": translate("MemberTexts", "Left"),
    }[sit.standing.value]
    flags = (
        (sit.exempt, translate("MemberTexts", "exempt")),
        (sit.attached_elsewhere, translate("MemberTexts", "attached elsewhere")),
        (sit.suspended, translate("MemberTexts", "suspended")),
        (sit.special_duty, translate("MemberTexts", "special duty")),
    )
    extra = [text for flag, text in flags if flag]
    return f"{base} ({', '.join(extra)})" if extra else base


def date_text(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class MemberTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[MemberRow] = []
        self._ranks: list[list[int]] = []  # column -> row -> rank

    def set_rows(self, rows: list[MemberRow] | tuple[MemberRow, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # One collation key per name, shared by every column's ranking: computing it per
        # column (~50 µs a name) froze the window for ~0.5 s on a 1,600-member file.
        names = [name_sort_key(r.full_name) for r in self._rows]
        self._ranks = [self._rank(column, names) for column in range(COLUMN_COUNT)]
        self.endResetModel()

    def row_at(self, row: int) -> MemberRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, member_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == member_id), -1)

    def _rank(self, column: int, names: list[tuple]) -> list[int]:
        def key(i: int):
            r = self._rows[i]
            by_name = names[i]
            if column == BIRTH_DATE:
                return (r.birth_date or date.max, by_name)
            if column == NAME:
                return (by_name,)
            return (sort_key(self._text(r, column)), by_name)

        ranks = [0] * len(self._rows)
        for rank, i in enumerate(sorted(range(len(self._rows)), key=key)):
            ranks[i] = rank
        return ranks

    @staticmethod
    def _text(r: MemberRow, column: int) -> str:
        if column == NAME:
            return r.full_name
        if column == BIRTH_DATE:
            return date_text(r.birth_date)
        if column == SEX:
            return sex_title(r.sex)
        if column == SITUATION:
            return situation_text(r)
        if column == POSITIONS:
            return ", ".join(position_title(p) for p in r.positions)
        if column == CARD:
            return r.card_number
        if column == PHONE:
            return r.phone
        return ""

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < COLUMN_COUNT:
            return None
        return [self.tr("Full name"), self.tr("Date of birth"), self.tr("Sex"),
                self.tr("Situation today"), self.tr("Position"), self.tr("Card number"),
                self.tr("Phone")][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == SORT_ROLE:
            return self._ranks[column][index.row()]
        if role == SEARCH_ROLE:
            return fold(f"{r.full_name} {r.card_number} {r.phone}")
        if role == MEMBER_ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole and not r.situation.in_branch:
            return QBrush(QColor("#777777"))  # members who left stay listed, greyed
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and r.notes:
            return r.notes
        return None
