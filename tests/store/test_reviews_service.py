"""ReviewService and DisciplineService on a real data file."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from desktop.clock import Clock
from desktop.domain.enums import DisciplineForm, Rating, ReviewStep
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.review_scope import ScopeReason
from desktop.services.changes import Changed
from desktop.services.discipline import DisciplineDraft, DisciplineService
from desktop.services.errors import UserError
from desktop.services.reviews import (
    CommitmentDraft,
    ReviewService,
    SelfReviewDraft,
    StepDraft,
)
from desktop.store.database import unit_of_work
from desktop.store.models import Branch, Member, RatingStep, SituationEvent, YearSetting

YEAR = 2025
CLOCK = Clock.fixed(date(YEAR + 1, 3, 1))  # the review of a year is finished early the next


def add_member(s, name, *events, admitted=date(2001, 5, 19), official=date(2002, 5, 19)):
    m = Member(full_name=name, admitted_on=admitted, official_on=official)
    s.add(m)
    s.flush()
    for kind, on in events:
        s.add(SituationEvent(member_id=m.id, kind=kind, on=on))
    return m.id


@pytest.fixture
def branch(db):
    """A small branch: four members reviewed, one exempt from June, one transferred out."""
    with unit_of_work(db) as s:
        s.add(Branch(name="Chi bộ Tổ dân phố số 7", code="CB-TDP07",
                     superior_committee="Đảng bộ phường Ba Đình", place_name="Phường Ba Đình"))
        ids = {
            "tuan": add_member(s, "Lê Văn Tuấn"),
            "anh": add_member(s, "Đặng Thị Ngọc Ánh"),
            "quynh": add_member(s, "Nguyễn Hữu Quỳnh"),
            "yen": add_member(s, "Huỳnh Thị Yến"),
            "huong": add_member(s, "Phạm Thị Hương", (K.EXEMPT_FROM, date(YEAR, 6, 1))),
            "binh": add_member(s, "Trần Văn Bình", (K.TRANSFERRED_OUT, date(YEAR, 8, 10))),
        }
    return ids


@pytest.fixture
def reviews(db):
    return ReviewService(db, clock=CLOCK)


def test_year_lists_reviewed_members_by_given_name_and_explains_the_others(reviews, branch):
    year = reviews.year_review(YEAR)
    # Sorted by given name: Ánh, Quỳnh, Tuấn, Yến.
    assert [r.full_name for r in year.rows] == [
        "Đặng Thị Ngọc Ánh", "Nguyễn Hữu Quỳnh", "Lê Văn Tuấn", "Huỳnh Thị Yến"]
    reasons = {r.full_name: (r.reason, r.since) for r in year.excluded}
    assert reasons == {
        "Trần Văn Bình": (ScopeReason.TRANSFERRED_OUT, date(YEAR, 8, 10)),
        "Phạm Thị Hương": (ScopeReason.EXEMPT, date(YEAR, 6, 1)),
    }
    assert year.summary.reviewed == 4 and year.summary.unrated == 4


def test_exempt_member_cannot_be_rated(reviews, branch):
    with pytest.raises(UserError) as err:
        reviews.set_rating(branch["huong"], YEAR, ReviewStep.BRANCH, Rating.HTTNV)
    assert "Phạm Thị Hương" in err.value.message and "miễn" in err.value.message


def test_commitment_round_trip_in_nfc(reviews, branch):
    nfd = unicodedata.normalize("NFD", "Giữ vững lập trường")  # as pasted from some sources
    assert nfd != "Giữ vững lập trường"
    notice = reviews.save_commitment(CommitmentDraft(
        branch["anh"], YEAR, date(YEAR, 1, 15), {"loyalty": nfd, "example": "  Học tập suốt đời "}))
    assert notice.touches(Changed.REVIEWS) and branch["anh"] in notice.ids
    detail = reviews.member_review(branch["anh"], YEAR)
    assert detail.commitment["example"] == "Học tập suốt đời"
    assert detail.commitment["loyalty"] == "Giữ vững lập trường"
    assert detail.row.has_commitment and detail.row.commitment_signed_on == date(YEAR, 1, 15)


def test_commitment_refuses_unknown_heading(reviews, branch):
    with pytest.raises(UserError) as err:
        reviews.save_commitment(CommitmentDraft(branch["anh"], YEAR, None, {"bogus": "x"}))
    assert "bogus" in err.value.message


def test_self_score_91_with_20pct_exceeded_is_proposed_httnv_but_the_member_may_propose_more(
    reviews, branch
):
    reviews.save_self_review(SelfReviewDraft(
        branch["tuan"], YEAR, date(YEAR, 12, 5), {"results": "Hoàn thành các nhiệm vụ được giao."},
        self_score=91, tasks_exceeded_pct=20, self_rating=Rating.HTXSNV))
    row = reviews.year_review(YEAR).row(branch["tuan"])
    assert row.proposed_rating is Rating.HTTNV  # 91 ≥ 90 but 20% < 30%
    assert row.rating(ReviewStep.SELF) is Rating.HTXSNV  # what the member proposed is kept
    assert row.final_rating is None  # a self-rating is not a rating


def test_score_out_of_range_is_refused(reviews, branch):
    with pytest.raises(UserError) as err:
        reviews.save_self_review(SelfReviewDraft(branch["tuan"], YEAR, None, self_score=120))
    assert err.value.field == "self_score" and "120" in err.value.message


def test_steps_with_votes_and_final_rating(reviews, branch):
    reviews.save_step(StepDraft(branch["yen"], YEAR, ReviewStep.BRANCH, Rating.HTTNV,
                                date(YEAR, 12, 12), 85, votes_for=20, votes_against=1, abstentions=2))
    reviews.set_rating(branch["yen"], YEAR, ReviewStep.COMMITTEE, Rating.HTXSNV, date(YEAR, 12, 15))
    row = reviews.year_review(YEAR).row(branch["yen"])
    branch_step = row.step(ReviewStep.BRANCH)
    assert (branch_step.votes_for, branch_step.votes_against, branch_step.abstentions) == (20, 1, 2)
    assert row.final_rating is Rating.HTXSNV
    # The grid changes only the rating: the vote stays.
    reviews.set_rating(branch["yen"], YEAR, ReviewStep.BRANCH, Rating.HTNV)
    row = reviews.year_review(YEAR).row(branch["yen"])
    assert row.step(ReviewStep.BRANCH).votes_for == 20 and row.rating(ReviewStep.BRANCH) is Rating.HTNV
    reviews.set_rating(branch["yen"], YEAR, ReviewStep.COMMITTEE, None)
    assert reviews.year_review(YEAR).row(branch["yen"]).final_rating is Rating.HTNV


def test_negative_votes_refused(reviews, branch):
    with pytest.raises(UserError) as err:
        reviews.save_step(StepDraft(branch["yen"], YEAR, ReviewStep.BRANCH, Rating.HTTNV, votes_for=-1))
    assert err.value.field == "votes_for"


def test_disciplined_member_is_never_rated_above_khtnv(db, reviews, branch):
    service = DisciplineService(db, clock=CLOCK)
    _id, notice = service.add(DisciplineDraft(
        branch["quynh"], DisciplineForm.WARNING, "15-QĐ/ĐU", date(YEAR, 3, 10),
        "Đảng ủy phường Ba Đình", "Vi phạm quy định về những điều đảng viên không được làm",
        breaks_prohibitions=True))
    assert notice.touches(Changed.EVALUATION)
    for step in ReviewStep:
        for rating in (Rating.HTXSNV, Rating.HTTNV, Rating.HTNV):
            with pytest.raises(UserError) as err:
                reviews.set_rating(branch["quynh"], YEAR, step, rating)
            assert "Nguyễn Hữu Quỳnh" in err.value.message and "15-QĐ/ĐU" in err.value.message
    with pytest.raises(UserError):
        reviews.save_self_review(SelfReviewDraft(branch["quynh"], YEAR, None, self_score=95,
                                                 tasks_exceeded_pct=50, self_rating=Rating.HTTNV))
    reviews.set_rating(branch["quynh"], YEAR, ReviewStep.BRANCH, Rating.KHTNV)
    row = reviews.year_review(YEAR).row(branch["quynh"])
    assert row.disciplined and row.final_rating is Rating.KHTNV
    # Nothing better than KHTNV was written by the refused calls.
    with unit_of_work(db) as s:
        assert {r.rating for r in s.query(RatingStep).filter_by(member_id=branch["quynh"])} == {Rating.KHTNV}
    # The next year the discipline no longer limits the rating.
    reviews.set_rating(branch["quynh"], YEAR + 1, ReviewStep.BRANCH, Rating.HTTNV)


def test_discipline_refused_while_a_better_rating_stands(db, reviews, branch):
    reviews.set_rating(branch["tuan"], YEAR, ReviewStep.BRANCH, Rating.HTTNV)
    draft = DisciplineDraft(branch["tuan"], DisciplineForm.REPRIMAND, "22-QĐ/ĐU", date(YEAR, 12, 20),
                            "Đảng ủy phường Ba Đình")
    with pytest.raises(UserError) as err:
        DisciplineService(db, clock=CLOCK).add(draft)
    assert "chi bộ biểu quyết: HTTNV" in err.value.message
    assert DisciplineService(db, clock=CLOCK).decisions(YEAR) == ()
    reviews.set_rating(branch["tuan"], YEAR, ReviewStep.BRANCH, Rating.KHTNV)
    DisciplineService(db, clock=CLOCK).add(draft)
    assert [d.decision_number for d in DisciplineService(db, clock=CLOCK).decisions(YEAR)] == ["22-QĐ/ĐU"]


def test_discipline_needs_number_and_body(db, branch):
    with pytest.raises(UserError) as err:
        DisciplineService(db, clock=CLOCK).add(DisciplineDraft(branch["tuan"], DisciplineForm.REPRIMAND, " ",
                                                  date(YEAR, 2, 1), "Đảng ủy phường"))
    assert err.value.field == "decision_number"


def test_a_decision_dated_after_today_is_refused(db, branch):
    # The clock says 1 March of the next year: a decision of 2 March has not been taken yet.
    later = DisciplineDraft(branch["tuan"], DisciplineForm.REPRIMAND, "3-QĐ/ĐU", date(YEAR + 1, 3, 2),
                            "Đảng ủy phường Ba Đình")
    with pytest.raises(UserError) as err:
        DisciplineService(db, clock=CLOCK).add(later)
    assert err.value.field == "decided_on" and "02/03/2026" in err.value.message
    on_the_day = DisciplineService(db, clock=Clock.fixed(date(YEAR + 1, 3, 2)))
    on_the_day.add(later)
    assert [d.decision_number for d in on_the_day.decisions(YEAR + 1)] == ["3-QĐ/ĐU"]


def test_cap_warning_in_the_year_summary(reviews, branch):
    # 1 HTXSNV, 3 HTTNV: 20% of 3 = 0.6 → limit 0, so the one HTXSNV is past the cap.
    for key, rating in [("tuan", Rating.HTTNV), ("anh", Rating.HTTNV), ("yen", Rating.HTTNV)]:
        reviews.set_rating(branch[key], YEAR, ReviewStep.BRANCH, rating)
    assert not reviews.year_review(YEAR).summary.cap_exceeded
    reviews.set_rating(branch["quynh"], YEAR, ReviewStep.BRANCH, Rating.HTXSNV)
    summary = reviews.year_review(YEAR).summary
    assert summary.cap_exceeded
    assert summary.cap.message_vi() == "1 HTXSNV, giới hạn 20% của 3 HTTNV = 0"
    assert summary.percent(Rating.HTTNV) == 75.0  # 3 of 4


def test_locked_year_refuses_changes(db, reviews, branch):
    from datetime import datetime, timezone
    with unit_of_work(db) as s:
        s.add(YearSetting(year=YEAR, locked_at=datetime(2026, 1, 20, tzinfo=timezone.utc)))
    with pytest.raises(UserError) as err:
        reviews.set_rating(branch["tuan"], YEAR, ReviewStep.BRANCH, Rating.HTTNV)
    assert "khóa" in err.value.message


def test_rating_summary_report_prints_the_figures(db, reviews, branch, tmp_path):
    import subprocess

    reviews.set_rating(branch["tuan"], YEAR, ReviewStep.BRANCH, Rating.HTXSNV)
    reviews.set_rating(branch["anh"], YEAR, ReviewStep.BRANCH, Rating.HTTNV)
    service = ReviewService(db, clock=Clock.fixed(date(2026, 3, 1)))
    pdf = service.rating_summary_pdf(YEAR)
    assert pdf == service.rating_summary_pdf(YEAR)  # same record, same bytes
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    text = " ".join(raw.split())  # lines wrap where the page ends them
    assert "KẾT QUẢ KIỂM ĐIỂM" in text.upper() or "Kết quả kiểm điểm" in text
    for name in ("Lê Văn Tuấn", "Đặng Thị Ngọc Ánh", "Nguyễn Hữu Quỳnh", "Huỳnh Thị Yến",
                 "Phạm Thị Hương"):
        assert name in text
    # 1 HTXSNV of 4 reviewed = 25%; 20% of 1 HTTNV = 0 → past the cap.
    assert "25%" in text
    assert "1 HTXSNV, giới hạn 20% của 1 HTTNV = 0" in text
    assert "Được miễn công tác và sinh hoạt đảng" in text  # Hương, left out with the reason
    assert "ngày 31 tháng 12 năm 2025" in text  # dated the year's last day when printed later
