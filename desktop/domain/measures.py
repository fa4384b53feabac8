"""Every indicator of `indicators.INDICATORS`, measured from a year's facts, with its evidence.

Worked example (a closed year): regular meetings in 11 months, none in March →
months_with_regular_meeting = 11/12, missing ("Tháng 3",). During the year, months still open
(the running month and later) are not "missing" yet: they raise the best reachable value.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from desktop.domain.collation import name_sort_key
from desktop.domain.enums import MeetingKind, QualityBand, Rating
from desktop.domain.indicators import EvidenceItem, Measure
from desktop.domain.numbers import number, percent
from desktop.domain.rulebook_parts import MeetingThresholds
from desktop.domain.year_facts import (
    DISCIPLINE_TITLES_VI,
    REGULAR_KINDS,
    ROMAN,
    THEMATIC_KINDS,
    MeetingFact,
    YearFacts,
    dmy,
)


def compute_measures(
    facts: YearFacts,
    thresholds: MeetingThresholds = MeetingThresholds(),
    name_key: Callable[[str], tuple] = name_sort_key,
) -> dict[str, Measure]:
    """`name_key`: Vietnamese name order; a caller evaluating often may pass a memoised one."""
    regular = sorted((m for m in facts.meetings if m.kind in REGULAR_KINDS), key=lambda m: m.held_on)
    by_month: dict[int, list[MeetingFact]] = defaultdict(list)
    for m in regular:
        by_month[m.held_on.month].append(m)
    # Months still open with no regular meeting yet: each may still bring one more meeting.
    open_slots = sum(1 for month in range(1, 13) if facts.month_open(month) and not by_month[month])
    out = {
        "months_with_regular_meeting": _months_regular(facts, by_month),
        "quarters_with_thematic_session": _quarters_thematic(facts),
        "months_committee_before_branch": _months_committee(facts, by_month),
        "attendance_rate_average": _attendance(regular, open_slots, thresholds),
        "regular_meetings_rated_good": _share_of_meetings(
            "regular_meetings_rated_good", regular, open_slots,
            lambda m: m.quality_band is QualityBand.GOOD, _quality_label),
        "regular_meetings_full_duration": _share_of_meetings(
            "regular_meetings_full_duration", regular, open_slots,
            lambda m: _full_duration(m, thresholds), lambda m: _duration_label(m, thresholds)),
        "targets_met": _targets(facts),
        "admissions_against_target": _admissions(facts),
    }
    out.update(_discipline(facts, name_key))
    out.update(_reviews(facts, name_key))
    out.update(_dues(facts, name_key))
    return out


def _meeting_label(m: MeetingFact) -> str:
    draft = "" if m.adopted else " (bản nháp, chưa thông qua)"
    return f"{dmy(m.held_on)}{draft}"


def _months_regular(facts: YearFacts, by_month: dict[int, list[MeetingFact]]) -> Measure:
    evidence, missing, held, open_empty = [], [], 0, 0
    for month in range(1, 13):
        meetings = by_month.get(month, [])
        if meetings:
            held += 1
            for m in meetings:
                evidence.append(EvidenceItem(f"Tháng {month}: sinh hoạt ngày {_meeting_label(m)}", True, m.id))
        elif facts.month_open(month):
            open_empty += 1
            evidence.append(EvidenceItem(f"Tháng {month}: chưa đến hạn", True))
        else:
            missing.append(f"Tháng {month}")
            evidence.append(EvidenceItem(f"Tháng {month}: không có sinh hoạt thường kỳ", False))
    return Measure("months_with_regular_meeting", held, 12, held + open_empty, 12, tuple(missing), tuple(evidence))


def _quarters_thematic(facts: YearFacts) -> Measure:
    by_quarter: dict[int, list[MeetingFact]] = defaultdict(list)
    for m in sorted(facts.meetings, key=lambda m: m.held_on):
        if m.kind in THEMATIC_KINDS:
            by_quarter[(m.held_on.month - 1) // 3 + 1].append(m)
    evidence, missing, held, open_empty = [], [], 0, 0
    for q in range(1, 5):
        name = f"Quý {ROMAN[q - 1]}"
        if by_quarter[q]:
            held += 1
            for m in by_quarter[q]:
                combined = " (kết hợp với thường kỳ)" if m.kind is MeetingKind.COMBINED else ""
                evidence.append(EvidenceItem(f"{name}: chuyên đề ngày {_meeting_label(m)}{combined}", True, m.id))
        elif facts.quarter_open(q):
            open_empty += 1
            evidence.append(EvidenceItem(f"{name}: chưa có, quý chưa kết thúc", True))
        else:
            missing.append(name)
            evidence.append(EvidenceItem(f"{name}: không có sinh hoạt chuyên đề", False))
    return Measure("quarters_with_thematic_session", held, 4, held + open_empty, 4, tuple(missing), tuple(evidence))


def _months_committee(facts: YearFacts, by_month: dict[int, list[MeetingFact]]) -> Measure:
    committee = [m for m in facts.meetings if m.kind is MeetingKind.COMMITTEE]
    committee_ids = {m.id for m in committee}
    evidence, missing, ok_months, open_empty = [], [], 0, 0
    for month in range(1, 13):
        branch = by_month.get(month, [])
        prep = None
        for meeting in branch:
            prep = next(
                (c for c in committee if c.id == meeting.prepared_by_id and meeting.prepared_by_id in committee_ids),
                None,
            ) or next(
                (c for c in committee if c.held_on.month == month and c.held_on <= meeting.held_on), None
            )
            if prep:
                break
        if prep:
            ok_months += 1
            evidence.append(EvidenceItem(f"Tháng {month}: chi ủy họp ngày {_meeting_label(prep)}", True, prep.id))
        elif facts.month_open(month):
            open_empty += 1
            evidence.append(EvidenceItem(f"Tháng {month}: chưa đến hạn", True))
        else:
            missing.append(f"Tháng {month}")
            evidence.append(EvidenceItem(f"Tháng {month}: chi ủy không họp trước sinh hoạt chi bộ", False))
    return Measure("months_committee_before_branch", ok_months, 12, ok_months + open_empty, 12,
                   tuple(missing), tuple(evidence))


def _attendance(regular: list[MeetingFact], open_slots: int, t: MeetingThresholds) -> Measure:
    rated = [m for m in regular if m.expected > 0]
    rates = [m.present / m.expected for m in rated]
    evidence, missing = [], []
    for m, rate in zip(rated, rates):
        ok = rate > t.min_attendance_rate
        label = f"{_meeting_label(m)}: {m.present}/{m.expected} có mặt ({percent(rate)})"
        evidence.append(EvidenceItem(label, ok, m.id))
        if not ok:
            missing.append(f"{dmy(m.held_on)} ({percent(rate)})")
    # Best still reachable: every meeting still to come with everyone present.
    return Measure("attendance_rate_average", sum(rates), len(rates), sum(rates) + open_slots,
                   len(rates) + open_slots, tuple(missing), tuple(evidence))


def _share_of_meetings(
    indicator: str,
    regular: list[MeetingFact],
    open_slots: int,
    passes: Callable[[MeetingFact], bool],
    label: Callable[[MeetingFact], str],
) -> Measure:
    evidence, missing, good = [], [], 0
    for m in regular:
        ok = passes(m)
        good += ok
        evidence.append(EvidenceItem(f"{_meeting_label(m)}: {label(m)}", ok, m.id))
        if not ok:
            missing.append(f"{dmy(m.held_on)} ({label(m)})")
    return Measure(indicator, good, len(regular), good + open_slots, len(regular) + open_slots,
                   tuple(missing), tuple(evidence))


_BAND_VI = {QualityBand.GOOD: "Tốt", QualityBand.FAIR: "Khá", QualityBand.AVERAGE: "Trung bình", QualityBand.POOR: "Kém"}


def _quality_label(m: MeetingFact) -> str:
    return _BAND_VI[m.quality_band] if m.quality_band else "chưa chấm chất lượng"


def _minimum(m: MeetingFact, t: MeetingThresholds) -> int:
    return t.min_duration_combined_minutes if m.kind is MeetingKind.COMBINED else t.min_duration_minutes


def _full_duration(m: MeetingFact, t: MeetingThresholds) -> bool:
    return m.duration_minutes is not None and m.duration_minutes >= _minimum(m, t)


def _duration_label(m: MeetingFact, t: MeetingThresholds) -> str:
    if m.duration_minutes is None:
        return "chưa ghi giờ bắt đầu, kết thúc"
    return f"{m.duration_minutes}/{_minimum(m, t)} phút"


def _task_evidence(facts: YearFacts) -> tuple[EvidenceItem, ...]:
    """Each month's review of the previous resolution's tasks (evidence only: the score of
    criterion 1.2 stays the annual targets'). At least half on time counts as a good month."""
    return tuple(
        EvidenceItem(f"Kiểm điểm nghị quyết tháng trước ngày {dmy(r.held_on)}: {r.on_time}/"
                     f"{r.reviewed} nhiệm vụ hoàn thành đúng hạn ({percent(r.on_time / r.reviewed)})",
                     r.on_time * 2 >= r.reviewed, r.meeting_id)
        for r in facts.task_reviews if r.reviewed)


def _targets(facts: YearFacts) -> Measure:
    met = sum(1 for t in facts.targets if t.met)
    evidence = tuple(
        EvidenceItem(
            f"{t.title}: kế hoạch {number(t.planned)}{' ' + t.unit if t.unit else ''}, "
            f"{'thực hiện ' + number(t.achieved) if t.achieved is not None else 'chưa nhập kết quả'}",
            t.met,
        )
        for t in facts.targets
    ) + _task_evidence(facts)
    missing = tuple(t.title for t in facts.targets if not t.met)
    total = len(facts.targets)
    if not total:
        # Targets can still be entered while the year runs: full marks stay reachable.
        best = 0 if facts.closed else 1
        return Measure("targets_met", 0, 0, best, best, (), _task_evidence(facts),
                       "chưa nhập chỉ tiêu của nghị quyết năm")
    best = met if facts.closed else total
    return Measure("targets_met", met, total, best, total, missing, evidence)


def _admissions(facts: YearFacts) -> Measure:
    admitted = sorted(facts.admissions, key=lambda a: a.admitted_on)
    evidence = tuple(EvidenceItem(f"{a.name}: kết nạp ngày {dmy(a.admitted_on)}", True, member_id=a.member_id)
                     for a in admitted)
    target = facts.admission_target
    n = len(admitted)
    if target is None:
        best = (0, 0) if facts.closed else (1, 1)
        return Measure("admissions_against_target", n, 0, best[0], best[1], (), evidence,
                       "chưa nhập chỉ tiêu kết nạp đảng viên của năm")
    best = n if facts.closed else max(n, target)
    missing = (f"còn thiếu {target - n} so với chỉ tiêu {target}",) if n < target else ()
    # A target of 0 asks for nothing: the ratio is full.
    return Measure("admissions_against_target", n, target, best, target, missing, evidence, empty_value=1.0)


def _discipline(facts: YearFacts, name_key: Callable[[str], tuple]) -> dict[str, Measure]:
    rows = sorted(facts.disciplines, key=lambda d: (name_key(d.name), d.decided_on))

    def measure(indicator: str, chosen: list) -> Measure:
        labels = tuple(
            f"{d.name} — {DISCIPLINE_TITLES_VI[d.form]}"
            f"{' (' + d.decision_number + ')' if d.decision_number else ''}, {dmy(d.decided_on)}"
            for d in chosen
        )
        evidence = tuple(EvidenceItem(label, False, member_id=d.member_id) for label, d in zip(labels, chosen))
        people = len({d.member_id for d in chosen})
        return Measure(indicator, people, None, people, None, labels, evidence)

    return {
        "members_disciplined": measure("members_disciplined", rows),
        "members_disciplined_prohibited_acts": measure(
            "members_disciplined_prohibited_acts", [d for d in rows if d.breaks_prohibitions]),
    }


_GOOD_RATINGS = frozenset({Rating.HTXSNV, Rating.HTTNV})


def _reviews(facts: YearFacts, name_key: Callable[[str], tuple]) -> dict[str, Measure]:
    """Evidence lists the members who lack something (in Vietnamese name order) and one summary
    line for the others: a list of 300 "has a commitment" lines helps nobody."""
    people = facts.reviewed
    n = len(people)

    def measure(indicator: str, ok: Callable, why: Callable, ok_text: str, name_why: bool) -> Measure:
        lacking = sorted((p for p in people if not ok(p)), key=lambda p: name_key(p.name))
        good = n - len(lacking)
        evidence = [EvidenceItem(f"{good}/{n} đảng viên {ok_text}", True)] if good else []
        evidence += [EvidenceItem(f"{p.name}: {why(p)}", False, member_id=p.member_id) for p in lacking]
        best = good if facts.closed else n  # reviews are written until the year's end
        missing = tuple(f"{p.name} ({why(p)})" if name_why else p.name for p in lacking)
        return Measure(indicator, good, n, best, n, missing, tuple(evidence))

    commitment = measure("reviewed_with_commitment", lambda p: p.has_commitment,
                         lambda p: "chưa có bản cam kết", "có bản cam kết", False)
    rated = measure("reviewed_rated_good_or_better", lambda p: p.final_rating in _GOOD_RATINGS,
                    lambda p: p.final_rating.value if p.final_rating else "chưa xếp loại",
                    "xếp loại HTTNV trở lên", True)
    failing = sorted((p for p in people if p.final_rating is Rating.KHTNV), key=lambda p: name_key(p.name))
    khtnv = Measure(
        "reviewed_rated_khtnv", len(failing), None, len(failing), None,
        tuple(p.name for p in failing),
        tuple(EvidenceItem(f"{p.name}: KHTNV", False, member_id=p.member_id) for p in failing),
    )
    return {"reviewed_with_commitment": commitment, "reviewed_rated_good_or_better": rated,
            "reviewed_rated_khtnv": khtnv}


def _dues(facts: YearFacts, name_key: Callable[[str], tuple]) -> dict[str, Measure]:
    """From the dues book (QĐ 01-QĐ/TW): members at the removal threshold (unpaid months without
    an accepted reason), and the share of members owing dues who paid every month that is over.
    Unpaid months can still be paid late while the year runs."""
    dues = facts.dues
    if dues is None:
        note = "chưa ghi sổ đảng phí trong phần mềm"
        best = (0, 0) if facts.closed else (1, 1)
        return {
            "members_dues_unpaid_to_removal": Measure("members_dues_unpaid_to_removal", 0, None, 0, None, (), (), note),
            "members_paid_dues_every_month": Measure("members_paid_dues_every_month", 0, 0, *best, (), (), note),
        }
    owing = sorted((m for m in dues.members if m.owed_months), key=lambda m: name_key(m.name))
    flagged = [m for m in owing if len(m.unpaid) >= dues.threshold]
    behind = [m for m in owing if m.unpaid]

    def months(m) -> str:  # noqa: ANN001 - a DuesFact
        return f"{m.name} (tháng {', '.join(m.unpaid)})"

    removal = Measure(
        "members_dues_unpaid_to_removal", len(flagged), None, len(flagged), None,
        tuple(months(m) for m in flagged),
        tuple(EvidenceItem(f"{months(m)}: {len(m.unpaid)} tháng không đóng, không có lý do", False,
                           member_id=m.member_id) for m in flagged))
    good = len(owing) - len(behind)
    evidence = [EvidenceItem(f"{good}/{len(owing)} đảng viên đóng đủ các tháng đã qua", True)] if good else []
    evidence += [EvidenceItem(f"{months(m)}: chưa đóng", False, member_id=m.member_id) for m in behind]
    best = good if facts.closed else len(owing)
    every = Measure("members_paid_dues_every_month", good, len(owing), best, len(owing),
                    tuple(months(m) for m in behind), tuple(evidence), empty_value=1.0)
    return {"members_dues_unpaid_to_removal": removal, "members_paid_dues_every_month": every}
