"""Benchmark (not part of the default run): evaluate one year of a 300-member branch that holds
20 years of records. The issue's target: 50 ms or less, reading only that year's rows.

    python -m tests.benchmarks.bench_evaluate            # or: python tests/benchmarks/bench_evaluate.py

Prints the median and best of several evaluations, the number of SQL statements of one
evaluation, and the ratio against a floor measured in the same run (evaluating the year when
the file holds that year alone), so the cost of the other 19 years is visible.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import event

TARGET_MS = 50.0
MEMBERS, YEARS, LAST_YEAR = 300, 20, 2025


def build(path: Path, years: int):
    from desktop.services.demo.generator import generate_branch
    from desktop.store.database import open_database, unit_of_work

    db = open_database(path, create=True)
    with unit_of_work(db) as s:
        generate_branch(s, members=MEMBERS, years=years, last_year=LAST_YEAR, seed=11, today=date(LAST_YEAR, 12, 31))
    return db


def measure(db, runs: int = 15) -> tuple[float, float, int]:
    from desktop.services.evaluation import EvaluationService

    service = EvaluationService(db)
    service.evaluate(LAST_YEAR - 5, date(LAST_YEAR - 5, 12, 31))  # pins the rulebook, warms caches
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        service.evaluate(LAST_YEAR - 5 if YEARS > 5 else LAST_YEAR, date(LAST_YEAR - 5, 12, 31))
        times.append((time.perf_counter() - t0) * 1000)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    service.evaluate(LAST_YEAR - 5, date(LAST_YEAR - 5, 12, 31))
    return statistics.median(times), min(times), len(statements)


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        big = build(Path(tmp) / "big.sqlite", YEARS)
        print(f"built {MEMBERS} members × {YEARS} years in {time.perf_counter() - t0:.1f} s")
        median, best, queries = measure(big)
        big.close()
        small = build(Path(tmp) / "small.sqlite", 6)
        floor_median, _, _ = measure(small)
        small.close()
    verdict = "OK" if median <= TARGET_MS else "OVER TARGET"
    print(f"evaluate one year ({MEMBERS} members, {YEARS} years on file): median {median:.1f} ms, "
          f"best {best:.1f} ms, {queries} SQL statements — target ≤ {TARGET_MS:.0f} ms: {verdict}")
    print(f"floor (same branch, 6 years on file): median {floor_median:.1f} ms; ratio {median / floor_median:.2f}")
    return 0 if median <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
