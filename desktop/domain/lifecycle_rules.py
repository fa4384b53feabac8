"""The rules of a member's life in the branch, as rulebook data (DOMAIN.md §12): the majority a
branch vote on admission or official recognition needs, the probation's length, how soon
reminders and deadlines come, and the party badge milestones with their ceremony dates.

They are read from the rulebook's `[membership]` table; each value carries the table's `source`
(what the charter and its implementing rules say, and how sure that reading is), never a
constant in code. A rulebook without the table takes the shipped sample's (see the service).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from desktop.domain.rulebook_parts import MAX_SOURCE_TEXT, Reader
from desktop.wording import Text, say

# Bounds of the [membership] numbers: generous beyond any real rule, so a typo (or a hostile
# file) is refused instead of pushing dates centuries away.
MAX_PROBATION_MONTHS = 36  # the charter says 12
MAX_WORKING_DAYS = 120  # deadlines in working days: the rules say 30
MAX_DAYS = 3660  # windows and reminders in calendar days: ten years
MAX_REVIEW_MONTHS = 60  # an exemption reviewed at least every five years


class OfficialFrom(StrEnum):
    """The date a recognised member is official from."""

    PROBATION_END = "probation_end"  # QĐ 29/24-QĐ/TW: at the end of the 12 months, even if late
    DECISION = "decision"  # the superior committee's decision date


@dataclass(frozen=True)
class Majority:
    """At least numerator/denominator of the voting base (e.g. two thirds)."""

    numerator: int
    denominator: int

    def passes(self, votes_for: int, base: int) -> bool:
        return base > 0 and votes_for * self.denominator >= self.numerator * base

    def needed(self, base: int) -> int:
        """The fewest votes for that pass on this base (0 for an empty base)."""
        if base <= 0:
            return 0
        return -(-self.numerator * base // self.denominator)

    def words(self) -> Text:
        named = {(2, 3): "two_thirds", (1, 2): "half", (3, 4): "three_quarters"}
        name = named.get((self.numerator, self.denominator))
        if name is None:
            return say("rulebook_check.majority_fraction", numerator=self.numerator,
                       denominator=self.denominator)
        return say(f"rulebook_check.majority_{name}")


@dataclass(frozen=True)
class BadgeRules:
    milestones: tuple[int, ...]  # years of party age
    ceremony_dates: tuple[tuple[int, int], ...]  # (month, day), in the year's order
    proposal_lead_days: int  # the list goes to the superior committee this long before
    source: str

    def ceremonies_in(self, year: int) -> list[date]:
        return [date(year, m, d) for m, d in self.ceremony_dates]

    def ceremony_on_or_after(self, day: date) -> date:
        for year in (day.year, day.year + 1):
            for ceremony in self.ceremonies_in(year):
                if ceremony >= day:
                    return ceremony
        raise ValueError("no ceremony date")  # unreachable with at least one ceremony date


@dataclass(frozen=True)
class MembershipRules:
    probation_months: int
    admission_majority: Majority
    recognition_majority: Majority
    recognition_within_working_days: int  # the branch votes within this after the probation
    official_from: OfficialFrom
    ceremony_within_working_days: int  # the admission ceremony after the superior's decision
    transfer_report_days: int  # a transferred member reports to the new organisation within
    exemption_review_months: int
    reminder_steps: tuple[int, ...]  # days before the probation ends, largest first
    due_window_days: int
    source: str
    badges: BadgeRules


def read_membership(r: Reader, raw: Any) -> MembershipRules | None:
    """The `[membership]` table, or None when the rulebook has none."""
    if raw is None:
        return None
    path = "membership"
    if not isinstance(raw, Mapping):
        r.problem(path, say("rulebook_check.not_table"))
        return None
    source = r.text(raw, "source", path, limit=MAX_SOURCE_TEXT)
    months = _positive(r, raw, "probation_months", path, MAX_PROBATION_MONTHS)
    admission = _majority(r, raw.get("admission_majority"), f"{path}.admission_majority")
    recognition = _majority(r, raw.get("recognition_majority"), f"{path}.recognition_majority")
    within = _positive(r, raw, "recognition_within_working_days", path, MAX_WORKING_DAYS)
    official_text = r.text(raw, "official_from", path)
    if official_text and official_text not in {o.value for o in OfficialFrom}:
        r.problem(f"{path}.official_from",
                  say("rulebook_check.official_from", value=official_text))
    ceremony = _positive(r, raw, "ceremony_within_working_days", path, MAX_WORKING_DAYS)
    report = _positive(r, raw, "transfer_report_days", path, MAX_DAYS)
    exemption = _positive(r, raw, "exemption_review_months", path, MAX_REVIEW_MONTHS)
    steps = _days_list(r, raw.get("reminder_steps"), f"{path}.reminder_steps")
    window = _positive(r, raw, "due_window_days", path, MAX_DAYS)
    badges = _badges(r, raw.get("badges"), f"{path}.badges")
    official = OfficialFrom(official_text) if official_text in {o.value for o in OfficialFrom} \
        else OfficialFrom.PROBATION_END
    return MembershipRules(months, admission, recognition, within, official, ceremony, report,
                           exemption, steps, window, source, badges)


def _positive(r: Reader, raw: Mapping[str, Any], key: str, path: str, high: int) -> int:
    value = r.integer(raw, key, path, high=high)
    if value is not None and value <= 0:
        r.problem(f"{path}.{key}", say("rulebook_check.not_positive", value=value))
    return value or 1


def _majority(r: Reader, raw: Any, path: str) -> Majority:
    if not isinstance(raw, Mapping):
        r.problem(path, say("rulebook_check.majority_not_table"))
        return Majority(2, 3)
    num, den = r.integer(raw, "numerator", path), r.integer(raw, "denominator", path)
    if num is None or den is None:
        return Majority(2, 3)
    if not 0 < num <= den:
        r.problem(path, say("rulebook_check.majority_range", numerator=num, denominator=den))
        return Majority(2, 3)
    return Majority(num, den)


def _days_list(r: Reader, raw: Any, path: str) -> tuple[int, ...]:
    if not isinstance(raw, list) or not raw or not all(
            isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in raw):
        r.problem(path, say("rulebook_check.days_list"))
        return (90, 60, 30, 15, 7)
    return tuple(sorted(set(raw), reverse=True))


def _badges(r: Reader, raw: Any, path: str) -> BadgeRules:
    if not isinstance(raw, Mapping):
        r.problem(path, say("rulebook_check.missing_table", table="membership.badges"))
        return BadgeRules((30,), ((2, 3),), 60, "")
    milestones = raw.get("milestones")
    if not isinstance(milestones, list) or not milestones or not all(
            isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in milestones):
        r.problem(f"{path}.milestones", say("rulebook_check.milestones_list"))
        milestones = [30]
    dates: list[tuple[int, int]] = []
    raw_dates = raw.get("ceremony_dates")
    if not isinstance(raw_dates, list) or not raw_dates:
        r.problem(f"{path}.ceremony_dates", say("rulebook_check.no_ceremony_dates"))
    else:
        for k, text in enumerate(raw_dates):
            try:
                month, day = (int(p) for p in str(text).split("-"))
                date(2024, month, day)  # a leap year: 29 February is a real day
            except ValueError:
                r.problem(f"{path}.ceremony_dates[{k}]", say("rulebook_check.not_month_day", value=text))
                continue
            dates.append((month, day))
    lead = r.integer(raw, "proposal_lead_days", path, low=0, high=MAX_DAYS)
    if lead is not None and lead < 0:
        r.problem(f"{path}.proposal_lead_days", say("rulebook_check.negative", value=lead))
    source = r.text(raw, "source", path, limit=MAX_SOURCE_TEXT)
    return BadgeRules(tuple(sorted(set(milestones))), tuple(sorted(set(dates))) or ((2, 3),),
                      max(0, lead or 0), source)
