"""The clock is an argument: services, the window and the CLI ask a `Clock` for "today" and
"now" instead of the system, so a test (or CI's run under a shifted date) decides the day.

Built once by each front end (`Clock()` is the real one) and handed down with the services.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timezone


class Clock:
    """Local wall-clock time, as the secretary reads it, from `source` (the system by default)."""

    def __init__(self, source: Callable[[], datetime] | None = None):
        self._source = source or datetime.now

    @classmethod
    def fixed(cls, moment: datetime | date) -> Clock:
        """A clock that always answers `moment` (a date means 10:00 that day)."""
        if not isinstance(moment, datetime):
            moment = datetime.combine(moment, time(10, 0))
        return cls(lambda: moment)

    def now(self) -> datetime:
        """Local time without a zone (what a backup's name and a printed date use)."""
        moment = self._source()
        return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment

    def today(self) -> date:
        return self.now().date()

    def utcnow(self) -> datetime:
        """Timezone-aware UTC, to the second (what the data file stores)."""
        return self.now().astimezone(timezone.utc).replace(microsecond=0)
