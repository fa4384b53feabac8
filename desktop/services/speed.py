"""The services' speed measure: the cyclic garbage collector paused while a call builds many
objects without cycles. It stays because the evaluation row shows what it buys (`python -m
tests.benchmarks --only evaluate`, with 200,000 other objects alive as in a running program):
evaluating 2020 of the 1,000×20 file takes 22.6 ms with it, 25.0 ms without (one core: 22.5 /
23.8 ms; 300×20: 9.3 / 9.8 ms). It bought more before the evaluation made fewer objects (51 /
99 ms when it read every attendance mark as a row).

Loading one year of a 1,000-member branch makes ~20,000 objects (the members' histories and
timelines, the review's rows) that die when the call returns (~50,000 before). Counted by the
collector, they trigger collections (30 young ones per evaluation, a full one of the whole heap
every few evaluations) that find nothing to free. Paused, the objects are freed by reference counting as usual and the
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
