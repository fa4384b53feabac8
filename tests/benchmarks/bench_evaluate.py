"""Benchmark: evaluate one year of a branch that holds 20 years of records (300 and 1,000
members). Targets: 50 ms or less; on the 1,000×20 file also at most twice the floor.

Floor, measured in the same run: a bare SELECT of that year's meetings and of their attendance,
vote and quality rows on the same file (what any evaluation must at least read). Also printed:
the SQL statements of one evaluation, and (kept from the first version of this benchmark) the
same year evaluated on a file that holds 6 years only, so the cost of the other years shows.

    python -m tests.benchmarks --only evaluate
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import event, text

from tests.benchmarks.table import Row, median_ms

TARGET_MS = 50.0
MAX_RATIO = 2.0
YEAR = 2020  # mid-history: 15 years before it and 5 after are on file
RUNS = 15
QUICK_RUNS = 7

_YEAR_ROWS = (
    "SELECT * FROM meeting WHERE held_on BETWEEN :a AND :b AND superseded_by_id IS NULL",
    "SELECT attendance.* FROM attendance JOIN meeting ON meeting.id = attendance.meeting_id "
    "WHERE meeting.held_on BETWEEN :a AND :b AND meeting.superseded_by_id IS NULL",
    "SELECT vote.* FROM vote JOIN meeting ON meeting.id = vote.meeting_id "
    "WHERE meeting.held_on BETWEEN :a AND :b AND meeting.superseded_by_id IS NULL",
    "SELECT quality_item.* FROM quality_item JOIN meeting ON meeting.id = quality_item.meeting_id "
    "WHERE meeting.held_on BETWEEN :a AND :b AND meeting.superseded_by_id IS NULL",
)


def _bare_select(db) -> None:  # noqa: ANN001
    bounds = {"a": date(YEAR, 1, 1), "b": date(YEAR, 12, 31)}
    with db.engine.connect() as conn:
        for sql in _YEAR_ROWS:
            conn.execute(text(sql), bounds).fetchall()


def measure(path: Path, folder: Path, runs: int = RUNS) -> tuple[float, float, int]:
    """(median ms of one evaluation, median ms of the bare SELECT, SQL statements of one)."""
    from desktop.clock import Clock
    from desktop.devtools.bench_data import working_copy
    from desktop.services.evaluation import EvaluationService
    from desktop.store.database import open_database

    db = open_database(working_copy(path, folder), backup_dir=folder / "backups")
    try:
        as_of = date(YEAR, 12, 31)
        service = EvaluationService(db, clock=Clock.fixed(as_of))
        service.evaluate(YEAR, as_of)  # pins the year's rulebook (a write, once), warms caches
        figure = median_ms(lambda: service.evaluate(YEAR, as_of), runs)
        floor = median_ms(lambda: _bare_select(db), runs)
        statements: list[str] = []
        listener = lambda *a: statements.append(a[2])  # noqa: E731
        event.listen(db.engine, "before_cursor_execute", listener)
        service.evaluate(YEAR, as_of)
        event.remove(db.engine, "before_cursor_execute", listener)
        return figure, floor, len(statements)
    finally:
        db.close()


def rows(quick: bool = False) -> list[Row]:
    from desktop.devtools.bench_data import branch_file

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        six_years = None
        for members in (300, 1000):
            figure, floor, queries = measure(branch_file(members, 20), Path(tmp) / f"{members}",
                                             QUICK_RUNS if quick else RUNS)
            note = f"{queries} SQL statements per evaluation"
            if members == 300 and not quick:
                six_years, _, _ = measure(branch_file(300, 6), Path(tmp) / "300x6")
                note += f"; the same year on a 6-year file: {six_years:.1f} ms"
            out.append(Row(f"evaluate {YEAR}, {members}×20 file", figure, "ms", floor,
                           "bare SELECT of the year", max_figure=TARGET_MS,
                           max_ratio=MAX_RATIO if members == 1000 else None,
                           ci_max_ratio=3.0 if members == 1000 else None, note=note))
    return out


if __name__ == "__main__":
    from tests.benchmarks.table import render

    print(render(rows()))
