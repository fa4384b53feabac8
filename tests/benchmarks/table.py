"""One row of the benchmark table and the table itself: figure, floor measured in the same run,
ratio, target and verdict."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    name: str
    figure: float
    unit: str  # "ms", "MB", "s"
    floor: float | None = None  # the same work on the bare library, in the same unit
    floor_name: str = ""
    max_ratio: float | None = None  # target as a ratio to the floor…
    max_figure: float | None = None  # …or as an absolute figure
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.figure / self.floor if self.floor else None

    @property
    def target(self) -> str:
        if self.max_ratio is not None:
            return f"ratio ≤ {self.max_ratio:g}"
        if self.max_figure is not None:
            return f"≤ {self.max_figure:g} {self.unit}"
        return "(figure)"

    @property
    def verdict(self) -> str:
        if self.max_ratio is not None:
            return "OK" if self.ratio is not None and self.ratio <= self.max_ratio else "MISS"
        if self.max_figure is not None:
            return "OK" if self.figure <= self.max_figure else "MISS"
        return "info"


def _num(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:,.1f} {unit}" if value < 1000 else f"{value:,.0f} {unit}"


def render(rows: list[Row]) -> str:
    head = ("row", "figure", "floor (same run)", "ratio", "target", "verdict")
    body = [(r.name, _num(r.figure, r.unit),
             f"{_num(r.floor, r.unit)} {r.floor_name}".strip() if r.floor is not None else "—",
             f"{r.ratio:.2f}" if r.ratio is not None else "—", r.target, r.verdict) for r in rows]
    widths = [max(len(line[i]) for line in [head, *body]) for i in range(len(head))]
    fmt = "  ".join(f"{{:{'<' if i in (0, 2, 4) else '>'}{w}}}" for i, w in enumerate(widths))
    lines = [fmt.format(*head), "  ".join("-" * w for w in widths)]
    lines += [fmt.format(*line) for line in body]
    notes = [f"  [{n}] {r.name}: {r.note}" for n, r in enumerate(rows, 1) if r.note]
    return "\n".join(lines + (["", "Notes:", *notes] if notes else []))


def median_ms(fn: Callable[[], object], runs: int, warm: int = 1) -> float:
    """Median wall time of `runs` calls in milliseconds, after `warm` untimed calls."""
    for _ in range(warm):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
