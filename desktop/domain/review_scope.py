"""Who the branch reviews and rates in a year (DOMAIN.md §7), and why the others are left out.

The decision is taken on one *reference date* of the year, 1 December by default, because the
annual review is held in December and the rules ask who is a member of the branch then:

- in the branch on the reference date → reviewed, with these notes:
  transferred in during the year → reviewed here (the previous branch's remarks are consulted);
  attached elsewhere → reviewed by the home branch (this one), with the other branch's remarks;
- admitted (kết nạp) fewer than 6 months before the reference date → not rated yet: too short
  a time as a member to assess (the next year's review covers it);
- exempt (miễn công tác và sinh hoạt) on the reference date → not reviewed, even if the
  exemption started mid-year ("exempt from June → not reviewed");
- suspended (đình chỉ sinh hoạt, prosecuted, detained) on the reference date → not reviewed;
- transferred out before the reference date → reviewed by the new branch;
- deceased, expelled or removed from the list before the reference date → not reviewed;
- admitted or transferred in after the reference date → reviewed next year.
Members who were never in the branch during the year do not appear at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.enums import SituationEventKind as K
from desktop.domain.situation import MemberFacts, Situation, Standing, Timeline, year_timeline
from desktop.wording import Text, say


class ScopeReason(StrEnum):
    REVIEWED = "reviewed"
    TRANSFERRED_IN = "transferred_in"  # reviewed here
    ATTACHED_ELSEWHERE = "attached_elsewhere"  # reviewed here
    NEW_MEMBER = "new_member"  # not reviewed
    EXEMPT = "exempt"
    SUSPENDED = "suspended"
    TRANSFERRED_OUT = "transferred_out"
    DECEASED = "deceased"
    EXPELLED = "expelled"
    REMOVED = "removed"  # xóa tên
    JOINS_LATER = "joins_later"


REVIEWED_REASONS = frozenset({ScopeReason.REVIEWED, ScopeReason.TRANSFERRED_IN, ScopeReason.ATTACHED_ELSEWHERE})

# One sentence per reason, for the CLI, documents and refusals (the UI has its own tr() strings).
REASON_TEXTS: dict[ScopeReason, Text] = {reason: say(f"reviews.scope_{reason.value}") for reason in ScopeReason}


@dataclass(frozen=True)
class ScopeRules:
    reference_month: int = 12
    reference_day: int = 1
    min_months_since_admission: int = 6

    def reference_date(self, year: int) -> date:
        return date(year, self.reference_month, self.reference_day)


@dataclass(frozen=True)
class ScopeDecision:
    member_id: int
    reason: ScopeReason
    situation: Situation  # on the reference date
    since: date | None = None  # the date that explains the reason (exempt from, transferred on…)

    @property
    def reviewed(self) -> bool:
        return self.reason in REVIEWED_REASONS


def _months_between(start: date, end: date) -> int:
    """Whole months from start to end: 1/6 → 1/12 is 6, 2/6 → 1/12 is 5."""
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months


def _last_event(facts: MemberFacts, kinds: frozenset[K], before: date) -> date | None:
    dates = [e.on for e in facts.events if e.kind in kinds and e.on <= before]
    return max(dates) if dates else None


_ADMITTED = frozenset({K.ADMITTED})
_TRANSFERRED_IN = frozenset({K.TRANSFERRED_IN})
_SINCE = {  # the event that explains a reason, by the reason
    ScopeReason.TRANSFERRED_OUT: frozenset({K.TRANSFERRED_OUT}),
    ScopeReason.DECEASED: frozenset({K.DECEASED}),
    ScopeReason.EXPELLED: frozenset({K.EXPELLED}),
    ScopeReason.REMOVED: frozenset({K.REMOVED}),
    ScopeReason.EXEMPT: frozenset({K.EXEMPT_FROM}),
    ScopeReason.SUSPENDED: frozenset({K.SUSPENDED_FROM}),
    ScopeReason.ATTACHED_ELSEWHERE: frozenset({K.ATTACHED_FROM}),
}
_LEFT_BY = {K.TRANSFERRED_OUT: ScopeReason.TRANSFERRED_OUT, K.DECEASED: ScopeReason.DECEASED,
            K.EXPELLED: ScopeReason.EXPELLED, K.REMOVED: ScopeReason.REMOVED}


def _admitted_on(facts: MemberFacts, before: date) -> date | None:
    return _last_event(facts, _ADMITTED, before) or facts.admitted_on


def decide(
    facts: MemberFacts, year: int, rules: ScopeRules = ScopeRules(), timeline: Timeline | None = None
) -> ScopeDecision | None:
    """The decision for one member, or None when they were not in the branch during the year.
    `timeline` is the member's `year_timeline`, if the caller has it already."""
    return _decide(facts, year, rules, rules.reference_date(year), timeline or year_timeline(facts, year))


def _decide(facts: MemberFacts, year: int, rules: ScopeRules, ref: date, days: Timeline) -> ScopeDecision | None:
    for s in days.situations:
        if s.in_branch:
            break
    else:
        return None
    sit = days.on(ref)
    reason, since = _reason(facts, year, rules, ref, sit)
    return ScopeDecision(facts.member_id, reason, sit, since)


def _reason(
    facts: MemberFacts, year: int, rules: ScopeRules, ref: date, sit: Situation
) -> tuple[ScopeReason, date | None]:
    if sit.standing is Standing.LEFT:
        reason = _LEFT_BY[sit.left_by]
    elif sit.standing is Standing.NOT_YET:
        return ScopeReason.JOINS_LATER, None
    elif sit.exempt:
        reason = ScopeReason.EXEMPT
    elif sit.suspended:
        reason = ScopeReason.SUSPENDED
    else:
        if sit.standing is Standing.PROBATIONARY:
            admitted = _admitted_on(facts, ref)
            if admitted is not None and _months_between(admitted, ref) < rules.min_months_since_admission:
                return ScopeReason.NEW_MEMBER, admitted
        transferred_in = _last_event(facts, _TRANSFERRED_IN, ref)
        if transferred_in is not None and transferred_in.year == year:
            return ScopeReason.TRANSFERRED_IN, transferred_in
        if not sit.attached_elsewhere:
            return ScopeReason.REVIEWED, None
        reason = ScopeReason.ATTACHED_ELSEWHERE
    return reason, _last_event(facts, _SINCE[reason], ref)


def review_scope(
    members: Iterable[MemberFacts], year: int, rules: ScopeRules = ScopeRules(),
    timelines: Mapping[int, Timeline] | None = None,
) -> dict[int, ScopeDecision]:
    """Every member who was in the branch during the year, reviewed or not, by member id.
    `timelines`: the members' `year_timeline`s, if the caller has them already."""
    ref = rules.reference_date(year)
    out: dict[int, ScopeDecision] = {}
    for facts in members:
        days = timelines[facts.member_id] if timelines is not None else year_timeline(facts, year)
        found = _decide(facts, year, rules, ref, days)
        if found is not None:
            out[facts.member_id] = found
    return out
