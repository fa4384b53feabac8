"""The dues rules with worked examples (Quy định 01-QĐ/TW): which months a member owes, what a
month costs, and what a payment makes of it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.dues import (
    Basis,
    Entry,
    Freed,
    Owing,
    OwingRules,
    Status,
    Timing,
    Via,
    basis_for,
    month_owing,
    split_percent,
)
from desktop.domain.dues_ledger import DuesMember, FigureValue, Ledger, Remittance, ScheduleVersion
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.months import Month
from desktop.domain.situation import Event, MemberFacts
from desktop.services.dues_schedule_files import load_schedule_file, shipped_schedules

AS_OF = date(2026, 12, 20)


@pytest.fixture(scope="module")
def schedule():
    return load_schedule_file(shipped_schedules()[0]).schedule


def member(mid: int, name: str, *events: tuple[K, date], admitted: date = date(1990, 5, 19),
           bases: tuple[Basis, ...] = ()) -> DuesMember:
    facts = MemberFacts(mid, admitted, date(1991, 5, 19), tuple(Event(k, on) for k, on in events))
    return DuesMember(mid, name, facts, bases)


def ledger(schedule, *members: DuesMember, entries=(), figures=(), remittances=()) -> Ledger:
    return Ledger((ScheduleVersion(1, schedule),), {}, tuple(figures), members,
                  {(e.member_id, e.month): e for e in entries}, tuple(remittances))


def due(book: Ledger, m: DuesMember, month: str) -> int | None:
    return book.line(m, Month.parse(month), AS_OF).due.amount


# --- what a month costs -------------------------------------------------------------------------
def test_the_sample_schedule_names_its_sources_and_leaves_unknown_figures_to_be_set(schedule):
    assert schedule.document_number == "01-QĐ/TW" and schedule.sample
    assert schedule.first_month == Month(2026, 2)
    assert schedule.category("insured").rate_percent == Decimal("1.0")
    assert schedule.category("pensioner").rate_percent == Decimal("0.5")
    assert schedule.category("student").amount == 5000
    to_set = {f.key for f in schedule.figures() if f.to_be_set}
    assert to_set == {"regional_minimum_wage", "abroad", "branch_keeps_percent"}
    assert all(c.source for c in schedule.categories) and schedule.owing_source
    assert schedule.removal_unpaid_months == 3


def test_a_raise_in_july_changes_the_dues_from_august(schedule):
    """1% of the previous month's insured salary: July still pays on June's salary."""
    an = member(1, "Nguyễn Văn An", bases=(
        Basis(1, Month(2026, 2), "insured", 6_000_000),
        Basis(1, Month(2026, 7), "insured", 7_250_000)))
    book = ledger(schedule, an)
    assert [due(book, an, f"2026-{m:02d}") for m in (6, 7, 8, 9)] == [60_000, 60_000, 72_500, 72_500]


def test_sick_leave_pays_one_percent_of_the_allowance(schedule):
    binh = member(2, "Lê Thị Bình", bases=(
        Basis(2, Month(2026, 2), "insured", 8_000_000),
        Basis(2, Month(2026, 9), "sick_leave", 6_000_000),  # the allowance paid by social insurance
        Basis(2, Month(2026, 11), "insured", 8_000_000)))
    book = ledger(schedule, binh)
    assert [due(book, binh, f"2026-{m:02d}") for m in (9, 10, 11, 12)] == [80_000, 60_000, 60_000, 80_000]


def test_a_pensioner_pays_half_a_percent_of_the_pension(schedule):
    cuong = member(3, "Trần Văn Cường", bases=(Basis(3, Month(2026, 2), "pensioner", 5_437_000),))
    book = ledger(schedule, cuong)
    assert due(book, cuong, "2026-02") == 27_185  # 0,5% × 5.437.000
    assert due(book, cuong, "2026-12") == 27_185


def test_a_first_basis_starting_in_the_month_itself_applies_to_it():
    bases = (Basis(4, Month(2026, 5), "insured", 5_000_000),)
    assert basis_for(bases, Month(2026, 4)) is None
    assert basis_for(bases, Month(2026, 5)) == bases[0]
    assert basis_for(bases, Month(2026, 6)) == bases[0]


def test_rounding_follows_the_schedule(schedule):
    from dataclasses import replace

    from desktop.domain.dues_schedule import RoundingMode

    assert schedule.rounded(Decimal("62345.67")) == 62_346  # whole đồng, half up
    assert schedule.rounded(Decimal("62345.5")) == 62_346
    thousand = replace(schedule, rounding_step=1000)
    assert thousand.due("insured", 6_234_567, {}).amount == 62_000
    assert thousand.due("insured", 6_250_000, {}).amount == 63_000  # 62.500 rounds half up
    assert replace(thousand, rounding_mode=RoundingMode.UP).due("insured", 6_200_100, {}).amount == 63_000
    assert replace(thousand, rounding_mode=RoundingMode.DOWN).due("insured", 6_299_900, {}).amount == 62_000


def test_a_figure_to_be_set_is_asked_for_not_invented(schedule):
    result = schedule.due("no_pension_working_age", None, {})
    assert result.amount is None and result.missing == "regional_minimum_wage"
    assert schedule.due("no_pension_working_age", None, {"regional_minimum_wage": Decimal(5_310_000)}).amount == 15_930
    assert schedule.due("abroad", None, {}).missing == "abroad"
    assert schedule.due("insured", None, {}).problem == "no_base"
    assert schedule.due("no_such", 1, {}).problem == "unknown_category"


def test_a_figure_entered_later_applies_from_its_month(schedule):
    dung = member(5, "Võ Văn Dũng", bases=(Basis(5, Month(2026, 2), "no_pension_working_age", None),))
    book = ledger(schedule, dung, figures=(
        FigureValue(1, "regional_minimum_wage", Month(2026, 2), Decimal(5_000_000)),
        FigureValue(1, "regional_minimum_wage", Month(2026, 7), Decimal(5_310_000))))
    assert due(book, dung, "2026-06") == 15_000 and due(book, dung, "2026-07") == 15_930


# --- which months are owed ----------------------------------------------------------------------
RULES = OwingRules()


def owing(m: DuesMember, month: str):
    return month_owing(m.facts, Month.parse(month), RULES)


def test_a_transfer_out_in_june_owes_june_and_nothing_after():
    """June is the last month: the member was this branch's in June, and the introduction letter
    says dues are paid up to June, so the receiving branch collects from July."""
    hoa = member(6, "Bùi Thị Hoa", (K.TRANSFERRED_OUT, date(2026, 6, 15)))
    assert owing(hoa, "2026-06").owing is Owing.OWED
    assert owing(hoa, "2026-07").owing is Owing.AFTER


def test_exempt_from_the_middle_of_march_stops_owing_from_april():
    lan = member(7, "Hoàng Thị Lan", (K.EXEMPT_FROM, date(2026, 3, 15)), (K.EXEMPT_TO, date(2026, 8, 10)))
    assert owing(lan, "2026-03").owing is Owing.OWED
    assert owing(lan, "2026-04").freed is Freed.EXEMPT
    assert owing(lan, "2026-07").owing is Owing.FREED
    assert owing(lan, "2026-08").owing is Owing.OWED  # back from 11 August
    assert month_owing(lan.facts, Month(2026, 5), OwingRules(exempt_pay=True)).owing is Owing.OWED


def test_the_month_of_death_is_not_owed_and_later_months_are_outside():
    long = member(8, "Phan Văn Long", (K.DECEASED, date(2026, 6, 10)))
    assert owing(long, "2026-05").owing is Owing.OWED
    assert owing(long, "2026-06").freed is Freed.DECEASED
    assert owing(long, "2026-07").owing is Owing.AFTER


def test_probationary_members_owe_from_the_month_of_admission():
    anh = member(9, "Đặng Thị Ngọc Ánh", (K.ADMITTED, date(2026, 5, 19)), admitted=date(2026, 5, 19))
    assert owing(anh, "2026-04").owing is Owing.BEFORE
    assert owing(anh, "2026-05").owing is Owing.OWED


def test_a_member_attached_elsewhere_pays_there_for_the_whole_months_away():
    duc = member(10, "Đỗ Minh Đức", (K.ATTACHED_FROM, date(2026, 4, 1)), (K.ATTACHED_TO, date(2026, 6, 30)))
    assert owing(duc, "2026-03").owing is Owing.OWED
    assert owing(duc, "2026-04").freed is Freed.ATTACHED
    assert owing(duc, "2026-06").freed is Freed.ATTACHED
    assert owing(duc, "2026-07").owing is Owing.OWED


def test_months_before_the_first_schedule_are_outside_the_book(schedule):
    an = member(1, "Nguyễn Văn An", bases=(Basis(1, Month(2026, 1), "insured", 6_000_000),))
    line = ledger(schedule, an).line(an, Month(2026, 1), AS_OF)
    assert line.owing.freed is Freed.NO_SCHEDULE and line.status is Status.NOT_DUE


# --- what a payment makes of a month ------------------------------------------------------------
def pay(mid: int, month: str, amount: int | None, on: date | None = None, reason: str = "", via=Via.CASH):
    m = Month.parse(month)
    return Entry(mid, m, amount, via if amount else None, "", on or date(m.year, m.month, 5), reason)


@pytest.fixture
def branch(schedule):
    an = member(1, "Nguyễn Văn An", bases=(Basis(1, Month(2026, 2), "insured", 6_234_567),))
    return an, schedule


def status(book: Ledger, m: DuesMember, month: str, as_of: date = AS_OF) -> Status:
    return book.line(m, Month.parse(month), as_of).status


def test_paid_short_more_unpaid_pending_and_excused(branch):
    an, schedule = branch
    book = ledger(schedule, an, entries=[
        pay(1, "2026-02", 62_346), pay(1, "2026-03", 60_000), pay(1, "2026-04", 100_000),
        pay(1, "2026-06", None, reason="Nằm viện cả tháng")])
    assert status(book, an, "2026-02") is Status.PAID
    short = book.line(an, Month(2026, 3), AS_OF)
    assert short.status is Status.SHORT and short.shortfall == 2_346
    over = book.line(an, Month(2026, 4), AS_OF)
    assert over.status is Status.OVERPAID and over.surplus == 37_654
    assert status(book, an, "2026-05") is Status.UNPAID
    assert status(book, an, "2026-06") is Status.EXCUSED
    assert status(book, an, "2026-12", as_of=date(2026, 12, 10)) is Status.PENDING


def test_late_and_advance_payments_are_told_apart(branch):
    an, schedule = branch
    book = ledger(schedule, an, entries=[
        pay(1, "2026-02", 62_346, on=date(2026, 3, 5), reason="Đi công tác"),
        pay(1, "2026-12", 62_346, on=date(2026, 10, 5))])
    assert book.line(an, Month(2026, 2), AS_OF).timing is Timing.LATE
    assert book.line(an, Month(2026, 12), AS_OF).timing is Timing.ADVANCE


def test_three_unpaid_months_without_a_reason_reach_the_removal_threshold(branch):
    an, schedule = branch
    paid = [pay(1, f"2026-{m:02d}", 62_346) for m in range(2, 9)]
    book = ledger(schedule, an, entries=[*paid, pay(1, "2026-09", None, reason="Ốm nặng")])
    row = book.year_arrears(2026, date(2026, 12, 1)).rows[0]
    assert [str(m) for m in row.unpaid] == ["2026-10", "2026-11"] and not row.flagged  # Sep excused
    later = book.year_arrears(2026, date(2027, 1, 5)).rows[0]
    assert len(later.unpaid) == 3 and later.flagged and later.owed_unpaid == 3 * 62_346


def test_no_basis_is_not_held_against_a_member(schedule):
    binh = member(2, "Lê Thị Bình")
    book = ledger(schedule, binh)
    assert status(book, binh, "2026-05") is Status.NO_BASIS
    assert book.year_arrears(2026, AS_OF).rows == ()


def test_month_totals_split_and_balance(branch):
    an, schedule = branch
    binh = member(2, "Lê Thị Bình", bases=(Basis(2, Month(2026, 2), "pensioner", 4_000_000),))
    book = ledger(schedule, an, binh, entries=[pay(1, "2026-03", 62_346), pay(2, "2026-03", 20_000, via=Via.PORTAL)],
                  figures=[FigureValue(1, "branch_keeps_percent", Month(2026, 2), Decimal(30))],
                  remittances=[Remittance(1, Month(2026, 3), Month(2026, 3), 57_642, date(2026, 4, 15))])
    t = book.month_view(Month(2026, 3), AS_OF).totals
    assert (t.owing, t.paid, t.due, t.collected, t.cash, t.portal) == (2, 2, 82_346, 82_346, 62_346, 20_000)
    assert (t.kept, t.to_remit, t.remitted) == (24_704, 57_642, 57_642)
    year = book.year_book(2026, AS_OF)
    assert year.months[2].balance == 24_704 and year.months[11].balance == 24_704
    assert split_percent(100, None) == (None, None)
