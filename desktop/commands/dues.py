"""`chibo --db F dues …`: the party dues book (issue 17 item 6, spelled exactly).

    dues schedule show|import FILE|check FILE        (and: set KEY VALUE [--from YYYY-MM])
    dues basis set MEMBER_ID --category C --base N --from YYYY-MM   (and: show MEMBER_ID)
    dues pay MEMBER_ID --month YYYY-MM --amount N [--via cash|portal] [--ref R] [--on YYYY-MM-DD]
    dues month YYYY-MM [--json]
    dues arrears --year Y [--json]
    dues remit --period YYYY-MM[..YYYY-MM] --amount N --on DATE
    dues book --year Y [--month M] --out FILE.pdf

Amounts are whole đồng. Every sentence comes from desktop/wording/<lang>/dues.py.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.commands.context import BRANCH_FILE, CommandContext
from desktop.commands.dues_output import (
    arrears_json,
    month_json,
    print_arrears,
    print_month,
    print_preview,
    print_schedule,
    schedule_json,
)
from desktop.services.output_file import write_output
from desktop.domain.dues import Via
from desktop.domain.money import format_dong
from desktop.domain.months import Month
from desktop.services.dues import DuesService
from desktop.services.errors import UserError
from desktop.wording import render, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("dues", help="sổ thu, nộp đảng phí")
    p.set_defaults(file_kind=BRANCH_FILE)
    dsub = p.add_subparsers(dest="dues_command", metavar="VIỆC", required=True)

    sched = dsub.add_parser("schedule", help="mức đóng đảng phí (tệp TOML có nguồn văn bản)")
    ssub = sched.add_subparsers(dest="schedule_command", metavar="VIỆC", required=True)
    show = ssub.add_parser("show", help="các mức đóng đã có và mức đang áp dụng")
    show.add_argument("--month", help="tháng (NNNN-TT, mặc định: tháng này)")
    show.add_argument("--json", action="store_true", help="in dạng JSON")
    show.set_defaults(run=run_schedule_show)
    imp = ssub.add_parser("import", help="nhập tệp mức đóng của cấp ủy cấp trên")
    imp.add_argument("file", metavar="FILE", help="tệp .toml")
    imp.set_defaults(run=run_schedule_import)
    chk = ssub.add_parser("check", help="kiểm tra tệp mức đóng, không ghi gì")
    chk.add_argument("file", metavar="FILE", help="tệp .toml")
    chk.set_defaults(run=run_schedule_check)
    setf = ssub.add_parser("set", help="nhập số liệu cấp trên giao (mục «to_be_set» của tệp mức đóng)")
    setf.add_argument("key", metavar="KEY", help="mã số liệu (xem «dues schedule show»)")
    setf.add_argument("value", metavar="VALUE", help="số tiền (đồng) hoặc tỷ lệ (%%)")
    setf.add_argument("--from", dest="start", metavar="YYYY-MM", help="áp dụng từ tháng")
    setf.set_defaults(run=run_schedule_set)

    basis = dsub.add_parser("basis", help="căn cứ đóng đảng phí của đảng viên (có lịch sử)")
    bsub = basis.add_subparsers(dest="basis_command", metavar="VIỆC", required=True)
    bset = bsub.add_parser("set", help="ghi đối tượng và mức căn cứ từ một tháng")
    bset.add_argument("member_id", type=int, metavar="MEMBER_ID", help="mã đảng viên")
    bset.add_argument("--category", required=True, help="mã đối tượng (xem «dues schedule show»)")
    bset.add_argument("--base", help="mức căn cứ, đồng (tiền lương, trợ cấp, lương hưu)")
    bset.add_argument("--from", dest="start", required=True, metavar="YYYY-MM", help="từ tháng")
    bset.add_argument("--note", default="", help="ghi chú")
    bset.add_argument("--dry-run", action="store_true", help="chỉ cho xem các tháng thay đổi, không ghi")
    bset.set_defaults(run=run_basis_set)
    bshow = bsub.add_parser("show", help="lịch sử căn cứ đóng của một đảng viên")
    bshow.add_argument("member_id", type=int, metavar="MEMBER_ID", help="mã đảng viên")
    bshow.set_defaults(run=run_basis_show)

    pay = dsub.add_parser("pay", help="ghi đảng viên nộp đảng phí một tháng")
    pay.add_argument("member_id", type=int, metavar="MEMBER_ID", help="mã đảng viên")
    pay.add_argument("--month", required=True, metavar="YYYY-MM", help="tháng đảng phí")
    pay.add_argument("--amount", required=True, metavar="N", help="số tiền, đồng")
    pay.add_argument("--via", choices=["cash", "portal"], default="cash",
                     help="cash: tiền mặt cho chi bộ; portal: Cổng Dịch vụ công")
    pay.add_argument("--ref", default="", metavar="R", help="số biên lai")
    pay.add_argument("--on", metavar="YYYY-MM-DD", help="ngày nộp (mặc định: hôm nay)")
    pay.add_argument("--reason", default="", help="lý do nộp chậm hoặc nộp trước được chi bộ chấp nhận")
    pay.set_defaults(run=run_pay)
    unpay = dsub.add_parser("unpay", help="xóa khoản nộp đã ghi nhầm")
    unpay.add_argument("member_id", type=int, metavar="MEMBER_ID", help="mã đảng viên")
    unpay.add_argument("--month", required=True, metavar="YYYY-MM", help="tháng của khoản đã ghi")
    unpay.set_defaults(run=run_unpay)
    excuse = dsub.add_parser("excuse", help="ghi lý do chi bộ chấp nhận cho tháng chưa nộp")
    excuse.add_argument("member_id", type=int, metavar="MEMBER_ID", help="mã đảng viên")
    excuse.add_argument("--month", required=True, metavar="YYYY-MM", help="tháng được miễn")
    excuse.add_argument("--reason", required=True, help="lý do (để trống để bỏ)")
    excuse.set_defaults(run=run_excuse)

    month = dsub.add_parser("month", help="đảng phí một tháng: mỗi đảng viên phải đóng, đã nộp")
    month.add_argument("month", metavar="YYYY-MM", help="tháng cần xem")
    month.add_argument("--json", action="store_true", help="in dạng JSON")
    month.set_defaults(run=run_month)
    arrears = dsub.add_parser("arrears", help="đảng viên chưa nộp đảng phí trong năm")
    arrears.add_argument("--year", type=int, required=True, help="năm cần xem")
    arrears.add_argument("--json", action="store_true", help="in dạng JSON")
    arrears.set_defaults(run=run_arrears)
    remit = dsub.add_parser("remit", help="ghi khoản nộp đảng phí lên cấp ủy cấp trên")
    remit.add_argument("--period", required=True, metavar="YYYY-MM[..YYYY-MM]", help="kỳ nộp")
    remit.add_argument("--amount", required=True, metavar="N", help="số tiền, đồng")
    remit.add_argument("--on", required=True, metavar="DATE", help="ngày nộp (YYYY-MM-DD)")
    remit.add_argument("--ref", default="", help="số chứng từ")
    remit.set_defaults(run=run_remit)
    book = dsub.add_parser("book", help="in sổ thu, nộp đảng phí của một tháng hoặc một năm")
    book.add_argument("--year", type=int, required=True, help="năm của sổ")
    book.add_argument("--month", type=int, metavar="M", help="tháng 1–12 (bỏ trống: cả năm)")
    book.add_argument("--out", required=True, metavar="FILE.pdf", help="tệp PDF cần ghi")
    book.set_defaults(run=run_book)


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "vi"


def _say(args: argparse.Namespace, message: str, **values: object) -> None:
    print(say(message, **values).render(_lang(args)))


def _service(ctx: CommandContext) -> DuesService:
    return DuesService(ctx.database(), clock=ctx.clock)


def _day(text: str | None, field: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(say("dues.bad_date", value=text), field=field) from None


# --- schedule ---------------------------------------------------------------------------------
def run_schedule_show(args: argparse.Namespace, ctx: CommandContext) -> int:
    state = _service(ctx).schedule_state(args.month)
    if args.json:
        ctx.print_json(schedule_json(state))
    else:
        print_schedule(state, _lang(args))
    return 0


def run_schedule_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    info, _ = _service(ctx).import_schedule(Path(args.file))
    _say(args, "dues.cli_imported", name=info.name, version=info.version, id=info.id,
         first=info.schedule.first_month.label())
    return 0


def run_schedule_check(args: argparse.Namespace, ctx: CommandContext) -> int:
    schedule = DuesService.check_schedule(Path(args.file))
    missing = [f.key for f in schedule.figures() if f.to_be_set]
    _say(args, "dues.cli_checked", file=Path(args.file).name, name=schedule.name,
         version=schedule.version, categories=len(schedule.categories),
         first=schedule.first_month.label())
    if missing:
        _say(args, "dues.cli_to_be_set", keys=", ".join(missing))
    return 0


def run_schedule_set(args: argparse.Namespace, ctx: CommandContext) -> int:
    _service(ctx).set_figure(args.key, args.value, args.start)
    _say(args, "dues.cli_figure_set", figure=args.key, value=args.value)
    return 0


# --- basis ------------------------------------------------------------------------------------
def run_basis_set(args: argparse.Namespace, ctx: CommandContext) -> int:
    service = _service(ctx)
    if args.dry_run:
        preview = service.preview_basis(args.member_id, args.category, args.base, args.start)
        print_preview(preview, _lang(args), saved=False)
        return 0
    preview, _ = service.set_basis(args.member_id, args.category, args.base, args.start, args.note)
    print_preview(preview, _lang(args), saved=True)
    return 0


def run_basis_show(args: argparse.Namespace, ctx: CommandContext) -> int:
    bases = _service(ctx).member_bases(args.member_id)
    _say(args, "dues.cli_basis_head", name=bases.name, member_id=bases.member_id)
    if not bases.history:
        _say(args, "dues.cli_basis_none")
    for b in bases.history:
        _say(args, "dues.cli_basis_line", start=b.start.label(), category=b.category,
             base=format_dong(b.base), id=b.id)
    return 0


# --- the ledger -------------------------------------------------------------------------------
def run_pay(args: argparse.Namespace, ctx: CommandContext) -> int:
    result, _ = _service(ctx).pay(args.member_id, args.month, args.amount, via=Via(args.via),
                                  reference=args.ref, on=_day(args.on, "on"), reason=args.reason)
    line = result.line
    _say(args, "dues.cli_paid", name=line.name, month=line.month.label(), amount=format_dong(line.paid),
         status=say(f"dues.status_{line.status.value}"))
    for warning in result.warnings:
        print(render(say("dues.cli_warning", text=warning), _lang(args)))
    return 0


def run_unpay(args: argparse.Namespace, ctx: CommandContext) -> int:
    month = Month.parse(args.month)
    _service(ctx).clear_payment(args.member_id, args.month)
    _say(args, "dues.cli_unpaid", member_id=args.member_id, month=month.label() if month else args.month)
    return 0


def run_excuse(args: argparse.Namespace, ctx: CommandContext) -> int:
    _service(ctx).set_reason(args.member_id, args.month, args.reason)
    _say(args, "dues.cli_excused" if args.reason.strip() else "dues.cli_excuse_removed",
         member_id=args.member_id, month=args.month)
    return 0


def run_month(args: argparse.Namespace, ctx: CommandContext) -> int:
    view = _service(ctx).month(args.month)
    if args.json:
        ctx.print_json(month_json(view))
    else:
        print_month(view, _lang(args))
    return 0


def run_arrears(args: argparse.Namespace, ctx: CommandContext) -> int:
    arrears = _service(ctx).arrears(args.year)
    if args.json:
        ctx.print_json(arrears_json(arrears))
    else:
        print_arrears(arrears, _lang(args))
    return 0


def run_remit(args: argparse.Namespace, ctx: CommandContext) -> int:
    first, _sep, last = args.period.partition("..")
    on = _day(args.on, "on")
    remittance, _ = _service(ctx).remit(first, last or first, args.amount, on, args.ref)
    _say(args, "dues.cli_remitted", amount=format_dong(remittance.amount),
         first=remittance.first.label(), last=remittance.last.label(),
         day=remittance.remitted_on.strftime("%d/%m/%Y"))
    return 0


def run_book(args: argparse.Namespace, ctx: CommandContext) -> int:
    # only for this command: the others and the window start without it
    from desktop.documents.kit import PageSetup
    from desktop.services.documents import DocumentService
    from desktop.settings import Settings

    if args.month is not None and not 1 <= args.month <= 12:
        raise UserError(say("dues.bad_month", value=args.month), field="month")
    setup = PageSetup.from_settings(Settings.load())
    docs = DocumentService(ctx.database(), clock=ctx.clock)
    pdf = docs.dues_book_pdf(args.year, args.month, setup)
    out = Path(args.out)
    write_output(out, pdf)
    _say(args, "dues.cli_book_written", path=str(out), size=len(pdf) // 1024)
    return 0
