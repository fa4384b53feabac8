"""Parts of a rulebook besides the criteria: the meeting quality sheet and its bands (§6), the
attendance and duration thresholds (§5) and the rating bands with the HTXSNV cap (§7); plus the
small reader that collects problems with their key paths while a rulebook dict is parsed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain.quality import COMPUTED, DEFAULT_ITEMS, QualityItemRule
from desktop.domain.rating import RatingRules
from desktop.wording import Text, say

# Bounds of every number and list a rulebook gives. The evaluation, its PDF and the signed
# package take these numbers as they are, so `inf`, `nan` or 1e308 must stop here, named with
# the file and key, before anything is stored (issue 14).
MAX_POINTS = 100.0  # one component, band or quality item: the sheets are on 100-point scales
MAX_TOTAL_POINTS = 1000.0  # a whole rulebook or quality sheet: 4–5 criteria of ≤ 100, 2× margin
MAX_COUNT = 10_000  # a band's minimum on a count (a branch has tens of members, a ward hundreds)
MAX_MINUTES = 600  # a meeting's required duration: a working day
MAX_ABSENCE_RUN = 24  # consecutive absences: two years of monthly meetings
MAX_PERCENT = 100.0
MAX_CRITERIA = 20  # criterion numbers 1..20; real rulebooks have 4 or 5
MAX_COMPONENTS = 50  # per criterion, and quality items, vetoes, bands: real ones have < 15
MAX_TEXT = 1000  # characters of a name, title or code: a title is one sentence
MAX_DOC_DAYS = 60  # documents sent / posted: a rule in days, never months
MAX_SOURCE_TEXT = 4000  # a `source` note quoting several documents, article by article
_LOOSE = 1e9  # how far a value may stray when a sharper check of the caller words the fault


class Reader:
    """Reads typed values out of nested dicts, recording (key path, problem)."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, Text]] = []

    def problem(self, path: str, text: Text) -> None:
        self.problems.append((path, text))

    def table(self, data: Any, key: str, path: str) -> Mapping[str, Any]:
        value = data.get(key) if isinstance(data, Mapping) else None
        if not isinstance(value, Mapping):
            self.problem(path, say("rulebook_check.missing_table", table=key))
            return {}
        return value

    def text(self, data: Mapping[str, Any], key: str, path: str, *, required: bool = True,
             limit: int = MAX_TEXT) -> str:
        value = data.get(key) if isinstance(data, Mapping) else None
        if value is None:
            if required:
                self.problem(f"{path}.{key}", say("rulebook_check.required"))
            return ""
        if not isinstance(value, str):
            self.problem(f"{path}.{key}", say("rulebook_check.not_text", value=repr(value)))
            return ""
        if len(value) > limit:
            self.problem(f"{path}.{key}", say("rulebook.text_too_long", limit=limit, length=len(value)))
            return ""
        if required and not value.strip():
            self.problem(f"{path}.{key}", say("rulebook_check.empty"))
        return value.strip()

    def number(
        self, data: Mapping[str, Any], key: str, path: str, *, default: float | None = None,
        low: float = 0.0, high: float = MAX_POINTS, sharper: str = "",
    ) -> float | None:
        """A finite number within [low, high]; a problem (and `default`) otherwise.

        `sharper` ("low", "high" or "both") leaves a finite value beyond that side to the
        caller's own check, whose message says more (a threshold of 90 meant as 0.9)."""
        value = data.get(key) if isinstance(data, Mapping) else None
        if value is None:
            if default is None:
                self.problem(f"{path}.{key}", say("rulebook_check.required"))
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.problem(f"{path}.{key}", say("rulebook_check.not_number", value=repr(value)))
            return default
        floor = -_LOOSE if sharper in ("low", "both") else low
        ceiling = _LOOSE if sharper in ("high", "both") else high
        if not bounded(value, floor, ceiling):
            self.problem(f"{path}.{key}", out_of_bounds(value, low, high))
            return default
        return float(value)

    def integer(self, data: Mapping[str, Any], key: str, path: str, *, low: int = 1,
                high: int = MAX_CRITERIA) -> int | None:
        value = data.get(key) if isinstance(data, Mapping) else None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(f"{path}.{key}", say("rulebook_check.not_integer"))
            return None
        if not low <= value <= high:
            self.problem(f"{path}.{key}", out_of_bounds(value, low, high))
            return None
        return value

    def items(self, data: Mapping[str, Any], key: str, path: str, *, required: bool = False,
              limit: int = MAX_COMPONENTS) -> list[Any]:
        """A list of at most `limit` entries (an absent one is empty)."""
        value = data.get(key) if isinstance(data, Mapping) else None
        if value is None and not required:
            return []
        if not isinstance(value, list):
            self.problem(f"{path}.{key}", say("rulebook_check.not_list"))
            return []
        if len(value) > limit:
            self.problem(f"{path}.{key}", say("rulebook.too_many", limit=limit, count=len(value)))
            return value[:limit]
        return value

    def date(self, data: Mapping[str, Any], key: str, path: str) -> date:
        value = data.get(key) if isinstance(data, Mapping) else None
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(f"{path}.{key}", say("rulebook_check.not_date", value=repr(value)))
        return date(1970, 1, 1)


def bounded(value: float, low: float, high: float) -> bool:
    """True for a finite number within [low, high]; `inf`, `nan` and integers too large for a
    float (TOML allows any size) are not."""
    if isinstance(value, int):
        return low <= value <= high
    return math.isfinite(value) and low <= value <= high


def out_of_bounds(value: float, low: float, high: float) -> Text:
    if isinstance(value, float) and not math.isfinite(value):
        return say("rulebook.not_finite", value=value, low=_shown(low), high=_shown(high))
    # An integer too large for a float (or for str(): over 4,300 digits) is shown by its size.
    shown = value if isinstance(value, float) or abs(value) < 10**15 else f"≈10^{int(value.bit_length() * 0.30103)}"
    return say("rulebook.out_of_range", value=shown, low=_shown(low), high=_shown(high))


def _shown(bound: float) -> str:
    return f"{bound:g}"


@dataclass(frozen=True)
class QualitySheet:
    """The meeting quality sheet (DOMAIN.md §6 sample by default) and its bands.

    Items use the codes of `desktop.domain.quality` (QualityItem rows are stored by code); the
    computed ones are duration, attendance, speakers, documents_sent and documents_posted, and any line whose source is "tasks"
    (the review of last month's tasks).
    """

    items: tuple[QualityItemRule, ...] = DEFAULT_ITEMS
    good_min: float = 90
    fair_min: float = 70
    average_min: float = 50
    good_requires_full: tuple[str, ...] = ("duration", "attendance", "speakers", "minutes")
    attendance_bands: tuple[tuple[float, float], ...] = ((0.90, 4), (0.75, 3), (0.65, 2))
    speakers_full_share: float = 0.5
    speakers_partial_share: float = 0.3
    documents_sent_days_before: int = 1  # documents sent at least this many days before
    documents_posted_within_days: int = 2  # finished documents posted within this many days

    @property
    def total(self) -> float:
        return sum(i.max_points for i in self.items)


@dataclass(frozen=True)
class MeetingThresholds:
    """§5 and HD 42-HD/BTCTW: attendance strictly above 85%, 90 / 120 minutes, 3 in a row."""

    min_attendance_rate: float = 0.85
    min_duration_minutes: int = 90
    min_duration_combined_minutes: int = 120
    max_consecutive_absences: int = 3


def read_quality_sheet(r: Reader, raw: Any) -> QualitySheet:
    if raw is None:
        return QualitySheet()
    if not isinstance(raw, Mapping):
        r.problem("meeting_quality", say("rulebook_check.not_table"))
        return QualitySheet()
    items: list[QualityItemRule] = []
    for i, item in enumerate(r.items(raw, "items", "meeting_quality")):
        path = f"meeting_quality.items[{i}]"
        code = r.text(item, "code", path)
        source = r.text(item, "source", path)
        if source == "auto" and code not in COMPUTED:
            r.problem(f"{path}.source", say("rulebook_check.not_computed", computed=", ".join(COMPUTED), code=code))
        maximum = r.number(item, "max", path) or 0.0
        group = r.text(item, "group", path, required=False) or code
        items.append(QualityItemRule(code, r.text(item, "title", path), maximum, group,
                                     from_tasks=source == "tasks"))
    bands = raw.get("bands", {}) if isinstance(raw.get("bands", {}), Mapping) else {}
    good = r.number(bands, "good", "meeting_quality.bands", default=90.0, high=MAX_TOTAL_POINTS)
    fair = r.number(bands, "fair", "meeting_quality.bands", default=70.0, high=MAX_TOTAL_POINTS)
    average = r.number(bands, "average", "meeting_quality.bands", default=50.0, high=MAX_TOTAL_POINTS)
    if not (0 <= average <= fair <= good):
        r.problem("meeting_quality.bands", say("rulebook_check.bands_order", average=average, fair=fair, good=good))
    default = QualitySheet()
    att_bands = default.attendance_bands
    if raw.get("attendance_bands") is not None:
        att_bands = tuple(
            (r.number(b, "min", f"meeting_quality.attendance_bands[{k}]", high=1.0) or 0.0,
             r.number(b, "points", f"meeting_quality.attendance_bands[{k}]") or 0.0)
            for k, b in enumerate(r.items(raw, "attendance_bands", "meeting_quality"))
        )
    full = r.items(raw, "good_requires_full", "meeting_quality") if "good_requires_full" in raw else None
    sheet = QualitySheet(
        tuple(items) or DEFAULT_ITEMS, good, fair, average,
        default.good_requires_full if full is None else tuple(str(code) for code in full),
        tuple(sorted(att_bands, key=lambda b: -b[0])),
        r.number(raw, "speakers_full_share", "meeting_quality", default=0.5, high=1.0),
        r.number(raw, "speakers_partial_share", "meeting_quality", default=0.3, high=1.0),
        int(r.number(raw, "documents_sent_days_before", "meeting_quality", default=1, high=MAX_DOC_DAYS)),
        int(r.number(raw, "documents_posted_within_days", "meeting_quality", default=2, high=MAX_DOC_DAYS)),
    )
    codes = [i.code for i in sheet.items]
    for code in sorted({c for c in codes if codes.count(c) > 1}):
        r.problem("meeting_quality.items", say("rulebook_check.code_repeated", code=code))
    for code in sheet.good_requires_full:
        if code not in codes:
            r.problem("meeting_quality.good_requires_full", say("rulebook_check.no_quality_item", code=code))
    if sheet.total > MAX_TOTAL_POINTS:
        r.problem("meeting_quality.items", say("rulebook.total_too_large", total=f"{sheet.total:g}",
                                               limit=f"{MAX_TOTAL_POINTS:g}"))
    if sheet.total > 0 and good > sheet.total:
        r.problem("meeting_quality.bands.good", say("rulebook_check.good_over_total", good=good, total=sheet.total))
    return sheet


def read_thresholds(r: Reader, raw: Any) -> MeetingThresholds:
    if raw is None:
        return MeetingThresholds()
    path = "meeting_thresholds"
    rate = r.number(raw, "min_attendance_rate", path, default=0.85, high=1.0, sharper="both")
    if not 0 < rate <= 1:
        r.problem(f"{path}.min_attendance_rate", say("rulebook_check.rate_range", value=rate))
    minutes = r.number(raw, "min_duration_minutes", path, default=90, high=MAX_MINUTES)
    combined = r.number(raw, "min_duration_combined_minutes", path, default=120, high=MAX_MINUTES)
    if combined < minutes:
        r.problem(f"{path}.min_duration_combined_minutes", say("rulebook_check.combined_shorter"))
    run = r.number(raw, "max_consecutive_absences", path, default=3, high=MAX_ABSENCE_RUN)
    if run < 1:
        r.problem(f"{path}.max_consecutive_absences", say("rulebook_check.at_least_one"))
    return MeetingThresholds(rate, int(minutes), int(combined), int(run))


def read_rating(r: Reader, raw: Any) -> RatingRules:
    if raw is None:
        return RatingRules()
    if not isinstance(raw, Mapping):
        r.problem("rating", say("rulebook_check.not_table"))
        return RatingRules()
    path = "rating"
    excellent = r.number(raw, "excellent_min_score", path, default=90)
    tasks = r.number(raw, "excellent_min_tasks_exceeded_pct", path, default=30, high=MAX_PERCENT)
    good = r.number(raw, "good_min_score", path, default=70)
    passing = r.number(raw, "pass_min_score", path, default=50)
    cap = r.number(raw, "excellent_cap_pct_of_good", path, default=20.0, high=MAX_PERCENT)
    if raw.get("cap_enabled", True) is False:
        cap = None
    try:
        return RatingRules(excellent, tasks, good, passing, cap)
    except ValueError:
        r.problem(path, say("rulebook_check.rating_order", passing=passing, good=good, excellent=excellent))
        return RatingRules()
