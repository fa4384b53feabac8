"""Map the year's review to the rating summary report's input data (`documents.rating_summary`)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop.documents.kit import Letterhead
from desktop.documents.rating_summary import (
    LeftOut,
    MemberLine,
    RatingCount,
    RatingSummaryData,
)
from desktop.domain.enums import Rating, ReviewStep
from desktop.domain.rating import RATING_ORDER, RATING_TITLES_VI
from desktop.domain.review_scope import REASON_TEXTS
from desktop.services.documents_load import secretary_on
from desktop.services.errors import UserError
from desktop.services.reviews_model import DISCIPLINE_FORMS, YearReview, vi_date
from desktop.store.models import Branch
from desktop.wording import say


def _code(rating: Rating | None) -> str:
    return rating.value if rating else ""


def rating_summary_data(s: Session, review: YearReview, today: date) -> RatingSummaryData:
    branch = s.query(Branch).first()
    if branch is None:
        raise UserError(say("branch.profile_missing_report"))
    # Dated the last day of the year, or today if earlier: the same year prints the same bytes.
    issued = min(today, date(review.year, 12, 31))
    summary = review.summary
    counts = tuple(
        RatingCount(r.value, RATING_TITLES_VI[r], summary.counts[r], summary.percent(r))
        for r in RATING_ORDER
    )
    members = tuple(
        MemberLine(
            row.full_name,
            _code(row.rating(ReviewStep.SELF)),
            _code(row.rating(ReviewStep.BRANCH)),
            _code(row.rating(ReviewStep.COMMITTEE)),
            _code(row.rating(ReviewStep.SUPERIOR)),
            _code(row.final_rating),
            "; ".join(say("reviews.discipline_short", form=DISCIPLINE_FORMS[d.form],
                          number=d.decision_number).render("vi") for d in row.disciplines),
        )
        for row in review.rows
    )
    left_out = tuple(
        LeftOut(ex.full_name, REASON_TEXTS[ex.reason].render("vi"), vi_date(ex.since))
        for ex in review.excluded
    )
    cap = summary.cap
    return RatingSummaryData(
        letterhead=Letterhead(branch.superior_committee, branch.name, branch.place_name, issued),
        branch_name=branch.name,
        year=review.year,
        issued_on=issued,
        reference_date=review.reference_date,
        reviewed=summary.reviewed,
        unrated=summary.unrated,
        counts=counts,
        members=members,
        left_out=left_out,
        cap_warning=cap.message_vi() if cap is not None and cap.exceeded else "",
        secretary=secretary_on(s, issued),
    )
