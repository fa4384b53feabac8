"""The meeting quality sheet (DOMAIN.md §6, a *sample*: the rulebook supplies `QualityRules`).

100 points in lines. Three are computed from the record:
- `duration` (5): full when the meeting lasted ≥ 90 min (≥ 120 for a combined sitting);
- `attendance` (5): rate ≥ 90 % → 4, ≥ 75 % → 3, ≥ 65 % → 2, lower or any unexcused → 1;
  +1 when nobody has a run of absences longer than allowed;
- `speakers` (10, part of "conduct"): share of attendees who spoke > 50 % → full,
  ≥ 30 % → half, else 0.
- `documents_sent` / `documents_posted` (when the rulebook has them): full marks when the
  documents were sent at least N days before the sitting / the finished documents were posted
  within M days after it (N, M from the rulebook, 1 and 2 by default), else 0. Before the
  posted date is known the line scores 0, noted «chưa đăng»; it never blocks adoption, and as
  every computed line it is worked out from the record each time, so recording the date on an
  adopted meeting changes that meeting's sheet.
A rulebook may mark a line `source = "tasks"` (the sample: `results`, "results of last month's
resolution", 30): computed from the review of last month's tasks at this meeting, by the share
done on time: ≥ 90 % → full, ≥ 70 % → two thirds, ≥ 50 % → half, lower → a third. A meeting
that reviewed no task keeps the committee's score for that line.
The others are scored by the committee (stored as QualityItem rows, code → points), clamped to
[0, max]. A line the committee has not scored yet is "chưa chấm", not 0: while any is, the
sheet has no band (a draft is never printed or counted as «Kém» because nobody scored it).
Band: Tốt ≥ 90 *and* duration, attendance, speakers and minutes at full marks; Khá ≥ 70 (or
≥ 90 without those); Trung bình ≥ 50; Kém below. The sheet rates branch meetings: a committee
meeting gets its lines (for reference) but no band.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.documents_rule import (
    DocumentsRule,
    DocumentsVerdict,
    posted_verdict,
    sent_verdict,
)
from desktop.domain.enums import MeetingKind, QualityBand
from desktop.domain.numbers import percent

DURATION, ATTENDANCE, SPEAKERS = "duration", "attendance", "speakers"
DOCUMENTS_SENT, DOCUMENTS_POSTED = "documents_sent", "documents_posted"
COMPUTED = (DURATION, ATTENDANCE, SPEAKERS, DOCUMENTS_SENT, DOCUMENTS_POSTED)
NOT_POSTED_NOTE = "chưa đăng"

NOT_RATED_LABEL = "không xếp loại (họp chi ủy)"
UNSCORED_LABEL = "chưa chấm"
BAND_LABELS = {
    QualityBand.GOOD: "Tốt",
    QualityBand.FAIR: "Khá",
    QualityBand.AVERAGE: "Trung bình",
    QualityBand.POOR: "Kém",
}


@dataclass(frozen=True)
class QualityItemRule:
    """One line of the sheet. `group` gathers lines under the §6 headings."""

    code: str
    title: str  # Vietnamese, as printed on the sheet
    max_points: float
    group: str
    from_tasks: bool = False  # computed from the review of last month's tasks


DEFAULT_ITEMS: tuple[QualityItemRule, ...] = (
    QualityItemRule(DURATION, "Thời lượng sinh hoạt đủ theo quy định", 5, "Thời lượng"),
    QualityItemRule(ATTENDANCE, "Tỉ lệ đảng viên dự họp", 5, "Dự họp"),
    QualityItemRule(
        "preparation", "Chi ủy họp trước, có biên bản; có dự thảo nghị quyết", 5, "Chuẩn bị",
    ),
    QualityItemRule(DOCUMENTS_SENT, "Tài liệu gửi đảng viên trước ít nhất 1 ngày", 5, "Chuẩn bị"),
    QualityItemRule(
        "conduct",
        "Đúng chương trình; thảo luận tình hình tư tưởng, tự phê bình và phê bình",
        15,
        "Tiến hành",
    ),
    QualityItemRule(SPEAKERS, "Trên 50% đảng viên dự họp phát biểu", 10, "Tiến hành"),
    QualityItemRule("minutes", "Biên bản ghi đầy đủ, đúng diễn biến", 5, "Tiến hành"),
    QualityItemRule("leadership", "Vai trò điều hành của đồng chí chủ trì", 10, "Chủ trì"),
    QualityItemRule("principles", "Thực hiện nguyên tắc tập trung dân chủ", 5, "Nguyên tắc"),
    QualityItemRule(
        "results", "Kết quả thực hiện nghị quyết tháng trước", 30, "Kết quả nghị quyết",
        from_tasks=True,
    ),
    QualityItemRule("closing", "Thông qua nghị quyết, biên bản", 3, "Kết thúc"),
    QualityItemRule(
        DOCUMENTS_POSTED, "Đăng tài liệu hoàn chỉnh cho đảng viên trong 2 ngày", 2, "Kết thúc",
    ),
)


@dataclass(frozen=True)
class QualityRules:
    items: tuple[QualityItemRule, ...] = DEFAULT_ITEMS
    min_minutes: int = 90
    min_minutes_combined: int = 120
    # (lowest rate, points), best first; below all of them, or any unexcused: `attendance_floor`.
    attendance_bands: tuple[tuple[float, float], ...] = ((0.90, 4), (0.75, 3), (0.65, 2))
    attendance_floor: float = 1
    attendance_no_runs_bonus: float = 1
    speakers_full_share: float = 0.5  # strictly above → full marks
    speakers_partial_share: float = 0.3  # at or above → partial
    speakers_partial_ratio: float = 0.5  # partial = this × max
    good_threshold: float = 90
    fair_threshold: float = 70
    average_threshold: float = 50
    full_marks_for_good: tuple[str, ...] = (DURATION, ATTENDANCE, SPEAKERS, "minutes")
    documents: DocumentsRule = DocumentsRule()

    def item(self, code: str) -> QualityItemRule | None:
        return next((i for i in self.items if i.code == code), None)

    def max_of(self, code: str) -> float:
        rule = self.item(code)
        return rule.max_points if rule else 0.0

    @property
    def ticked_items(self) -> tuple[QualityItemRule, ...]:
        return tuple(i for i in self.items if i.code not in COMPUTED)

    def required_minutes(self, kind: MeetingKind) -> int:
        return self.min_minutes_combined if kind is MeetingKind.COMBINED else self.min_minutes


@dataclass(frozen=True)
class QualityInputs:
    """What the computed lines need, taken from the meeting record.

    attendees: everyone who was there (expected and not); speakers: distinct members among them
    who spoke under any agenda item.
    """

    kind: MeetingKind
    duration_minutes: int | None
    attendance_rate: float | None
    any_unexcused: bool
    long_runs: bool
    attendees: int
    speakers: int
    ticked: Mapping[str, float] = field(default_factory=dict)
    # Tasks reviewed at this meeting: (done on time, reviewed); None or 0 reviewed: none.
    task_results: tuple[int, int] | None = None
    held_on: date | None = None  # with the two dates below: the documents lines
    documents_sent_on: date | None = None
    documents_posted_on: date | None = None


@dataclass(frozen=True)
class QualityLine:
    code: str
    title: str
    group: str
    points: float
    max_points: float
    computed: bool
    note: str = ""  # Vietnamese: how a computed line was reached
    scored: bool = True  # False: a committee line not scored yet (its points are 0 meanwhile)

    @property
    def full(self) -> bool:
        return self.points >= self.max_points


@dataclass(frozen=True)
class QualityScore:
    lines: tuple[QualityLine, ...]
    total: float
    max_total: float
    band: QualityBand | None  # None: not rated (a committee meeting) or not scored yet
    missing_full_marks: tuple[str, ...]  # codes that keep a ≥ 90 score from Tốt
    rated: bool = True  # False for a committee meeting: the sheet gives it no band
    unscored: tuple[str, ...] = ()  # committee lines not scored yet, in the sheet's order

    @property
    def scored(self) -> bool:
        """Every line has its points (computed, or given by the committee)."""
        return not self.unscored

    @property
    def band_label(self) -> str:
        if not self.rated:
            return NOT_RATED_LABEL
        if self.unscored:
            return UNSCORED_LABEL
        return BAND_LABELS[self.band]


def duration_points(kind: MeetingKind, minutes: int | None, rules: QualityRules) -> tuple[float, str]:
    need = rules.required_minutes(kind)
    if minutes is None:
        return 0.0, "Chưa ghi giờ bắt đầu và kết thúc hợp lệ"  # none, or an end not after the start
    if minutes >= need:
        return rules.max_of(DURATION), f"{minutes} phút (yêu cầu ≥ {need} phút)"
    return 0.0, f"{minutes} phút, chưa đủ {need} phút"


def attendance_points(
    rate: float | None, any_unexcused: bool, long_runs: bool, rules: QualityRules
) -> tuple[float, str]:
    if rate is None:
        return 0.0, "Không có đảng viên phải dự họp"
    if any_unexcused:
        base, why = rules.attendance_floor, f"{percent(rate)}, có đảng viên vắng không lý do"
    else:
        base = next((pts for low, pts in rules.attendance_bands if rate >= low), rules.attendance_floor)
        why = percent(rate)
    bonus = 0.0 if long_runs else rules.attendance_no_runs_bonus
    why += "; có đảng viên vắng liên tiếp" if long_runs else "; không ai vắng liên tiếp quá mức"
    return min(base + bonus, rules.max_of(ATTENDANCE)), why


def speakers_points(attendees: int, speakers: int, rules: QualityRules) -> tuple[float, str]:
    top = rules.max_of(SPEAKERS)
    if attendees <= 0:
        return 0.0, "Không có người dự họp"
    share = min(speakers, attendees) / attendees
    why = f"{speakers}/{attendees} người dự phát biểu ({percent(share)})"
    if share > rules.speakers_full_share:
        return top, why
    if share >= rules.speakers_partial_share:
        return top * rules.speakers_partial_ratio, why
    return 0.0, why


# (lowest on-time share, share of the line's maximum), best first; below all: a third.
RESULT_BANDS = ((0.9, 1.0), (0.7, 2 / 3), (0.5, 0.5))
RESULT_FLOOR = 1 / 3


def results_points(on_time: int, reviewed: int, maximum: float) -> tuple[float, str]:
    share = on_time / reviewed
    ratio = next((r for low, r in RESULT_BANDS if share >= low), RESULT_FLOOR)
    points = round(maximum * ratio, 1)
    return points, f"{on_time}/{reviewed} nhiệm vụ tháng trước hoàn thành đúng hạn ({percent(share)})"


def documents_points(inputs: QualityInputs, rules: QualityRules) -> dict[str, tuple[float, str]]:
    """The two document lines, full marks on time and 0 otherwise (only those the sheet has)."""
    out: dict[str, tuple[float, str]] = {}
    rule, held = rules.documents, inputs.held_on
    if held is None:  # a caller without the dates: the lines stay computed, at 0
        return {code: (0.0, "") for code in (DOCUMENTS_SENT, DOCUMENTS_POSTED) if rules.item(code)}
    if rules.item(DOCUMENTS_SENT):
        sent = inputs.documents_sent_on
        verdict = sent_verdict(held, sent, rule)
        if verdict is DocumentsVerdict.MISSING:
            why = "Không ghi ngày gửi tài liệu"
        else:
            why = (f"Gửi tài liệu ngày {sent:%d/%m/%Y}, trước {(held - sent).days} ngày "
                   f"(quy định ít nhất {rule.sent_days_before} ngày)")
        out[DOCUMENTS_SENT] = (rules.max_of(DOCUMENTS_SENT) if verdict is DocumentsVerdict.OK
                               else 0.0, why)
    if rules.item(DOCUMENTS_POSTED):
        posted = inputs.documents_posted_on
        verdict = posted_verdict(held, posted, rule)
        if posted is None:
            why = NOT_POSTED_NOTE
        else:
            why = (f"Đăng tài liệu ngày {posted:%d/%m/%Y}, sau {(posted - held).days} ngày "
                   f"(quy định trong {rule.posted_within_days} ngày)")
        out[DOCUMENTS_POSTED] = (rules.max_of(DOCUMENTS_POSTED) if verdict is DocumentsVerdict.OK
                                 else 0.0, why)
    return out


def rated(kind: MeetingKind) -> bool:
    """The §6 sheet rates sittings of the branch; the committee's own meeting gets no band."""
    return kind is not MeetingKind.COMMITTEE


def band_for(total: float, missing_full: tuple[str, ...], rules: QualityRules) -> QualityBand:
    if total >= rules.good_threshold and not missing_full:
        return QualityBand.GOOD
    if total >= rules.fair_threshold:
        return QualityBand.FAIR
    if total >= rules.average_threshold:
        return QualityBand.AVERAGE
    return QualityBand.POOR


def score_meeting(inputs: QualityInputs, rules: QualityRules = QualityRules()) -> QualityScore:
    computed = {
        DURATION: duration_points(inputs.kind, inputs.duration_minutes, rules),
        ATTENDANCE: attendance_points(
            inputs.attendance_rate, inputs.any_unexcused, inputs.long_runs, rules
        ),
        SPEAKERS: speakers_points(inputs.attendees, inputs.speakers, rules),
    }
    computed.update(documents_points(inputs, rules))
    if inputs.task_results and inputs.task_results[1] > 0:
        for item in rules.items:
            if item.from_tasks:
                computed[item.code] = results_points(*inputs.task_results, item.max_points)
    lines = []
    for item in rules.items:
        if item.code in computed:
            points, note = computed[item.code]
            lines.append(
                QualityLine(item.code, item.title, item.group, points, item.max_points, True, note)
            )
        else:
            scored = item.code in inputs.ticked
            raw = float(inputs.ticked.get(item.code, 0.0))
            points = max(0.0, min(raw, item.max_points))
            lines.append(QualityLine(item.code, item.title, item.group, points, item.max_points,
                                     False, scored=scored))
    total = sum(line.points for line in lines)
    by_code = {line.code: line for line in lines}
    missing = tuple(
        code for code in rules.full_marks_for_good if code in by_code and not by_code[code].full
    )
    unscored = tuple(line.code for line in lines if not line.scored)
    banded = rated(inputs.kind) and not unscored
    return QualityScore(
        lines=tuple(lines),
        total=total,
        max_total=sum(i.max_points for i in rules.items),
        band=band_for(total, missing, rules) if banded else None,
        missing_full_marks=missing,
        rated=rated(inputs.kind),
        unscored=unscored,
    )
