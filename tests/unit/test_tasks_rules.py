"""The rules of tasks and their review (desktop.domain.tasks) and the computed results line."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.enums import MeetingKind as K
from desktop.domain.enums import TaskStatus as S
from desktop.domain.quality import QualityInputs, results_points, score_meeting
from desktop.domain.tasks import (
    TaskDraft,
    default_deadline,
    late_problem,
    on_time_share,
    review_problem,
    reviewed_at,
    status_of,
    task_problem,
)

MEETING = date(2026, 3, 5)


def test_a_task_needs_text_owner_and_a_deadline_not_before_its_meeting():
    ok = TaskDraft("Vận động hiến máu tình nguyện", 7, date(2026, 3, 31))
    assert task_problem(ok, MEETING, 1) is None
    assert task_problem(TaskDraft("  ", 7, MEETING), MEETING, 2).render() == (
        "Nhiệm vụ thứ 2 của cuộc họp ngày 05/03/2026 chưa ghi nội dung.")
    assert "chưa có người phụ trách" in task_problem(
        TaskDraft("Thu quỹ", None, MEETING), MEETING, 1).render()
    assert "chưa có thời hạn" in task_problem(TaskDraft("Thu quỹ", 7, None), MEETING, 1).render()
    late = task_problem(TaskDraft("Thu quỹ", 7, date(2026, 3, 4)), MEETING, 1).render("en")
    assert late == ("Task «Thu quỹ» of the meeting of 05/03/2026 has the deadline 04/03/2026, "
                    "before the meeting.")


def test_review_statuses_and_which_meeting_reviews():
    assert status_of("carried", "Thu quỹ", "05/04/2026") is S.CARRIED
    with pytest.raises(ValueError):
        status_of("open", "Thu quỹ", "05/04/2026")  # open is not a review result
    assert reviewed_at(K.REGULAR, K.COMBINED) and not reviewed_at(K.REGULAR, K.COMMITTEE)
    assert reviewed_at(K.COMMITTEE, K.COMMITTEE) and not reviewed_at(K.COMMITTEE, K.REGULAR)
    assert review_problem("Thu quỹ", MEETING, K.REGULAR, date(2026, 4, 2), K.REGULAR, False) is None
    assert review_problem("Thu quỹ", MEETING, K.REGULAR, MEETING, K.REGULAR, True) is not None
    assert review_problem("Thu quỹ", MEETING, K.REGULAR, date(2026, 3, 1), K.REGULAR, False)


def test_done_late_only_after_the_deadline():
    due = date(2026, 3, 31)
    assert late_problem("Thu quỹ", S.LATE, due, date(2026, 4, 2)) is None
    assert late_problem("Thu quỹ", S.DONE, due, date(2026, 3, 31)) is None
    on_the_day = late_problem("Thu quỹ", S.LATE, due, date(2026, 3, 31)).render()
    assert on_the_day == ("Nhiệm vụ «Thu quỹ» chưa quá thời hạn 31/03/2026: không ghi «hoàn thành "
                          "chậm» tại cuộc họp ngày 31/03/2026.")
    assert late_problem("Thu quỹ", S.LATE, due, date(2026, 3, 20)) is not None


@pytest.mark.parametrize(("done", "total", "points"), [
    (9, 10, 30.0), (7, 10, 20.0), (1, 2, 15.0), (1, 3, 10.0), (0, 4, 10.0)])
def test_results_line_from_the_on_time_share(done, total, points):
    assert results_points(done, total, 30)[0] == points


def test_the_results_line_is_computed_only_when_tasks_were_reviewed():
    base = dict(kind=K.REGULAR, duration_minutes=100, attendance_rate=1.0, any_unexcused=False,
                long_runs=False, attendees=20, speakers=12, ticked={"results": 25})
    without = score_meeting(QualityInputs(**base))
    line = next(x for x in without.lines if x.code == "results")
    assert (line.computed, line.points) == (False, 25)
    withr = score_meeting(QualityInputs(**base, task_results=(3, 4)))
    line = next(x for x in withr.lines if x.code == "results")
    assert (line.computed, line.points) == (True, 20.0)
    assert on_time_share([S.DONE, S.LATE, S.OPEN]) == 0.5 and on_time_share([]) is None


def test_each_months_review_is_evidence_of_criterion_one():
    from desktop.domain.measures import _targets
    from desktop.domain.year_facts import TargetFact, TaskReviewFact, YearFacts

    facts = YearFacts(2026, date(2026, 11, 18),
                      targets=(TargetFact(1, "Kết nạp đảng viên mới", 2, 1, "người"),),
                      task_reviews=(TaskReviewFact(40, date(2026, 10, 7), 3, 4),
                                    TaskReviewFact(48, date(2026, 11, 4), 1, 3)))
    measure = _targets(facts)
    assert (measure.numerator, measure.denominator) == (0, 1)  # the score stays the targets'
    assert [(e.label, e.ok, e.meeting_id) for e in measure.evidence[1:]] == [
        ("Kiểm điểm nghị quyết tháng trước ngày 07/10/2026: 3/4 nhiệm vụ hoàn thành đúng hạn (75%)",
         True, 40),
        ("Kiểm điểm nghị quyết tháng trước ngày 04/11/2026: 1/3 nhiệm vụ hoàn thành đúng hạn (33,3%)",
         False, 48)]


def test_a_new_task_is_due_on_the_eve_of_the_same_day_next_month():
    assert default_deadline(date(2026, 12, 5)) == date(2027, 1, 4)
    assert default_deadline(date(2026, 1, 31)) == date(2026, 2, 27)  # no 31 February
    assert default_deadline(date(2028, 1, 31)) == date(2028, 2, 28)  # 29 February is the cap
