"""`chibo --db F records export --out FILE.json`, `records import FILE.json`: the whole record in
the open format (resources/schemas/records.schema.json). Import creates the data file if needed
and writes only into an empty one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.context import BRANCH_FILE, CommandContext
from desktop.services.records import RecordsService, check_records, load
from desktop.wording import say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("records", help="hồ sơ chi bộ dạng JSON mở: xuất, nhập")
    p.set_defaults(file_kind=BRANCH_FILE)
    group = p.add_subparsers(dest="records_command", metavar="LỆNH", required=True)
    exp = group.add_parser("export", help="xuất toàn bộ hồ sơ ra tệp JSON")
    exp.add_argument("--out", type=Path, required=True, help="tệp .json sẽ ghi")
    exp.set_defaults(run=run_export)
    imp = group.add_parser("import", help="nhập hồ sơ JSON vào tệp dữ liệu mới (trống)")
    imp.add_argument("file", type=Path, help="tệp .json")
    imp.set_defaults(run=run_import)


def run_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.database()
    summary = RecordsService(db, clock=ctx.clock).export_file(args.out)
    if db.encrypted:  # the export is plain JSON: say so where it is not mixed with the output
        print(say("encryption.plain_export", file=args.out).render(getattr(args, "lang", None) or "vi"),
              file=sys.stderr)
    print(f"Đã xuất hồ sơ ra {args.out}: {summary.counts['members']} đảng viên, "
          f"{summary.counts['meetings']} cuộc họp.")
    return 0


def run_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    # Checked before the data file is opened, so a bad file does not leave an empty data file.
    _, problems = check_records(load(args.file), ctx.clock.today())
    if problems:
        print(say("records.cli_invalid", file=args.file.name, count=len(problems)).render(ctx.lang),
              file=sys.stderr)
        for problem in problems:
            print(f"  {problem.line(ctx.lang)}", file=sys.stderr)
        return 1
    summary, _ = RecordsService(ctx.database(create=True), clock=ctx.clock).import_file(args.file)
    print(f"Đã nhập hồ sơ vào {ctx.db_path}: {summary.counts['members']} đảng viên, "
          f"{summary.counts['meetings']} cuộc họp.")
    return 0
