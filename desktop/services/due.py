"""The "due soon" list: every source of `desktop.services.due_sources` asked in one read-only
transaction, kept to the window (the rulebook's default, or the one asked for, stretched to the
next planned regular meeting), soonest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.clock import Clock
from desktop.domain.due import DueItem, due_list, window_end
from desktop.domain.enums import MeetingKind
from desktop.services.due_sources import DueSource, discover
from desktop.services.errors import UserError
from desktop.services.lifecycle_load import rules_in_session
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Meeting
from desktop.wording import say

MAX_WINDOW_DAYS = 3660


@dataclass(frozen=True)
class DueReport:
    today: date
    until: date
    within_days: int
    next_meeting: date | None
    items: tuple[DueItem, ...]


class DueService:
    def __init__(self, db: Database, *, clock: Clock,
                 sources: Sequence[DueSource] | None = None):
        self._db = db
        self._clock = clock
        self._sources = tuple(sources) if sources is not None else discover()

    def due(self, within_days: int | None = None) -> DueReport:
        if within_days is not None and not 0 <= within_days <= MAX_WINDOW_DAYS:
            raise UserError(say("lifecycle.bad_window", days=within_days, most=MAX_WINDOW_DAYS),
                            field="within")
        today = self._clock.today()
        with unit_of_work(self._db) as s:
            within = within_days if within_days is not None else rules_in_session(s, today.year).due_window_days
            next_meeting = s.scalar(select(Meeting.held_on).where(
                Meeting.kind.in_((MeetingKind.REGULAR, MeetingKind.COMBINED)),
                Meeting.held_on > today, Meeting.superseded_by_id.is_(None))
                .order_by(Meeting.held_on).limit(1))
            until = window_end(today, within, next_meeting)
            items = [item for source in self._sources for item in source.collect(s, today, until)]
        return DueReport(today, until, within, next_meeting, tuple(due_list(items, until)))
