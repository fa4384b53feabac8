"""A calendar month, the unit of the dues ledger: «2026-07» in files and commands, «07/2026» on
paper and screen, the first day of the month in the data file."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_TEXT = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not 1-12")

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @classmethod
    def parse(cls, text: str) -> Month | None:
        """«2026-07» (or «2026-7») → Month; anything else → None (the caller names the field)."""
        found = _TEXT.match(str(text))
        if not found:
            return None
        year, month = int(found.group(1)), int(found.group(2))
        if not 1 <= month <= 12 or not 1900 <= year <= 2200:
            return None
        return cls(year, month)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def plus(self, months: int) -> Month:
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)

    def until(self, last: Month) -> list[Month]:
        """Every month from this one to `last`, both included (empty when `last` is earlier)."""
        out, month = [], self
        while month <= last:
            out.append(month)
            month = month.next()
        return out

    def label(self) -> str:
        """«07/2026», as months are written in Vietnamese documents."""
        return f"{self.month:02d}/{self.year}"

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def year_months(year: int) -> list[Month]:
    return [Month(year, m) for m in range(1, 13)]
