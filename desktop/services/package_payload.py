"""What goes inside the year's package: evaluation.json, records.json, package.json, reports.

records.json carries counts, meetings and ratings by member name only: no card numbers, phone
numbers or birth dates leave this computer (DOMAIN.md §3).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

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


def minutes_entry_name(row: MeetingRow) -> str:
    return f"reports/bien-ban/{row.date:%Y-%m-%d}-{KIND_SLUGS[row.kind]}-{row.id}.pdf"


def year_end(year: int, today: date) -> date:
    return min(today, date(year, 12, 31))
