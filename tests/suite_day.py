"""The day the suite runs on, whatever the real date: services, the window and the command line
under test get this clock (`clock` fixture in conftest.py, `SUITE_CLOCK` for `main(argv, clock)`)
unless a test needs another day, which it then names with `Clock.fixed(...)`.

A Wednesday late in 2026, the year most of the suite's records are written in.
"""

from __future__ import annotations

from datetime import datetime

from desktop.clock import Clock

SUITE_NOW = datetime(2026, 11, 18, 10, 0)
SUITE_CLOCK = Clock.fixed(SUITE_NOW)
