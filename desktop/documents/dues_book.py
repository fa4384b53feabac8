"""The dues book (sổ thu, nộp đảng phí) of a month and of a year, in party format.

Month: one line per member (category, declared base, amount due, amount paid, date, how, note),
the totals, the branch's share and what goes to the superior committee, then the signatures of
the person collecting and of the secretary. The base is printed so the figures can be checked
by hand against the rates listed under the table.

Year: what each member paid month by month (two tables of six months, so that amounts stay on
one line on A4 portrait, in a table font one point smaller than the body), the month-by-month
totals with the running balance, and the remittances.

Data in: the domain's own ledger views (nothing is computed here but sums of what they hold).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from desktop.documents.fonts import FontFamily
from desktop.documents.kit import (
    Column,
    DocumentBuilder,
    DocumentMeta,
    Letterhead,
    Markup,
    PageSetup,
    Signature,
)
from desktop.documents.kit.text import esc, short_date
from desktop.domain.dues import Freed, Line, Status, Timing, Via
from desktop.domain.dues_ledger import MonthLedger, YearBook
from desktop.domain.dues_schedule import Category, CategoryKind, Schedule
from desktop.domain.money import format_dong, group_thousands

TITLE = "Sổ thu, nộp đảng phí"
FREED_WORDS = {Freed.EXEMPT: "miễn sinh hoạt", Freed.ATTACHED: "sinh hoạt nơi khác",
               Freed.DECEASED: "từ trần", Freed.NO_SCHEDULE: "chưa có mức đóng"}


@dataclass(frozen=True)
class DuesBookData:
    letterhead: Letterhead
    branch_name: str
    secretary: str
    printed_on: date
    month: MonthLedger | None = None  # a month's book
    year: YearBook | None = None  # or a year's
    schedule: Schedule | None = None  # the schedule whose categories the legend lists


def dues_book_pdf(data: DuesBookData, setup: PageSetup, family: FontFamily | None = None) -> bytes:
    if data.month is not None:
        subject = f"Tháng {data.month.month.month:02d} năm {data.month.month.year}"
    else:
        subject = f"Năm {data.year.year}"
    # A ledger of eight columns: the body one point smaller than a letter's, the tables 12 pt, so
    # that names and amounts stay on one line on A4 portrait.
    setup = replace(setup, font_size=min(setup.font_size, 13.0))
    doc = DocumentBuilder(setup, data.letterhead,
                          DocumentMeta(f"{TITLE} — {subject.lower()}", data.printed_on,
                                       author=data.branch_name, subject=f"{TITLE} {subject.lower()}"),
                          family)
    doc.title(TITLE).subject(subject)
    if data.schedule is not None:
        number = data.schedule.document_number
        shown = f" ({number})" if number and number not in data.schedule.name else ""
        doc.note(f"Áp dụng: {data.schedule.name}{shown}")
    if data.month is not None:
        _month(doc, data.month, data.schedule)
    else:
        _year(doc, data.year)
    if data.schedule is not None:
        _legend(doc, data.schedule)
    doc.signatures([Signature(("Người thu",), "", "(Ký, ghi rõ họ tên)"),
                    Signature(("T/M Chi bộ", "Bí thư"), data.secretary, "(Ký, ghi rõ họ tên)")],
                   keep_with_last=1)
    return doc.build()


def _category_numbers(schedule: Schedule | None) -> dict[str, int]:
    return {c.code: n for n, c in enumerate(schedule.categories, start=1)} if schedule else {}


# --- a month ------------------------------------------------------------------------------------
MONTH_COLUMNS = (
    Column("STT", 1.1, "centre"),
    Column("Họ và tên", 4.1),
    Column("ĐT", 0.9, "centre"),
    Column("Mức căn cứ", 2.2, "right"),
    Column("Phải đóng", 2.0, "right"),
    Column("Đã nộp", 2.0, "right"),
    Column("Ngày nộp", 1.5, "centre"),
    Column("Ghi chú", 2.7),
)


def _day(day: date | None, year: int) -> str:
    """«07/11»: the book's year is in its title; another year is written out."""
    if day is None:
        return ""
    return f"{day.day:02d}/{day.month:02d}" if day.year == year else short_date(day)


def _note(line: Line) -> str:
    notes = []
    entry = line.entry
    if line.owing.freed is not None:
        notes.append(f"Không phải đóng ({FREED_WORDS[line.owing.freed]})")
    if line.status is Status.SHORT:
        notes.append(f"thiếu {format_dong(line.shortfall)}")
    elif line.status is Status.OVERPAID:
        notes.append(f"nộp cao hơn {format_dong(line.surplus)}")
    elif line.status is Status.UNPAID:
        notes.append("chưa nộp")
    elif line.status is Status.PENDING:
        notes.append("chưa nộp")
    if line.due.problem == "no_basis" and line.owed:
        notes.append("chưa có căn cứ đóng")
    elif line.due.problem == "figure" and line.owed:
        notes.append("chưa có mức cấp trên giao")
    if entry is not None:
        if entry.via is Via.PORTAL:
            notes.append(f"Cổng DVC, BL {entry.reference}" if entry.reference else "Cổng DVC")
        elif entry.reference:
            notes.append(f"BL {entry.reference}")
        if line.timing is Timing.LATE:
            notes.append("nộp chậm")
        elif line.timing is Timing.ADVANCE:
            notes.append("nộp trước")
        if entry.reason:
            notes.append(entry.reason)
    text = "; ".join(notes)
    return text[:1].upper() + text[1:]


def _month(doc: DocumentBuilder, ledger: MonthLedger, schedule: Schedule | None) -> None:
    numbers = _category_numbers(schedule)
    rows = []
    for n, line in enumerate(ledger.lines, start=1):
        basis = line.basis
        number = numbers.get(basis.category) if basis else None
        rows.append([
            str(n), line.name, f"({number})" if number else "—",
            group_thousands(basis.base) if basis and basis.base is not None else "",
            group_thousands(line.due.amount) if line.owed and line.due.amount is not None else "—",
            group_thousands(line.paid) if line.paid is not None else "",
            _day(line.entry.paid_on, ledger.month.year) if line.entry is not None else "",
            _note(line),
        ])
    t = ledger.totals
    if not rows:
        doc.paragraph(f"Chưa có đảng viên nào sinh hoạt ở chi bộ trong tháng {ledger.month.label()}.")
        return
    rows.append(["", "Cộng", "", "", group_thousands(t.due), group_thousands(t.collected), "", ""])
    doc.paragraph(Markup("<i>Đơn vị tính: đồng. ĐT: đối tượng, xem mức đóng cuối sổ. Ngày nộp: "
                         f"năm {ledger.month.year} nếu không ghi năm.</i>"), indent=False)
    doc.table(MONTH_COLUMNS, rows, bold_last_row=True)
    behind = [line.name for line in ledger.lines if line.owed and line.paid is None]
    doc.bullet(f"Số đảng viên phải đóng: {t.owing}; đã nộp: {t.paid}; chưa nộp: {t.owing - t.paid}"
               + (f" ({', '.join(behind)})." if behind else "."))
    doc.bullet(Markup(
        f"Tổng số thu: <b>{esc(format_dong(t.collected))}</b> (tiền mặt {esc(format_dong(t.cash))}; "
        f"qua Cổng Dịch vụ công {esc(format_dong(t.portal))})."))
    if t.short or t.over:
        doc.bullet(f"Nộp thiếu: {t.short} đồng chí ({format_dong(t.shortfall)}); nộp cao hơn mức "
                   f"quy định: {t.over} đồng chí ({format_dong(t.surplus)}).")
    if t.kept is not None:
        doc.bullet(f"Chi bộ được để lại: {format_dong(t.kept)}; phải nộp cấp ủy cấp trên: "
                   f"{format_dong(t.to_remit)}.")
    else:
        doc.bullet("Tỷ lệ chi bộ được để lại: chưa nhập theo hướng dẫn của cấp ủy cấp trên.")
    doc.bullet(f"Đã nộp cấp ủy cấp trên cho kỳ kết thúc tháng này: {format_dong(t.remitted)}.")


# --- a year -------------------------------------------------------------------------------------
def _cell(line: Line | None) -> str:
    if line is None:
        return "—"
    if line.paid is not None:
        mark = "*" if line.status is Status.SHORT else ""
        return group_thousands(line.paid) + mark
    if line.owing.freed is Freed.NO_SCHEDULE:
        return ""
    return {Status.UNPAID: "N", Status.EXCUSED: "L", Status.NOT_DUE: "M"}.get(line.status, "")


def _half(doc: DocumentBuilder, book: YearBook, months: range) -> None:
    first, last = months[0] + 1, months[-1] + 1
    columns = [Column("STT", 1.1, "centre"), Column("Họ và tên", 4.1)]
    columns += [Column(f"T{m + 1}", 1.6, "right") for m in months]
    columns.append(Column("Cộng", 1.7, "right"))
    rows = []
    for n, row in enumerate(book.rows, start=1):
        lines = [row.lines[m] for m in months]
        total = sum(x.paid or 0 for x in lines if x is not None)
        rows.append([str(n), row.name, *(_cell(x) for x in lines), group_thousands(total) if total else ""])
    # The months' sums are in the summary by month, where their columns are wide enough.
    doc.heading(f"Từ tháng {first:02d} đến tháng {last:02d}")
    doc.table(columns, rows)


SUMMARY_COLUMNS = (
    Column("Tháng", 1.5, "centre"),
    Column("Phải đóng (người)", 1.6, "centre"),
    Column("Đã nộp (người)", 1.5, "centre"),
    Column("Phải thu", 2.2, "right"),
    Column("Đã thu", 2.2, "right"),
    Column("Nộp cấp trên", 2.2, "right"),
    Column("Chi bộ giữ", 2.2, "right"),
)


def _year(doc: DocumentBuilder, book: YearBook) -> None:
    if not book.rows:
        doc.paragraph(f"Chưa có đảng phí nào được ghi trong năm {book.year}.")
        return
    doc.paragraph(Markup("<i>Đơn vị tính: đồng. N: chưa nộp; L: chưa nộp, có lý do được chi bộ "
                         "chấp nhận; M: không phải đóng (miễn sinh hoạt, sinh hoạt nơi khác, từ "
                         "trần); —: không sinh hoạt ở chi bộ; *: nộp thiếu so với mức phải đóng.</i>"),
                  indent=False)
    _half(doc, book, range(0, 6))
    _half(doc, book, range(6, 12))
    doc.heading("Tổng hợp theo tháng")
    rows = [["Đầu năm", "", "", "", "", "", group_thousands(book.opening_balance)]]
    for m in book.months:
        t = m.totals
        rows.append([f"{m.month.month:02d}", str(t.owing), str(t.paid), group_thousands(t.due),
                     group_thousands(t.collected), group_thousands(t.remitted), group_thousands(m.balance)])
    total = [m.totals for m in book.months]
    rows.append(["Cộng", "", "", group_thousands(sum(t.due for t in total)),
                 group_thousands(sum(t.collected for t in total)),
                 group_thousands(sum(t.remitted for t in total)), group_thousands(book.months[-1].balance)])
    doc.table(SUMMARY_COLUMNS, rows, bold_last_row=True)
    if book.remittances:
        doc.heading("Các lần nộp cấp ủy cấp trên")
        for r in book.remittances:
            ref = f", chứng từ {r.reference}" if r.reference else ""
            period = r.first.label() if r.first == r.last else f"{r.first.label()}–{r.last.label()}"
            doc.bullet(f"Ngày {short_date(r.remitted_on)}: {format_dong(r.amount)} cho kỳ {period}{ref}.")


# --- the rates ----------------------------------------------------------------------------------
def _rate(c: Category, schedule: Schedule) -> str:
    rate = format(c.rate_percent.normalize(), "f").replace(".", ",") if c.rate_percent is not None else ""
    if c.kind is CategoryKind.FIXED:
        return f"{format_dong(c.amount)}/tháng" if c.amount is not None else "mức cấp trên giao"
    if c.kind is CategoryKind.PERCENT_OF_REFERENCE:
        reference = schedule.reference(c.reference)
        what = reference.title if reference is not None else c.reference
        return f"{rate}% {what[:1].lower()}{what[1:]}"
    return f"{rate}% {c.base_label[:1].lower()}{c.base_label[1:]} của tháng trước"


def _legend(doc: DocumentBuilder, schedule: Schedule) -> None:
    items: Sequence[str] = [f"({n}) {c.title}: {_rate(c, schedule)}"
                            for n, c in enumerate(schedule.categories, start=1)]
    doc.paragraph(Markup("<i>Đối tượng và mức đóng:</i> " + esc("; ".join(items)) + "."), indent=False)
