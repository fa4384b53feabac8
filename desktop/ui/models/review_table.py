"""The year's review grid: one row per member reviewed, one column per step of the rating.
Rows come sorted by given name from the service (Vietnamese collation).

The model never writes: an edit of a rating cell is emitted as `rating_entered`, the page sends
it to the service, and the row shows the new rating at once (`apply_rating`) so fast typing is
not held up by the round trip. A rating the service refuses is marked on its cell with the
reason (`mark_refused`) until that cell is typed again; the other cells keep what was typed.
The rows' headers are the members' names (the grid keeps them in view as it scrolls).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain.enums import Rating, ReviewStep
from desktop.domain.numbers import number, percent_value
from desktop.services.reviews_model import ReviewRow, StepEntry
from desktop.ui.messages import ui_language
from desktop.ui.review_texts import situation_title

# The ratings come first, beside the names, so they stay in view at 125% text; what they rest
# on (situation, commitment) comes last, and is in the member's detail beside the grid too.
(NAME, SELF_SCORE, PROPOSED, SELF, BRANCH, COMMITTEE, SUPERIOR, FINAL, DISCIPLINED, SITUATION,
 COMMITMENT) = range(11)
STEP_COLUMNS: dict[int, ReviewStep] = {
    SELF: ReviewStep.SELF,
    BRANCH: ReviewStep.BRANCH,
    COMMITTEE: ReviewStep.COMMITTEE,
    SUPERIOR: ReviewStep.SUPERIOR,
}
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 2
REFUSED_COLOUR = "#f8c9c6"
_Index = QModelIndex | QPersistentModelIndex


def two_lines(title: str) -> str:
    """A title of three words or more broken at the space nearest its middle: the columns are
    as wide as their ratings, not their titles."""
    spaces = [i for i, c in enumerate(title) if c == " "]
    if len(spaces) < 2:
        return title
    cut = min(spaces, key=lambda i: abs(i - len(title) / 2))
    return title[:cut] + "\n" + title[cut + 1:]


@dataclass(frozen=True)
class Refusal:
    """A rating the service did not record, and why (its message names the member)."""

    member_id: int
    step: ReviewStep
    full_name: str
    message: str


class ReviewTableModel(QAbstractTableModel):
    rating_entered = Signal(int, object, object)  # member_id, ReviewStep, Rating | None
    refusals_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ReviewRow] = []
        self._refused: dict[tuple[int, ReviewStep], Refusal] = {}

    # -- content -----------------------------------------------------------------------------
    def set_rows(self, rows: tuple[ReviewRow, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def step_title(self, step: ReviewStep) -> str:
        column = next(c for c, s in STEP_COLUMNS.items() if s is step)
        return self.headerData(column, Qt.Orientation.Horizontal)

    # -- refused cells -----------------------------------------------------------------------
    def mark_refused(self, member_id: int, step: ReviewStep, message: str) -> None:
        i = self.row_of(member_id)
        name = self._rows[i].full_name if i >= 0 else ""
        self._refused[(member_id, step)] = Refusal(member_id, step, name, message)
        self._cell_changed(member_id, step)
        self.refusals_changed.emit()

    def clear_refused(self, member_id: int | None = None, step: ReviewStep | None = None) -> None:
        """Forget one cell's refusal, or all of them (another year shown)."""
        keys = [k for k in self._refused if member_id is None or k == (member_id, step)]
        for key in keys:
            del self._refused[key]
            self._cell_changed(*key)
        if keys:
            self.refusals_changed.emit()

    def refusals(self) -> list[Refusal]:
        return list(self._refused.values())

    def _cell_changed(self, member_id: int, step: ReviewStep) -> None:
        i = self.row_of(member_id)
        if i >= 0:
            column = next(c for c, s in STEP_COLUMNS.items() if s is step)
            self.dataChanged.emit(self.index(i, column), self.index(i, column))

    def row_at(self, row: int) -> ReviewRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, member_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.member_id == member_id), -1)

    def apply_rating(self, member_id: int, step: ReviewStep, rating: Rating | None) -> None:
        """Show a rating before the service confirms it (a refresh follows)."""
        i = self.row_of(member_id)
        if i < 0:
            return
        row = self._rows[i]
        steps = [s for s in row.steps if s.step is not step]
        if rating is not None:
            old = row.step(step)
            steps.append(replace(old, rating=rating) if old else StepEntry(step, rating))
        self._rows[i] = replace(row, steps=tuple(steps))
        self.dataChanged.emit(self.index(i, SELF), self.index(i, FINAL))

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COMMITMENT + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        # Unhandled roles go to the base class (alignment, fonts).
        if orientation == Qt.Orientation.Vertical:
            row = self.row_at(section)
            if row is not None and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return f"{section + 1}. {row.full_name}"
            return super().headerData(section, orientation, role)
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return two_lines([
                    self.tr("Member"), self.tr("Self score"), self.tr("By the rules"),
                    self.tr("Self"), self.tr("Branch"), self.tr("Committee"), self.tr("Superior"),
                    self.tr("Final"), self.tr("Discipline"), self.tr("Situation"),
                    self.tr("Commitment"),
                ][section])
            if role == Qt.ItemDataRole.ToolTipRole and section in STEP_COLUMNS:
                return self.tr("Type 1–4 or X, T, H, K to set the rating; Delete clears it.")
        return super().headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in STEP_COLUMNS else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == MEMBER_ID_ROLE:
            return row.member_id
        if role == Qt.ItemDataRole.TextAlignmentRole and col != NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        refusal = self._refused.get((row.member_id, STEP_COLUMNS[col])) if col in STEP_COLUMNS else None
        if refusal is not None and role == Qt.ItemDataRole.ToolTipRole:
            return refusal.message
        if role == Qt.ItemDataRole.BackgroundRole:
            if refusal is not None:
                return QBrush(QColor(REFUSED_COLOUR))
            if col in STEP_COLUMNS:
                return QBrush(QColor("#f4f8ff"))
            if col == DISCIPLINED and row.disciplined:
                return QBrush(QColor("#fde2e1"))
        if role == Qt.ItemDataRole.ToolTipRole and col == DISCIPLINED and row.disciplined:
            return "\n".join(d.describe().render(ui_language()) for d in row.disciplines)
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in STEP_COLUMNS:
            return False
        rating = value if isinstance(value, Rating) or value is None else Rating(value)
        row, step = self._rows[index.row()], STEP_COLUMNS[index.column()]
        if (row.member_id, step) in self._refused:  # typed again: the new rating is what counts
            self.clear_refused(row.member_id, step)
        if row.rating(step) is rating:
            return False
        self.apply_rating(row.member_id, step, rating)
        self.rating_entered.emit(row.member_id, step, rating)
        return True

    def _display(self, row: ReviewRow, col: int):
        if col == NAME:
            return row.full_name
        if col == SITUATION:
            return situation_title(row.situation)
        if col == COMMITMENT:
            if not row.has_commitment:
                return "—"
            signed = row.commitment_signed_on
            return signed.strftime("%d/%m/%Y") if signed else "✓"
        if col == SELF_SCORE:
            if row.self_score is None:
                return ""
            pct = "" if row.tasks_exceeded_pct is None else f" · {percent_value(row.tasks_exceeded_pct)}"
            return f"{number(row.self_score)}{pct}"
        if col == PROPOSED:
            return row.proposed_rating.value if row.proposed_rating else ""
        if col in STEP_COLUMNS:
            rating = row.rating(STEP_COLUMNS[col])
            return rating.value if rating else ""
        if col == FINAL:
            return row.final_rating.value if row.final_rating else ""
        if col == DISCIPLINED:
            return self.tr("Yes") if row.disciplined else ""
        return None
