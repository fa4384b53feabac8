"""Load one year of the review inside a caller's session: few queries, each filtered by year.

`load_year_review(session, year, rules)` is also what the evaluation (criterion 4, veto 3.3)
reads, so both screens count the same members and the same ratings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.collation import name_sort_key
from desktop.domain.rating import STEP_ORDER, RatingRules, rating_for, summarise
from desktop.domain.review_scope import ScopeRules, review_scope
from desktop.services.member_facts import load_member_facts
from desktop.services.reviews_model import (
    DisciplineEntry,
    ExcludedRow,
    ReviewRow,
    StepEntry,
    YearReview,
    situation_code,
)
from desktop.store.models import Commitment, Discipline, Member, RatingStep, SelfReview


def load_disciplines(session: Session, year: int | None = None, member_id: int | None = None):
    query = select(Discipline, Member.full_name).join(Member, Member.id == Discipline.member_id)
    if year is not None:
        query = query.where(Discipline.decided_on.between(date(year, 1, 1), date(year, 12, 31)))
    if member_id is not None:
        query = query.where(Discipline.member_id == member_id)
    rows = session.execute(query.order_by(Discipline.decided_on, Discipline.id)).all()
    return tuple(
        DisciplineEntry(
            d.id, d.member_id, name, d.form, d.decision_number, d.decided_on, d.issuing_body,
            d.reason, d.breaks_prohibitions,
        )
        for d, name in rows
    )


def _steps_by_member(session: Session, year: int) -> dict[int, list[StepEntry]]:
    out: dict[int, list[StepEntry]] = defaultdict(list)
    for s in session.scalars(select(RatingStep).where(RatingStep.year == year)):
        out[s.member_id].append(
            StepEntry(s.step, s.rating, s.score, s.decided_on, s.votes_for, s.votes_against,
                      s.abstentions, s.note)
        )
    return out


def load_year_review(
    session: Session,
    year: int,
    rules: RatingRules = RatingRules(),
    scope_rules: ScopeRules = ScopeRules(),
    name_key: Callable[[str], tuple] = name_sort_key,
    only_member: int | None = None,
) -> YearReview:
    """`name_key`: the service's memo of `name_sort_key` (collating 1,500 names is ~0.1 s).
    `only_member`: only that member's row (each member's scope is decided on their own history;
    the summary then counts that row only)."""
    facts = load_member_facts(session)
    if only_member is not None:
        facts = [f for f in facts if f.member_id == only_member]
    scope = review_scope(facts, year, scope_rules)
    names = dict(session.execute(select(Member.id, Member.full_name)).all())
    commitments = {
        c.member_id: c for c in session.scalars(select(Commitment).where(Commitment.year == year))
    }
    reviews = {
        r.member_id: r for r in session.scalars(select(SelfReview).where(SelfReview.year == year))
    }
    steps = _steps_by_member(session, year)
    disciplines = load_disciplines(session, year)
    by_member: dict[int, list[DisciplineEntry]] = defaultdict(list)
    for d in disciplines:
        by_member[d.member_id].append(d)

    rows: list[ReviewRow] = []
    excluded: list[ExcludedRow] = []
    for member_id, decision in scope.items():
        name = names[member_id]
        situation = situation_code(decision.situation)
        if not decision.reviewed:
            excluded.append(ExcludedRow(member_id, name, situation, decision.reason, decision.since))
            continue
        commitment, review = commitments.get(member_id), reviews.get(member_id)
        disciplined = bool(by_member.get(member_id))
        proposed = None
        if review is not None and review.self_score is not None:
            proposed = rating_for(
                review.self_score, review.tasks_exceeded_pct, disciplined=disciplined, rules=rules
            )
        rows.append(
            ReviewRow(
                member_id=member_id,
                full_name=name,
                situation=situation,
                reason=decision.reason,
                since=decision.since,
                commitment_signed_on=commitment.signed_on if commitment else None,
                has_commitment=commitment is not None,
                has_self_review=review is not None,
                self_score=review.self_score if review else None,
                tasks_exceeded_pct=review.tasks_exceeded_pct if review else None,
                proposed_rating=proposed,
                steps=tuple(sorted(steps.get(member_id, ()), key=lambda s: STEP_ORDER.index(s.step))),
                disciplines=tuple(by_member.get(member_id, ())),
            )
        )
    rows.sort(key=lambda r: name_key(r.full_name))
    excluded.sort(key=lambda r: name_key(r.full_name))
    return YearReview(
        year=year,
        reference_date=scope_rules.reference_date(year),
        rules=rules,
        rows=tuple(rows),
        excluded=tuple(excluded),
        summary=summarise((r.final_rating for r in rows), rules),
        disciplines=disciplines,
    )
