"""`chibo --db F evaluate --year Y [--json]` and `chibo rulebook check|list|import|use`.

`rulebook check FILE` needs no data file: exit 0 for a valid rulebook, 1 with every problem
listed (file, key path, what is wrong).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desktop.commands.context import BRANCH_FILE, CommandContext
from desktop.services.output_file import write_output
from desktop.domain.numbers import number
from desktop.services.evaluation import EvaluationService
from desktop.services.evaluation_json import report_json
from desktop.services.rulebook_files import RulebookFileError, load_rulebook_file
from desktop.services.rulebooks import RulebookService


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="tự đánh giá chi bộ theo bộ tiêu chí của năm (Chi bộ 4 tốt)")
    p.set_defaults(file_kind=BRANCH_FILE)
    p.add_argument("--year", type=int, required=True, help="năm đánh giá")
    p.add_argument("--as-of", type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help="đánh giá tính đến ngày (mặc định: hôm nay)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="ghi báo cáo tự đánh giá ra tệp PDF")
    p.set_defaults(run=run_evaluate)

    rb = sub.add_parser("rulebook", help="bộ tiêu chí: kiểm tra, nhập, chọn cho một năm")
    rsub = rb.add_subparsers(dest="rulebook_command", metavar="VIỆC", required=True)
    check = rsub.add_parser("check", help="kiểm tra một tệp bộ tiêu chí (không cần tệp dữ liệu)")
    check.add_argument("file", type=Path, help="tệp .toml")
    check.set_defaults(run=run_check)
    listing = rsub.add_parser("list", help="các bộ tiêu chí trong tệp dữ liệu")
    listing.add_argument("--json", action="store_true", help="in JSON")
    listing.set_defaults(run=run_list)
    imp = rsub.add_parser("import", help="nhập bộ tiêu chí của cấp ủy cấp trên")
    imp.add_argument("file", type=Path, help="tệp bộ tiêu chí (TOML)")
    imp.set_defaults(run=run_import)
    use = rsub.add_parser("use", help="đánh giá một năm theo bộ tiêu chí khác (thao tác có chủ ý)")
    use.add_argument("--year", type=int, required=True, help="năm áp dụng bộ tiêu chí")
    use.add_argument("rulebook_id", type=int, help="số của bộ tiêu chí (xem «rulebook list»)")
    use.set_defaults(run=run_use)


def run_evaluate(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.pdf:
        # only for this command: the others and the window start without it
        from desktop.services.evaluation_pdf import evaluation_pdf

        write_output(args.pdf, evaluation_pdf(ctx.database(), args.year, args.as_of, clock=ctx.clock))
        print(f"Đã ghi báo cáo tự đánh giá năm {args.year}: {args.pdf}")
        return 0
    report = EvaluationService(ctx.database(), clock=ctx.clock).evaluate(args.year, args.as_of)
    data = report_json(report)
    if args.json:
        ctx.print_json(data)
        return 0
    r = report.result
    state = "đang trong năm" if report.in_progress else "cả năm"
    print(f"Tự đánh giá năm {report.year} ({state}, tính đến {report.as_of:%d/%m/%Y}) — {report.rulebook.name}, "
          f"phiên bản {report.rulebook.version}")
    print(f"SHA-256 bộ tiêu chí: {report.rulebook.sha256}")
    for crit in r.criteria:
        mark = "TỐT" if crit.good else "chưa tốt"
        print(f"\nTiêu chí {crit.number}. {crit.name}: {number(crit.score)}/{number(crit.max)} — {mark}")
        for c in crit.components:
            print(f"  {c.code:<5} {number(c.score):>4}/{number(c.max):<3} {c.title}")
    for v in r.vetoes:
        if v.triggered:
            print(f"\nĐiều kiện loại trừ {v.sentence}")
    print(f"\nKết luận: {r.verdict_text}")
    if r.shortfalls:
        print("\nCòn thiếu:")
        for line in r.shortfalls:
            print(f"  - {line}")
    if r.still_reachable:
        print("\nCòn có thể đạt trong năm:")
        for line in r.still_reachable:
            print(f"  - {line}")
    if report.drafts:
        print("\nBiên bản chưa thông qua (vẫn được tính): " + "; ".join(report.drafts))
    return 0


def run_check(args: argparse.Namespace, ctx: CommandContext) -> int:
    try:
        loaded = load_rulebook_file(args.file)
    except RulebookFileError as exc:
        print(exc.render(ctx.lang), file=sys.stderr)
        return 1
    rb = loaded.rulebook
    print(f"Hợp lệ: {rb.name}, phiên bản {rb.version}, {rb.issuer}, hiệu lực từ {rb.effective_from:%d/%m/%Y}")
    print(f"{len(rb.criteria)} tiêu chí, {len(rb.components)} tiêu chí thành phần, tổng {number(rb.total)} điểm; "
          f"kết luận «{rb.verdict}»{' — BỘ MẪU' if rb.sample else ''}")
    print(f"SHA-256: {loaded.sha256}")
    return 0


def run_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    infos = RulebookService(ctx.database(), clock=ctx.clock).list_rulebooks()
    if args.json:
        ctx.print_json([{"id": i.id, "name": i.name, "version": i.version, "model": i.model, "issuer": i.issuer,
                         "effective_from": i.effective_from.isoformat(), "sha256": i.sha256, "sample": i.sample}
                        for i in infos])
        return 0
    for i in infos:
        sample = " (mẫu)" if i.sample else ""
        print(f"{i.id:>3}  {i.name} — {i.version}{sample}, hiệu lực {i.effective_from:%d/%m/%Y}, SHA-256 {i.sha256[:16]}…")
    return 0


def run_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    info, _ = RulebookService(ctx.database(), clock=ctx.clock).import_file(args.file)
    print(f"Đã nhập bộ tiêu chí số {info.id}: {info.name} — {info.version}; SHA-256 {info.sha256}")
    if info.signer_fingerprint:
        print(f"Chữ ký của cấp trên hợp lệ; khóa ký {info.signer_fingerprint} — đối chiếu với dấu vân tay cấp trên công bố.")
    else:
        print("Bộ tiêu chí không kèm chữ ký (không có tệp .sig).")
    return 0


def run_use(args: argparse.Namespace, ctx: CommandContext) -> int:
    service = RulebookService(ctx.database(), clock=ctx.clock)
    service.pin_year(args.year, args.rulebook_id)
    info = service.year_rulebook(args.year).info
    print(f"Năm {args.year} được đánh giá theo: {info.name} — {info.version}")
    return 0
