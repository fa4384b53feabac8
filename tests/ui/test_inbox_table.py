"""The inbox table sorts itself by one key per row (a province's 4,000 branches would cost a
sorting proxy ~270,000 Python calls): every column sorts, in both orders, through the page's
filter, and a reload keeps the chosen order."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPersistentModelIndex, Qt

from desktop.services.inbox import BranchResult, CriterionVerdict
from desktop.ui.models.inbox_table import InboxTableModel
from desktop.ui.pages.inbox import _VerdictFilter


def _result(code: str, name: str, seq: int, scores: dict[str, float], four_good: bool) -> BranchResult:
    criteria = tuple(CriterionVerdict(n, f"Tiêu chí {n}", s, 25.0, s >= 20) for n, s in scores.items())
    return BranchResult(code, name, 2025, seq, four_good, criteria,
                        datetime(2026, 1, 10, 8, 30), seq, ())


ROWS = [
    _result("CB-TDP07", "Chi bộ Tổ dân phố số 7", 2, {"1": 22.5, "2": 18.0}, False),
    _result("CB-TDP03", "Chi bộ Tổ dân phố số 3", 1, {"1": 24.0, "2": 23.5}, True),
    _result("CB-THCS", "Chi bộ Trường THCS Ba Đình", 3, {"1": 19.0}, False),
]


def _codes(proxy) -> list[str]:  # noqa: ANN001
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_every_column_sorts_both_ways_through_the_filter(qtbot) -> None:  # noqa: ARG001 - a QApplication
    model = InboxTableModel()
    proxy = _VerdictFilter(None)
    proxy.setSourceModel(model)
    model.set_rows(ROWS)
    assert model.columnCount() == 3 + 2 + 1
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert _codes(proxy) == ["CB-TDP03", "CB-TDP07", "CB-THCS"]
    proxy.sort(2, Qt.SortOrder.DescendingOrder)  # package number
    assert _codes(proxy) == ["CB-THCS", "CB-TDP07", "CB-TDP03"]
    proxy.sort(4, Qt.SortOrder.AscendingOrder)  # criterion 2; a branch without it comes first
    assert _codes(proxy) == ["CB-THCS", "CB-TDP07", "CB-TDP03"]
    assert proxy.index(0, 4).data() == ""
    assert proxy.index(1, 4).data() == "Not good (18/25)"
    proxy.sort(5, Qt.SortOrder.DescendingOrder)  # the verdict: four good first
    assert _codes(proxy)[0] == "CB-TDP03"
    assert proxy.index(0, 5).data() == "Achieved"

    model.set_rows(list(reversed(ROWS)))  # a reload after an import keeps the order chosen
    assert _codes(proxy)[0] == "CB-TDP03"
    proxy.verdict = False
    proxy.invalidate()
    assert sorted(_codes(proxy)) == ["CB-TDP07", "CB-THCS"]


def test_a_selected_row_follows_its_branch_when_sorted(qtbot) -> None:  # noqa: ARG001
    model = InboxTableModel()
    model.set_rows(ROWS)
    kept = QPersistentModelIndex(model.index(0, 1))  # CB-TDP07
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.row_at(kept.row()).code == "CB-TDP07"
