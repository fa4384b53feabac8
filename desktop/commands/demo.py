"""`chibo --db FILE demo [--year YYYY] [--if-empty]`: fill a file with a realistic demo branch."""

from __future__ import annotations

import argparse

from desktop.commands.context import CommandContext
from desktop.services.branch import BranchService
from desktop.services.demo import build_demo, check_demo_year


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="tạo chi bộ mẫu: năm trước đủ 12 tháng và năm được chọn")
    p.add_argument("--year", type=int,
                   help="năm dữ liệu mẫu (mặc định: năm nay, dữ liệu đến hôm nay)")
    p.add_argument("--if-empty", action="store_true",
                   help="không báo lỗi nếu tệp đã có dữ liệu chi bộ: giữ nguyên tệp")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    today = ctx.clock.today()
    year = ctx.this_year(args.year)
    check_demo_year(year, today)  # before the file is created
    db = ctx.database(create=True)
    if args.if_empty:
        profile = BranchService(db).profile()
        if profile is not None:
            print(f"Tệp {ctx.db_path} đã có dữ liệu của «{profile.name}»: giữ nguyên.")
            return 0
    summary = build_demo(db, year, today=today)
    print(f"Đã tạo chi bộ mẫu «{summary.branch_name}» trong {ctx.db_path}: "
          f"{summary.members} đảng viên, {summary.meetings} cuộc họp "
          f"(năm {summary.first_year} và năm {summary.last_year}).")
    return 0
