"""A member's life in the branch from the command line (issue 18 item 7):

    chibo --db F candidates list|add|update ... [--json]
    chibo --db F members official MEMBER_ID --vote-for N --vote-against N --on DATE
                                 [--decided-on DATE] [--decision NUMBER]
    chibo --db F members removal MEMBER_ID --on DATE [--decision NUMBER]
    chibo --db F members transfer MEMBER_ID --out|--in ORGANISATION --letter NUMBER --on DATE
    chibo --db F members card MEMBER_ID --out FILE.pdf
    chibo --db F due [--within DAYS] [--json]
    chibo --db F badges --year Y [--json] [--out FILE.pdf]
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from pathlib import Path

from desktop.commands.context import BRANCH_FILE, CommandContext
from desktop.services.output_file import write_output
from desktop.domain.enums import Sex
from desktop.domain.lifecycle_dates import dmy
from desktop.domain.transfers import TransferDirection, TransferKind
from desktop.services.candidates import CandidateDraft, CandidateRow, CandidateService
from desktop.services.errors import UserError
from desktop.wording import say

STAGE_VI = {
    "proposed": "Được giới thiệu", "class_done": "Đã học lớp bồi dưỡng",
    "introduced": "Có hai người giới thiệu", "voted": "Chi bộ đã biểu quyết",
    "decided": "Có quyết định kết nạp", "admitted": "Đã kết nạp",
    "not_passed": "Chi bộ biểu quyết không đạt",
}


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("cli.not_a_date", value=text)) from None


def count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("cli.not_an_integer", value=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(say("cli.votes_negative", value=value))
    return value


def register(sub: argparse._SubParsersAction) -> None:
    _candidates(sub)
    p = sub.add_parser("due", help="việc sắp đến hạn: hết dự bị, Huy hiệu Đảng, chuyển sinh hoạt…")
    p.set_defaults(file_kind=BRANCH_FILE)
    p.add_argument("--within", type=int, metavar="NGÀY",
                   help="trong bao nhiêu ngày tới (mặc định theo bộ tiêu chí: 60, hoặc đến kỳ sinh hoạt tới)")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(run=run_due)
    p = sub.add_parser("badges", help="đảng viên đến mốc xét tặng Huy hiệu Đảng trong năm")
    p.set_defaults(file_kind=BRANCH_FILE)
    p.add_argument("--year", type=int, required=True, help="năm có các dịp trao")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help="in danh sách đề nghị ra tệp PDF")
    p.set_defaults(run=run_badges)


def register_member_commands(group: argparse._SubParsersAction) -> None:
    """`members official|removal|transfer|break|breaks|break-remove|card`, added to the `members`
    group."""
    p = group.add_parser("official", help="ghi biểu quyết công nhận đảng viên chính thức")
    p.add_argument("member_id", type=int, metavar="MÃ_ĐẢNG_VIÊN", help="mã đảng viên (cột «Mã» của «members list»)")
    p.add_argument("--vote-for", type=count, metavar="N", help="số tán thành")
    p.add_argument("--vote-against", type=count, metavar="N", help="số không tán thành")
    p.add_argument("--on", type=day, metavar="YYYY-MM-DD", help="ngày chi bộ biểu quyết")
    p.add_argument("--decided-on", type=day, metavar="YYYY-MM-DD",
                   help="ngày quyết định công nhận chính thức của cấp ủy cấp trên")
    p.add_argument("--decision", default="", metavar="SỐ", help="số quyết định của cấp trên")
    p.set_defaults(run=run_official)
    p = group.add_parser("removal", help="ghi quyết định xóa tên đảng viên dự bị không được công nhận "
                                         "chính thức")
    p.add_argument("member_id", type=int, metavar="MÃ_ĐẢNG_VIÊN", help="mã đảng viên (cột «Mã» của «members list»)")
    p.add_argument("--on", type=day, required=True, metavar="YYYY-MM-DD",
                   help="ngày quyết định xóa tên của cấp ủy cấp trên")
    p.add_argument("--decision", default="", metavar="SỐ", help="số quyết định của cấp trên")
    p.set_defaults(run=run_removal)
    p = group.add_parser("transfer", help="ghi chuyển sinh hoạt đảng đi hoặc đến")
    p.add_argument("member_id", type=int, metavar="MÃ_ĐẢNG_VIÊN", help="mã đảng viên (cột «Mã» của «members list»)")
    way = p.add_mutually_exclusive_group(required=True)
    way.add_argument("--out", metavar="TỔ_CHỨC", help="chuyển đi: tổ chức đảng nơi đến")
    way.add_argument("--in", dest="into", metavar="TỔ_CHỨC", help="chuyển đến: tổ chức đảng nơi đi")
    p.add_argument("--letter", default="", metavar="SỐ", help="số giấy giới thiệu sinh hoạt đảng")
    p.add_argument("--letter-date", type=day, metavar="YYYY-MM-DD",
                   help="ngày của giấy giới thiệu (mặc định: ngày chuyển)")
    p.add_argument("--on", type=day, required=True, metavar="YYYY-MM-DD",
                   help="ngày chuyển đi, hoặc ngày nhận sinh hoạt")
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--temporary", action="store_true", help="sinh hoạt tạm thời (mặc định: chính thức)")
    kind.add_argument("--away", action="store_true", help="đi làm ăn xa: vẫn trong danh sách chi bộ")
    p.add_argument("--expected-return", type=day, metavar="YYYY-MM-DD", help="ngày dự kiến trở về")
    p.add_argument("--reason", default="", help="lý do")
    p.add_argument("--letter-pdf", type=Path, metavar="FILE.pdf",
                   help="in giấy giới thiệu (và phiếu báo) ra tệp PDF")
    p.set_defaults(run=run_transfer)
    p = group.add_parser("break", help="ghi một thời gian không sinh hoạt đảng (không tính tuổi Đảng)")
    p.add_argument("member_id", type=int, metavar="MÃ_ĐẢNG_VIÊN", help="mã đảng viên (cột «Mã» của «members list»)")
    p.add_argument("--from", dest="start", type=day, required=True, metavar="YYYY-MM-DD",
                   help="ngày bắt đầu")
    p.add_argument("--to", dest="end", type=day, metavar="YYYY-MM-DD",
                   help="ngày kết thúc (bỏ trống: vẫn chưa trở lại)")
    p.add_argument("--note", default="", help="ghi chú (ví dụ: số quyết định)")
    p.set_defaults(run=run_break)
    p = group.add_parser("breaks", help="các thời gian không sinh hoạt đảng của một đảng viên")
    p.add_argument("member_id", type=int, metavar="MÃ_ĐẢNG_VIÊN", help="mã đảng viên (cột «Mã» của «members list»)")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(run=run_breaks)
    p = group.add_parser("break-remove", help="xóa một thời gian không sinh hoạt đảng ghi nhầm")
    p.add_argument("break_id", type=int, metavar="MÃ_THỜI_GIAN", help="mã thời gian không sinh hoạt (xem «members breaks»)")
    p.set_defaults(run=run_break_remove)
    p = group.add_parser("card", help="in phiếu tóm tắt quá trình của đảng viên (một trang A4)")
    p.add_argument("member_id", type=int, metavar="MÃ_ĐẢNG_VIÊN", help="mã đảng viên (cột «Mã» của «members list»)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="tệp PDF cần ghi")
    p.set_defaults(run=run_card)


# --- candidates -------------------------------------------------------------------------------
def _candidate_fields(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--name", required=adding, help="họ và tên")
    p.add_argument("--born", type=day, metavar="YYYY-MM-DD", help="ngày sinh")
    p.add_argument("--sex", choices=["male", "female"], help="giới tính")
    p.add_argument("--source", metavar="TỔ_CHỨC", help="nơi giới thiệu (chi đoàn, chi hội…)")
    p.add_argument("--proposed-on", type=day, metavar="YYYY-MM-DD", help="ngày được giới thiệu")
    p.add_argument("--certificate-on", type=day, metavar="YYYY-MM-DD",
                   help="ngày cấp giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng")
    p.add_argument("--introducers", type=int, nargs=2, metavar=("MÃ1", "MÃ2"),
                   help="mã hai đảng viên chính thức giới thiệu")
    p.add_argument("--voted-on", type=day, metavar="YYYY-MM-DD", help="ngày chi bộ biểu quyết")
    p.add_argument("--vote-for", type=count, metavar="N", help="số tán thành")
    p.add_argument("--vote-against", type=count, metavar="N", help="số không tán thành")
    p.add_argument("--decided-on", type=day, metavar="YYYY-MM-DD", help="ngày quyết định kết nạp")
    p.add_argument("--decision", metavar="SỐ", help="số quyết định kết nạp")
    p.add_argument("--admitted-on", type=day, metavar="YYYY-MM-DD",
                   help="ngày lễ kết nạp: quần chúng thành đảng viên dự bị")
    p.add_argument("--notes", help="ghi chú")
    p.add_argument("--json", action="store_true", help="in JSON")


def _candidates(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("candidates", help="quần chúng ưu tú trong quá trình xét kết nạp")
    p.set_defaults(file_kind=BRANCH_FILE)
    group = p.add_subparsers(dest="candidates_command", metavar="LỆNH", required=True)
    lst = group.add_parser("list", help="danh sách quần chúng và giai đoạn")
    lst.add_argument("--json", action="store_true", help="in JSON")
    lst.set_defaults(run=run_candidates_list)
    add = group.add_parser("add", help="thêm một quần chúng")
    _candidate_fields(add, adding=True)
    add.set_defaults(run=run_candidates_add)
    upd = group.add_parser("update", help="ghi thêm hoặc sửa thông tin của một quần chúng")
    upd.add_argument("candidate_id", type=int, metavar="MÃ", help="mã quần chúng (xem «candidates list»)")
    _candidate_fields(upd, adding=False)
    upd.set_defaults(run=run_candidates_update)
    rem = group.add_parser("remove", help="xóa một quần chúng khỏi danh sách (chưa được kết nạp)")
    rem.add_argument("candidate_id", type=int, metavar="MÃ", help="mã quần chúng (xem «candidates list»)")
    rem.set_defaults(run=run_candidates_remove)


def candidate_json(r: CandidateRow) -> dict:
    d = r.draft
    iso = lambda v: v.isoformat() if v else None  # noqa: E731
    return {
        "id": r.id, "full_name": d.full_name, "birth_date": iso(d.birth_date),
        "sex": d.sex.value if d.sex else None, "source_org": d.source_org,
        "proposed_on": iso(d.proposed_on), "certificate_on": iso(d.certificate_on),
        "introducer_ids": list(d.introducers), "voted_on": iso(d.voted_on),
        "votes_for": d.votes_for, "votes_against": d.votes_against, "vote_base": r.vote_base,
        "vote_passed": r.vote_passed, "decided_on": iso(d.decided_on),
        "decision_number": d.decision_number, "admitted_on": iso(d.admitted_on),
        "member_id": r.member_id, "stage": r.stage.value, "notes": d.notes,
    }


def _print_candidate(r: CandidateRow) -> None:
    d = r.draft
    print(f"{r.id:>3}  {d.full_name:<26}  {STAGE_VI[r.stage.value]:<28}  "
          f"{d.source_org or '—'}")


def run_candidates_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    rows = CandidateService(ctx.database(), clock=ctx.clock).list_candidates()
    if args.json:
        ctx.print_json([candidate_json(r) for r in rows])
        return 0
    if not rows:
        print("Chưa có quần chúng nào trong danh sách xét kết nạp.")
        return 0
    print(f"{'Mã':>3}  {'Họ và tên':<26}  {'Giai đoạn':<28}  Nơi giới thiệu")
    for r in rows:
        _print_candidate(r)
    return 0


def _draft_from(args: argparse.Namespace, base: CandidateDraft) -> CandidateDraft:
    changes = {}
    for arg, field in (("name", "full_name"), ("born", "birth_date"), ("source", "source_org"),
                       ("proposed_on", "proposed_on"), ("certificate_on", "certificate_on"),
                       ("voted_on", "voted_on"), ("vote_for", "votes_for"),
                       ("vote_against", "votes_against"), ("decided_on", "decided_on"),
                       ("decision", "decision_number"), ("admitted_on", "admitted_on"),
                       ("notes", "notes")):
        value = getattr(args, arg)
        if value is not None:
            changes[field] = value
    if args.sex is not None:
        changes["sex"] = Sex(args.sex)
    if args.introducers is not None:
        changes["introducers"] = tuple(args.introducers)
    return replace(base, **changes)


def _saved(args: argparse.Namespace, ctx: CommandContext, row: CandidateRow, verb: str) -> int:
    if args.json:
        ctx.print_json(candidate_json(row))
        return 0
    print(f"Đã {verb} quần chúng {row.draft.full_name} (mã {row.id}): {STAGE_VI[row.stage.value]}.")
    if row.vote_base is not None and row.draft.votes_for is not None:
        print(f"Biểu quyết: {row.draft.votes_for} tán thành / {row.vote_base} đảng viên chính thức "
              f"được biểu quyết — {'đạt' if row.vote_passed else 'không đạt'}.")
    if row.member_id is not None:
        print(f"Đã thành đảng viên dự bị (mã đảng viên {row.member_id}) từ ngày "
              f"{dmy(row.draft.admitted_on)}.")
    return 0


def run_candidates_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    draft = _draft_from(args, CandidateDraft(args.name))
    row, _ = CandidateService(ctx.database(), clock=ctx.clock).create(draft)
    return _saved(args, ctx, row, "thêm")


def run_candidates_update(args: argparse.Namespace, ctx: CommandContext) -> int:
    service = CandidateService(ctx.database(), clock=ctx.clock)
    current = service.get(args.candidate_id)
    row, _ = service.update(args.candidate_id, _draft_from(args, current.draft))
    return _saved(args, ctx, row, "cập nhật")


def run_candidates_remove(args: argparse.Namespace, ctx: CommandContext) -> int:
    service = CandidateService(ctx.database(), clock=ctx.clock)
    name = service.get(args.candidate_id).draft.full_name
    service.delete(args.candidate_id)
    print(f"Đã xóa quần chúng {name} (mã {args.candidate_id}) khỏi danh sách.")
    return 0


# --- members official / transfer / card ---------------------------------------------------------
def run_official(args: argparse.Namespace, ctx: CommandContext) -> int:
    # only for this command: the others and the window start without it
    from desktop.services.probation import ProbationService

    service = ProbationService(ctx.database(), clock=ctx.clock)
    voting = (args.vote_for, args.vote_against, args.on)
    if all(v is None for v in voting):
        if args.decided_on is None:
            raise UserError(say("lifecycle.official_nothing_to_record"), field="on")
        result, _ = service.record_decision(args.member_id, args.decided_on, args.decision)
    elif any(v is None for v in voting):
        raise UserError(say("lifecycle.official_vote_incomplete"), field="on")
    else:
        result, _ = service.record_vote(args.member_id, args.on, args.vote_for, args.vote_against,
                                        args.decided_on, args.decision)
        print(f"Đã ghi biểu quyết ngày {dmy(args.on)}: {args.vote_for} tán thành, "
              f"{args.vote_against} không tán thành / {result.vote_base} đảng viên chính thức được "
              f"biểu quyết (cần ít nhất {result.needed}) — {'đạt' if result.passed else 'không đạt'}.")
        for warning in result.warnings:
            print(f"Lưu ý: {warning}")
    if result.official_on is not None:
        print(f"Đảng viên mã {args.member_id} là đảng viên chính thức từ ngày {dmy(result.official_on)}.")
    elif result.passed:
        print("Chờ quyết định của cấp ủy cấp trên; khi có, ghi bằng: "
              f"chibo members official {args.member_id} --decided-on YYYY-MM-DD --decision SỐ")
    else:
        print("Không được công nhận chính thức: chi bộ đề nghị cấp ủy cấp trên xóa tên; khi có quyết "
              f"định, ghi bằng: chibo members removal {args.member_id} --on YYYY-MM-DD --decision SỐ")
    return 0


def run_removal(args: argparse.Namespace, ctx: CommandContext) -> int:
    # only for this command: the others and the window start without it
    from desktop.services.probation import ProbationService

    ProbationService(ctx.database(), clock=ctx.clock).record_removal(args.member_id, args.on, args.decision)
    print(f"Đã ghi: đảng viên mã {args.member_id} bị xóa tên khỏi danh sách đảng viên từ ngày "
          f"{dmy(args.on)}.")
    return 0


def run_transfer(args: argparse.Namespace, ctx: CommandContext) -> int:
    # only for this command: the others and the window start without it
    from desktop.services.transfers import TransferDraft, TransferService

    kind = TransferKind.TEMPORARY if args.temporary else TransferKind.AWAY if args.away else TransferKind.OFFICIAL
    direction = TransferDirection.OUT if args.out is not None else TransferDirection.IN
    draft = TransferDraft(direction, kind, args.on, args.out if args.out is not None else args.into,
                          args.letter, args.letter_date, args.expected_return, args.reason)
    if args.letter_pdf is not None:  # refused before the transfer is recorded, not after
        from desktop.services.output_file import check_output

        check_output(args.letter_pdf)
    row, _ = TransferService(ctx.database(), clock=ctx.clock).record(args.member_id, draft)
    way = "chuyển đi" if direction is TransferDirection.OUT else "chuyển đến"
    print(f"Đã ghi {row.member_name} {way} ngày {dmy(row.moved_on)}"
          f"{' — ' + row.organisation if row.organisation else ''} (mã lần chuyển {row.id}).")
    if args.letter_pdf is not None:
        _write_pdf(ctx, args.letter_pdf, lambda s, ps: s.transfer_letter_pdf(row.id, ps),
                   "giấy giới thiệu sinh hoạt đảng")
    return 0


def run_break(args: argparse.Namespace, ctx: CommandContext) -> int:
    # only for this command: the others and the window start without it
    from desktop.services.badges import BadgeService

    service = BadgeService(ctx.database(), clock=ctx.clock)
    service.add_break(args.member_id, args.start, args.end, args.note)
    age, milestone = service.next_for(args.member_id)
    until = f"đến {dmy(args.end)}" if args.end else "đến nay"
    print(f"Đã ghi thời gian không sinh hoạt đảng của đảng viên mã {args.member_id}: "
          f"từ {dmy(args.start)} {until}.")
    if age is not None:
        print(f"Tuổi Đảng hôm nay: {age.years} năm {age.months} tháng"
              + (f"; mốc Huy hiệu kế tiếp: {milestone.years} năm, dịp {dmy(milestone.ceremony_on)}."
                 if milestone else "."))
    return 0


def run_breaks(args: argparse.Namespace, ctx: CommandContext) -> int:
    # only for this command: the others and the window start without it
    from desktop.services.badges import BadgeService

    rows = BadgeService(ctx.database(), clock=ctx.clock).breaks_for(args.member_id)
    if args.json:
        ctx.print_json([{"id": r.id, "member_id": r.member_id, "start": r.start.isoformat(),
                         "end": r.end.isoformat() if r.end else None, "note": r.note} for r in rows])
        return 0
    if not rows:
        print(f"Đảng viên mã {args.member_id} không có thời gian không sinh hoạt đảng nào được ghi.")
    for r in rows:
        until = dmy(r.end) if r.end else "nay"
        print(f"  [{r.id}] từ {dmy(r.start)} đến {until}{' — ' + r.note if r.note else ''}")
    return 0


def run_break_remove(args: argparse.Namespace, ctx: CommandContext) -> int:
    # only for this command: the others and the window start without it
    from desktop.services.badges import BadgeService

    BadgeService(ctx.database(), clock=ctx.clock).remove_break(args.break_id)
    print(f"Đã xóa thời gian không sinh hoạt đảng mã {args.break_id}.")
    return 0


def run_card(args: argparse.Namespace, ctx: CommandContext) -> int:
    return _write_pdf(ctx, args.out, lambda s, ps: s.member_card_pdf(args.member_id, ps),
                      "phiếu tóm tắt quá trình của đảng viên")


def _write_pdf(ctx: CommandContext, out: Path, make, what: str) -> int:  # noqa: ANN001
    # only for this command: the others and the window start without it
    from desktop.documents.kit import PageSetup
    from desktop.services.lifecycle_documents import LifecycleDocumentService
    from desktop.settings import Settings

    pdf = make(LifecycleDocumentService(ctx.database(), clock=ctx.clock), PageSetup.from_settings(Settings.load()))
    write_output(out, pdf)
    print(f"Đã ghi {what} vào {out} ({len(pdf) // 1024} KB).")
    return 0


# --- due, badges ----------------------------------------------------------------------------------
def run_due(args: argparse.Namespace, ctx: CommandContext) -> int:
    # only for this command: the others and the window start without it
    from desktop.services.due import DueService

    lang = getattr(args, "lang", None) or "vi"
    report = DueService(ctx.database(), clock=ctx.clock).due(args.within)
    if args.json:
        ctx.print_json([{"kind": i.kind, "subject": i.subject.render(lang), "member_id": i.member_id,
                         "due_on": i.due_on.isoformat(), "days_left": i.days_left(report.today)}
                        for i in report.items])
        return 0
    print(f"Việc đến hạn từ nay ({dmy(report.today)}) đến {dmy(report.until)}:")
    if not report.items:
        print("  Không có việc nào.")
    for i in report.items:
        left = i.days_left(report.today)
        when = "hôm nay" if left == 0 else f"còn {left} ngày" if left > 0 else f"quá {-left} ngày"
        print(f"  {dmy(i.due_on)} ({when}): {i.subject.render(lang)}")
    return 0


def run_badges(args: argparse.Namespace, ctx: CommandContext) -> int:
    # only for this command: the others and the window start without it
    from desktop.services.badges import BadgeService

    listing = BadgeService(ctx.database(), clock=ctx.clock).badges(args.year)
    if args.json:
        ctx.print_json([{"member_id": line.member_id, "full_name": line.full_name,
                         "admitted_on": line.admitted_on.isoformat(), "years": line.years,
                         "reached_on": line.reached_on.isoformat(),
                         "ceremony_on": line.ceremony_on.isoformat()} for line in listing.lines])
    elif not listing.lines:
        print(f"Năm {args.year} không có đảng viên nào đến mốc xét tặng Huy hiệu Đảng.")
    else:
        print(f"Đảng viên đến mốc xét tặng Huy hiệu Đảng năm {args.year}:")
        for line in listing.lines:
            print(f"  {line.full_name:<28} Huy hiệu {line.years} năm — dịp {dmy(line.ceremony_on)} "
                  f"(đủ tuổi đảng ngày {dmy(line.reached_on)})")
    if listing.warning() is not None and not args.json:
        print(f"Lưu ý: {listing.warning()}")
    if args.out is not None:
        _write_pdf(ctx, args.out, lambda s, ps: s.badge_list_pdf(args.year, ps),
                   "danh sách đề nghị xét tặng Huy hiệu Đảng")
    return 0
