"""What goes inside the year's package: evaluation.json, records.json, package.json, reports.

records.json carries counts, meetings and ratings by member name only: no card numbers, phone
numbers or birth dates leave this computer (DOMAIN.md §3).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from desktop.domain.agenda import KIND_TITLES
from desktop.domain.enums import MeetingKind, ReviewStep
from desktop.services.branch import BranchProfile
from desktop.services.evaluation import EvaluationReport
from desktop.services.evaluation_json import report_json
from desktop.services.meeting_rows import MeetingRow
from desktop.services.overview import MemberCounts
from desktop.services.reviews_model import YearReview

KIND_SLUGS = {
    MeetingKind.REGULAR: "thuong-ky",
    MeetingKind.THEMATIC: "chuyen-de",
    MeetingKind.COMBINED: "ket-hop",
    MeetingKind.COMMITTEE: "chi-uy",
    MeetingKind.EXTRAORDINARY: "bat-thuong",
}


def evaluation_document(report: EvaluationReport) -> dict[str, Any]:
    document = report_json(report)
    document["model_name"] = report.result.verdict_name  # the inbox names the model by it
    return document


def records_document(
    year: int, profile: BranchProfile, members: MemberCounts, meetings: list[MeetingRow], review: YearReview,
    dues: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """`dues`: the year's dues summary (services.dues_summary), amounts and counts only."""
    document = {
        "year": year,
        "branch": {"code": profile.code, "name": profile.name, "superior_committee": profile.superior_committee},
        "members": {
            "official": members.official,
            "probationary": members.probationary,
            "exempt": members.exempt,
            "attached_elsewhere": members.attached_elsewhere,
        },
        "meetings": [
            {
                "kind": m.kind.value,
                "date": m.date.isoformat(),
                "duration_minutes": m.duration_minutes,
                "expected": m.expected,
                "present": m.present,
                "excused": m.excused,
                "unexcused": m.unexcused,
                "attendance_rate": None if m.attendance_rate is None else round(m.attendance_rate, 4),
                "quality": m.quality.value if m.quality is not None else None,
                "number": m.number or None,
                "status": m.status.value,
            }
            for m in sorted(meetings, key=lambda m: (m.date, m.kind.value, m.id))
        ],
        "ratings": [
            {
                "name": r.full_name,
                "self_rating": _value(r.rating(ReviewStep.SELF)),
                "branch_rating": _value(r.rating(ReviewStep.BRANCH)),
                "committee_rating": _value(r.rating(ReviewStep.COMMITTEE)),
                "final_rating": _value(r.final_rating),
                "disciplined": r.disciplined,
            }
            for r in review.rows
        ],
    }
    if dues is not None:
        document["dues"] = dues
    return document


def _value(rating) -> str | None:  # noqa: ANN001
    return None if rating is None else rating.value


def manifest_document(
    *,
    profile: BranchProfile,
    year: int,
    sequence: int,
    supersedes: str | None,
    rulebook: dict[str, str],
    app_version: str,
    created_at: datetime,
    fingerprint: str,
) -> dict[str, Any]:
    return {
        "format_version": 1,
        "branch": {"code": profile.code, "name": profile.name},
        "superior_committee": profile.superior_committee,
        "year": year,
        "sequence": sequence,
        "supersedes": supersedes,
        "rulebook": rulebook,
        "app_version": app_version,
        "created_at": created_at.isoformat(timespec="seconds"),
        "key_fingerprint": fingerprint,
    }


# The year's reports in every package, with the titles a reader of the package sees.
EVALUATION_REPORT = "reports/tu-danh-gia.pdf"
RATING_REPORT = "reports/xep-loai-dang-vien.pdf"
REGISTER_REPORT = "reports/so-sinh-hoat.pdf"
REPORT_TITLES = {
    EVALUATION_REPORT: "Báo cáo tự đánh giá, xếp loại chi bộ",
    RATING_REPORT: "Báo cáo kết quả kiểm điểm, xếp loại chất lượng đảng viên",
    REGISTER_REPORT: "Sổ theo dõi sinh hoạt chi bộ",
}
_MINUTES = re.compile(r"reports/(bien-ban|nghi-quyet)/(\d{4})-(\d{2})-(\d{2})-([a-z-]+)-(\d+)\.pdf")
_WORDS = {"bien-ban": "Biên bản", "nghi-quyet": "Nghị quyết"}


def minutes_entry_name(row: MeetingRow) -> str:
    return f"reports/bien-ban/{row.date:%Y-%m-%d}-{KIND_SLUGS[row.kind]}-{row.id}.pdf"


def resolution_entry_name(row: MeetingRow) -> str:
    """The month's resolution, beside its minutes (same date, kind and meeting id)."""
    return f"reports/nghi-quyet/{row.date:%Y-%m-%d}-{KIND_SLUGS[row.kind]}-{row.id}.pdf"


def report_title(name: str) -> str:
    """A report's title from its name in the package: "Biên bản họp chi ủy ngày 03/03/2025"
    for reports/bien-ban/2025-03-03-chi-uy-12.pdf. A name this version does not know (a
    package from a later one) is shown as its file name."""
    if name in REPORT_TITLES:
        return REPORT_TITLES[name]
    found = _MINUTES.fullmatch(name)
    kind = next((k for k, slug in KIND_SLUGS.items() if found and slug == found[5]), None)
    if found and kind is not None:
        title = KIND_TITLES[kind]
        return (f"{_WORDS[found[1]]} {title[0].lower()}{title[1:]} ngày "
                f"{found[4]}/{found[3]}/{found[2]}")
    return name.rsplit("/", 1)[-1]


def report_order(name: str) -> tuple[int, str, str]:
    """The year's reports first, in REPORT_TITLES' order, then the minutes by date, each
    meeting's resolution right after its minutes."""
    order = list(REPORT_TITLES)
    if name in order:
        return order.index(name), "", ""
    found = _MINUTES.fullmatch(name)
    if found:
        return len(order), f"{found[2]}-{found[3]}-{found[4]}-{int(found[6]):09d}", found[1]
    return len(order) + 1, name, ""


def year_end(year: int, today: date) -> date:
    return min(today, date(year, 12, 31))
