"""Probation to official membership (Điều lệ Đảng art. 5; DOMAIN.md §12).

A member is probationary for the rulebook's months from admission; when they end, the branch
votes on official recognition (only official members vote, with the base of `votes.py`, and the
rulebook's majority), then the superior committee decides. The member is official from the
probation's end or from the decision, as the rulebook says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.lifecycle_dates import add_months, add_working_days, dmy
from desktop.domain.lifecycle_rules import MembershipRules, OfficialFrom
from desktop.wording import Text, say


@dataclass(frozen=True)
class Finding:
    """A refusal (`blocking`) or a warning recorded with the data, naming the field."""

    field: str
    text: Text
    blocking: bool = True


def probation_end(admitted_on: date, rules: MembershipRules) -> date:
    return add_months(admitted_on, rules.probation_months)


def vote_deadline(admitted_on: date, rules: MembershipRules) -> date:
    return add_working_days(probation_end(admitted_on, rules), rules.recognition_within_working_days)


def reminder_step(days_left: int, steps: tuple[int, ...]) -> int | None:
    """The reminder step a date `days_left` away falls in: the smallest step not below it
    (45 days → the 60-day step); None when it is further than the largest step."""
    fitting = [s for s in steps if s >= days_left]
    return min(fitting) if fitting else None


def official_date(admitted_on: date, decided_on: date, rules: MembershipRules) -> date:
    if rules.official_from is OfficialFrom.DECISION:
        return decided_on
    return probation_end(admitted_on, rules)


def check_recognition(name: str, admitted_on: date | None, voted_on: date, votes_for: int,
                      votes_against: int, ceiling: int, today: date,
                      rules: MembershipRules) -> list[Finding]:
    """The branch's vote: refused before the probation ends or with impossible counts; a
    vote later than the rule's deadline is recorded with a warning (the charter allows it)."""
    if admitted_on is None:
        return [Finding("admitted_on", say("lifecycle.recognition_no_admission", name=name))]
    found: list[Finding] = []
    end = probation_end(admitted_on, rules)
    if voted_on > today:
        found.append(Finding("voted_on", say("lifecycle.date_in_future", name=name,
                                             field=say("lifecycle.field_voted_on"),
                                             day=dmy(voted_on))))
    if voted_on < end:
        found.append(Finding("voted_on", say(
            "lifecycle.recognition_too_early", name=name, day=dmy(voted_on),
            admitted=dmy(admitted_on), months=rules.probation_months, end=dmy(end))))
    if votes_for < 0 or votes_against < 0:
        found.append(Finding("votes_for", say("lifecycle.votes_negative", name=name)))
    elif votes_for + votes_against > ceiling:
        found.append(Finding("votes_for", say("lifecycle.votes_over_base", name=name,
                                              cast=votes_for + votes_against, ceiling=ceiling)))
    deadline = vote_deadline(admitted_on, rules)
    if not found and voted_on > deadline:
        found.append(Finding("voted_on", say(
            "lifecycle.recognition_late", name=name, day=dmy(voted_on), deadline=dmy(deadline),
            days=rules.recognition_within_working_days), blocking=False))
    return found


def check_decision(name: str, voted_on: date, decided_on: date, today: date) -> list[Finding]:
    if decided_on > today:
        return [Finding("decided_on", say("lifecycle.date_in_future", name=name,
                                          field=say("lifecycle.field_decided_on"),
                                          day=dmy(decided_on)))]
    if decided_on < voted_on:
        return [Finding("decided_on", say("lifecycle.decision_before_vote", name=name,
                                          decided=dmy(decided_on), voted=dmy(voted_on)))]
    return []
