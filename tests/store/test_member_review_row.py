"""`member_review` decides only the asked member's scope (fast on big branches): its row must be
the year grid's row for that member, ratings and votes included."""

from __future__ import annotations

from datetime import date

from desktop.domain.enums import Rating, ReviewStep
from desktop.services.reviews import StepDraft
from tests.store.test_reviews_service import YEAR, branch, reviews  # noqa: F401 - fixtures


def test_member_review_row_equals_the_year_grid_row(reviews, branch):  # noqa: F811
    reviews.save_step(StepDraft(branch["yen"], YEAR, ReviewStep.BRANCH, Rating.HTTNV,
                                date(YEAR, 12, 12), 85, votes_for=20, votes_against=1, abstentions=2))
    year = reviews.year_review(YEAR)
    assert len(year.rows) >= 2
    for row in year.rows:
        assert reviews.member_review(row.member_id, YEAR).row == row
