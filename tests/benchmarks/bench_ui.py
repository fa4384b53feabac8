"""Benchmarks of the window, each in fresh processes (offscreen Qt, private settings folder):

- start to the first painted main window on the 300×20 file vs a bare PySide6 QMainWindow
  (ratio ≤ 1.3), start to the overview showing its figures (for information), and the peak
  memory of the same (ratio ≤ 1.5); median of RUNS, bare and app runs interleaved so both see
  the same machine noise;
- the longest event-loop stall while opening each page and scrolling each list to the bottom
  on the 1,000×20 file (≤ 100 ms); floor: the timer's own worst gap over one idle second.

    python -m tests.benchmarks --only ui
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.table import Row

RUNS = 5
ROOT = Path(__file__).resolve().parents[2]


def _child(args: list[str], home: Path, timeout: int = 300) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHIBO_CONFIG_DIR=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_CONFIG_HOME=str(home / "config"))
    launched = time.time()
    done = subprocess.run([sys.executable, "-m", "tests.benchmarks.ui_child", args[0],
                           *([str(launched)] if args[0] != "stall" else []), *args[1:]],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        raise RuntimeError(f"ui_child {args[0]} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(lines[-1])


def startup_rows(tmp: Path) -> list[Row]:
    from desktop.devtools.bench_data import branch_file, working_copy

    data = working_copy(branch_file(300, 20), tmp / "start")
    home = tmp / "home"
    _child(["bare"], home)  # warm-up: disk cache, fontconfig cache, first backup of the file
    _child(["app", str(data)], home)
    bare, app = [], []
    for _ in range(RUNS):
        bare.append(_child(["bare"], home))
        app.append(_child(["app", str(data)], home))

    def med(runs: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    return [
        Row("start → first painted window, 300×20", med(app, "ms"), "ms", med(bare, "ms"),
            "bare PySide6 QMainWindow", max_ratio=1.3,
            note=f"median of {RUNS} fresh processes each, launched as `chibo --db FILE`; the "
                 "window paints with its menus and «Đang mở tệp dữ liệu…» while a worker "
                 "opens the file"),
        Row("start → overview filled, 300×20", med(app, "ready_ms"), "ms", med(bare, "ms"),
            "bare PySide6 QMainWindow",
            note="the first paint once every overview card shows its figures; the rest of "
                 f"the pages' code is loaded in the background by {med(app, 'idle_ms'):.0f} ms"),
        Row("peak memory of the same", med(app, "rss_mb"), "MB", med(bare, "rss_mb"),
            "bare PySide6 QMainWindow", max_ratio=1.5,
            note="peak resident memory (VmHWM) read once the app is idle with every page's "
                 "code loaded"),
    ]


def stall_rows(tmp: Path) -> list[Row]:
    from desktop.devtools.bench_data import branch_file, working_copy

    data = working_copy(branch_file(1000, 20), tmp / "stall")
    result = _child(["stall", str(data)], tmp / "home", timeout=900)
    pages = result["pages"]
    worst_key = max(pages, key=lambda k: max(pages[k]["open_ms"], pages[k]["scroll_ms"]))
    worst = max(pages[worst_key]["open_ms"], pages[worst_key]["scroll_ms"])
    detail = "; ".join(f"{k} open {v['open_ms']:.0f}/scroll {v['scroll_ms']:.0f} ms "
                       f"({v['views']} lists, {v['rows']} rows)" for k, v in pages.items())
    return [Row("longest stall, pages + scrolling, 1,000×20", worst, "ms",
                max(result["idle_ms"], 0.1), "10 ms timer idle gap", max_figure=100.0,
                note=f"worst on «{worst_key}». {detail}")]


def rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as name:
        return startup_rows(Path(name)) + stall_rows(Path(name))


if __name__ == "__main__":
    from tests.benchmarks.table import render

    print(render(rows()))
