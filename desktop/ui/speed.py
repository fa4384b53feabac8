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
- PySide6 is told that no module uses its `__feature__` switches (snake_case, true_property;
  the window uses neither): otherwise it reads the source of every module imported after it,
  and of every module an import statement names again, to look for the word "PySide6"
  (`inspect.getsource`, kept in `linecache`): ~330 modules at start-up. On the 300×20 file,
  one core, two runs each: first paint 154 / 155 ms with it, 168 / 165 ms without; overview
  filled 855 / 840 ms with it, 1,007 / 976 ms without; peak memory 151.3 / 151.5 MB with it,
  166.3 / 166.1 MB without, where the source cache was then dropped whenever no worker ran
  (which this replaces: what is left in `linecache` is ~0.4 MB).
"""

from __future__ import annotations

import gc
import sys

SWITCH_INTERVAL_S = 0.001


def hand_over_often() -> None:
    """Call once, before the window's workers start."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def skip_feature_scan() -> None:
    """Call once, right after PySide6 is first imported. Every module is then "ignored" by
    PySide6's feature switching, which is what it decides for a module that never names
    PySide6; the window selects no feature, so every module sees Qt's own names either way.
    Nothing is done if PySide6 no longer has this check."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_no_feature  # noqa: SLF001 - see the module's note


def _uses_no_feature(module: object) -> bool:  # noqa: ARG001 - PySide6's signature
    return False


def freeze_long_lived() -> None:
    """Call once start-up is over (and again after a file is opened: its objects live on)."""
    gc.freeze()
