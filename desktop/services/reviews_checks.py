"""Checks on review input, with messages naming the member, the field and the value."""

from __future__ import annotations

import unicodedata
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import Rating, ReviewStep
from desktop.domain.numbers import number
from desktop.domain.rating import best_allowed, is_worse
from desktop.domain.review_scope import (
    REASON_TEXTS,
    ScopeDecision,
    ScopeRules,
    decide,
)
from desktop.domain.situation import Event, MemberFacts
from desktop.services.errors import NotFound, UserError
from desktop.services.reviews_load import load_disciplines
from desktop.services.year_lock import require_year_open
from desktop.store.models import Member, SituationEvent
from desktop.wording import Text, say

STEP_TITLES: dict[ReviewStep, Text] = {step: say(f"reviews.step_{step.value}") for step in ReviewStep}


def clean_text(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "").strip()


def member_or_fail(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound(say("reviews.no_member", member_id=member_id), field="member_id")
    return member


def member_scope(session: Session, member: Member, year: int) -> ScopeDecision | None:
    events = tuple(
        Event(kind, on)
        for kind, on in session.execute(
            select(SituationEvent.kind, SituationEvent.on).where(
                SituationEvent.member_id == member.id
            )
        )
    )
    facts = MemberFacts(member.id, member.admitted_on, member.official_on, events)
    return decide(facts, year, ScopeRules())


def require_in_year(session: Session, member: Member, year: int) -> ScopeDecision:
    decision = member_scope(session, member, year)
    if decision is None:
        raise UserError(say("reviews.not_in_branch", name=member.full_name, year=year), field="member_id")
    return decision


def require_reviewed(session: Session, member: Member, year: int) -> None:
    decision = require_in_year(session, member, year)
    if not decision.reviewed:
        raise UserError(say("reviews.not_reviewed", name=member.full_name, year=year,
                            reason=REASON_TEXTS[decision.reason]), field="member_id")


def require_unlocked(session: Session, year: int) -> None:
    require_year_open(session, year, say("reviews.what_locked"))


def require_allowed(session: Session, member: Member, year: int, step: ReviewStep,
                    rating: Rating) -> None:
    """A member disciplined in the year can never be rated above KHTNV, at any step."""
    decisions = load_disciplines(session, year, member.id)
    if decisions and is_worse(best_allowed(True), rating):
        d = decisions[0]
        raise UserError(say("reviews.disciplined_cap", name=member.full_name, discipline=d.describe(),
                            year=year, step=STEP_TITLES[step], rating=rating.value), field="rating")


def check_score(value: float | None, label: Text, field: str) -> float | None:
    if value is None:
        return None
    if not 0 <= value <= 100:
        raise UserError(say("reviews.score_range", label=label, value=number(value)), field=field)
    return float(value)


def check_votes(step: ReviewStep, votes: dict[str, int | None]) -> None:
    labels = {key: say(f"reviews.{key}") for key in ("votes_for", "votes_against", "abstentions")}
    for key, value in votes.items():
        if value is None:
            continue
        if step is ReviewStep.SELF:
            raise UserError(say("reviews.self_has_no_vote"), field=key)
        if value < 0:
            raise UserError(say("reviews.votes_negative", label=labels[key], value=value), field=key)


def check_step_date(day: date | None, year: int, field: str = "decided_on") -> None:
    """Ratings are decided from the year itself to the end of the next (superiors decide late)."""
    if day is None:
        return
    if not date(year, 1, 1) <= day <= date(year + 1, 12, 31):
        raise UserError(say("reviews.date_outside", date=day.strftime("%d/%m/%Y"), year=year,
                            next=year + 1), field=field)
