"""The annual member review: commitments, self-reviews and the four rating steps (DOMAIN.md §7).

Each public method is one user action in one transaction and returns frozen data or a
ChangeNotice. Rating thresholds come from `rules_for_year(year)`: by default the rating bands of
the year's rulebook (`evaluation_load.rating_rules_for`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from desktop.clock import Clock
from desktop.documents.kit import PageSetup
from desktop.documents.rating_summary import rating_summary_pdf
from desktop.domain.enums import Rating, ReviewStep
from desktop.domain.rating import RatingRules, rating_for
from desktop.domain.review_forms import COMMITMENT_CODES, SELF_REVIEW_CODES
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import UserError
from desktop.services.evaluation_load import rating_rules_for
from desktop.services.name_keys import NameKeys
from desktop.services.reviews_checks import (
    check_score,
    check_step_date,
    check_votes,
    clean_text,
    member_or_fail,
    require_allowed,
    require_in_year,
    require_reviewed,
    require_unlocked,
)
from desktop.services.reviews_load import load_disciplines, load_year_review
from desktop.services.reviews_model import MemberReview, YearReview
from desktop.services.reviews_report import rating_summary_data
from desktop.wording import Text, say
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Commitment, RatingStep, SelfReview


@dataclass(frozen=True)
class CommitmentDraft:
    member_id: int
    year: int
    signed_on: date | None
    sections: dict[str, str] = field(default_factory=dict)  # standard code -> text


@dataclass(frozen=True)
class SelfReviewDraft:
    member_id: int
    year: int
    written_on: date | None
    sections: dict[str, str] = field(default_factory=dict)  # Mẫu 2C section code -> text
    self_score: float | None = None
    tasks_exceeded_pct: float | None = None
    # What the member proposes; it may differ from what the rules give to the score.
    self_rating: Rating | None = None


@dataclass(frozen=True)
class StepDraft:
    member_id: int
    year: int
    step: ReviewStep
    rating: Rating
    decided_on: date | None = None
    score: float | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    note: str = ""


def _sections(given: dict[str, str], allowed: frozenset[str], what: Text) -> dict[str, str]:
    unknown = sorted(set(given) - allowed)
    if unknown:
        raise UserError(say("reviews.unknown_sections", form=what, codes=", ".join(unknown)), field="sections")
    return {code: clean_text(text) for code, text in given.items() if clean_text(text)}


class ReviewService:
    def __init__(self, db: Database, rules_for_year: Callable[[int], RatingRules] | None = None,
                 *, clock: Clock):
        self._db = db
        # Default: the rating bands of the year's rulebook (read in a transaction of its own, so
        # always call it before opening the action's transaction: writes begin IMMEDIATE).
        self._rules_for_year = rules_for_year or rating_rules_for(db)
        self._clock = clock
        self._pdf_lock = threading.Lock()
        self._names = NameKeys()  # every read of the grid sorts the same names again

    # -- reading ---------------------------------------------------------------------------
    def year_review(self, year: int) -> YearReview:
        rules = self._rules_for_year(year)
        with unit_of_work(self._db) as s:
            return load_year_review(s, year, rules, name_key=self._names)

    def member_review(self, member_id: int, year: int) -> MemberReview:
        rules = self._rules_for_year(year)
        with unit_of_work(self._db) as s:
            member = member_or_fail(s, member_id)
            review = load_year_review(s, year, rules, name_key=self._names, only_member=member_id)
            row = review.row(member_id)
            if row is None:
                require_reviewed(s, member, year)  # raises, naming the reason
            commitment = s.scalars(
                select(Commitment).where(Commitment.member_id == member_id, Commitment.year == year)
            ).first()
            self_review = self._self_review(s, member_id, year)
            return MemberReview(
                year=year,
                row=row,
                commitment=dict(commitment.sections) if commitment else {},
                self_review=dict(self_review.sections) if self_review else {},
                self_review_written_on=self_review.written_on if self_review else None,
                all_disciplines=load_disciplines(s, member_id=member_id),
            )

    def rating_summary_pdf(self, year: int, setup: PageSetup | None = None) -> bytes:
        """The branch's report on the year's ratings, built outside the transaction."""
        rules = self._rules_for_year(year)
        with unit_of_work(self._db) as s:
            review = load_year_review(s, year, rules, name_key=self._names)
            data = rating_summary_data(s, review, self._clock.today())
        with self._pdf_lock:  # ReportLab's registered fonts are shared between threads
            return rating_summary_pdf(data, setup or PageSetup())

    def propose(self, year: int, score: float | None, tasks_exceeded_pct: float | None,
                disciplined: bool = False) -> Rating | None:
        """What the year's rules give to a self score (no data read): shown while typing."""
        if score is None:
            return None
        return rating_for(score, tasks_exceeded_pct, disciplined=disciplined,
                          rules=self._rules_for_year(year))

    # -- writing ---------------------------------------------------------------------------
    def save_commitment(self, draft: CommitmentDraft) -> ChangeNotice:
        sections = _sections(draft.sections, COMMITMENT_CODES, say("reviews.commitment"))
        if draft.signed_on and not date(draft.year - 1, 1, 1) <= draft.signed_on <= date(
            draft.year, 12, 31
        ):
            raise UserError(say("reviews.signed_outside", date=draft.signed_on.strftime("%d/%m/%Y"),
                                year=draft.year), field="signed_on")
        with unit_of_work(self._db) as s:
            require_unlocked(s, draft.year)
            member = member_or_fail(s, draft.member_id)
            require_in_year(s, member, draft.year)
            row = s.scalars(
                select(Commitment).where(
                    Commitment.member_id == draft.member_id, Commitment.year == draft.year
                )
            ).first() or Commitment(member_id=draft.member_id, year=draft.year)
            row.signed_on, row.sections = draft.signed_on, sections
            s.add(row)
        return ChangeNotice.of(Changed.REVIEWS, ids=(draft.member_id,))

    def save_self_review(self, draft: SelfReviewDraft) -> ChangeNotice:
        sections = _sections(draft.sections, SELF_REVIEW_CODES, say("reviews.self_review"))
        score = check_score(draft.self_score, say("reviews.self_score"), "self_score")
        pct = check_score(draft.tasks_exceeded_pct, say("reviews.tasks_exceeded"), "tasks_exceeded_pct")
        check_step_date(draft.written_on, draft.year, "written_on")
        with unit_of_work(self._db) as s:
            require_unlocked(s, draft.year)
            member = member_or_fail(s, draft.member_id)
            require_reviewed(s, member, draft.year)
            review = self._self_review(s, draft.member_id, draft.year) or SelfReview(
                member_id=draft.member_id, year=draft.year
            )
            review.written_on, review.sections = draft.written_on, sections
            review.self_score, review.tasks_exceeded_pct = score, pct
            s.add(review)
            step = self._step(s, draft.member_id, draft.year, ReviewStep.SELF)
            if draft.self_rating is None:
                if step is not None:
                    s.delete(step)
            else:
                require_allowed(s, member, draft.year, ReviewStep.SELF, draft.self_rating)
                step = step or RatingStep(
                    member_id=draft.member_id, year=draft.year, step=ReviewStep.SELF
                )
                step.rating, step.score, step.decided_on = draft.self_rating, score, draft.written_on
                s.add(step)
        return ChangeNotice.of(Changed.REVIEWS, ids=(draft.member_id,))

    def save_step(self, draft: StepDraft) -> ChangeNotice:
        """Record one step in full: rating, date, score, the vote and a note."""
        votes = {"votes_for": draft.votes_for, "votes_against": draft.votes_against,
                 "abstentions": draft.abstentions}
        check_votes(draft.step, votes)
        check_step_date(draft.decided_on, draft.year)
        score = check_score(draft.score, say("reviews.score"), "score")
        with unit_of_work(self._db) as s:
            row = self._writable_step(s, draft.member_id, draft.year, draft.step, draft.rating)
            row.rating, row.decided_on, row.score = draft.rating, draft.decided_on, score
            row.votes_for, row.votes_against = draft.votes_for, draft.votes_against
            row.abstentions, row.note = draft.abstentions, clean_text(draft.note)
            s.add(row)
        return ChangeNotice.of(Changed.REVIEWS, ids=(draft.member_id,))

    def set_rating(
        self, member_id: int, year: int, step: ReviewStep, rating: Rating | None,
        decided_on: date | None = None,
    ) -> ChangeNotice:
        """Fast entry from the grid: set (or with None, clear) one step's rating, keeping its
        vote, score and note; `decided_on` fills the date when the step has none yet."""
        check_step_date(decided_on, year)
        with unit_of_work(self._db) as s:
            if rating is None:
                require_unlocked(s, year)
                member_or_fail(s, member_id)
                existing = self._step(s, member_id, year, step)
                if existing is not None:
                    s.delete(existing)
            else:
                row = self._writable_step(s, member_id, year, step, rating)
                row.rating = rating
                row.decided_on = row.decided_on or decided_on
                s.add(row)
        return ChangeNotice.of(Changed.REVIEWS, ids=(member_id,))

    # -- helpers ---------------------------------------------------------------------------
    def _writable_step(self, s, member_id: int, year: int, step: ReviewStep, rating: Rating):
        require_unlocked(s, year)
        member = member_or_fail(s, member_id)
        require_reviewed(s, member, year)
        require_allowed(s, member, year, step, rating)
        return self._step(s, member_id, year, step) or RatingStep(
            member_id=member_id, year=year, step=step, note=""
        )

    @staticmethod
    def _step(s, member_id: int, year: int, step: ReviewStep) -> RatingStep | None:
        return s.scalars(
            select(RatingStep).where(
                RatingStep.member_id == member_id, RatingStep.year == year, RatingStep.step == step
            )
        ).first()

    @staticmethod
    def _self_review(s, member_id: int, year: int) -> SelfReview | None:
        return s.scalars(
            select(SelfReview).where(SelfReview.member_id == member_id, SelfReview.year == year)
        ).first()
