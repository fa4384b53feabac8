"""The member register as a Qt table: a model over the service's frozen `MemberRow`s, and the
wording of situations, events and positions shared by the members page and dialog.

Sorting: `SORT_ROLE` gives, per column, the row's rank in that column's order, computed once by
`rank_rows` with Vietnamese collation (`name_sort_key` for names) on the worker thread; the
model sorts itself by these ranks.
Searching: `SEARCH_ROLE` gives the folded (diacritic-free, lower-case) name, card and phone, so a
proxy's fixed-string filter on `fold(query)` finds "Nguyễn Văn An" from "nguyen van an".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.collation import fold, name_sort_key, sort_key
from desktop.domain.enums import Position, Sex
from desktop.domain.enums import SituationEventKind as K
from desktop.services.members import MemberRow
from desktop.ui.models.row_order import SortsOwnRows

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
        K.REMOVED: translate("MemberTexts", "Removed from the list"),
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


def rank_rows(rows: list[MemberRow] | tuple[MemberRow, ...],
              name_key: Callable[[str], tuple] = name_sort_key) -> list[list[int]]:
    """Per column, each row's rank in that column's Vietnamese order (ties by name).

    Pure Python and thread-safe (Qt's translate is): the page runs it on the worker thread
    with the service call, since collating 1,600 names takes ~0.3 s; `name_key` may be a
    memo of `name_sort_key` kept between loads."""
    # One collation key per name, shared by every column's ranking; one key per distinct text
    # (sex, situation and position take a handful of values).
    names = [name_key(r.full_name) for r in rows]
    text_keys: dict[str, tuple] = {}

    def text_key(text: str) -> tuple:
        found = text_keys.get(text)
        if found is None:
            found = text_keys[text] = sort_key(text)
        return found

    def rank(column: int) -> list[int]:
        if column == NAME:
            keys = [(n,) for n in names]
        elif column == BIRTH_DATE:
            keys = [(r.birth_date or date.max, n) for r, n in zip(rows, names)]
        else:
            keys = [(text_key(_text(r, column)), n) for r, n in zip(rows, names)]
        ranks = [0] * len(rows)
        for position, i in enumerate(sorted(range(len(rows)), key=keys.__getitem__)):
            ranks[i] = position
        return ranks

    return [rank(column) for column in range(COLUMN_COUNT)]


class MemberTableModel(SortsOwnRows, QAbstractTableModel):
    """Sorts itself (`sort`) by the precomputed ranks: a sorting proxy would ask Python for
    the sort role of a row at every comparison, ~20,000 calls on the GUI thread for a big branch."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[MemberRow] = []
        self._ranks: list[list[int]] = []  # column -> row -> rank

    def set_rows(self, rows: list[MemberRow] | tuple[MemberRow, ...],
                 ranks: list[list[int]] | None = None) -> None:
        """`ranks` as made by `rank_rows(rows)` (computed here when not given)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._ranks = ranks if ranks is not None else rank_rows(self._rows)
        if self._sorted_by is not None:
            self._reorder(*self._sorted_by)
        self.endResetModel()

    def _reorder(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Put the rows in the column's order; returns old row -> new row."""
        if not self._rows:
            return []
        ranks = self._ranks[column]
        perm = sorted(range(len(self._rows)), key=ranks.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [self._rows[i] for i in perm]
        self._ranks = [[col[i] for i in perm] for col in self._ranks]
        moved_to = [0] * len(perm)
        for new, old in enumerate(perm):
            moved_to[old] = new
        return moved_to

    def row_at(self, row: int) -> MemberRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, member_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == member_id), -1)

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
            return _text(r, column)
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
