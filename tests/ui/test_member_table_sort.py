"""The member model sorts itself by precomputed ranks (no Python call per comparison) and keeps
the selection on the same member across a sort; ranks are computed off the GUI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPersistentModelIndex, Qt

from desktop.domain.enums import Sex
from desktop.domain.situation import Situation, Standing
from desktop.services.members import MemberRow
from desktop.ui.models.member_table import BIRTH_DATE, NAME, MemberTableModel, rank_rows


def _row(mid: int, name: str, born: date) -> MemberRow:
    return MemberRow(mid, name, born, Sex.FEMALE, None, None, "", "", "",
                     Situation(Standing.OFFICIAL), ())


ROWS = [
    _row(1, "Lê Thị Bình", date(1980, 5, 1)),
    _row(2, "Trần Văn An", date(1975, 1, 2)),
    _row(3, "Đỗ Đức Dũng", date(1990, 3, 4)),
    _row(4, "Nguyễn Văn An", date(1985, 7, 8)),
]


def names(model: MemberTableModel) -> list[str]:
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


def test_rank_rows_orders_by_given_name_then_family_name():
    ranks = rank_rows(ROWS)
    # Given names An, An, Bình, Dũng; the two "An" by family name: Nguyễn before Trần.
    by_rank = sorted(range(len(ROWS)), key=ranks[NAME].__getitem__)
    assert [ROWS[i].full_name for i in by_rank] == ["Nguyễn Văn An", "Trần Văn An", "Lê Thị Bình",
                                                   "Đỗ Đức Dũng"]
    # Birth dates: 1975 (Trần Văn An) first, 1990 (Đỗ Đức Dũng) last.
    assert ranks[BIRTH_DATE] == [1, 0, 3, 2]


def test_sort_reorders_rows_and_keeps_persistent_indexes(qapp):
    model = MemberTableModel()
    model.set_rows(ROWS, rank_rows(ROWS))
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Nguyễn Văn An", "Trần Văn An", "Lê Thị Bình", "Đỗ Đức Dũng"]
    kept = QPersistentModelIndex(model.index(2, NAME))  # Lê Thị Bình
    model.sort(BIRTH_DATE, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Đỗ Đức Dũng", "Nguyễn Văn An", "Lê Thị Bình", "Trần Văn An"]
    assert kept.row() == 2 and kept.data() == "Lê Thị Bình"
    # A reload keeps the chosen order.
    model.set_rows(list(reversed(ROWS)))
    assert names(model) == ["Đỗ Đức Dũng", "Nguyễn Văn An", "Lê Thị Bình", "Trần Văn An"]
