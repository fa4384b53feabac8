"""`chibo --db F targets list|add|set|admission`: the year's targets (chỉ tiêu) of the annual
resolution (component 1.2) and the admission target (component 4.5)."""

from __future__ import annotations

import argparse

from desktop.commands.context import BRANCH_FILE, CommandContext
from desktop.domain.numbers import number
from desktop.services.targets import Target, TargetDraft, TargetService


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("targets", help="chỉ tiêu nghị quyết năm và chỉ tiêu kết nạp đảng viên")
    p.set_defaults(file_kind=BRANCH_FILE)
    tsub = p.add_subparsers(dest="targets_command", metavar="VIỆC", required=True)
    listing = tsub.add_parser("list", help="các chỉ tiêu của một năm")
    listing.add_argument("--year", type=int, required=True, help="năm của chỉ tiêu")
    listing.add_argument("--json", action="store_true", help="in dạng JSON")
    listing.set_defaults(run=run_list)
    add = tsub.add_parser("add", help="thêm một chỉ tiêu")
    add.add_argument("--year", type=int, required=True, help="năm của chỉ tiêu")
    add.add_argument("--title", required=True, help="tên chỉ tiêu")
    add.add_argument("--planned", type=float, required=True, help="giá trị kế hoạch")
    add.add_argument("--unit", default="", help="đơn vị tính (%%, hộ, người…)")
    add.add_argument("--achieved", type=float, help="giá trị thực hiện")
    add.set_defaults(run=run_add)
    st = tsub.add_parser("set", help="nhập kết quả thực hiện của một chỉ tiêu")
    st.add_argument("target_id", type=int, help="số của chỉ tiêu (xem «targets list»)")
    st.add_argument("--achieved", type=float, required=True, help="giá trị thực hiện")
    st.set_defaults(run=run_set)
    adm = tsub.add_parser("admission", help="chỉ tiêu kết nạp đảng viên mới của năm")
    adm.add_argument("--year", type=int, required=True, help="năm của chỉ tiêu")
    adm.add_argument("--target", type=int, required=True, help="số đảng viên kết nạp mới theo chỉ tiêu")
    adm.set_defaults(run=run_admission)


def _json(t: Target) -> dict:
    return {"id": t.id, "position": t.position, "title": t.title, "unit": t.unit,
            "planned": t.planned, "achieved": t.achieved, "met": t.met}


def _value(x: float | None, unit: str) -> str:
    if x is None:
        return "—"
    return number(x) + (f" {unit}" if unit else "")


def run_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    service = TargetService(ctx.database())
    targets = service.targets(args.year)
    admission = service.admission_target(args.year)
    if args.json:
        ctx.print_json({"year": args.year, "targets": [_json(t) for t in targets],
                        "admission_target": admission})
        return 0
    print(f"Chỉ tiêu nghị quyết năm {args.year}:")
    if not targets:
        print("  (chưa có chỉ tiêu)")
    for t in targets:
        verdict = "đạt" if t.met else ("chưa nhập kết quả" if t.achieved is None else "chưa đạt")
        print(f"  [{t.id}] {t.title}: kế hoạch {_value(t.planned, t.unit)}, "
              f"thực hiện {_value(t.achieved, t.unit)} — {verdict}")
    print(f"Chỉ tiêu kết nạp đảng viên mới: {'chưa nhập' if admission is None else admission}")
    return 0


def run_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    target, _ = TargetService(ctx.database()).add(
        args.year, TargetDraft(args.title, args.planned, args.achieved, args.unit))
    print(f"Đã thêm chỉ tiêu số {target.id} năm {target.year}: {target.title}.")
    return 0


def run_set(args: argparse.Namespace, ctx: CommandContext) -> int:
    TargetService(ctx.database()).set_achieved(args.target_id, args.achieved)
    print(f"Đã ghi kết quả thực hiện của chỉ tiêu số {args.target_id}: {_value(args.achieved, '')}.")
    return 0


def run_admission(args: argparse.Namespace, ctx: CommandContext) -> int:
    TargetService(ctx.database()).set_admission_target(args.year, args.target)
    print(f"Đã ghi chỉ tiêu kết nạp năm {args.year}: {args.target} đảng viên.")
    return 0
