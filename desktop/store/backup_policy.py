"""Which backups to delete: keep everything from today, then one a day for 2 weeks, one a week
for 3 months, one a month for 3 years (the newest of each period is the one kept, as in Anki).

A pure function of the list and "now", so it is tested with worked examples and never touches
the disk. The newest backup overall is never deleted, whatever its age: a file untouched for
years must still have one. Nor is a pinned backup (one an operation in progress reads, such as
the backup being restored): it is kept besides the one its period keeps.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

DAILY_DAYS = 14
WEEKLY_MONTHS = 3
MONTHLY_YEARS = 3


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier, clamped to the month's end (31 May → 28 Feb)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


def period_of(made: date, today: date) -> tuple | None:
    """The thinning period a backup made on `made` belongs to; None = too old to keep."""
    if made >= today:
        return ("today",)  # today's (and clock-skewed future) backups are all kept
    if made >= today - timedelta(days=DAILY_DAYS):
        return ("day", made)
    if made >= months_before(today, WEEKLY_MONTHS):
        iso = made.isocalendar()
        return ("week", iso.year, iso.week)
    if made >= months_before(today, MONTHLY_YEARS * 12):
        return ("month", made.year, made.month)
    return None


def backups_to_delete(
    backups: Iterable[tuple[Path, datetime]], now: datetime, pinned: Collection[Path] = (),
) -> list[Path]:
    """The paths to delete, oldest first. Within a period the newest backup survives; a path in
    `pinned` is never deleted."""
    ordered = sorted(backups, key=lambda item: (item[1], str(item[0])), reverse=True)
    today = now.date()
    seen: set[tuple] = set()
    doomed: list[Path] = []
    for position, (path, made_at) in enumerate(ordered):
        period = period_of(made_at.date(), today)
        if position == 0 or period == ("today",):
            seen.add(period or ("newest",))
            continue
        if period is None or period in seen:
            if path not in pinned:
                doomed.append(path)
        else:
            seen.add(period)
    doomed.reverse()
    return doomed
