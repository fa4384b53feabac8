"""The dues service on a real data file: payments and what is refused (naming member and month,
nothing written), bases with their preview, schedules that never rewrite recorded months,
figures the branch enters, remittances, the removal threshold and the overview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.clock import Clock
from desktop.domain.dues import Freed, Status, Via
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.months import Month
from desktop.services.changes import Changed
from desktop.services.dues import DuesService
from desktop.services.dues_schedule_files import ScheduleFileError, shipped_schedules
from desktop.services.errors import UserError
from desktop.store.database import unit_of_work
from desktop.store.models import DuesEntry, DuesMonth, Member, SituationEvent
from dues_data import an_pays_binh_stops_after_august

TODAY = date(2026, 12, 20)


@pytest.fixture
def dues(db, meetings_branch) -> DuesService:
    return DuesService(db, clock=Clock.fixed(TODAY))


@pytest.fixture
def an(meetings_branch) -> int:
    return meetings_branch["Nguyễn Văn An"]


def entries(db) -> int:
    with unit_of_work(db) as s:
        return s.scalar(select(func.count()).select_from(DuesEntry))


def add_member(db, name: str, *events: tuple[K, date], admitted: date = date(2000, 5, 19)) -> int:
    with unit_of_work(db) as s:
        member = Member(full_name=name, admitted_on=admitted, official_on=date(admitted.year + 1, 5, 19))
        member.events = [SituationEvent(kind=k, on=on) for k, on in events]
        s.add(member)
        s.flush()
        return member.id


def test_a_payment_is_recorded_with_how_and_when(dues, an):
    dues.set_basis(an, "insured", "6.234.567", "2026-02")
    result, notice = dues.pay(an, "2026-03", "62.346", via=Via.PORTAL, reference="DVC-0042",
                              on=date(2026, 3, 3))
    assert notice.touches(Changed.DUES) and result.warnings == ()
    line = result.line
    assert (line.status, line.paid, line.due.amount, line.entry.reference) == (Status.PAID, 62_346, 62_346, "DVC-0042")
    row = next(x for x in dues.month("2026-03").ledger.lines if x.member_id == an)
    assert row.entry.via is Via.PORTAL and row.entry.paid_on == date(2026, 3, 3)


def test_a_duplicate_payment_is_refused_naming_member_and_month(db, dues, an):
    dues.set_basis(an, "insured", 6_000_000, "2026-02")
    dues.pay(an, "2026-03", 60_000, on=date(2026, 3, 5))
    with pytest.raises(UserError) as err:
        dues.pay(an, "2026-03", 60_000, on=date(2026, 3, 6))
    assert "Nguyễn Văn An" in err.value.message and "03/2026" in err.value.message
    assert "60.000 đ" in err.value.message and entries(db) == 1
    assert "already paid" in err.value.render("en")


@pytest.mark.parametrize("amount, words", [
    ("62.5", "số nguyên đồng"), ("-5000", "không được âm"), ("abc", "số nguyên đồng"), ("0", "lớn hơn 0"),
])
def test_a_bad_amount_is_refused_and_nothing_is_written(db, dues, an, amount, words):
    dues.set_basis(an, "insured", 6_000_000, "2026-02")
    with pytest.raises(UserError) as err:
        dues.pay(an, "2026-04", amount)
    assert words in err.value.message and "Nguyễn Văn An" in err.value.message and "04/2026" in err.value.message
    assert entries(db) == 0


def test_payments_before_joining_or_after_leaving_are_refused(db, dues):
    new = add_member(db, "Trịnh Thị Mai", (K.ADMITTED, date(2026, 5, 19)), admitted=date(2026, 5, 19))
    gone = add_member(db, "Phùng Văn Quang", (K.TRANSFERRED_OUT, date(2026, 6, 15)))
    for member in (new, gone):
        dues.set_basis(member, "insured", 5_000_000, "2026-02")
    with pytest.raises(UserError, match="Trịnh Thị Mai chưa sinh hoạt ở chi bộ trong tháng 04/2026"):
        dues.pay(new, "2026-04", 50_000)
    dues.pay(new, "2026-05", 50_000, on=date(2026, 5, 20))
    dues.pay(gone, "2026-06", 50_000, on=date(2026, 6, 10))  # June is the last month owed
    with pytest.raises(UserError, match="Phùng Văn Quang đã rời chi bộ trước tháng 07/2026"):
        dues.pay(gone, "2026-07", 50_000)
    assert entries(db) == 2
    july = {x.member_id: x for x in dues.month("2026-07").ledger.lines}
    assert gone not in july and july[new].status is Status.UNPAID


def test_the_month_of_death_is_not_owed_but_a_payment_for_it_is_kept(db, dues):
    late = add_member(db, "Tô Văn Khải", (K.DECEASED, date(2026, 6, 10)))
    dues.set_basis(late, "pensioner", 4_000_000, "2026-02")
    result, _ = dues.pay(late, "2026-06", 20_000, on=date(2026, 6, 2))
    assert result.line.status is Status.VOLUNTARY and result.line.owing.freed is Freed.DECEASED
    with pytest.raises(UserError, match="đã rời chi bộ"):
        dues.pay(late, "2026-07", 20_000)


def test_paying_more_is_reported_and_short_is_shown(dues, an, meetings_branch):
    binh = meetings_branch["Lê Thị Bình"]
    dues.set_basis(an, "insured", 6_000_000, "2026-02")
    dues.set_basis(binh, "pensioner", 5_437_000, "2026-02")
    more, _ = dues.pay(an, "2026-03", 100_000, on=date(2026, 3, 5))
    short, _ = dues.pay(binh, "2026-03", 20_000, on=date(2026, 3, 5))
    assert more.line.status is Status.OVERPAID and "40.000 đ" in more.warnings[0].render()
    assert short.line.status is Status.SHORT and short.line.shortfall == 7_185
    assert "còn thiếu 7.185 đ" in short.warnings[0].render()
    totals = dues.month("2026-03").ledger.totals
    assert (totals.over, totals.surplus, totals.short, totals.shortfall) == (1, 40_000, 1, 7_185)


def test_a_portal_payment_needs_its_receipt(db, dues, an):
    dues.set_basis(an, "insured", 6_000_000, "2026-02")
    with pytest.raises(UserError, match="số biên lai"):
        dues.pay(an, "2026-03", 60_000, via=Via.PORTAL)
    assert entries(db) == 0


def test_paid_in_full_needs_a_basis_and_a_computable_amount(dues, an, meetings_branch):
    with pytest.raises(UserError, match="Chưa có căn cứ đóng đảng phí của đồng chí Nguyễn Văn An"):
        dues.pay_in_full(an, "2026-03")
    dues.set_basis(an, "no_pension_working_age", None, "2026-02")
    with pytest.raises(UserError, match="regional_minimum_wage"):
        dues.pay_in_full(an, "2026-03")
    dues.set_figure("regional_minimum_wage", "5.310.000")
    result, _ = dues.pay_in_full(an, "2026-03", on=date(2026, 3, 5))
    assert result.line.paid == 15_930 and result.line.status is Status.PAID


def test_a_basis_correction_shows_the_months_it_changes_before_saving(dues, an):
    dues.set_basis(an, "insured", 6_000_000, "2026-02")
    dues.pay(an, "2026-08", 60_000, on=date(2026, 8, 5))
    preview = dues.preview_basis(an, "insured", 7_250_000, "2026-07")
    assert [str(c.month) for c in preview.changes] == [f"2026-{m:02d}" for m in range(8, 13)]
    august = preview.changes[0]
    assert (august.old_due, august.new_due, august.paid, august.new_status) == (60_000, 72_500, 60_000, Status.SHORT)
    assert dues.month("2026-08").ledger.lines[0].due.amount == 60_000, "nothing saved by a preview"
    saved, _ = dues.set_basis(an, "insured", 7_250_000, "2026-07", "Nâng lương")
    assert saved.changes == preview.changes
    corrected, _ = dues.set_basis(an, "insured", 7_000_000, "2026-07")  # same month: a correction
    assert corrected.replaces is not None and corrected.replaces.base == 7_250_000
    assert [b.base for b in dues.member_bases(an).history] == [6_000_000, 7_000_000]


def test_a_basis_is_checked_against_the_schedule(dues, an):
    with pytest.raises(UserError, match="Đối tượng «luong» không có"):
        dues.set_basis(an, "luong", 6_000_000, "2026-02")
    with pytest.raises(UserError, match="cần nhập mức căn cứ"):
        dues.set_basis(an, "pensioner", None, "2026-02")
    with pytest.raises(UserError, match="Tháng «2026-13» không hợp lệ"):
        dues.set_basis(an, "pensioner", 4_000_000, "2026-13")


def test_three_unpaid_months_flag_the_member_on_the_overview(dues, meetings_branch):
    names = ("Nguyễn Văn An", "Lê Thị Bình")
    for name in names:
        dues.set_basis(meetings_branch[name], "pensioner", 4_000_000, "2026-02")
    an, binh = (meetings_branch[n] for n in names)
    for month in range(2, 13):
        dues.pay(an, f"2026-{month:02d}", 20_000, on=date(2026, month, 5))
        if month < 9:
            dues.pay(binh, f"2026-{month:02d}", 20_000, on=date(2026, month, 5))
    dues.set_reason(binh, "2026-09", "Nằm viện cả tháng")
    arrears = dues.arrears(2026)
    row = next(r for r in arrears.rows if r.member_id == binh)
    assert [str(m) for m in row.unpaid] == ["2026-10", "2026-11"] and not row.flagged
    dues.set_reason(binh, "2026-09", "")  # the reason withdrawn: September counts again
    overview = dues.overview(TODAY)
    assert [r.name for r in overview.flagged] == ["Lê Thị Bình"] and overview.threshold == 3
    assert overview.in_use and overview.totals.paid >= 1


def test_a_schedule_imported_later_never_rewrites_a_recorded_month(db, dues, an, tmp_path):
    dues.set_basis(an, "insured", 6_000_000, "2026-02")
    dues.pay(an, "2026-03", 60_000, on=date(2026, 3, 5))
    text = shipped_schedules()[0].read_text(encoding="utf-8")
    official = (text.replace('sample = true', 'sample = false')
                .replace('version = "2026.1-mau"', 'version = "2026.1-DU"')
                .replace("rate_percent = 1.0\nbase = \"Tiền lương", "rate_percent = 2.0\nbase = \"Tiền lương"))
    path = tmp_path / "muc-dong-dang-uy.toml"
    path.write_text(official, encoding="utf-8")
    info, _ = dues.import_schedule(path)
    assert info.version == "2026.1-DU" and not info.sample
    march = dues.month("2026-03").ledger
    april = dues.month("2026-04").ledger
    assert march.lines[0].due.amount == 60_000 and march.schedule.schedule.sample  # pinned
    assert april.lines[0].due.amount == 120_000 and april.schedule.id == info.id  # unrecorded: new one
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).select_from(DuesMonth)) == 1


def test_a_bad_schedule_file_is_refused_and_nothing_stored(db, dues, tmp_path):
    path = tmp_path / "sai.toml"
    path.write_text(shipped_schedules()[0].read_text(encoding="utf-8").replace(
        "rate_percent = 0.5", "rate_percent = -0.5"), encoding="utf-8")
    before = len(dues.schedule_state("2026-03").schedules)
    with pytest.raises(ScheduleFileError) as err:
        dues.import_schedule(path)
    assert "sai.toml, khóa «categories[2].rate_percent»" in err.value.message
    assert len(dues.schedule_state("2026-03").schedules) == before


def test_figures_to_be_set_are_asked_for_and_dated(dues, an):
    state = dues.schedule_state("2026-03")
    assert {f.key for f in state.missing} == {"regional_minimum_wage", "abroad", "branch_keeps_percent"}
    dues.set_figure("branch_keeps_percent", "30")
    dues.set_figure("branch_keeps_percent", "35", "2026-07")
    with pytest.raises(UserError, match="phần trăm"):
        dues.set_figure("branch_keeps_percent", "130")
    with pytest.raises(UserError, match="student"):
        dues.set_figure("student", "6000")  # given by the schedule itself
    dues.set_basis(an, "insured", 6_000_000, "2026-02")
    dues.pay(an, "2026-03", 60_000, on=date(2026, 3, 5))
    dues.pay(an, "2026-07", 60_000, on=date(2026, 7, 5))
    march, july = dues.month("2026-03").ledger.totals, dues.month("2026-07").ledger.totals
    assert (march.kept, march.to_remit) == (18_000, 42_000)
    assert (july.kept, july.to_remit) == (21_000, 39_000)


def test_remittances_and_the_running_balance(dues, an):
    dues.set_figure("branch_keeps_percent", "30")
    dues.set_basis(an, "insured", 6_000_000, "2026-02")
    for month in (2, 3, 4):
        dues.pay(an, f"2026-{month:02d}", 60_000, on=date(2026, month, 5))
    remittance, _ = dues.remit("2026-02", "2026-03", "84.000", date(2026, 4, 15), "PT-01")
    assert (str(remittance.first), str(remittance.last), remittance.amount) == ("2026-02", "2026-03", 84_000)
    book = dues.year_book(2026)
    balances = {str(m.month): m.balance for m in book.months}
    assert balances["2026-02"] == 60_000 and balances["2026-03"] == 36_000 and balances["2026-04"] == 96_000
    with pytest.raises(UserError, match="04/2026 sau tháng 02/2026"):
        dues.remit("2026-04", "2026-02", 1000, date(2026, 4, 15))
    with pytest.raises(UserError, match="ở tương lai"):
        dues.remit("2026-11", "2026-11", 1000, date(2027, 1, 15))


def test_clearing_a_payment_keeps_an_accepted_reason(db, dues, an):
    dues.set_basis(an, "insured", 6_000_000, "2026-02")
    dues.pay(an, "2026-03", 60_000, on=date(2026, 4, 5), reason="Đi công tác")
    dues.clear_payment(an, "2026-03")
    line = dues.month("2026-03").ledger.lines[0]
    assert line.status is Status.EXCUSED and line.entry.reason == "Đi công tác"
    with pytest.raises(UserError):
        dues.clear_payment(an, "2026-03")


def test_the_year_summary_for_the_package_has_no_names_and_no_bases(dues, an):
    assert dues.year_summary(2026) is None  # no dues book kept here yet
    dues.set_figure("branch_keeps_percent", "30")
    dues.set_basis(an, "insured", 6_234_567, "2026-02")
    dues.pay(an, "2026-03", 62_346, on=date(2026, 3, 5))
    summary = dues.year_summary(2026)
    text = repr(summary)
    assert "Nguyễn Văn An" not in text and "6234567" not in text and "insured" not in text
    march = next(m for m in summary["months"] if m["month"] == "2026-03")
    assert march["collected"] == 62_346 and march["members_paid"] == 1
    assert summary["schedules"][0]["sha256"] and summary["removal_threshold"] == 3


def test_the_sample_schedule_is_stored_once(dues):
    dues.schedule_state("2026-03")
    dues.schedule_state("2026-04")
    assert len(dues.schedule_state("2026-05").schedules) == len(shipped_schedules())
    assert all(Path(p).suffix == ".toml" for p in shipped_schedules())


def test_months_before_the_first_schedule_cannot_be_paid(dues, an):
    dues.set_basis(an, "insured", 6_000_000, "2026-01")
    with pytest.raises(UserError, match="Chưa có mức đóng đảng phí áp dụng cho tháng 01/2026"):
        dues.pay(an, "2026-01", 60_000)
    assert Month(2026, 1) not in {m for r in dues.arrears(2026).rows for m in r.unpaid}


def test_a_year_sent_to_the_superior_is_read_only(db, dues, an):
    from datetime import datetime, timezone

    from desktop.store.models import YearSetting

    dues.set_basis(an, "insured", 6_000_000, "2026-02")
    dues.pay(an, "2026-03", 60_000, on=date(2026, 3, 5))
    with unit_of_work(db) as s:
        s.add(YearSetting(year=2026, locked_at=datetime(2027, 1, 10, tzinfo=timezone.utc)))
    for write in (lambda: dues.pay(an, "2026-04", 60_000, on=date(2026, 4, 5)),
                  lambda: dues.clear_payment(an, "2026-03"),
                  lambda: dues.set_reason(an, "2026-05", "Ốm"),
                  lambda: dues.set_basis(an, "insured", 7_000_000, "2026-06"),
                  lambda: dues.remit("2026-03", "2026-03", 42_000, date(2026, 4, 15))):
        with pytest.raises(UserError, match="Năm 2026 đã khóa"):
            write()
    assert entries(db) == 1


def test_the_due_list_names_dues_arrears_and_marks_the_removal_threshold(db, dues, meetings_branch):
    from desktop.services.due import DueService

    due = DueService(db, clock=Clock.fixed(TODAY))
    assert not [i for i in due.due().items if i.kind == "dues_arrears"]  # no dues book kept here
    an, binh = an_pays_binh_stops_after_august(dues, meetings_branch)
    lines = {i.member_id: i for i in due.due().items if i.kind == "dues_arrears"}
    assert an not in lines  # November paid; December is not over yet
    line = lines[binh]
    assert line.overdue_flag and line.due_on == date(2026, 9, 30) and line.opens.page == "dues"
    text = line.subject.render("vi")
    assert "Lê Thị Bình" in text and "09/2026, 10/2026, 11/2026" in text and "xóa tên" in text
    dues.set_reason(binh, "2026-09", "Nằm viện cả tháng")
    line = next(i for i in due.due().items if i.member_id == binh and i.kind == "dues_arrears")
    assert not line.overdue_flag and line.due_on == date(2026, 10, 31)
    assert "2 tháng" in line.subject.render("vi") and "2 month(s)" in line.subject.render("en")
