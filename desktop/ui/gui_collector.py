"""Python's cyclic garbage collector runs on the GUI thread only, while the window is open.

Python collects cycles in whichever thread happens to allocate when a threshold is crossed. A
worker building a PDF could then free a closed dialog's Qt wrappers and so delete Qt objects off
the GUI thread, which crashes the program (seen: a segmentation fault while a worker parsed the
document fonts and the GUI thread handled its posted events). As Anki does, the automatic
collector is switched off while the window runs, and a timer on the GUI thread collects with
Python's own thresholds, so what is collected and when stays as before, only the thread changes.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

TICK_MS = 500  # often enough that garbage never piles up; a tick below a threshold costs nothing


class GuiThreadCollector(QObject):
    """Create it on the GUI thread (parented to the application); `stop()` gives the collector
    back to Python."""

    def __init__(self, parent: QObject | None = None, tick_ms: int = TICK_MS):
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(tick_ms)

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold (as Python would)."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [generation for generation in range(3)
               if thresholds[generation] and counts[generation] > thresholds[generation]]
        return gc.collect(due[-1]) if due else 0

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
