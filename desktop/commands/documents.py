"""Print documents to PDF files:

    chibo --db F minutes MEETING_ID --out FILE.pdf
    chibo --db F resolution MEETING_ID --out FILE.pdf
    chibo --db F attendance-sheet MEETING_ID --out FILE.pdf
    chibo --db F register --year Y --out FILE.pdf
    chibo --db F forms commitment|self-review [--member ID] --year Y --out FILE.pdf

Margins and font size come from the user's settings, so the CLI writes the same PDF as the app.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.context import BRANCH_FILE, CommandContext
from desktop.services.output_file import write_output
from desktop.documents.kit import PageSetup
from desktop.services.documents import DocumentService
from desktop.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    out_help = "tệp PDF cần ghi"
    p = sub.add_parser("minutes", help="in biên bản một cuộc họp ra tệp PDF")
    p.set_defaults(file_kind=BRANCH_FILE)
    p.add_argument("meeting_id", type=int, metavar="MÃ_CUỘC_HỌP",
                   help="mã cuộc họp (xem «meetings list»)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=out_help)
    p.set_defaults(run=lambda a, c: _write(a, c, lambda s, ps: s.minutes_pdf(a.meeting_id, ps),
                                           "biên bản"))
    p = sub.add_parser("resolution", help="in nghị quyết tháng của một buổi sinh hoạt ra tệp PDF")
    p.set_defaults(file_kind=BRANCH_FILE)
    p.add_argument("meeting_id", type=int, metavar="MEETING_ID",
                   help="mã cuộc họp (xem «meetings list»)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=out_help)
    p.set_defaults(run=lambda a, c: _write(a, c, lambda s, ps: s.resolution_pdf(a.meeting_id, ps),
                                           "nghị quyết"))
    p = sub.add_parser("attendance-sheet", help="in danh sách ký tên dự họp ra tệp PDF")
    p.set_defaults(file_kind=BRANCH_FILE)
    p.add_argument("meeting_id", type=int, metavar="MÃ_CUỘC_HỌP", help="mã cuộc họp")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=out_help)
    p.set_defaults(run=lambda a, c: _write(
        a, c, lambda s, ps: s.attendance_sheet_pdf(a.meeting_id, ps), "danh sách dự họp"))
    p = sub.add_parser("register", help="in sổ theo dõi sinh hoạt chi bộ của một năm")
    p.set_defaults(file_kind=BRANCH_FILE)
    p.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=out_help)
    p.set_defaults(run=lambda a, c: _write(a, c, lambda s, ps: s.register_pdf(c.this_year(a.year), ps),
                                           "sổ theo dõi sinh hoạt"))
    p = sub.add_parser("forms", help="in mẫu bản cam kết hoặc bản tự kiểm điểm")
    p.set_defaults(file_kind=BRANCH_FILE)
    p.add_argument("form", choices=["commitment", "self-review"],
                   help="commitment: bản cam kết; self-review: bản tự kiểm điểm")
    p.add_argument("--member", type=int, metavar="MÃ", help="mã đảng viên (bỏ trống: mẫu trắng)")
    p.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=out_help)
    p.set_defaults(run=run_forms)


def run_forms(args: argparse.Namespace, ctx: CommandContext) -> int:
    year = ctx.this_year(args.year)
    if args.form == "commitment":
        return _write(args, ctx, lambda s, ps: s.commitment_form_pdf(args.member, year, ps),
                      "bản cam kết")
    return _write(args, ctx, lambda s, ps: s.self_review_form_pdf(args.member, year, ps),
                  "bản tự kiểm điểm")


def _write(args: argparse.Namespace, ctx: CommandContext, make, what: str) -> int:  # noqa: ANN001
    setup = PageSetup.from_settings(Settings.load())
    pdf = make(DocumentService(ctx.database(), clock=ctx.clock), setup)
    out = Path(args.out)
    write_output(out, pdf)
    print(f"Đã ghi {what} vào {out} ({len(pdf) // 1024} KB).")
    return 0
