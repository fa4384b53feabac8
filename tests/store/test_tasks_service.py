"""Tasks decided at a meeting, reviewed at the next one; bad input refused, nothing written."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import func, select

from desktop.domain.enums import MeetingKind as K
from desktop.domain.enums import TaskStatus
from desktop.domain.tasks import TaskDraft
from desktop.services.errors import UserError
from desktop.services.meetings import MeetingInfo, MeetingService
from desktop.services.tasks import TaskService
from desktop.store.database import unit_of_work
from desktop.store.models import MeetingTask
from meeting_data import complete_minutes


def info(kind: K, day: date) -> MeetingInfo:
    return MeetingInfo(kind, day, time(19, 30), time(21, 10), place="Nhà văn hóa tổ 7")


@pytest.fixture
def svc(db, meetings_branch, clock):
    return MeetingService(db, clock=clock), TaskService(db, clock=clock), meetings_branch


def _count(db) -> int:
    with unit_of_work(db) as s:
        return s.scalar(select(func.count()).select_from(MeetingTask))


def test_tasks_are_reviewed_at_the_next_regular_meeting_and_carried_over(svc, db):
    meetings, tasks, _ = svc
    october, _ = meetings.create(info(K.REGULAR, date(2026, 10, 7)))
    t1, _ = tasks.add_task(october, TaskDraft("Vận động các hộ phân loại rác tại nguồn", 3,
                                              date(2026, 10, 31)))
    t2, _ = tasks.add_task(october, TaskDraft("Thăm hỏi các gia đình chính sách", 4,
                                              date(2026, 10, 27)))
    complete_minutes(db, october)
    meetings.adopt(october)
    november, _ = meetings.create(info(K.REGULAR, date(2026, 11, 4)))
    waiting = tasks.review_of(november)
    assert [r.id for r in waiting] == [t1, t2] and all(r.status is TaskStatus.OPEN for r in waiting)
    tasks.review(november, t1, "done", "Đã hoàn thành")
    tasks.review(november, t2, "carried", "Còn 3 hộ chưa thăm")
    decided = tasks.tasks_of(november)
    assert [(r.text, r.carried_from_id, r.due_on) for r in decided] == [
        ("Thăm hỏi các gia đình chính sách", t2, date(2026, 12, 3))]  # the eve of the next monthly sitting
    detail = meetings.detail(november)
    assert {r.id: r.status for r in detail.task_review} == {
        t1: TaskStatus.DONE, t2: TaskStatus.CARRIED}
    # Changing one's mind removes the carried copy again.
    tasks.review(november, t2, "late", "Xong ngày 2/11")
    assert tasks.tasks_of(november) == []
    results = next(line for line in meetings.detail(november).quality.lines
                   if line.code == "results")
    assert (results.computed, results.points) == (True, 15.0)  # 1 of 2 on time: half of 30
    assert results.note.startswith("1/2 nhiệm vụ tháng trước hoàn thành đúng hạn")
    rows = tasks.list_tasks(year=2026)
    assert [r.as_json()["reviewed_at_meeting_id"] for r in rows] == [november, november]


def test_bad_input_names_meeting_and_task_and_writes_nothing(svc, db):
    meetings, tasks, _ = svc
    october, _ = meetings.create(info(K.REGULAR, date(2026, 10, 7)))
    with pytest.raises(UserError, match="«Dọn vệ sinh ngõ 5» của cuộc họp ngày 07/10/2026 chưa có người"):
        tasks.add_task(october, TaskDraft("Dọn vệ sinh ngõ 5", None, date(2026, 10, 31)))
    with pytest.raises(UserError, match="thời hạn 01/10/2026, trước ngày họp"):
        tasks.add_task(october, TaskDraft("Dọn vệ sinh ngõ 5", 3, date(2026, 10, 1)))
    with pytest.raises(UserError, match="«Dọn vệ sinh ngõ 5»"):
        tasks.save_tasks(october, [(None, TaskDraft("Họp tổ dân phố", 2, date(2026, 10, 20))),
                                   (None, TaskDraft("Dọn vệ sinh ngõ 5", 3, None))])
    assert _count(db) == 0
    task, _ = tasks.add_task(october, TaskDraft("Dọn vệ sinh ngõ 5", 3, date(2026, 10, 31)))
    september, _ = meetings.create(info(K.REGULAR, date(2026, 9, 9)))
    with pytest.raises(UserError, match="Cuộc họp ngày 09/09/2026 không kiểm điểm được nhiệm vụ "
                                        "«Dọn vệ sinh ngõ 5».*ngày 07/10/2026"):
        tasks.review(september, task, "done")
    november, _ = meetings.create(info(K.REGULAR, date(2026, 11, 4)))
    with pytest.raises(UserError, match="«xong».*«Dọn vệ sinh ngõ 5» tại cuộc họp ngày 04/11/2026"):
        tasks.review(november, task, "xong")
    committee, _ = meetings.create(info(K.COMMITTEE, date(2026, 11, 1)))
    with pytest.raises(UserError, match="kiểm điểm tại buổi sinh hoạt thường kỳ"):
        tasks.review(committee, task, "done")
    # A note of a page is refused: the resolution prints it in one cell (it crashed the PDF).
    with pytest.raises(UserError, match="Ghi chú kiểm điểm nhiệm vụ «Dọn vệ sinh ngõ 5» tại cuộc "
                                        "họp ngày 04/11/2026 dài quá 500 ký tự") as long:
        tasks.review(november, task, "done", "nhiệm vụ " * 60)
    assert long.value.field == "note"
    assert [r.status for r in tasks.list_tasks()] == [TaskStatus.OPEN]
    tasks.review(november, task, "done", ("nhiệm vụ " * 60)[:500])


def test_done_late_is_refused_before_the_deadline_and_nothing_written(svc, db, clock):
    meetings, tasks, _ = svc
    october, _ = meetings.create(info(K.REGULAR, date(2026, 10, 7)))
    task, _ = tasks.add_task(october, TaskDraft("Sửa loa phát thanh tổ 7", 3, date(2026, 11, 30)))
    complete_minutes(db, october)
    meetings.adopt(october)
    november, _ = meetings.create(info(K.REGULAR, date(2026, 11, 4)))
    with pytest.raises(UserError, match="«Sửa loa phát thanh tổ 7» chưa quá thời hạn 30/11/2026: "
                                        "không ghi «hoàn thành chậm» tại cuộc họp ngày 04/11/2026"):
        tasks.review(november, task, "late", "Xong chậm")
    from desktop.services.meeting_draft import MeetingDraftService, MeetingEdits

    saved, _ = MeetingDraftService(db, clock=clock).save(november, MeetingEdits(
        reviews=((task, ("late", "Xong chậm")),)))
    assert [(r.part, r.ref) for r in saved.refused] == [("review", task)]
    assert "chưa quá thời hạn 30/11/2026" in str(saved.refused[0].message)
    row = tasks.list_tasks()[0]
    assert (row.status, row.as_json()["reviewed_at_meeting_id"]) == (TaskStatus.OPEN, None)
    tasks.review(november, task, "done")  # on time is what it is


def test_a_new_date_or_kind_that_contradicts_a_review_or_a_task_is_refused(svc, db):
    """«Done late» judged on 2 December cannot become a meeting on the deadline's day by
    moving the meeting afterwards, nor a review before its task's meeting or a meeting after
    its own task's deadline; nothing is written."""
    meetings, tasks, _ = svc
    october, _ = meetings.create(info(K.REGULAR, date(2026, 10, 7)))
    task, _ = tasks.add_task(october, TaskDraft("Sửa loa phát thanh tổ 7", 3, date(2026, 11, 11)))
    complete_minutes(db, october)
    meetings.adopt(october)
    december, _ = meetings.create(info(K.REGULAR, date(2026, 12, 2)))
    tasks.review(december, task, "late", "Xong ngày 20/11")
    own, _ = tasks.add_task(december, TaskDraft("Thăm hỏi gia đình chính sách", 4,
                                                date(2026, 12, 31)))
    refusals = {
        info(K.REGULAR, date(2026, 11, 11)):
            "Không đổi được ngày hoặc loại cuộc họp. Nhiệm vụ «Sửa loa phát thanh tổ 7» chưa quá "
            "thời hạn 11/11/2026: không ghi «hoàn thành chậm» tại cuộc họp ngày 11/11/2026.",
        info(K.REGULAR, date(2026, 10, 6)):
            "Không đổi được ngày hoặc loại cuộc họp. Cuộc họp ngày 06/10/2026 không kiểm điểm "
            "được nhiệm vụ «Sửa loa phát thanh tổ 7» vì nhiệm vụ do cuộc họp ngày 07/10/2026 đề "
            "ra, không trước cuộc họp này.",
        info(K.COMMITTEE, date(2026, 12, 2)):
            "Không đổi được ngày hoặc loại cuộc họp. Nhiệm vụ «Sửa loa phát thanh tổ 7» do chi bộ "
            "đề ra ngày 07/10/2026 được kiểm điểm tại buổi sinh hoạt thường kỳ, không tại cuộc "
            "họp ngày 02/12/2026.",
    }
    for moved, message in refusals.items():
        with pytest.raises(UserError) as refused:
            meetings.update_info(december, moved)
        assert str(refused.value) == message
        assert meetings.detail(december).held_on == date(2026, 12, 2)
    tasks.review(december, task, "done")
    with pytest.raises(UserError, match="«Thăm hỏi gia đình chính sách» của cuộc họp ngày "
                                        "05/01/2027 có thời hạn 31/12/2026, trước ngày họp"):
        meetings.update_info(december, info(K.REGULAR, date(2027, 1, 5)))
    # A date every review and task agrees with is taken; late again is fine after the deadline.
    meetings.update_info(december, info(K.REGULAR, date(2026, 11, 12)))
    tasks.review(december, task, "late", "Xong ngày 12/11")
    assert [(r.id, r.status) for r in meetings.detail(december).task_review] == [
        (task, TaskStatus.LATE)]
    assert [t.id for t in meetings.detail(december).tasks] == [own]


def test_adoption_gives_the_resolution_its_own_number_and_reminds_of_missing_tasks(svc, db):
    meetings, tasks, _ = svc
    october, _ = meetings.create(info(K.REGULAR, date(2026, 10, 7)))
    complete_minutes(db, october)
    assert "no_tasks" in {i.code for i in meetings.detail(october).adoption.warnings}
    tasks.add_task(october, TaskDraft("Vận động hiến máu tình nguyện", 5, date(2026, 10, 25)))
    assert "no_tasks" not in {i.code for i in meetings.detail(october).adoption.issues}
    assert meetings.adopt(october)[0] == "Số 01-BB/CB"
    from desktop.services.resolution_load import resolution_number_text

    with unit_of_work(db) as s:
        assert resolution_number_text(s, october) == "Số 01-NQ/CB"


def test_the_editor_draft_saves_tasks_and_reviews_and_names_what_it_refuses(svc, db, clock):
    from desktop.services.meeting_draft import MeetingDraftService, MeetingEdits

    meetings, tasks, _ = svc
    october, _ = meetings.create(info(K.REGULAR, date(2026, 10, 7)))
    task, _ = tasks.add_task(october, TaskDraft("Thu quỹ khuyến học", 3, date(2026, 10, 31)))
    november, _ = meetings.create(info(K.REGULAR, date(2026, 11, 4)))
    drafts = MeetingDraftService(db, clock=clock)
    edits = MeetingEdits(
        conclusion="Chi bộ thống nhất các nhiệm vụ tháng 12.",
        tasks=((None, TaskDraft("Vận động hiến máu", 5, date(2026, 11, 1))),),  # before the meeting
        reviews=((task, ("done", "Đã thu đủ")),))
    saved, _ = drafts.save(november, edits)
    assert [(r.part, r.ref) for r in saved.refused] == [("tasks", None)]
    assert "thời hạn 01/11/2026, trước ngày họp" in str(saved.refused[0].message)
    detail = meetings.detail(november)
    assert detail.conclusion.startswith("Chi bộ thống nhất") and detail.tasks == ()
    assert [(r.id, r.status) for r in detail.task_review] == [(task, TaskStatus.DONE)]
    saved, _ = drafts.save(november, MeetingEdits(
        tasks=((None, TaskDraft("Vận động hiến máu", 5, date(2026, 11, 30))),),
        reviews=((task, ("open", "")),)))
    assert saved.refused == ()
    detail = meetings.detail(november)
    assert [t.text for t in detail.tasks] == ["Vận động hiến máu"]
    assert [r.status for r in detail.task_review] == [TaskStatus.OPEN]


def test_open_tasks_are_on_the_due_list_opening_their_meeting(svc, db, clock):
    from desktop.services.due_sources.tasks import OpenTasks

    meetings, tasks, _ = svc
    october, _ = meetings.create(info(K.REGULAR, date(2026, 10, 7)))
    late, _ = tasks.add_task(october, TaskDraft("Thu quỹ khuyến học", 3, date(2026, 10, 31)))
    tasks.add_task(october, TaskDraft("Tổng kết phong trào văn hóa", 4, date(2027, 1, 15)))
    with unit_of_work(db) as s:
        items = list(OpenTasks().collect(s, date(2026, 11, 18), date(2026, 12, 31)))
    assert [(i.opens.page, i.opens.record_id, i.opens.part, i.overdue_flag) for i in items] == [
        ("meetings", october, "tasks", True)]  # opened on the editor's Tasks tab
    assert "«Thu quỹ khuyến học»" in str(items[0].subject) and "quá hạn" in str(items[0].subject)
    november, _ = meetings.create(info(K.REGULAR, date(2026, 11, 4)))
    tasks.review(november, late, "done")
    with unit_of_work(db) as s:
        assert list(OpenTasks().collect(s, date(2026, 11, 18), date(2026, 12, 31))) == []
