"""Calendar arithmetic the membership rules need: whole months and years, working days."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the month's last day when it is shorter (31/1 → 28/2)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


def add_working_days(day: date, count: int) -> date:
    """`count` working days (Monday to Friday) after `day`; public holidays are not known here,
    so the result may be a little early — a deadline shown early is the safe side."""
    out, left = day, count
    while left > 0:
        out += timedelta(days=1)
        if out.weekday() < 5:
            left -= 1
    return out


def dmy(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "—"
