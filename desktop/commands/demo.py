"""`chibo --db FILE demo [--year YYYY]`: fill a file with a realistic demo branch."""

from __future__ import annotations

import argparse
from datetime import date

from desktop.commands.context import CommandContext
from desktop.services.demo import build_demo


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="tạo chi bộ mẫu với dữ liệu một năm")
    p.add_argument("--year", type=int, default=date.today().year, help="năm dữ liệu mẫu")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    summary = build_demo(ctx.database(create=True), year=args.year)
    print(f"Đã tạo chi bộ mẫu «{summary.branch_name}» trong {ctx.db_path}: "
          f"{summary.members} đảng viên, {summary.meetings} cuộc họp năm {args.year}.")
    return 0
