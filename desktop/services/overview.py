"""Figures for the overview page: members by situation, meetings held this year by kind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desktop.domain.enums import MeetingKind
from desktop.domain.situation import Standing, situations_on
from desktop.services.member_facts import load_member_facts
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Meeting


@dataclass(frozen=True)
class MemberCounts:
    official: int
    probationary: int
    exempt: int
    attached_elsewhere: int
    expected_at_meetings: int

    @property
    def total(self) -> int:
        return self.official + self.probationary


@dataclass(frozen=True)
class Overview:
    on: date
    members: MemberCounts
    meetings_by_kind: dict[MeetingKind, int]


class OverviewService:
    def __init__(self, db: Database):
        self._db = db

    def overview(self, on: date) -> Overview:
        with unit_of_work(self._db) as s:
            situations = situations_on(load_member_facts(s), on).values()
            rows = s.execute(
                select(Meeting.kind, func.count())
                .where(Meeting.superseded_by_id.is_(None))
                .where(Meeting.held_on.between(date(on.year, 1, 1), date(on.year, 12, 31)))
                .group_by(Meeting.kind)
            ).all()
        counts = MemberCounts(
            official=sum(1 for x in situations if x.standing is Standing.OFFICIAL),
            probationary=sum(1 for x in situations if x.standing is Standing.PROBATIONARY),
            exempt=sum(1 for x in situations if x.in_branch and x.exempt),
            attached_elsewhere=sum(1 for x in situations if x.in_branch and x.attached_elsewhere),
            expected_at_meetings=sum(1 for x in situations if x.expected_at_meetings),
        )
        by_kind = {kind: 0 for kind in MeetingKind}
        by_kind.update({kind: n for kind, n in rows})
        return Overview(on, counts, by_kind)
