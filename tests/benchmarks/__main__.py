"""`python -m tests.benchmarks`: build (or reuse) the benchmark data, run every benchmark and
print one table. `--only ui,exchange,evaluate,minutes,encryption` runs a subset. Exit code 1 if a row
misses its target."""

from __future__ import annotations

import argparse
import time


def main(argv: list[str] | None = None) -> int:
    from tests.benchmarks import (
        bench_encryption,
        bench_evaluate,
        bench_exchange,
        bench_minutes,
        bench_ui,
    )
    from tests.benchmarks.table import render

    suites = {"ui": bench_ui, "evaluate": bench_evaluate, "minutes": bench_minutes,
              "exchange": bench_exchange, "encryption": bench_encryption}
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("--only", default=",".join(suites), help="comma-separated: " + ", ".join(suites))
    args = parser.parse_args(argv)
    rows = []
    started = time.perf_counter()
    for name in args.only.split(","):
        t0 = time.perf_counter()
        rows += suites[name.strip()].rows()
        print(f"… {name} done in {time.perf_counter() - t0:.0f} s", flush=True)
    print()
    print(render(rows))
    print(f"\n{len(rows)} rows in {time.perf_counter() - started:.0f} s")
    return 1 if any(r.verdict == "MISS" for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
