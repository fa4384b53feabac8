"""`python -m tests.benchmarks`: build (or reuse) the benchmark data, run every benchmark and
print one table (figure, floor measured in the same run, ratio, target, verdict).

    python -m tests.benchmarks                  # every row, on all cores
    python -m tests.benchmarks --slow           # every row twice: on all cores, then pinned to
                                                # one core (an old office PC); verdicts: one core
    python -m tests.benchmarks --quick          # the CI subset (fewer runs, < 2 min once the
                                                # data is built); fails only on FAIL
    python -m tests.benchmarks --only ui,exchange,evaluate,minutes,encryption

Exit code 1 if a row misses its target (with --quick: only if a row is worse than twice its
target, or than its own CI limit while its target is not met: see table.py). The one-core pass runs in a child process whose affinity is set before it
starts, so every thread and every process it starts (the window's children) inherits it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SUITES = ("ui", "evaluate", "minutes", "exchange", "encryption")
ROOT = Path(__file__).resolve().parents[2]


def _suite(name: str):  # noqa: ANN202 - a module
    from importlib import import_module

    if name not in SUITES:
        raise SystemExit(f"unknown suite {name!r}; known: {', '.join(SUITES)}")
    return import_module(f"tests.benchmarks.bench_{name}")


def machine() -> str:
    """One line: CPU model, cores (usable by this process), memory, load, Python."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            model = next((line.split(":", 1)[1].strip() for line in info
                          if line.startswith("model name")), model)
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    memory = ""
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            total_kb = next(int(line.split()[1]) for line in info if line.startswith("MemTotal:"))
        memory = f", {total_kb / 2**20:.1f} GB memory"
    except (OSError, StopIteration):
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = ", load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    return (f"machine: {model}, {os.cpu_count()} cores ({usable} usable){memory}{load}; "
            f"Python {platform.python_version()}")


def run_rows(names: list[str], quick: bool) -> list:
    rows = []
    for name in names:
        started = time.perf_counter()
        rows += _suite(name).rows(quick=quick)
        print(f"… {name} done in {time.perf_counter() - started:.0f} s", flush=True)
    return rows


def _pass(names: list[str], quick: bool, core: int | None) -> list:
    """The rows measured by a child process, pinned to `core` if given."""
    from tests.benchmarks.table import Row

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.json"
        argv = [sys.executable, "-m", "tests.benchmarks", "--only", ",".join(names),
                "--json", str(out), *(["--quick"] if quick else [])]
        pin = (lambda: os.sched_setaffinity(0, {core})) if core is not None else None
        done = subprocess.run(argv, cwd=ROOT, preexec_fn=pin, check=False)  # noqa: PLW1509
        if done.returncode not in (0, 1) or not out.exists():
            raise SystemExit(f"the benchmark pass failed ({done.returncode})")
        return [Row(**row) for row in json.loads(out.read_text(encoding="utf-8"))]


def main(argv: list[str] | None = None) -> int:
    from tests.benchmarks.table import render

    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("--only", default=",".join(SUITES), help="comma-separated: " + ", ".join(SUITES))
    parser.add_argument("--slow", action="store_true",
                        help="run on all cores, then pinned to one core; verdicts on one core")
    parser.add_argument("--quick", action="store_true",
                        help="the CI subset; exit 1 only on a row worse than twice its target")
    parser.add_argument("--core", type=int, default=None,
                        help="the core the --slow pass is pinned to (default: the last usable)")
    parser.add_argument("--json", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    names = [name.strip() for name in args.only.split(",") if name.strip()]
    for name in names:
        _suite(name)  # an unknown name stops here, before anything is measured
    started = time.perf_counter()
    if args.json is not None:  # one pass of --slow, in a child process
        rows = run_rows(names, args.quick)
        args.json.write_text(json.dumps([r.as_dict() for r in rows], ensure_ascii=False), encoding="utf-8")
        return 0
    print(machine(), flush=True)
    if args.slow:
        core = args.core if args.core is not None else max(os.sched_getaffinity(0))
        print("… pass 1 of 2: all cores", flush=True)
        all_cores = {r.name: r for r in _pass(names, args.quick, None)}
        print(f"… pass 2 of 2: pinned to core {core}", flush=True)
        rows = _pass(names, args.quick, core)
        table = render(rows, all_cores)
    else:
        rows = run_rows(names, args.quick)
        table = render(rows)
    print()
    print(table)
    print(f"\n{len(rows)} rows in {time.perf_counter() - started:.0f} s")
    if args.quick:
        return 1 if any(r.fails_ci for r in rows) else 0
    return 1 if any(r.verdict in ("MISS", "FAIL") for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
