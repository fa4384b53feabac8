"""One plain Vietnamese sentence per component that falls short, and what is still reachable.

"2.2: Quý III chưa có sinh hoạt chuyên đề — 3/4 quý". The sentence names what is lacking (months,
quarters, meetings, members) from the measure's `missing` list; long lists are shortened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain.indicators import Measure, RuleKind, ScoringRule
from desktop.domain.numbers import number, percent

MAX_LISTED = 5


@dataclass(frozen=True)
class ManualEntry:
    score: float
    justification: str = ""
    entered_by: str = ""
    entered_at: str = ""  # ISO timestamp, for display and export


def listing(items: tuple[str, ...] | list[str]) -> str:
    """"Tháng 3", "Tháng 7" → "Tháng 3, 7"; more than five items end with "và N … khác"."""
    items = list(items)
    for prefix in ("Tháng ", "Quý "):
        if items and all(i.startswith(prefix) for i in items):
            shown = [items[0]] + [i[len(prefix):] for i in items[1:MAX_LISTED]]
            break
    else:
        shown = items[:MAX_LISTED]
    text = ", ".join(shown)
    if len(items) > MAX_LISTED:
        text += f" và {len(items) - MAX_LISTED} mục khác"
    return text


def _n(x: float) -> str:
    return number(round(x, 2))


def _frac(m: Measure) -> str:
    return f"{_n(m.numerator)}/{_n(m.denominator or 0)}"


def _count_sentence(what: str) -> Callable[[Measure], str]:
    def build(m: Measure) -> str:
        return f"{_n(m.numerator)} đảng viên {what} — {listing(m.missing)}"

    return build


_TEMPLATES: dict[str, Callable[[Measure], str]] = {
    "months_with_regular_meeting": lambda m: (
        f"{listing(m.missing)} chưa có sinh hoạt thường kỳ — {_frac(m)} tháng"
        if m.missing else f"mới có sinh hoạt thường kỳ {_frac(m)} tháng"),
    "quarters_with_thematic_session": lambda m: (
        f"{listing(m.missing)} chưa có sinh hoạt chuyên đề — {_frac(m)} quý"
        if m.missing else f"mới có sinh hoạt chuyên đề {_frac(m)} quý"),
    "months_committee_before_branch": lambda m: (
        f"{listing(m.missing)} chi ủy chưa họp trước sinh hoạt chi bộ — {_frac(m)} tháng"
        if m.missing else f"chi ủy mới họp trước sinh hoạt chi bộ {_frac(m)} tháng"),
    "attendance_rate_average": lambda m: (
        f"tỷ lệ dự sinh hoạt bình quân {percent(m.value)} qua {_n(m.denominator or 0)} cuộc"
        + (f"; không quá 85%: {listing(m.missing)}" if m.missing else "")
        if m.denominator else "chưa có cuộc sinh hoạt thường kỳ nào có điểm danh"),
    "regular_meetings_rated_good": lambda m: (
        f"{_frac(m)} cuộc sinh hoạt thường kỳ xếp loại Tốt"
        + (f" — chưa Tốt: {listing(m.missing)}" if m.missing else "")),
    "regular_meetings_full_duration": lambda m: (
        f"{_frac(m)} cuộc sinh hoạt thường kỳ đủ thời lượng"
        + (f" — chưa đủ: {listing(m.missing)}" if m.missing else "")),
    "targets_met": lambda m: m.note or (
        f"{_frac(m)} chỉ tiêu nghị quyết năm đạt hoặc vượt — chưa đạt: {listing(m.missing)}"),
    "admissions_against_target": lambda m: m.note or (
        f"kết nạp {_n(m.numerator)}/{_n(m.denominator or 0)} đảng viên theo chỉ tiêu"),
    "members_disciplined": _count_sentence("bị kỷ luật trong năm"),
    "members_disciplined_prohibited_acts": _count_sentence("bị kỷ luật do vi phạm những điều đảng viên không được làm"),
    "reviewed_with_commitment": lambda m: (
        f"{_frac(m)} đảng viên được đánh giá có bản cam kết — chưa có: {listing(m.missing)}"
        if m.denominator else "chưa có danh sách đảng viên được đánh giá"),
    "reviewed_rated_good_or_better": lambda m: (
        f"{_frac(m)} đảng viên ({percent(m.value)}) xếp loại HTTNV trở lên — còn lại: {listing(m.missing)}"
        if m.denominator else "chưa có danh sách đảng viên được đánh giá"),
    "reviewed_rated_khtnv": _count_sentence("xếp loại KHTNV"),
    "members_dues_unpaid_to_removal": lambda m: m.note or (
        f"{_n(m.numerator)} đảng viên không đóng đảng phí đủ số tháng phải xem xét xóa tên — "
        f"{listing(m.missing)}"),
    "members_paid_dues_every_month": lambda m: m.note or (
        f"{_frac(m)} đảng viên đóng đủ đảng phí các tháng đã qua — còn nợ: {listing(m.missing)}"),
}


def band_hint(rule: ScoringRule | None, maximum: float) -> str:
    """For banded rules, the level needed for full marks: " (cần từ 95% để đạt 5 điểm)"."""
    if rule is None or rule.kind is not RuleKind.BANDS or not rule.bands:
        return ""
    low, points = rule.bands[0]
    return f" (cần từ {percent(low)} để đạt {number(min(points, maximum))} điểm)"


def shortfall_sentence(
    code: str,
    score: float,
    maximum: float,
    measure: Measure | None,
    manual: ManualEntry | None,
    rule: ScoringRule | None = None,
) -> str | None:
    """None when the component has its full points."""
    if score >= maximum - 1e-9:
        return None
    if measure is None:
        if manual is None:
            return f"{code}: chưa chấm điểm (tiêu chí do chi ủy chấm) — 0/{number(maximum)} điểm"
        why = f" — {manual.justification}" if manual.justification else ""
        return f"{code}: {number(manual.score)}/{number(maximum)} điểm{why}"
    text = _TEMPLATES[measure.indicator](measure)
    return f"{code}: {text}{band_hint(rule, maximum)} — {number(score)}/{number(maximum)} điểm"


def reachable_sentence(code: str, score: float, reachable: float, maximum: float, threshold: float,
                       measure: Measure | None) -> str | None:
    """While the year runs: how many points can still be had, or that the component is lost."""
    if score >= maximum - 1e-9:
        return None
    if reachable <= score + 1e-9:
        return f"{code}: không thể cải thiện trong năm nay — giữ {number(score)}/{number(maximum)} điểm"
    need = "" if reachable >= threshold * maximum - 1e-9 else f", dưới mức {percent(threshold)}"
    what = ""
    if measure is not None and measure.denominator is not None and measure.best_numerator > measure.numerator:
        gap = _n(measure.best_numerator - measure.numerator)
        what = {
            "months_with_regular_meeting": f" nếu sinh hoạt đủ {gap} tháng còn lại",
            "quarters_with_thematic_session": f" nếu có sinh hoạt chuyên đề trong {gap} quý còn lại",
            "months_committee_before_branch": f" nếu chi ủy họp trước sinh hoạt {gap} tháng còn lại",
        }.get(measure.indicator, "")
    return f"{code}: còn có thể đạt {number(reachable)}/{number(maximum)} điểm{what}{need}"
