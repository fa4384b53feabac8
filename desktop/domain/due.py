"""The "due soon" list (DOMAIN.md §12): what the secretary must act on before the next regular
meeting or within a window of days. Every line has a kind, a subject in words, the day it is
due, and the record it opens. Lines come from sources (see `desktop.services.due_sources`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.wording import Text


@dataclass(frozen=True)
class RecordRef:
    """The record a line opens: a page key of the window and the record's id there."""

    page: str
    record_id: int
    part: str = ""  # where in the record the action is ("lifecycle": the member's second tab)


@dataclass(frozen=True)
class DueItem:
    kind: str  # "probation", "badge", "transfer", "candidate", "exemption_review", …
    subject: Text
    due_on: date
    member_id: int | None = None
    opens: RecordRef | None = None
    overdue_flag: bool = False  # a deadline the rules say has passed without the act

    def days_left(self, today: date) -> int:
        return (self.due_on - today).days


def window_end(today: date, within_days: int, next_regular_meeting: date | None) -> date:
    """Within `within_days`, or until the next planned regular meeting if that is later."""
    end = today + timedelta(days=within_days)
    if next_regular_meeting is not None and next_regular_meeting > end:
        return next_regular_meeting
    return end


def due_list(items: Iterable[DueItem], until: date) -> list[DueItem]:
    """The lines due on or before `until` (overdue ones included), soonest first."""
    kept = [i for i in items if i.due_on <= until]
    return sorted(kept, key=lambda i: (i.due_on, i.kind, i.member_id or 0, str(i.subject)))
