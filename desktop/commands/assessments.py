"""`chibo --db F assessments list|summary|rate --year Y`: the annual member review from a script."""

from __future__ import annotations

import argparse
from datetime import date

from desktop.commands.context import BRANCH_FILE, CommandContext
from desktop.domain.enums import Rating, ReviewStep
from desktop.domain.numbers import percent_value
from desktop.domain.rating import RATING_ORDER, RATING_TITLES_VI
from desktop.domain.review_scope import REASON_TEXTS
from desktop.services.reviews import ReviewService
from desktop.services.reviews_model import ReviewRow, YearReview, vi_date


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("assessments", help="kiểm điểm, xếp loại đảng viên cuối năm")
    p.set_defaults(file_kind=BRANCH_FILE)
    inner = p.add_subparsers(dest="assessments_command", metavar="VIỆC", required=True)
    listing = inner.add_parser("list", help="danh sách đảng viên và xếp loại từng bước")
    listing.add_argument("--year", type=int, required=True, help="năm kiểm điểm")
    listing.add_argument("--json", action="store_true", help="in dạng JSON")
    listing.set_defaults(run=run_list)
    summary = inner.add_parser("summary", help="tổng hợp xếp loại và cảnh báo giới hạn HTXSNV")
    summary.add_argument("--year", type=int, required=True, help="năm kiểm điểm")
    summary.add_argument("--json", action="store_true", help="in dạng JSON")
    summary.set_defaults(run=run_summary)
    rate = inner.add_parser("rate", help="ghi xếp loại một bước cho một đảng viên")
    rate.add_argument("--year", type=int, required=True, help="năm kiểm điểm")
    rate.add_argument("--member", type=int, required=True, help="mã đảng viên")
    rate.add_argument("--step", choices=[s.value for s in ReviewStep], required=True,
                      help="self: tự xếp loại; branch: chi bộ; committee: chi ủy; superior: cấp trên")
    rate.add_argument("--rating", choices=[r.value for r in Rating], required=True,
                      help="mức xếp loại")
    rate.add_argument("--date", type=date.fromisoformat, help="ngày quyết định (YYYY-MM-DD)")
    rate.set_defaults(run=run_rate)


def _row_json(row: ReviewRow) -> dict:
    def value(r: Rating | None) -> str | None:
        return r.value if r else None

    return {
        "member_id": row.member_id,
        "name": row.full_name,
        "situation": row.situation,
        "reviewed": True,
        "scope_reason": row.reason.value,
        "commitment": row.has_commitment,
        "commitment_signed_on": row.commitment_signed_on,
        "self_review": row.has_self_review,
        "self_score": row.self_score,
        "tasks_exceeded_pct": row.tasks_exceeded_pct,
        "proposed_rating": value(row.proposed_rating),
        "self_rating": value(row.rating(ReviewStep.SELF)),
        "branch_rating": value(row.rating(ReviewStep.BRANCH)),
        "committee_rating": value(row.rating(ReviewStep.COMMITTEE)),
        "superior_rating": value(row.rating(ReviewStep.SUPERIOR)),
        "final_rating": value(row.final_rating),
        "disciplined": row.disciplined,
        "discipline": [d.describe_vi() for d in row.disciplines],
    }


def list_json(review: YearReview) -> list[dict]:
    """Reviewed members first (by given name), then the others with the reason they are left out."""
    out = [_row_json(row) for row in review.rows]
    disciplined = {d.member_id for d in review.disciplines}
    for ex in review.excluded:
        out.append({
            "member_id": ex.member_id, "name": ex.full_name, "situation": ex.situation,
            "reviewed": False, "scope_reason": ex.reason.value, "scope_note": REASON_TEXTS[ex.reason].render(),
            "since": ex.since, "commitment": False, "self_rating": None, "branch_rating": None,
            "committee_rating": None, "superior_rating": None, "final_rating": None,
            "disciplined": ex.member_id in disciplined,
        })
    return out


def summary_json(review: YearReview) -> dict:
    s = review.summary
    cap = s.cap
    return {
        "year": review.year,
        "reference_date": review.reference_date,
        "reviewed": s.reviewed,
        "not_reviewed": len(review.excluded),
        "unrated": s.unrated,
        "ratings": [
            {"rating": r.value, "title": RATING_TITLES_VI[r], "count": s.counts[r], "percent": s.percent(r)}
            for r in RATING_ORDER
        ],
        "cap": None if cap is None else {
            "excellent": cap.excellent, "good": cap.good, "cap_pct": cap.cap_pct,
            "limit": cap.limit, "exceeded": cap.exceeded, "message": cap.message_vi(),
        },
        "disciplined": sorted({d.member_name for d in review.disciplines}),
    }


def run_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    review = ReviewService(ctx.database(), clock=ctx.clock).year_review(args.year)
    if args.json:
        ctx.print_json(list_json(review))
        return 0
    steps = (ReviewStep.SELF, ReviewStep.BRANCH, ReviewStep.COMMITTEE, ReviewStep.SUPERIOR)
    print(f"Kiểm điểm năm {args.year} (xét theo ngày {vi_date(review.reference_date)}): "
          f"{len(review.rows)} đảng viên thuộc diện xếp loại")
    print(f"{'Mã':>4}  {'Họ và tên':<28} {'Cam kết':<8} {'Tự':<7} {'Chi bộ':<7} {'Chi ủy':<7} "
          f"{'Cấp trên':<8} Kỷ luật")
    for row in review.rows:
        cells = [(row.rating(s).value if row.rating(s) else "—") for s in steps]
        print(f"{row.member_id:>4}  {row.full_name:<28} {'có' if row.has_commitment else 'chưa':<8} "
              f"{cells[0]:<7} {cells[1]:<7} {cells[2]:<7} {cells[3]:<8} "
              f"{'có' if row.disciplined else ''}")
    if review.excluded:
        print("Không xếp loại:")
        for ex in review.excluded:
            print(f"{ex.member_id:>4}  {ex.full_name}: {REASON_TEXTS[ex.reason].render()}"
                  + (f" (từ {vi_date(ex.since)})" if ex.since else ""))
    return 0


def run_summary(args: argparse.Namespace, ctx: CommandContext) -> int:
    review = ReviewService(ctx.database(), clock=ctx.clock).year_review(args.year)
    data = summary_json(review)
    if args.json:
        ctx.print_json(data)
        return 0
    print(f"Tổng hợp xếp loại năm {args.year}: {data['reviewed']} đảng viên thuộc diện xếp loại, "
          f"{data['unrated']} chưa xếp loại, {data['not_reviewed']} không xếp loại.")
    for item in data["ratings"]:
        print(f"  {item['title']} ({item['rating']}): {item['count']} — {percent_value(item['percent'])}")
    cap = review.summary.cap
    if cap is not None and cap.exceeded:
        print(f"Cảnh báo: vượt giới hạn xuất sắc — {cap.message_vi()}.")
    return 0


def run_rate(args: argparse.Namespace, ctx: CommandContext) -> int:
    service = ReviewService(ctx.database(), clock=ctx.clock)
    service.set_rating(args.member, args.year, ReviewStep(args.step), Rating(args.rating), args.date)
    print(f"Đã ghi xếp loại {args.rating} ({args.step}) năm {args.year} cho đảng viên mã {args.member}.")
    return 0
