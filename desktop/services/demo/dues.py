"""Demo step: the dues book for every month the demo has under a dues schedule (the shipped
sample takes effect in February 2026, so a demo ending in 2025 has none).

The story: members over sixty are pensioners (0.5% of the pension), the others are insured
workers (1% of the insured salary), the youngest probationary member is a student (5.000 đ).
One worker gets a raise from July, another is on sick leave in September and October. Most pay
in cash at the month's regular meeting, three pay on the public-services portal with a receipt,
a few pay late (with the reason the branch accepted) and one pays two months in advance; one
pays more than due, one once pays short. One member has left the last three finished months
unpaid without a reason — the one the overview names. The branch remits its superior's share
on the 15th of the next month. The superior committee's guidance on the share the branch keeps
is entered as the demo branch's own figure (30%: a figure of this fictional branch, not a rule).
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.dues import Basis, Entry, Owing, Via, split_percent
from desktop.domain.dues_ledger import DuesMember, FigureValue, Ledger
from desktop.domain.dues_schedule import SHARE_KEY
from desktop.domain.enums import MeetingKind
from desktop.domain.months import Month
from desktop.services.demo.generator import GeneratedBranch
from desktop.services.demo.rows import IdSource, insert_rows
from desktop.services.dues_load import ensure_shipped, load_schedules
from desktop.services.member_facts import load_member_facts
from desktop.store.models import (
    Discipline,
    DuesBasis,
    DuesEntry,
    DuesFigure,
    DuesMonth,
    DuesRemittance,
    Meeting,
    Member,
    MemberPosition,
)

DEMO_SHARE = Decimal(30)
LATE_REASONS = ("Đi làm ăn xa, gửi nộp khi về", "Ốm, nằm viện", "Đi công tác dài ngày",
                "Chăm con ốm ở bệnh viện")
VIETNAM = timezone(timedelta(hours=7))


def add_demo(session: Session, branch: GeneratedBranch) -> None:
    stamp = datetime.combine(branch.last_day, time(9), VIETNAM)
    schedules = load_schedules(session)
    if not schedules:
        ensure_shipped(session, stamp)
        schedules = load_schedules(session)
    first = max(Month(branch.first_year, 1), min(v.schedule.first_month for v in schedules))
    last = Month.of(branch.last_day)
    if first > last:
        return  # the demo's years are before any schedule: no dues book
    rng = random.Random(f"chibo-demo-dues-{branch.last_year}")
    version = Ledger(schedules, {}, (), (), {}).schedule_for(first)
    figure = FigureValue(version.id, SHARE_KEY, version.schedule.first_month, DEMO_SHARE)
    people = {m.id: m for m in session.scalars(select(Member))}
    facts = {f.member_id: f for f in load_member_facts(session)}
    officers = set(session.scalars(select(MemberPosition.member_id)))
    members = [DuesMember(mid, people[mid].full_name, facts[mid], _bases(rng, people[mid], first, branch))
               for mid in sorted(facts)]
    ledger = Ledger(schedules, {}, (figure,), tuple(members), {})
    meetings = _meeting_days(session, first, last)
    months = first.until(last)
    ended = [m for m in months if m.last_day < branch.last_day]
    behind = _behind(session, ledger, branch, ended, officers)
    portal = set(rng.sample([m.member_id for m in members if m.member_id not in officers], 3))
    entries: list[Entry] = []
    for month in months:
        meeting = meetings.get(month, month.first_day + timedelta(days=4))
        for member in members:
            line = ledger.line(member, month, branch.last_day)
            if line.owing.owing is not Owing.OWED or line.due.amount is None:
                continue
            entry = _payment(rng, member, month, line.due.amount, meeting, meetings, branch,
                             behind, portal, ended)
            if entry is not None:
                entries.append(entry)
    _write(session, branch, version.id, members, entries, figure, stamp, months)


def _bases(rng: random.Random, member: Member, first: Month, branch: GeneratedBranch) -> tuple[Basis, ...]:
    age = first.year - (member.birth_date.year if member.birth_date else 1960)
    start = first
    if age >= 60:
        pension = rng.randrange(3_200, 9_600) * 1_000 + rng.choice((0, 0, 350, 480))
        return (Basis(member.id, start, "pensioner", pension),)
    if age <= 28 and member.official_on is None:
        return (Basis(member.id, start, "student", None),)
    salary = rng.randrange(5_300, 15_000) * 1_000 + rng.choice((0, 0, 567, 250))
    bases = [Basis(member.id, start, "insured", salary)]
    story = member.id % 7
    if story == 3 and Month(first.year, 7) > first:  # a raise from July: dues change from August
        bases.append(Basis(member.id, Month(first.year, 7), "insured", salary + 1_250_000))
    elif story == 5 and Month(first.year, 9) > first:  # sick leave in September and October
        bases.append(Basis(member.id, Month(first.year, 9), "sick_leave", salary * 3 // 4))
        bases.append(Basis(member.id, Month(first.year, 11), "insured", salary))
    return tuple(b for b in bases if b.start <= Month.of(branch.last_day))


def _meeting_days(session: Session, first: Month, last: Month) -> dict[Month, date]:
    days: dict[Month, date] = {}
    for held_on in session.scalars(
        select(Meeting.held_on).where(
            Meeting.kind.in_((MeetingKind.REGULAR, MeetingKind.COMBINED)),
            Meeting.superseded_by_id.is_(None),
            Meeting.held_on.between(first.first_day, last.last_day)).order_by(Meeting.held_on)):
        days.setdefault(Month.of(held_on), held_on)
    return days


def _behind(session: Session, ledger: Ledger, branch: GeneratedBranch, ended: list[Month],
            officers: set[int]) -> tuple[int | None, tuple[Month, ...]]:
    """The member who leaves the last three finished months unpaid: the one disciplined this
    year if there is one (the discipline was about dues), else an ordinary member."""
    months = tuple(m for m in ended if m.year == branch.last_year)[-3:]
    if len(months) < 3:
        return None, ()
    def owes_all(member_id: int) -> bool:
        member = ledger.member(member_id)
        return all(ledger.line(member, m, branch.last_day).owing.owing is Owing.OWED for m in months)
    disciplined = session.scalars(select(Discipline.member_id).where(
        Discipline.decided_on.between(date(branch.last_year, 1, 1), date(branch.last_year, 12, 31)))).first()
    if disciplined is not None and owes_all(disciplined):
        return disciplined, months
    candidates = [m.member_id for m in ledger.members if m.member_id not in officers and owes_all(m.member_id)]
    return (candidates[len(candidates) // 2], months) if candidates else (None, ())


def _payment(rng: random.Random, member: DuesMember, month: Month, due: int, meeting: date,
             meetings: dict[Month, date], branch: GeneratedBranch,
             behind: tuple[int | None, tuple[Month, ...]], portal: set[int],
             ended: list[Month]) -> Entry | None:
    mid = member.member_id
    if mid == behind[0] and month in behind[1]:
        return None
    if mid in portal:
        day = month.first_day + timedelta(days=2)
        if day > branch.last_day:
            return None
        return Entry(mid, month, due, Via.PORTAL, f"DVC{month.year}{month.month:02d}{mid:04d}", day)
    amount, reason = due, ""
    day = meeting
    draw = rng.random()
    if draw < 0.05 and month in ended:  # late: at the next month's meeting, with a reason
        later = month.next()
        day = meetings.get(later, later.first_day + timedelta(days=4))
        reason = rng.choice(LATE_REASONS)
    elif draw < 0.07:  # a voluntary higher amount, rounded up to a round figure
        amount = (due // 50_000 + 1) * 50_000
    elif draw < 0.08 and due > 10_000:  # short once: rounded down to the thousand below
        amount = due // 1_000 * 1_000 - 1_000
    if member.member_id % 11 == 4 and month.month in (11, 12) and month.year == branch.last_year:
        # Pays November and December in advance at the October meeting.
        october = meetings.get(Month(month.year, 10))
        if october is not None:
            day, reason = october, "Đi làm ăn xa cuối năm"
    if day > branch.last_day:
        return None
    return Entry(mid, month, amount, Via.CASH, "", day, reason)


def _write(session: Session, branch: GeneratedBranch, schedule_id: int, members: list[DuesMember],
           entries: list[Entry], figure: FigureValue, stamp: datetime, months: list[Month]) -> None:
    ids = IdSource(session)
    utc = stamp.astimezone(timezone.utc)
    insert_rows(session, DuesFigure, [dict(
        id=ids.take(DuesFigure), schedule_id=schedule_id, key=figure.key,
        start_month=figure.start.first_day, value=str(figure.value),
        note="Số liệu của chi bộ mẫu theo hướng dẫn giả định của cấp trên", entered_at=utc)])
    insert_rows(session, DuesBasis, [
        dict(id=ids.take(DuesBasis), member_id=b.member_id, start_month=b.start.first_day,
             category=b.category, base=b.base, note="", recorded_at=utc)
        for m in members for b in m.bases])
    insert_rows(session, DuesEntry, [
        dict(id=ids.take(DuesEntry), member_id=e.member_id, month=e.month.first_day, amount=e.amount,
             via=e.via, reference=e.reference, paid_on=e.paid_on, reason=e.reason, recorded_at=utc)
        for e in entries])
    recorded = {e.month for e in entries}
    insert_rows(session, DuesMonth, [dict(month=m.first_day, schedule_id=schedule_id)
                                     for m in months if m in recorded])
    remittances = []
    for month in months:
        on = month.next().first_day + timedelta(days=14)
        if on > branch.last_day:
            continue
        collected = sum(e.amount for e in entries if e.month == month and e.paid_on <= on)
        _kept, to_remit = split_percent(collected, figure.value)
        if to_remit:
            remittances.append(dict(
                id=ids.take(DuesRemittance), first_month=month.first_day, last_month=month.first_day,
                amount=to_remit, remitted_on=on, reference=f"PT{month.year}-{month.month:02d}",
                note="", recorded_at=utc))
    insert_rows(session, DuesRemittance, remittances)
