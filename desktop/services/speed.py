"""The services' speed measure: the cyclic garbage collector paused while a call builds many
objects without cycles. It stays because the evaluation row shows what it buys (`python -m
tests.benchmarks --only evaluate`, with 200,000 other objects alive as in a running program):
evaluating 2020 of the 1,000×20 file takes 51 ms with it, 99 ms without (300×20: 21.4 / 22.0 ms).

Loading one year of a 1,000-member branch makes ~40,000 row objects that die when the call
returns. Counted by the collector, they trigger collections (full ones of the whole heap) that
find nothing to free. Paused, the objects are freed by reference counting as usual and the
collector's counters are untouched. (The package verifier no longer pauses it: it bought nothing
measurable there, see desktop/exchange/speed.py.) In the window the collector is already off on
worker threads (ui/gui_collector.py), so this changes nothing there.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def transient_objects() -> Iterator[None]:
    """Nested or concurrent uses are safe: only the use that paused the collector resumes it."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
