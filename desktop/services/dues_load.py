"""Load the dues ledger's facts inside the caller's session, one query per table.

Entries are loaded for the months asked for (a year, usually); what was collected before them is
summed in SQL, so a branch with twenty years of dues loads one year's lines, not twenty.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop.domain.dues import Basis, Entry
from desktop.domain.dues_ledger import (
    DuesMember,
    FigureValue,
    Ledger,
    Remittance,
    ScheduleVersion,
)
from desktop.domain.months import Month
from desktop.services.dues_schedule_files import (
    LoadedSchedule,
    load_schedule_file,
    parse_schedule_text,
    shipped_schedules,
)
from desktop.services.member_facts import load_member_facts
from desktop.services.name_keys import NameKeys
from desktop.store.models import (
    DuesBasis,
    DuesEntry,
    DuesFigure,
    DuesMonth,
    DuesRemittance,
    DuesSchedule,
    Member,
)


def shipped() -> list[tuple[Path, LoadedSchedule]]:
    return [(path, load_schedule_file(path)) for path in shipped_schedules()]


def ensure_shipped(s: Session, imported_at: datetime) -> None:
    """The shipped sample schedules are always in the file. INSERT OR IGNORE (sha256 is unique),
    so that as a transaction's first statement it takes the write lock before anything is read."""
    for _path, loaded in shipped():
        sch = loaded.schedule
        s.execute(sqlite_insert(DuesSchedule).values(
            name=sch.name, version=sch.version, issuer=sch.issuer,
            document_number=sch.document_number, effective_from=sch.effective_from,
            sha256=loaded.sha256, content=loaded.text, imported_at=imported_at,
        ).on_conflict_do_nothing(index_elements=["sha256"]))


def schedule_name(row: DuesSchedule) -> str:
    return f"{row.name} {row.version}"


def load_schedules(s: Session) -> tuple[ScheduleVersion, ...]:
    rows = s.scalars(select(DuesSchedule).order_by(DuesSchedule.id)).all()
    return tuple(ScheduleVersion(r.id, parse_schedule_text(r.content, schedule_name(r))) for r in rows)


def month_of(day: date) -> Month:
    return Month(day.year, day.month)


def load_ledger(s: Session, first: Month, last: Month, names: NameKeys,
                member_ids: set[int] | None = None) -> Ledger:
    """The ledger with the entries of `first`..`last` (and every basis, remittance, schedule)."""
    facts = {f.member_id: f for f in load_member_facts(s)}
    people = s.execute(select(Member.id, Member.full_name)).all()
    bases: dict[int, list[Basis]] = defaultdict(list)
    for b in s.scalars(select(DuesBasis).order_by(DuesBasis.member_id, DuesBasis.start_month)):
        bases[b.member_id].append(Basis(b.member_id, month_of(b.start_month), b.category, b.base,
                                        b.id, b.note or ""))
    members = tuple(
        DuesMember(mid, name, facts[mid], tuple(bases.get(mid, ())))
        for mid, name in sorted(people, key=lambda p: (names(p[1]), p[0]))
        if mid in facts and (member_ids is None or mid in member_ids)
    )
    query = select(DuesEntry).where(DuesEntry.month.between(first.first_day, last.first_day))
    if member_ids is not None:
        query = query.where(DuesEntry.member_id.in_(member_ids))
    entries = {(e.member_id, month_of(e.month)): Entry(
        e.member_id, month_of(e.month), e.amount, e.via, e.reference or "", e.paid_on, e.reason or "")
        for e in s.scalars(query)}
    prior = s.scalar(select(func.coalesce(func.sum(DuesEntry.amount), 0))
                     .where(DuesEntry.month < first.first_day)) or 0
    remittances = tuple(
        Remittance(r.id, month_of(r.first_month), month_of(r.last_month), r.amount, r.remitted_on,
                   r.reference or "", r.note or "")
        for r in s.scalars(select(DuesRemittance).order_by(DuesRemittance.remitted_on, DuesRemittance.id)))
    pins = {month_of(p.month): p.schedule_id for p in s.scalars(select(DuesMonth))}
    figures = tuple(
        FigureValue(f.schedule_id, f.key, month_of(f.start_month), Decimal(f.value))
        for f in s.scalars(select(DuesFigure).order_by(DuesFigure.start_month, DuesFigure.id)))
    return Ledger(load_schedules(s), pins, figures, members, entries, remittances,
                  prior_collected=int(prior), first_loaded=first)
