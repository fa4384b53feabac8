"""The dues book (issue 17): the month's collection, members' bases, remittances, arrears.

Every public method is one transaction. Writes return a `ChangeNotice` (Changed.DUES); reads
return the domain's ledger views. The day comes from the injected clock. The shipped sample
schedule is stored on first use, as the transaction's first statement (a write).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop.clock import Clock
from desktop.domain.dues import Basis, Entry, Owing, Status, Via
from desktop.domain.dues_ledger import DuesReport, Ledger, Remittance, YearArrears, YearBook
from desktop.domain.money import format_dong
from desktop.domain.months import Month, year_months
from desktop.domain.year_facts import DuesFact, DuesYearFact
from desktop.services import dues_checks as check
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.dues_load import ensure_shipped, load_ledger
from desktop.services.dues_model import (
    BasisChange,
    BasisPreview,
    BasisRow,
    DuesOverview,
    DuesYearStatus,
    MemberBases,
    MonthStatus,
    MonthView,
    PaymentResult,
)
from desktop.services.dues_schedules import DuesSchedules
from desktop.services.dues_summary import dues_summary
from desktop.services.errors import NotFound, UserError
from desktop.services.name_keys import NameKeys
from desktop.store.database import Database, unit_of_work
from desktop.store.models import DuesBasis, DuesEntry, DuesMonth, DuesRemittance, DuesSchedule
from desktop.wording import Text, say

PREVIEW_MONTHS = 36  # a correction is shown over three years at most
# The evaluation reads the dues book only for a rulebook that has a dues item.
DUES_INDICATORS = frozenset({"members_dues_unpaid_to_removal", "members_paid_dues_every_month"})


def _year_span(year: int) -> tuple[Month, Month]:
    return Month(year, 1), Month(year, 12)


def in_use(ledger: Ledger) -> bool:
    return bool(ledger.entries) or any(m.bases for m in ledger.members) or ledger.prior_collected > 0


class DuesService(DuesSchedules):
    def __init__(self, db: Database, *, clock: Clock):
        super().__init__(db, clock)
        self._names = NameKeys()

    # --- reading -----------------------------------------------------------------------------
    def _ledger(self, s: Session, first: Month, last: Month, member_ids: set[int] | None = None) -> Ledger:
        if not self._db.read_only:  # a file opened for viewing shows what it holds
            ensure_shipped(s, self._clock.utcnow())
        return load_ledger(s, first, last, self._names, member_ids)

    def month(self, month: Month | str, as_of: date | None = None) -> MonthView:
        month = check.month_arg(month)
        as_of = as_of or self._clock.today()
        with unit_of_work(self._db) as s:
            ledger = self._ledger(s, *_year_span(month.year))
        view = ledger.month_view(month, as_of)
        behind = {}
        for line in view.lines:
            member = ledger.member(line.member_id)
            row = ledger.member_arrears(member, month.year, as_of, upto=month)
            behind[line.member_id] = len(row.unpaid)
        return MonthView(view, behind)

    def arrears(self, year: int, as_of: date | None = None) -> YearArrears:
        with unit_of_work(self._db) as s:
            ledger = self._ledger(s, *_year_span(year))
        return ledger.year_arrears(year, as_of or self._clock.today())

    def year_book(self, year: int, as_of: date | None = None) -> YearBook:
        with unit_of_work(self._db) as s:
            ledger = self._ledger(s, *_year_span(year))
        return ledger.year_book(year, as_of or self._clock.today())

    def overview(self, on: date | None = None) -> DuesOverview:
        """This month's collection and the members at the removal threshold this year."""
        on = on or self._clock.today()
        month = Month.of(on)
        with unit_of_work(self._db) as s:
            ledger = self._ledger(s, *_year_span(on.year))
        view = ledger.month_view(month, on)
        arrears = ledger.year_arrears(on.year, on)
        return DuesOverview(on, month, in_use(ledger), view.totals if view.schedule else None,
                            arrears.flagged, arrears.threshold, view.missing_figures)

    def year_status(self, year: int, as_of: date | None = None) -> DuesYearStatus:
        as_of = as_of or self._clock.today()
        with unit_of_work(self._db) as s:
            ledger = self._ledger(s, *_year_span(year))
        book = ledger.year_book(year, as_of)
        months = tuple(MonthStatus(m.month, m.totals.owing, m.totals.paid, m.totals.unpaid,
                                   m.totals.collected) for m in book.months)
        arrears = ledger.year_arrears(year, as_of)
        return DuesYearStatus(year, as_of, in_use(ledger), months, arrears.flagged, arrears.threshold)

    def year_summary(self, year: int, as_of: date | None = None) -> dict | None:
        """The year's amounts and counts for the signed package; None when the branch keeps no
        dues book here."""
        as_of = as_of or self._clock.today()
        with unit_of_work(self._db) as s:
            ledger = self._ledger(s, *_year_span(year))
            hashes = dict(s.execute(select(DuesSchedule.id, DuesSchedule.sha256)).all())
        if not in_use(ledger):
            return None
        used = {}
        for month in year_months(year):
            version = ledger.schedule_for(month)
            if version is not None:
                used.setdefault(version.id, version)
        schedules = tuple((v, hashes[v.id]) for v in used.values())
        return dues_summary(ledger.year_book(year, as_of), ledger.year_arrears(year, as_of), schedules)

    def remittances(self, year: int) -> tuple[Remittance, ...]:
        with unit_of_work(self._db) as s:
            ledger = self._ledger(s, *_year_span(year))
        return tuple(r for r in ledger.remittances if r.first.year <= year <= r.last.year)

    # --- bases ---------------------------------------------------------------------------------
    def bases(self, month: Month | str | None = None) -> tuple[BasisRow, ...]:
        """Every member with the basis the dues of `month` (default: this month) use."""
        month = check.month_arg(month) if month is not None else Month.of(self._clock.today())
        with unit_of_work(self._db) as s:
            ledger = self._ledger(s, month, month)
        version = ledger.schedule_for(month)
        rows = []
        for member in ledger.members:
            owing = ledger.owing(member, month)
            due, basis = ledger.due(member, month)
            current = max((b for b in member.bases if b.start <= month), key=lambda b: b.start, default=basis)
            category = version.schedule.category(current.category) if version and current else None
            rows.append(BasisRow(member.member_id, member.name, owing.in_branch, current, category,
                                 due.amount if owing.owing is Owing.OWED else None))
        return tuple(rows)

    def member_bases(self, member_id: int) -> MemberBases:
        month = Month.of(self._clock.today())
        with unit_of_work(self._db) as s:
            ledger = self._ledger(s, month, month, {member_id})
        member = check.member_of(ledger, member_id)
        version = ledger.schedule_for(month) or (ledger.schedules[-1] if ledger.schedules else None)
        categories = version.schedule.categories if version else ()
        return MemberBases(member.member_id, member.name, member.bases, categories)

    def preview_basis(self, member_id: int, category: str, base: int | str | None,
                      start: Month | str) -> BasisPreview:
        """The months whose dues a new (or corrected) basis changes, before it is saved."""
        start = check.month_arg(start, "from")
        with unit_of_work(self._db) as s:
            return self._preview(s, member_id, category, base, start)

    def set_basis(self, member_id: int, category: str, base: int | str | None, start: Month | str,
                  note: str = "") -> tuple[BasisPreview, ChangeNotice]:
        """Record a member's category and base from `start`; the same start month corrects the
        basis recorded for it. Returns the months it changed."""
        start = check.month_arg(start, "from")
        with unit_of_work(self._db) as s:
            preview = self._preview(s, member_id, category, base, start)
            check.year_open(s, *(c.month.year for c in preview.changes))
            row = s.scalars(select(DuesBasis).where(DuesBasis.member_id == member_id,
                                                    DuesBasis.start_month == start.first_day)).first()
            if row is None:
                row = DuesBasis(member_id=member_id, start_month=start.first_day)
                s.add(row)
            row.category = category
            row.base = self._base(base, preview.name, start)
            row.note = check.reason_arg(note)
            row.recorded_at = self._clock.utcnow()
        return preview, ChangeNotice.of(Changed.DUES, ids=(member_id,))

    def remove_basis(self, basis_id: int) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            row = s.get(DuesBasis, basis_id)
            if row is None:
                raise NotFound(say("dues.no_basis_row", basis_id=basis_id), field="basis_id")
            check.year_open(s, row.start_month.year)
            member_id = row.member_id
            s.delete(row)
        return ChangeNotice.of(Changed.DUES, ids=(member_id,))

    def _base(self, base: int | str | None, name: str, start: Month) -> int | None:
        if base is None or (isinstance(base, str) and not base.strip()):
            return None
        return check.amount_arg(base, say("dues.basis_of", name=name, month=start.label()), "base")

    def _preview(self, s: Session, member_id: int, category: str, base: int | str | None,
                 start: Month) -> BasisPreview:
        today = self._clock.today()
        horizon = max(Month.of(today), start)
        last_entry = s.scalars(select(DuesEntry.month).where(DuesEntry.member_id == member_id)
                               .order_by(DuesEntry.month.desc())).first()
        if last_entry is not None:
            horizon = max(horizon, Month.of(last_entry))
        horizon = min(horizon, start.plus(PREVIEW_MONTHS - 1))
        ledger = self._ledger(s, start, horizon, {member_id})
        member = check.member_of(ledger, member_id)
        version = ledger.schedule_for(start) or next(
            (v for v in sorted(ledger.schedules, key=lambda v: v.schedule.first_month)
             if v.schedule.first_month >= start), None)
        if version is None:
            raise UserError(say("dues.no_schedule", month=start.label()), field="from")
        found = version.schedule.category(category)
        if found is None:
            known = ", ".join(c.code for c in version.schedule.categories)
            raise UserError(say("dues.unknown_category", category=category, known=known,
                                schedule=version.schedule.name), field="category")
        amount = self._base(base, member.name, start)
        if found.needs_base and amount is None:
            raise UserError(say("dues.base_needed", name=member.name, category=found.title,
                                base=found.base_label), field="base")
        replaced = next((b for b in member.bases if b.start == start), None)
        new = Basis(member_id, start, category, amount)
        bases = tuple(b for b in member.bases if b.start != start) + (new,)
        changes = []
        for month in start.until(horizon):
            old = ledger.line(member, month, today)
            if not old.owing.in_branch:
                continue
            fresh = ledger.line(member, month, today, bases)
            if (old.due.amount, old.status) != (fresh.due.amount, fresh.status):
                changes.append(BasisChange(month, old.due.amount, fresh.due.amount, old.paid,
                                           old.status, fresh.status))
        return BasisPreview(member_id, member.name, start, replaced, tuple(changes))

    # --- the ledger ------------------------------------------------------------------------------
    def pay(self, member_id: int, month: Month | str, amount: int | str, *, via: Via | None = None,
            reference: str = "", on: date | None = None, reason: str = "",
            replace: bool = False) -> tuple[PaymentResult, ChangeNotice]:
        """Record what a member paid for a month. A second payment for the same month is refused
        unless `replace` (a correction typed over it in the month grid), which keeps how it was
        paid unless told otherwise."""
        month = check.month_arg(month)
        today = self._clock.today()
        with unit_of_work(self._db) as s:
            ledger = self._ledger(s, *_year_span(month.year), {member_id})
            member = check.member_of(ledger, member_id)
            check.year_open(s, month.year)
            paid = check.amount_arg(amount, check.who(member, month))
            version = check.schedule_of(ledger, month)
            check.in_branch(member, month, ledger.owing(member, month))
            row = self._entry_row(s, member_id, month)
            if row is not None and row.amount is not None and not replace:
                raise UserError(say("dues.duplicate_payment", name=member.name, month=month.label(),
                                    amount=format_dong(row.amount),
                                    day=row.paid_on.strftime("%d/%m/%Y") if row.paid_on else "—"),
                                field="month")
            if row is None:
                row = DuesEntry(member_id=member_id, month=month.first_day, reason="")
                s.add(row)
            via = via or (row.via if row.amount is not None else None) or Via.CASH
            reference = reference if reference or row.amount is None else row.reference
            row.amount = paid
            row.via = via
            row.reference = check.reference_arg(reference, via, member, month)
            row.paid_on = check.paid_on_arg(on or (row.paid_on if replace and row.paid_on else today),
                                            today, member, month)
            if reason.strip():
                row.reason = check.reason_arg(reason)
            row.recorded_at = self._clock.utcnow()
            self._pin(s, month, version.id)
            ledger.entries[(member_id, month)] = _entry(row)
            line = ledger.line(member, month, today)
        return PaymentResult(line, _warnings(line)), ChangeNotice.of(Changed.DUES, ids=(member_id,))

    def pay_in_full(self, member_id: int, month: Month | str, on: date | None = None,
                    via: Via | None = None, reference: str = "") -> tuple[PaymentResult, ChangeNotice]:
        """Record the amount due for the month (the key of the month grid)."""
        month = check.month_arg(month)
        with unit_of_work(self._db) as s:
            ledger = self._ledger(s, *_year_span(month.year), {member_id})
            member = check.member_of(ledger, member_id)
            check.schedule_of(ledger, month)
            line = ledger.line(member, month, self._clock.today())
        check.in_branch(member, month, line.owing)
        if not line.owed:
            raise UserError(say("dues.full_not_owed", name=member.name, month=month.label()), field="amount")
        if line.due.amount is None:
            raise UserError(_unknown_due(line.due.problem, line.due.missing, member.name, month), field="amount")
        return self.pay(member_id, month, line.due.amount, via=via, reference=reference, on=on, replace=True)

    def clear_payment(self, member_id: int, month: Month | str) -> ChangeNotice:
        """Remove a payment recorded by mistake (an accepted reason stays)."""
        month = check.month_arg(month)
        with unit_of_work(self._db) as s:
            check.year_open(s, month.year)
            row = self._entry_row(s, member_id, month)
            if row is None or row.amount is None:
                raise NotFound(say("dues.no_payment", member_id=member_id, month=month.label()), field="month")
            if row.reason:
                row.amount = row.via = row.paid_on = None
                row.reference = ""
                row.recorded_at = self._clock.utcnow()
            else:
                s.delete(row)
        return ChangeNotice.of(Changed.DUES, ids=(member_id,))

    def set_reason(self, member_id: int, month: Month | str, reason: str) -> ChangeNotice:
        """The reason the branch accepts for a month paid late, early or not at all; an empty
        reason withdraws it."""
        month = check.month_arg(month)
        text = check.reason_arg(reason)
        with unit_of_work(self._db) as s:
            ledger = self._ledger(s, *_year_span(month.year), {member_id})
            member = check.member_of(ledger, member_id)
            check.year_open(s, month.year)
            version = check.schedule_of(ledger, month)
            check.in_branch(member, month, ledger.owing(member, month))
            row = self._entry_row(s, member_id, month)
            if row is None:
                if not text:
                    return ChangeNotice.of(Changed.DUES, ids=(member_id,))
                row = DuesEntry(member_id=member_id, month=month.first_day)
                s.add(row)
            row.reason = text
            row.recorded_at = self._clock.utcnow()
            if row.amount is None and not text:
                s.delete(row)
            else:
                self._pin(s, month, version.id)
        return ChangeNotice.of(Changed.DUES, ids=(member_id,))

    @staticmethod
    def _entry_row(s: Session, member_id: int, month: Month) -> DuesEntry | None:
        return s.scalars(select(DuesEntry).where(DuesEntry.member_id == member_id,
                                                 DuesEntry.month == month.first_day)).first()

    @staticmethod
    def _pin(s: Session, month: Month, schedule_id: int) -> None:
        """The month keeps the schedule it was first recorded under."""
        s.execute(sqlite_insert(DuesMonth).values(month=month.first_day, schedule_id=schedule_id)
                  .on_conflict_do_nothing(index_elements=["month"]))

    # --- remittances -----------------------------------------------------------------------------
    def remit(self, first: Month | str, last: Month | str, amount: int | str, on: date,
              reference: str = "", note: str = "") -> tuple[Remittance, ChangeNotice]:
        first, last = check.month_arg(first, "period"), check.month_arg(last, "period")
        if last < first:
            raise UserError(say("dues.period_reversed", first=first.label(), last=last.label()), field="period")
        today = self._clock.today()
        if first > Month.of(today):
            raise UserError(say("dues.period_future", first=first.label()), field="period")
        if on > today:
            raise UserError(say("dues.remit_in_future", day=on.strftime("%d/%m/%Y")), field="on")
        what = say("dues.remittance_of", first=first.label(), last=last.label())
        paid = check.amount_arg(amount, what)
        with unit_of_work(self._db) as s:
            ensure_shipped(s, self._clock.utcnow())
            check.year_open(s, first.year, last.year)
            row = DuesRemittance(first_month=first.first_day, last_month=last.first_day, amount=paid,
                                 remitted_on=on, reference=check.reason_arg(reference)[:80],
                                 note=check.reason_arg(note), recorded_at=self._clock.utcnow())
            s.add(row)
            s.flush()
            result = Remittance(row.id, first, last, paid, on, row.reference, row.note)
        return result, ChangeNotice.of(Changed.DUES)

    def remove_remittance(self, remittance_id: int) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            row = s.get(DuesRemittance, remittance_id)
            if row is None:
                raise NotFound(say("dues.no_remittance", remittance_id=remittance_id), field="remittance_id")
            check.year_open(s, row.first_month.year, row.last_month.year)
            s.delete(row)
        return ChangeNotice.of(Changed.DUES)

    # --- for the minutes -------------------------------------------------------------------------
    def minutes_report(self, held_on: date) -> DuesReport | None:
        with unit_of_work(self._db) as s:
            return minutes_report_in(s, held_on, self._names)


def minutes_report_in(s: Session, held_on: date, names: NameKeys) -> DuesReport | None:
    """The dues line of a regular meeting held on `held_on`: its month as it stood at the end of
    that day (payments and remittances made by then, whatever is recorded later). None when the
    branch keeps no dues book here or no schedule covers the month. Read only."""
    month = Month.of(held_on)
    ledger = load_ledger(s, Month(month.year, 1), month, names)
    if not in_use(ledger) or ledger.schedule_for(month) is None:
        return None
    known = ledger.known_on(held_on)
    view = known.month_view(month, held_on)
    outstanding = tuple(line.name for line in view.lines
                        if line.owed and line.paid is None and line.status is not Status.EXCUSED)
    behind = []
    if month.month > 1:
        for member in known.members:
            row = known.member_arrears(member, month.year, held_on, upto=month.previous())
            if row.unpaid:
                behind.append((member.name, row.unpaid))
    last = max(known.remittances, key=lambda r: (r.remitted_on, r.id), default=None)
    t = view.totals
    return DuesReport(month, held_on, t.owing, t.paid, t.collected, outstanding, last, tuple(behind))


def dues_year_fact_in(s: Session, year: int, as_of: date) -> DuesYearFact | None:
    """The dues book as the evaluation needs it (read only, the caller's session): for each
    member owing dues, the months of the year that are over, and those left unpaid."""
    ledger = load_ledger(s, Month(year, 1), Month(year, 12), NameKeys())
    if not in_use(ledger):
        return None
    members = []
    for member in ledger.members:
        lines = [ledger.line(member, m, as_of) for m in year_months(year) if m.last_day < as_of]
        owed = [x for x in lines if x.owed]
        if owed:
            members.append(DuesFact(member.member_id, member.name, len(owed),
                                    tuple(x.month.label() for x in owed if x.status is Status.UNPAID)))
    return DuesYearFact(ledger.threshold(year), tuple(members))


def _entry(row: DuesEntry) -> Entry:
    return Entry(row.member_id, Month(row.month.year, row.month.month), row.amount, row.via,
                 row.reference or "", row.paid_on, row.reason or "")


def _unknown_due(problem: str, missing: str, name: str, month: Month) -> Text:
    if problem == "no_basis":
        return say("dues.full_no_basis", name=name, month=month.label())
    if problem == "figure":
        return say("dues.full_figure_missing", name=name, month=month.label(), figure=missing)
    return say("dues.full_unknown", name=name, month=month.label())


def _warnings(line) -> tuple[Text, ...]:  # noqa: ANN001 - a domain Line
    who = dict(name=line.name, month=line.month.label())
    out = []
    if line.status is Status.SHORT:
        out.append(say("dues.warn_short", paid=format_dong(line.paid), due=format_dong(line.due.amount),
                       short=format_dong(line.shortfall), **who))
    elif line.status is Status.OVERPAID:
        out.append(say("dues.warn_over", paid=format_dong(line.paid), due=format_dong(line.due.amount),
                       more=format_dong(line.surplus), **who))
    elif line.status is Status.VOLUNTARY:
        out.append(say("dues.warn_voluntary", **who))
    elif line.status is Status.UNKNOWN:
        out.append(_unknown_due(line.due.problem, line.due.missing, line.name, line.month))
    return tuple(out)

