"""Party age and badges: who reaches a milestone at a ceremony date of the year, the list to
propose to the superior committee (printable), and each member's party age."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.clock import Clock
from desktop.domain.lifecycle_rules import BadgeRules
from desktop.domain.party_age import (
    Break,
    Milestone,
    PartyAge,
    check_breaks,
    milestones_in_year,
    next_milestone,
    party_age,
)
from desktop.domain.situation import situation_on
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import NotFound, UserError
from desktop.services.lifecycle_load import breaks_by_member, membership_rules_for, raise_first
from desktop.services.member_facts import load_member_facts
from desktop.services.name_keys import NameKeys
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Member, PartyBreak
from desktop.wording import Text, say


@dataclass(frozen=True)
class BadgeLine:
    member_id: int
    full_name: str
    birth_date: date | None
    admitted_on: date
    years: int
    reached_on: date
    ceremony_on: date
    party_age: PartyAge | None  # on the ceremony date


@dataclass(frozen=True)
class BadgeList:
    year: int
    lines: tuple[BadgeLine, ...]
    rules: BadgeRules
    no_admission: tuple[str, ...] = ()  # members in the branch whose milestones cannot be known

    def warning(self) -> Text | None:
        if not self.no_admission:
            return None
        return say("lifecycle.badge_missing_admission", names=", ".join(self.no_admission))


@dataclass(frozen=True)
class BreakRow:
    """A recorded period out of the party, as the window and the CLI list it."""

    id: int
    member_id: int
    start: date
    end: date | None  # None: still out
    note: str


def check_year(year: int) -> None:
    if not 1930 <= year <= 2100:
        raise UserError(say("lifecycle.bad_year", year=year), field="year")


class BadgeService:
    def __init__(self, db: Database, *, clock: Clock):
        self._db = db
        self._clock = clock
        self._rules = membership_rules_for(db)
        self._names = NameKeys()

    def badges(self, year: int) -> BadgeList:
        """Members in the branch on a ceremony date of `year` whose milestone falls on it."""
        check_year(year)
        rules = self._rules(year).badges
        with unit_of_work(self._db) as s:
            facts = {f.member_id: f for f in load_member_facts(s)}
            breaks = breaks_by_member(s)
            members = s.execute(select(Member.id, Member.full_name, Member.birth_date,
                                       Member.admitted_on)).all()
        lines, unknown = [], []
        for mid, name, born, admitted in members:
            if admitted is None:
                if situation_on(facts[mid], date(year, 12, 31)).in_branch:
                    unknown.append(name)
                continue
            for m in milestones_in_year(admitted, breaks.get(mid, []), rules, year):
                if situation_on(facts[mid], m.ceremony_on).in_branch:
                    lines.append(_line(mid, name, born, admitted, m, breaks.get(mid, [])))
        lines.sort(key=lambda line: (line.ceremony_on, -line.years, self._names(line.full_name)))
        return BadgeList(year, tuple(lines), rules, tuple(sorted(unknown, key=self._names)))

    def add_break(self, member_id: int, start: date, end: date | None, note: str = "",
                  ) -> ChangeNotice:
        """Record a period out of the party (not counted in party age)."""
        today = self._clock.today()
        with unit_of_work(self._db) as s:
            member = s.get(Member, member_id)
            if member is None:
                raise NotFound(say("lifecycle.no_member", member_id=member_id), field="member_id")
            known = breaks_by_member(s).get(member_id, [])
            raise_first(check_breaks(member.full_name, member.admitted_on, [*known, Break(start, end)],
                                     today))
            s.add(PartyBreak(member_id=member_id, start_date=start, end_date=end, note=note.strip()))
        return ChangeNotice.of(Changed.MEMBERS, ids=(member_id,))

    def breaks_for(self, member_id: int) -> tuple[BreakRow, ...]:
        with unit_of_work(self._db) as s:
            if s.get(Member, member_id) is None:
                raise NotFound(say("lifecycle.no_member", member_id=member_id), field="member_id")
            rows = s.scalars(select(PartyBreak).where(PartyBreak.member_id == member_id)
                             .order_by(PartyBreak.start_date, PartyBreak.id)).all()
            return tuple(BreakRow(b.id, b.member_id, b.start_date, b.end_date, b.note or "")
                         for b in rows)

    def remove_break(self, break_id: int) -> ChangeNotice:
        """Delete a period recorded by mistake (party age and milestones follow)."""
        with unit_of_work(self._db) as s:
            row = s.get(PartyBreak, break_id)
            if row is None:
                raise NotFound(say("lifecycle.no_break", break_id=break_id), field="break_id")
            member_id = row.member_id
            s.delete(row)
        return ChangeNotice.of(Changed.MEMBERS, ids=(member_id,))

    def next_for(self, member_id: int) -> tuple[PartyAge | None, Milestone | None]:
        """The member's party age today and next milestone (None without an admission date)."""
        today = self._clock.today()
        rules = self._rules(today.year).badges
        with unit_of_work(self._db) as s:
            admitted = s.scalar(select(Member.admitted_on).where(Member.id == member_id))
            breaks = breaks_by_member(s).get(member_id, [])
        if admitted is None:
            return None, None
        return party_age(admitted, breaks, today), next_milestone(admitted, breaks, rules, today)


def _line(mid: int, name: str, born: date | None, admitted: date, m: Milestone, breaks) -> BadgeLine:  # noqa: ANN001
    return BadgeLine(mid, name, born, admitted, m.years, m.reached_on, m.ceremony_on,
                     party_age(admitted, breaks, m.ceremony_on))
