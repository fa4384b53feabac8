"""The admission pipeline (Điều lệ Đảng art. 4; DOMAIN.md §12): a candidate (quần chúng ưu
tú) attends the party class, is introduced by two official members, the branch votes, the
superior committee decides, and the branch holds the admission ceremony — from that day the
candidate is a probationary member.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.lifecycle_dates import dmy
from desktop.domain.lifecycle_rules import Majority
from desktop.domain.probation import Finding
from desktop.wording import say


class CandidateStage(StrEnum):
    """In the pipeline's order; each stage is reached when its date is recorded."""

    PROPOSED = "proposed"  # proposed by the organisation they come from
    CLASS_DONE = "class_done"  # party class certificate received
    INTRODUCED = "introduced"  # two introducing members named
    VOTED = "voted"  # the branch voted for admission
    DECIDED = "decided"  # the superior committee decided
    ADMITTED = "admitted"  # ceremony held: a probationary member
    NOT_PASSED = "not_passed"  # the branch vote did not reach the majority


@dataclass(frozen=True)
class CandidateFacts:
    name: str
    birth_date: date | None
    proposed_on: date | None
    certificate_on: date | None
    introducers: tuple[int, ...]
    voted_on: date | None
    votes_for: int | None
    votes_against: int | None
    vote_base: int | None
    decided_on: date | None
    admitted_on: date | None


def vote_passed(c: CandidateFacts, majority: Majority) -> bool | None:
    if c.voted_on is None or c.votes_for is None or c.vote_base is None:
        return None
    return majority.passes(c.votes_for, c.vote_base)


def stage_of(c: CandidateFacts, majority: Majority) -> CandidateStage:
    if c.admitted_on:
        return CandidateStage.ADMITTED
    if c.decided_on:
        return CandidateStage.DECIDED
    passed = vote_passed(c, majority)
    if passed is False:
        return CandidateStage.NOT_PASSED
    if passed:
        return CandidateStage.VOTED
    if len(c.introducers) == 2 and c.certificate_on:
        return CandidateStage.INTRODUCED
    if c.certificate_on:
        return CandidateStage.CLASS_DONE
    return CandidateStage.PROPOSED


def check_candidate(c: CandidateFacts, majority: Majority, today: date,
                    official_introducers: set[int]) -> list[Finding]:
    """Every step needs the steps before it, in date order; nothing in the future."""
    found: list[Finding] = []
    name = c.name or "?"
    if not c.name:
        found.append(Finding("full_name", say("lifecycle.candidate_no_name")))
    dates = (("birth_date", "field_birth", c.birth_date), ("proposed_on", "field_proposed", c.proposed_on),
             ("certificate_on", "field_certificate", c.certificate_on),
             ("voted_on", "field_voted_on", c.voted_on), ("decided_on", "field_decided_on", c.decided_on),
             ("admitted_on", "field_admitted_on", c.admitted_on))
    for field, label, value in dates:
        if value is not None and value > today:
            found.append(Finding(field, say("lifecycle.date_in_future", name=name,
                                            field=say(f"lifecycle.{label}"), day=dmy(value))))
    if len(set(c.introducers)) != len(c.introducers) or len(c.introducers) > 2:
        found.append(Finding("introducers", say("lifecycle.introducers_two", name=name)))
    for member_id in c.introducers:
        if member_id not in official_introducers:
            found.append(Finding("introducers", say("lifecycle.introducer_not_official",
                                                    name=name, member_id=member_id)))
    if c.voted_on is not None:
        if not c.certificate_on or len(c.introducers) != 2:
            found.append(Finding("voted_on", say("lifecycle.vote_needs_class_and_introducers", name=name)))
        if c.votes_for is None or c.votes_against is None:
            found.append(Finding("votes_for", say("lifecycle.vote_counts_missing", name=name)))
        elif c.votes_for < 0 or c.votes_against < 0:
            found.append(Finding("votes_for", say("lifecycle.votes_negative", name=name)))
        elif c.vote_base is not None and c.votes_for + c.votes_against > c.vote_base:
            found.append(Finding("votes_for", say("lifecycle.votes_over_base", name=name,
                                                  cast=c.votes_for + c.votes_against,
                                                  ceiling=c.vote_base)))
        if c.certificate_on and c.voted_on < c.certificate_on:
            found.append(Finding("voted_on", say("lifecycle.vote_before_certificate", name=name,
                                                 voted=dmy(c.voted_on), certificate=dmy(c.certificate_on))))
    if c.decided_on is not None:
        if c.voted_on is None or vote_passed(c, majority) is not True:
            found.append(Finding("decided_on", say("lifecycle.decision_needs_vote", name=name,
                                                   words=majority.words())))
        elif c.decided_on < c.voted_on:
            found.append(Finding("decided_on", say("lifecycle.decision_before_vote", name=name,
                                                   decided=dmy(c.decided_on), voted=dmy(c.voted_on))))
    if c.admitted_on is not None:
        if c.certificate_on is None:
            found.append(Finding("certificate_on", say("lifecycle.admission_needs_certificate", name=name)))
        elif c.admitted_on < c.certificate_on:
            found.append(Finding("admitted_on", say("lifecycle.admission_before_certificate", name=name,
                                                    admitted=dmy(c.admitted_on),
                                                    certificate=dmy(c.certificate_on))))
        if c.decided_on is None:
            found.append(Finding("decided_on", say("lifecycle.admission_needs_decision", name=name)))
        elif c.admitted_on < c.decided_on:
            found.append(Finding("admitted_on", say("lifecycle.admission_before_decision", name=name,
                                                    admitted=dmy(c.admitted_on), decided=dmy(c.decided_on))))
        if c.birth_date and c.admitted_on.year - c.birth_date.year - (
                (c.admitted_on.month, c.admitted_on.day) < (c.birth_date.month, c.birth_date.day)) < 18:
            found.append(Finding("birth_date", say("lifecycle.admission_under_18", name=name)))
    if c.proposed_on and c.certificate_on and c.certificate_on < c.proposed_on:
        found.append(Finding("certificate_on", say("lifecycle.certificate_before_proposal", name=name,
                                                   certificate=dmy(c.certificate_on),
                                                   proposed=dmy(c.proposed_on))))
    return found
