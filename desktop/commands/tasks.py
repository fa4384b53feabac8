"""`chibo --db F tasks list [--open] [--year Y] [--json]`,
`tasks review MEETING_ID TASK_ID --status done|late|carried|not_done [--note T]` (issue 16)."""

from __future__ import annotations

import argparse

from desktop.commands.context import BRANCH_FILE, CommandContext
from desktop.services.tasks import TaskService

STATUS_TITLES = {"open": "Chưa kiểm điểm", "done": "Hoàn thành", "late": "Hoàn thành chậm",
                 "carried": "Chuyển tháng sau", "not_done": "Không thực hiện"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tasks", help="nhiệm vụ nghị quyết các cuộc họp và việc kiểm điểm")
    p.set_defaults(file_kind=BRANCH_FILE)
    group = p.add_subparsers(dest="tasks_command", metavar="LỆNH", required=True)
    lst = group.add_parser("list", help="danh sách nhiệm vụ")
    lst.add_argument("--open", action="store_true", help="chỉ những nhiệm vụ chưa kiểm điểm")
    lst.add_argument("--year", type=int, help="năm của cuộc họp đề ra nhiệm vụ")
    lst.add_argument("--json", action="store_true", help="in JSON")
    lst.set_defaults(run=run_list)
    rev = group.add_parser("review", help="ghi kết quả kiểm điểm một nhiệm vụ tại một cuộc họp")
    rev.add_argument("meeting_id", type=int, metavar="MEETING_ID", help="mã cuộc họp kiểm điểm")
    rev.add_argument("task_id", type=int, metavar="TASK_ID", help="mã nhiệm vụ")
    # Not argparse choices: a wrong status is refused by the core, naming meeting and task.
    rev.add_argument("--status", required=True, help="done | late | carried | not_done")
    rev.add_argument("--note", default="", help="ghi chú ngắn")
    rev.set_defaults(run=run_review)


def run_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    rows = TaskService(ctx.database(), clock=ctx.clock).list_tasks(
        open_only=args.open, year=args.year)
    if args.json:
        ctx.print_json([r.as_json() for r in rows])
        return 0
    if not rows:
        print("Chưa có nhiệm vụ nào.")
        return 0
    print(f"{'Mã':>4}  {'Họp':>4}  {'Thời hạn':<10}  {'Phụ trách':<24}  {'Kết quả':<17}  Nội dung")
    for r in rows:
        late = " (quá hạn)" if r.overdue else ""
        print(f"{r.id:>4}  {r.meeting_id:>4}  {r.due_on:%d/%m/%Y}  {r.owner:<24}  "
              f"{STATUS_TITLES[r.status.value]:<17}  {r.text}{late}")
    return 0


def run_review(args: argparse.Namespace, ctx: CommandContext) -> int:
    TaskService(ctx.database(), clock=ctx.clock).review(
        args.meeting_id, args.task_id, args.status, args.note)
    print(f"Đã ghi kết quả «{STATUS_TITLES[args.status]}» cho nhiệm vụ {args.task_id} "
          f"tại cuộc họp {args.meeting_id}.")
    return 0
