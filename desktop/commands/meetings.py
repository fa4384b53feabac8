"""`chibo --db F meetings list --year Y [--json]`, `meetings show ID [--json]`,
`meetings year --year Y [--json]` (the year at a glance with its gaps),
`meetings posted ID --on YYYY-MM-DD | --clear` (the day the finished documents were posted)."""

from __future__ import annotations

import argparse
import dataclasses
from enum import Enum
from typing import Any

from desktop.commands.context import BRANCH_FILE, CommandContext
from desktop.commands.lifecycle import day
from desktop.commands.tasks import STATUS_TITLES as TASK_STATUS_TITLES
from desktop.domain.agenda import KIND_TITLES
from desktop.domain.documents_rule import DocumentsVerdict
from desktop.domain.numbers import fraction, percent
from desktop.domain.quality import BAND_LABELS
from desktop.services.meeting_detail import MeetingDetail
from desktop.services.meeting_year import MeetingYearService
from desktop.services.meetings import MeetingService
from desktop.wording import Text

STATUS_TITLES = {"draft": "Dự thảo", "adopted": "Đã thông qua"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("meetings", help="các cuộc họp: danh sách, chi tiết, tổng quan năm")
    p.set_defaults(file_kind=BRANCH_FILE)
    group = p.add_subparsers(dest="meetings_command", metavar="LỆNH", required=True)
    lst = group.add_parser("list", help="danh sách cuộc họp trong năm")
    lst.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    lst.add_argument("--json", action="store_true", help="in JSON")
    lst.set_defaults(run=run_list)
    show = group.add_parser("show", help="chi tiết một cuộc họp")
    show.add_argument("id", type=int, help="mã cuộc họp")
    show.add_argument("--json", action="store_true", help="in JSON")
    show.set_defaults(run=run_show)
    year = group.add_parser("year", help="tổng quan năm và những tháng/quý còn thiếu")
    year.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    year.add_argument("--json", action="store_true", help="in JSON")
    year.set_defaults(run=run_year)
    posted = group.add_parser("posted", help="ghi ngày đăng tài liệu hoàn chỉnh cho đảng viên")
    posted.add_argument("id", type=int, help="mã cuộc họp")
    when = posted.add_mutually_exclusive_group(required=True)
    when.add_argument("--on", type=day, metavar="YYYY-MM-DD", help="ngày đã đăng")
    when.add_argument("--clear", action="store_true", help="xóa ngày đã ghi")
    posted.set_defaults(run=run_posted)


# The documents rule's verdicts, as `meetings show` writes them.
VERDICT_TITLES = {
    DocumentsVerdict.OK: "đúng hạn",
    DocumentsVerdict.LATE: "muộn",
    DocumentsVerdict.MISSING: "chưa ghi",
    DocumentsVerdict.PENDING: "chưa đăng, còn trong hạn",
}


def _pct(rate: float | None) -> str:
    return "—" if rate is None else percent(rate)


def run_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    year = ctx.this_year(args.year)
    rows = MeetingService(ctx.database(), clock=ctx.clock).list_meetings(year)
    if args.json:
        ctx.print_json([r.as_json() for r in rows])
        return 0
    if not rows:
        print(f"Năm {year} chưa có cuộc họp nào.")
        return 0
    header = f"{'Mã':>4}  {'Ngày':<10}  {'Loại':<38}  {'Số':<9}  {'Có mặt':>7}  {'Tỉ lệ':>6}  {'Chất lượng':<10}  Trạng thái"
    print(header)
    for r in rows:
        print(
            f"{r.id:>4}  {r.date:%d/%m/%Y}  {KIND_TITLES[r.kind]:<38}  {r.number or '—':<9}  "
            f"{f'{r.present}/{r.expected}':>7}  {_pct(r.attendance_rate):>6}  "
            f"{BAND_LABELS[r.quality] if r.quality else '—':<10}  {STATUS_TITLES[r.status.value]}"
        )
    return 0


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for extra in ("total", "absent", "passed", "base", "band_label", "cast", "scored", "allowed"):
            attr = getattr(type(value), extra, None)
            if isinstance(attr, property):
                out[extra] = _plain(getattr(value, extra))
        return out
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Text):  # a sentence of the core (an adoption issue), in Vietnamese
        return value.render()
    if isinstance(value, Enum):
        return value.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def detail_json(d: MeetingDetail, today) -> dict:  # noqa: ANN001 - a date
    out = _plain(d)
    check = d.documents_check(today)
    out["documents_rule"] = {"sent": check.sent.value, "posted": check.posted.value}
    return out


def _day_verdict(on, verdict: DocumentsVerdict) -> str:  # noqa: ANN001 - a date or None
    """«07/10/2026 — muộn», or the verdict alone when no day is recorded («chưa ghi»)."""
    return f"{on:%d/%m/%Y} — {VERDICT_TITLES[verdict]}" if on else VERDICT_TITLES[verdict]


def run_show(args: argparse.Namespace, ctx: CommandContext) -> int:
    d = MeetingService(ctx.database(), clock=ctx.clock).detail(args.id)
    if args.json:
        ctx.print_json(detail_json(d, ctx.clock.today()))
        return 0
    att = d.attendance
    print(f"{d.kind_title} ngày {d.held_on:%d/%m/%Y} {d.number_text}".rstrip())
    if d.resolution_code:
        print(f"Nghị quyết: Số {d.resolution_code}")
    print(f"Trạng thái: {STATUS_TITLES[d.status.value]} (bản {d.revision})")
    print(f"Địa điểm: {d.place or '—'}; chủ trì: {d.chair.name if d.chair else '—'}; "
          f"thư ký: {d.minute_taker.name if d.minute_taker else '—'}")
    print(f"Đảng viên: {att.total} (chính thức {att.official}, dự bị {att.probationary}); "
          f"phải dự {att.expected}; có mặt {att.present}; tỉ lệ {_pct(att.rate)}")
    for a in att.excused:
        print(f"  Vắng có lý do: {a.name} — {a.reason}")
    for p in att.unexcused:
        print(f"  Vắng không lý do: {p.name}")
    checks = att.checks
    print(f"Kiểm tra: tỉ lệ trên 85% {'đạt' if checks.rate_ok else 'không đạt'}; "
          f"không vắng không lý do {'đạt' if checks.no_unexcused else 'không đạt'}; "
          f"không ai vắng quá 3 lần liên tiếp {'đạt' if checks.no_long_runs else 'không đạt'}")
    check, rule = d.documents_check(ctx.clock.today()), d.documents_rule
    print(f"Gửi tài liệu: {_day_verdict(d.documents_sent_on, check.sent)} "
          f"(trước ít nhất {rule.sent_days_before} ngày)")
    print(f"Đăng tài liệu hoàn chỉnh: {_day_verdict(d.documents_posted_on, check.posted)} "
          f"(trong {rule.posted_within_days} ngày sau)")
    print(f"Phát biểu: {d.speakers_present}/{att.present} đồng chí có mặt "
          f"({_pct(d.speakers_share)})")
    print(f"Chất lượng: {fraction(d.quality.total, d.quality.max_total)} điểm — {d.quality.band_label}")
    for v in d.votes:
        print(f"Biểu quyết «{v.subject}»: {v.votes_for} tán thành / {v.base} — "
              f"{'thông qua' if v.passed else 'không thông qua'}")
    for r in d.task_review:
        print(f"Kiểm điểm nhiệm vụ «{r.text}» ({r.owner}, hạn {r.due_on:%d/%m/%Y}): "
              f"{TASK_STATUS_TITLES[r.status.value].lower()}")
    for t in d.tasks:
        print(f"Nhiệm vụ tháng tới: {t.text} — {t.owner}, hạn {t.due_on:%d/%m/%Y}")
    return 0


def run_year(args: argparse.Namespace, ctx: CommandContext) -> int:
    view = MeetingYearService(ctx.database(), clock=ctx.clock).year_view(ctx.this_year(args.year))
    if args.json:
        ctx.print_json({
            "year": view.year,
            "as_of": view.as_of.isoformat(),
            "months": _plain(view.grid.months),
            "quarters": _plain(view.grid.quarters),
            "gaps": list(view.grid.gaps),
            "monthly_rate": list(view.monthly_rate),
        })
        return 0
    for cell, rate in zip(view.grid.months, view.monthly_rate):
        reg = f"{cell.regular.held_on:%d/%m}" if cell.regular else "—"
        com = f"{cell.committee.held_on:%d/%m}" if cell.committee else "—"
        print(f"Tháng {cell.month:>2}: sinh hoạt {reg:<6} tỉ lệ {_pct(rate):>6}   họp chi ủy {com}")
    for q in view.grid.quarters:
        days = ", ".join(f"{m.held_on:%d/%m}" for m in q.thematic) or "—"
        print(f"Quý {q.quarter}: chuyên đề {days}")
    for gap in view.grid.gaps:
        print(f"Thiếu: {gap}")
    return 0



def run_posted(args: argparse.Namespace, ctx: CommandContext) -> int:
    on = None if args.clear else args.on
    MeetingService(ctx.database(), clock=ctx.clock).record_documents_posted(args.id, on)
    if on is None:
        print(f"Đã xóa ngày đăng tài liệu của cuộc họp {args.id}.")
    else:
        print(f"Đã ghi: tài liệu hoàn chỉnh của cuộc họp {args.id} đăng ngày {on:%d/%m/%Y}.")
    return 0
