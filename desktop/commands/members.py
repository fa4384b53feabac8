"""`chibo --db F members import FILE [--dry-run] [--skip-bad-rows]`, `members list [--json]`,
`members export --out FILE.xlsx`: the member register from the command line (and
`members official|transfer|card`, see `commands/lifecycle.py`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.context import BRANCH_FILE, CommandContext
from desktop.domain.members import POSITION_LABELS, situation_label
from desktop.services.member_import import (
    FIELD_LABELS,
    ImportPreview,
    MemberImportService,
)
from desktop.services.members import MemberRow, MembersService
from desktop.wording import say

SEX_TITLES = {"male": "Nam", "female": "Nữ"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("members", help="sổ đảng viên: nhập, xem, xuất danh sách")
    p.set_defaults(file_kind=BRANCH_FILE)
    group = p.add_subparsers(dest="members_command", metavar="LỆNH", required=True)
    imp = group.add_parser("import", help="nhập danh sách đảng viên từ tệp .xlsx hoặc .csv")
    imp.add_argument("file", type=Path, help="tệp .xlsx hoặc .csv")
    imp.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    imp.add_argument("--skip-bad-rows", action="store_true", help="bỏ qua các dòng lỗi, nhập phần còn lại")
    imp.set_defaults(run=run_import)
    lst = group.add_parser("list", help="danh sách đảng viên (xếp theo tên)")
    lst.add_argument("--json", action="store_true", help="in JSON")
    lst.set_defaults(run=run_list)
    exp = group.add_parser("export", help="xuất sổ đảng viên ra tệp .xlsx")
    exp.add_argument("--out", type=Path, required=True, help="tệp .xlsx sẽ ghi")
    exp.set_defaults(run=run_export)
    # only for this command: the others and the window start without it
    from desktop.commands.lifecycle import register_member_commands

    register_member_commands(group)


def print_report(preview: ImportPreview, lang: str = "vi") -> None:
    """The file's problems are what the user must fix, so the whole report speaks `lang`."""
    print(say("members.cli_read", file=preview.source, rows=len(preview.rows), valid=preview.to_import,
              bad=len(preview.bad_rows)).render(lang))
    mapped = [say("members.cli_mapped", field=FIELD_LABELS[f], header=preview.headers[c]).render(lang)
              for f, c in preview.mapping.items() if c is not None]
    print(say("members.cli_columns", columns="; ".join(mapped)).render(lang))
    for head, problems in (("members.cli_bad_rows", [p for p in preview.problems if not p.duplicate]),
                           ("members.cli_duplicates", preview.duplicates)):
        if problems:
            print(say(head).render(lang))
        for p in problems:
            field = FIELD_LABELS.get(p.field) or say("members.whole_row")
            print(say("members.cli_row_problem", row=p.row, field=field, problem=p.text).render(lang))


def run_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    # A first import may start the register: the file is created unless only checking.
    service = MemberImportService(ctx.database(create=not args.dry_run), clock=ctx.clock)
    preview = service.preview(args.file)
    print_report(preview, ctx.lang)
    if preview.problems and not args.skip_bad_rows:
        print(say("members.cli_not_imported").render(ctx.lang))
        return 1
    if args.dry_run:
        print(f"Chạy thử (--dry-run): sẽ nhập {preview.to_import} đảng viên; chưa ghi gì.")
        return 0
    result, _ = service.import_file(args.file, preview.mapping, skip_bad_rows=args.skip_bad_rows)
    skipped = f", bỏ qua dòng {', '.join(map(str, result.skipped_rows))}" if result.skipped_rows else ""
    print(f"Đã nhập {result.imported} đảng viên{skipped}. Bản sao lưu trước khi nhập: {result.backup}")
    return 0


def row_json(r: MemberRow) -> dict:
    sit = r.situation
    return {
        "id": r.id, "full_name": r.full_name,
        "birth_date": r.birth_date.isoformat() if r.birth_date else None,
        "sex": r.sex.value if r.sex else None,
        "admitted_on": r.admitted_on.isoformat() if r.admitted_on else None,
        "official_on": r.official_on.isoformat() if r.official_on else None,
        "card_number": r.card_number, "phone": r.phone,
        "standing": sit.standing.value, "exempt": sit.exempt,
        "attached_elsewhere": sit.attached_elsewhere, "suspended": sit.suspended,
        "special_duty": sit.special_duty, "expected_at_meetings": sit.expected_at_meetings,
        "left_by": sit.left_by.value if sit.left_by else None,
        "positions": [p.value for p in r.positions],
    }


def run_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    rows = MembersService(ctx.database(), clock=ctx.clock).list_members()
    if args.json:
        ctx.print_json([row_json(r) for r in rows])
        return 0
    if not rows:
        print("Sổ đảng viên chưa có ai.")
        return 0
    # «Mã», not a row number: every command takes this id (a row number was taken for one).
    print(f"{'Mã':>4}  {'Họ và tên':<28}  {'Ngày sinh':<10}  {'Giới':<4}  {'Tình trạng':<32}  Chức vụ")
    for r in rows:
        sit = r.situation
        label = situation_label(sit.standing, sit.exempt, sit.attached_elsewhere, sit.suspended,
                                sit.special_duty, sit.left_by)
        born = r.birth_date.strftime("%d/%m/%Y") if r.birth_date else "—"
        positions = ", ".join(POSITION_LABELS[p].render() for p in r.positions)
        print(f"{r.id:>4}  {r.full_name:<28}  {born:<10}  {SEX_TITLES.get(r.sex or '', '—'):<4}  "
              f"{label:<32}  {positions}")
    return 0


def run_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    count = MemberImportService(ctx.database(), clock=ctx.clock).export_xlsx(args.out)
    print(f"Đã xuất {count} đảng viên ra {args.out}.")
    return 0
