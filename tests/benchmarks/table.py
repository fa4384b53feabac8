"""One row of the benchmark table and the table itself: figure, floor measured in the same run,
ratio, target and verdict. A row may carry two targets (an absolute figure and a ratio to its
floor): it is OK only when it meets both.

Verdicts: OK (target met), MISS (missed, by less than twice the target), FAIL (worse than twice
the target: a figure above 2 × its absolute target, or a ratio above 2 × its target ratio). The
CI guard (`--quick`) fails on FAIL only, so machine noise cannot fail it. A row whose target is
not met yet (README, "what stands in the way") carries its own CI limit instead, about 1.5 times
its figure today: it is shown as FAIL or MISS against its target, and fails CI only if it gets
that much worse.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

FAIL_FACTOR = 2.0


@dataclass(frozen=True)
class Row:
    name: str
    figure: float
    unit: str  # "ms", "MB", "s"
    floor: float | None = None  # the same work on the bare library, in the same unit
    floor_name: str = ""
    max_ratio: float | None = None  # target as a ratio to the floor…
    max_figure: float | None = None  # …and/or as an absolute figure
    note: str = ""
    ci_max_ratio: float | None = None  # a target not met yet: CI fails the row beyond this ratio

    @property
    def ratio(self) -> float | None:
        return self.figure / self.floor if self.floor else None

    @property
    def target(self) -> str:
        parts = []
        if self.max_figure is not None:
            parts.append(f"≤ {self.max_figure:g} {self.unit}")
        if self.max_ratio is not None:
            parts.append(f"ratio ≤ {self.max_ratio:g}")
        return ", ".join(parts) or "(figure)"

    def _meets(self, factor: float) -> bool:
        if self.max_ratio is not None and (self.ratio is None or self.ratio > self.max_ratio * factor):
            return False
        return self.max_figure is None or self.figure <= self.max_figure * factor

    @property
    def verdict(self) -> str:
        if self.max_ratio is None and self.max_figure is None:
            return "info"
        if self._meets(1.0):
            return "OK"
        return "MISS" if self._meets(FAIL_FACTOR) else "FAIL"

    @property
    def fails_ci(self) -> bool:
        if self.ci_max_ratio is not None:
            return self.ratio is None or self.ratio > self.ci_max_ratio
        return self.verdict == "FAIL"

    def as_dict(self) -> dict:
        return asdict(self)


def _num(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:,.1f} {unit}" if value < 1000 else f"{value:,.0f} {unit}"


def _note(row: Row) -> str:
    limit = (f"CI fails this row beyond ratio {row.ci_max_ratio:g} until its target is met."
             if row.ci_max_ratio is not None else "")
    note = row.note if not row.note or row.note.endswith(".") else row.note + "."
    return " ".join(part for part in (note, limit) if part)


def render(rows: list[Row], all_cores: dict[str, Row] | None = None) -> str:
    """The table; with `all_cores` (the same rows measured without pinning, by name), a first
    figure column shows them, and floor, ratio and verdict are those of `rows` (one core)."""
    head = ("row", "figure", "floor (same run)", "ratio", "target", "verdict")
    if all_cores is not None:
        head = ("row", "all cores", "1 core", "floor (1 core, same run)", "ratio", "target", "verdict")
    body = []
    for r in rows:
        line = [r.name, _num(r.figure, r.unit),
                f"{_num(r.floor, r.unit)} {r.floor_name}".strip() if r.floor is not None else "—",
                f"{r.ratio:.2f}" if r.ratio is not None else "—", r.target, r.verdict]
        if all_cores is not None:
            other = all_cores.get(r.name)
            line.insert(1, _num(other.figure, other.unit) if other else "—")
        body.append(tuple(line))
    left = {0, len(head) - 4, len(head) - 2}  # row, floor, target
    widths = [max(len(line[i]) for line in [head, *body]) for i in range(len(head))]
    fmt = "  ".join(f"{{:{'<' if i in left else '>'}{w}}}" for i, w in enumerate(widths))
    lines = [fmt.format(*head), "  ".join("-" * w for w in widths)]
    lines += [fmt.format(*line) for line in body]
    notes = [f"  [{n}] {r.name}: {_note(r)}" for n, r in enumerate(rows, 1) if _note(r)]
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
