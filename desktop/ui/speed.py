"""The window's process-wide speed measures. Each stays because a benchmark row shows what it
buys (`python -m tests.benchmarks --only ui`, 300×20 and 1,000×20 files; figures of one run
with and without the measure):

- Python hands the interpreter lock over every 1 ms instead of every 5 ms: the window's own
  Python (table models, slots) waits for it while a worker loads a page or a package. Longest
  stall opening and scrolling every page of the 1,000×20 file pinned to one core: 43 ms with
  it, 75 ms without; importing a province's 4,000 packages in the window: see the README.
- Once start-up is over, the objects alive then (modules, classes, Qt wrappers, the open
  file: they live as long as the window) are moved out of the collector's full passes, which
  otherwise walk ~150,000 objects each time: longest stall on the 1,000×20 file 41 ms with
  it, 74 ms without (the reviews page).
- The source text of imported modules is dropped from `linecache` whenever no worker runs:
  PySide6 reads the source of every module imported after it (to find `__feature__` imports)
  and linecache keeps it. Peak memory of the window on the 300×20 file: 166.5 MB with it,
  180.0 MB without.
"""

from __future__ import annotations

import gc
import linecache
import sys

SWITCH_INTERVAL_S = 0.001


def hand_over_often() -> None:
    """Call once, before the window's workers start."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def freeze_long_lived() -> None:
    """Call once start-up is over (and again after a file is opened: its objects live on)."""
    gc.freeze()


def drop_source_cache(busy: bool) -> None:
    """Connected to the runner's busy signal. Nothing here reads the cached source again
    (tracebacks reread what they need). Cleared only when no worker runs: a worker importing a
    module reads that cache, and a clear in between would fail its import."""
    if not busy:
        linecache.clearcache()
