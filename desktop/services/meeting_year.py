"""The year at a glance: the 12-month grid with quality and attendance, the thematic sessions
by quarter, the gaps in words and the attendance rate by month for the chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.clock import Clock
from desktop.domain.situation import Standing, situations_on
from desktop.domain.year_view import MeetingBrief, YearGrid, build_year
from desktop.services.meeting_records import RulesForYear, default_rules
from desktop.services.meeting_rows import MeetingRow, list_rows
from desktop.services.member_facts import load_member_facts
from desktop.store.database import Database, unit_of_work
from desktop.store.models import ThematicPlanEntry

# Điều lệ Đảng art. 24: a branch elects a committee from 9 official members.
COMMITTEE_FROM_OFFICIAL = 9


@dataclass(frozen=True)
class YearView:
    """grid: months (regular / committee MeetingBrief or None), quarters, gaps (sentences).
    monthly_rate: attendance rate of the month's regular meeting, None without one.
    rows: the year's meetings as in the list (for tooltips and links)."""

    year: int
    as_of: date
    grid: YearGrid
    monthly_rate: tuple[float | None, ...]
    rows: tuple[MeetingRow, ...]
    expects_committee: bool


class MeetingYearService:
    def __init__(self, db: Database, rules_for_year: RulesForYear = default_rules, *,
                 clock: Clock):
        self._db = db
        self._rules = rules_for_year
        self._clock = clock

    def year_view(self, year: int, as_of: date | None = None) -> YearView:
        """`as_of` (default: today) says which months are still to come."""
        as_of = as_of or self._clock.today()
        rules = self._rules(year)  # its own unit of work, before ours (never nested)
        with unit_of_work(self._db) as s:
            rows = list_rows(s, year, rules)
            on = min(as_of, date(year, 12, 31))
            official = sum(
                1 for x in situations_on(load_member_facts(s), on).values()
                if x.standing is Standing.OFFICIAL
            )
            topics = {
                q: t
                for q, t in s.execute(
                    select(ThematicPlanEntry.quarter, ThematicPlanEntry.topic)
                    .where(ThematicPlanEntry.year == year)
                    .order_by(ThematicPlanEntry.id.desc())
                )
            }
        briefs = [
            MeetingBrief(r.id, r.kind, r.date, r.attendance_rate, r.quality, r.checks_passed)
            for r in rows
        ]
        expects_committee = official >= COMMITTEE_FROM_OFFICIAL
        grid = build_year(year, briefs, as_of=as_of, expects_committee=expects_committee,
                          planned_topics=topics)
        rates = tuple(cell.regular.attendance_rate if cell.regular else None for cell in grid.months)
        return YearView(year, as_of, grid, rates, tuple(rows), expects_committee)
