"""`generate_branch`: a realistic residential-group branch with any number of members and years.

Used by the demo (30 members), by tests and by the benchmarks (up to 1,000 members × 20 years).
Deterministic: the same arguments (seed and `today` included) give the same rows.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from desktop.services.demo.attendance import Situations
from desktop.services.demo.meetings import VIETNAM, MeetingWriter
from desktop.services.demo.people import Roster, TermSpec, build_roster, terms_covering
from desktop.services.demo.rows import IdSource, insert_rows
from desktop.services.demo.style import ORDINARY, YearStyle
from desktop.store.models import Branch, Member, MemberPosition, SituationEvent, Term


@dataclass(frozen=True)
class GeneratedBranch:
    """What was written; later demo steps (reviews, targets…) build on it."""

    branch_id: int
    branch_name: str
    members: int  # member records written (former members included)
    meetings: int
    first_year: int
    last_year: int
    last_day: date  # 31 December of the last year, or today when that year is the current one
    member_ids: tuple[int, ...]
    secretary_id: int
    styles: Mapping[int, YearStyle] = field(default_factory=dict)  # years not listed: ordinary

    def style(self, year: int) -> YearStyle:
        return self.styles.get(year, ORDINARY)


def generate_branch(
    session: Session, *, members: int = 30, years: int = 1, last_year: int | None = None,
    seed: int | str = 7, today: date, group_number: int = 7,
    styles: Mapping[int, YearStyle] | None = None,
) -> GeneratedBranch:
    """Write one branch ("Chi bộ Tổ dân phố số N") with `years` years ending in `last_year`.

    `members` is the size of the branch at the end; earlier years add turnover, so a little
    more member records are written. Meetings run up to `today` in the current year. `styles`
    says how well the branch kept some years (default: every year ordinary).
    """
    styles = dict(styles or {})
    last_year = last_year or today.year
    if members < 10:
        raise ValueError("a generated branch needs at least 10 members (committee of 5 + cast)")
    if years < 1 or last_year > today.year:
        raise ValueError(f"nothing to generate for years={years} ending {last_year} (today {today})")
    rng = random.Random(seed)
    ids = IdSource(session)
    last_day = min(date(last_year, 12, 31), today)
    first_day = date(last_year - years + 1, 1, 1)

    branch_id = ids.take(Branch)
    name = f"Chi bộ Tổ dân phố số {group_number}"
    insert_rows(session, Branch, [dict(
        id=branch_id, name=name, code=f"CB-TDP{group_number:02d}",
        superior_committee="Đảng bộ phường Ba Đình", place_name="Phường Ba Đình", mode="branch")])
    terms = terms_covering(first_day, last_day, ids.take(Term, 8))
    insert_rows(session, Term, [dict(id=t.id, start_date=t.start, end_date=t.end, label=t.label) for t in terms])

    size_ids = ids.take(Member, 0)
    roster = build_roster(rng, size=members, first_day=first_day, last_day=last_day,
                          last_year=last_year, first_id=size_ids, terms=terms)
    ids.take(Member, len(roster.members))
    _write_roster(session, ids, roster, first_day)

    writer = MeetingWriter(rng, ids, roster, terms, Situations([m.facts() for m in roster.members]),
                           place=f"Nhà văn hóa Tổ dân phố số {group_number}")
    for year in range(first_day.year, last_year + 1):
        writer.write_year(year, last_day, styles.get(year, ORDINARY))
    writer.flush(session)
    return GeneratedBranch(branch_id, name, len(roster.members), writer.meetings,
                           first_day.year, last_year, last_day,
                           tuple(m.id for m in roster.members), roster.secretary, styles)


def _write_roster(session: Session, ids: IdSource, roster: Roster, first_day: date) -> None:
    start_stamp = datetime.combine(first_day, datetime.min.time(), VIETNAM)
    member_rows, event_rows = [], []
    for m in roster.members:
        created = max(start_stamp, datetime.combine(m.joined_on(), datetime.min.time(), VIETNAM))
        member_rows.append(dict(
            id=m.id, full_name=m.full_name, birth_date=m.birth_date, sex=m.sex,
            admitted_on=m.admitted_on, official_on=m.official_on, card_number=m.card_number,
            phone=m.phone, notes=m.notes, created_at=created, updated_at=created))
        for kind, on, note in sorted(m.events, key=lambda e: e[1]):
            event_rows.append(dict(id=ids.take(SituationEvent), member_id=m.id, kind=kind, on=on, note=note))
    insert_rows(session, Member, member_rows)
    insert_rows(session, SituationEvent, event_rows)
    insert_rows(session, MemberPosition, [
        dict(id=ids.take(MemberPosition), member_id=member_id, position=position,
             start_date=start, end_date=end)
        for member_id, position, start, end in roster.positions])


__all__ = ["GeneratedBranch", "TermSpec", "generate_branch"]
