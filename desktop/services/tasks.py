"""Tasks decided at meetings and their review at the next one (issue 16).

One writer path: every change is a unit of work that checks first and writes nothing when
refused. A task reviewed as carried over is copied into the reviewing meeting's tasks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import Clock
from desktop.domain.enums import MeetingKind, MeetingStatus, TaskStatus
from desktop.domain.tasks import (
    TaskDraft,
    default_deadline,
    is_overdue,
    late_problem,
    note_problem,
    review_problem,
    reviewed_at,
    status_of,
    task_problem,
)
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import NotFound, UserError
from desktop.services.meeting_guard import editable_meeting, get_meeting, nfc
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Meeting, MeetingTask, Member, YearTarget
from desktop.wording import Text, say


@dataclass(frozen=True)
class TaskRow:
    id: int
    meeting_id: int
    meeting_on: date
    meeting_kind: MeetingKind
    position: int
    text: str
    owner_id: int
    owner: str
    due_on: date
    target_id: int | None
    carried_from_id: int | None
    status: TaskStatus
    review_note: str
    reviewed_at_meeting_id: int | None
    overdue: bool

    def as_json(self) -> dict:
        """The CLI contract: `tasks list --json`."""
        return {
            "id": self.id,
            "meeting_id": self.meeting_id,
            "text": self.text,
            "owner": self.owner,
            "due_on": self.due_on.isoformat(),
            "status": self.status.value,
            "reviewed_at_meeting_id": self.reviewed_at_meeting_id,
        }


def _row(task: MeetingTask, meeting: Meeting, owner: str, today: date | None) -> TaskRow:
    return TaskRow(
        task.id, task.meeting_id, meeting.held_on, meeting.kind, task.position, task.text,
        task.owner_id, owner, task.due_on, task.target_id, task.carried_from_id, task.status,
        task.review_note or "", task.reviewed_at_meeting_id,
        today is not None and is_overdue(task.status, task.due_on, today),
    )


def _joined():
    return (select(MeetingTask, Meeting, Member.full_name)
            .join(Meeting, Meeting.id == MeetingTask.meeting_id)
            .join(Member, Member.id == MeetingTask.owner_id))


def _order(query):
    return query.order_by(Meeting.held_on, Meeting.id, MeetingTask.position, MeetingTask.id)


def load_tasks_of(s: Session, meeting_id: int, today: date) -> list[TaskRow]:
    """The tasks a meeting decided, in order."""
    q = _order(_joined().where(MeetingTask.meeting_id == meeting_id))
    return [_row(t, m, o, today) for t, m, o in s.execute(q)]


def load_review_of(s: Session, meeting: Meeting, today: date) -> list[TaskRow]:
    """What a meeting reviews: the tasks it already reviewed, and the still-open tasks of
    earlier meetings of the kind it reviews (a draft shows what is waiting for it)."""
    q = _order(_joined().where(
        (MeetingTask.reviewed_at_meeting_id == meeting.id)
        | ((MeetingTask.status == TaskStatus.OPEN) & (Meeting.held_on <= meeting.held_on)
           & (Meeting.id != meeting.id) & Meeting.superseded_by_id.is_(None))))
    rows = [_row(t, m, o, today) for t, m, o in s.execute(q)]
    if meeting.status is MeetingStatus.ADOPTED:  # an adopted record shows only what it reviewed
        rows = [r for r in rows if r.reviewed_at_meeting_id == meeting.id]
    return [r for r in rows if r.reviewed_at_meeting_id == meeting.id
            or reviewed_at(r.meeting_kind, meeting.kind)]


def check_draft(s: Session, meeting: Meeting, draft: TaskDraft, position: int) -> None:
    problem = task_problem(draft, meeting.held_on, position)
    if problem is not None:
        raise UserError(problem, field="tasks")
    day = f"{meeting.held_on:%d/%m/%Y}"
    if s.get(Member, draft.owner_id) is None:
        raise UserError(say("resolution.bad_owner", task=draft.text.strip(), day=day,
                            owner=draft.owner_id), field="owner")
    if draft.target_id is not None and s.get(YearTarget, draft.target_id) is None:
        raise UserError(say("resolution.bad_target", task=draft.text.strip(), day=day,
                            target=draft.target_id), field="target")


def write_tasks(s: Session, meeting: Meeting, drafts: list[tuple[int | None, TaskDraft]]) -> None:
    """Replace a draft meeting's tasks by `drafts` (existing id or None, in order); every task
    is checked before any is written. A carried-over copy keeps its link to the original."""
    for i, (_, d) in enumerate(drafts, start=1):
        check_draft(s, meeting, d, i)
    existing = {t.id: t for t in s.scalars(
        select(MeetingTask).where(MeetingTask.meeting_id == meeting.id))}
    kept = set()
    for i, (task_id, d) in enumerate(drafts, start=1):
        task = existing.get(task_id) if task_id is not None else None
        if task is None:
            task = MeetingTask(meeting_id=meeting.id, status=TaskStatus.OPEN, review_note="")
            s.add(task)
        else:
            kept.add(task.id)
        task.position, task.text, task.owner_id = i, nfc(d.text), d.owner_id
        task.due_on, task.target_id = d.due_on, d.target_id
    for task_id, task in existing.items():
        # A task carried over here belongs to the review of its original: it goes when that
        # review changes, not with a list typed before it was made.
        if task_id not in kept and task.carried_from_id is None:
            s.delete(task)


def record_review(s: Session, meeting: Meeting, task: MeetingTask, status_value: str,
                  note: str) -> None:
    """Mark `task` reviewed at `meeting` (checked first; nothing written when refused)."""
    origin = s.get(Meeting, task.meeting_id)
    day = f"{meeting.held_on:%d/%m/%Y}"
    try:
        status = status_of(status_value, task.text, day)
    except ValueError as exc:
        raise UserError(exc.args[0], field="status") from None
    problem = review_problem(task.text, origin.held_on, origin.kind, meeting.held_on,
                             meeting.kind, origin.id == meeting.id)
    if problem is not None:
        raise UserError(problem, field="task_id")
    problem = late_problem(task.text, status, task.due_on, meeting.held_on)
    if problem is not None:
        raise UserError(problem, field="status")
    problem = note_problem(task.text, note, day)
    if problem is not None:
        raise UserError(problem, field="note")
    if task.reviewed_at_meeting_id not in (None, meeting.id):
        other = s.get(Meeting, task.reviewed_at_meeting_id)
        raise UserError(say("resolution.reviewed_elsewhere", task=task.text, day=day,
                            other=f"{other.held_on:%d/%m/%Y}"), field="task_id")
    copy = s.scalar(select(MeetingTask).where(MeetingTask.carried_from_id == task.id,
                                              MeetingTask.meeting_id == meeting.id))
    if copy is not None and status is not TaskStatus.CARRIED:
        if copy.status is not TaskStatus.OPEN:
            raise UserError(say("resolution.carried_done", task=task.text, day=day),
                            field="status")
        s.delete(copy)
    if status is TaskStatus.CARRIED and copy is None:
        position = len(s.scalars(select(MeetingTask.id).where(
            MeetingTask.meeting_id == meeting.id)).all()) + 1
        s.add(MeetingTask(
            meeting_id=meeting.id, position=position, text=task.text, owner_id=task.owner_id,
            due_on=max(task.due_on, default_deadline(meeting.held_on)),
            target_id=task.target_id, carried_from_id=task.id, status=TaskStatus.OPEN,
            review_note=""))
    task.status, task.review_note = status, nfc(note)
    task.reviewed_at_meeting_id = meeting.id


def check_move(s: Session, meeting: Meeting, held_on: date, kind: MeetingKind) -> None:
    """Refuse a new date or kind for `meeting` that its tasks and reviews could not have been
    recorded under (a review before its task's meeting, «done late» on or before the deadline,
    its own task due before it): the record would contradict itself."""
    if (meeting.held_on, meeting.kind) == (held_on, kind):
        return
    problem = _move_problem(s, meeting, held_on, kind)
    if problem is not None:
        raise UserError(say("resolution.move_refused", reason=problem), field="held_on")


def _move_problem(s: Session, meeting: Meeting, held_on: date, kind: MeetingKind) -> Text | None:
    """The first review held at `meeting`, or task decided there, that the new date or kind
    contradicts (worded for that date), or None."""
    day = f"{held_on:%d/%m/%Y}"
    for task, origin in s.execute(select(MeetingTask, Meeting)
                                  .join(Meeting, Meeting.id == MeetingTask.meeting_id)
                                  .where(MeetingTask.reviewed_at_meeting_id == meeting.id)
                                  .order_by(MeetingTask.id)):
        if origin.id == meeting.id:
            continue
        problem = (review_problem(task.text, origin.held_on, origin.kind, held_on, kind, False)
                   or late_problem(task.text, task.status, task.due_on, held_on))
        if problem is not None:
            return problem
    for task in s.scalars(select(MeetingTask).where(MeetingTask.meeting_id == meeting.id)
                          .order_by(MeetingTask.position, MeetingTask.id)):
        if task.due_on < held_on:
            return say("resolution.deadline_before", day=day, task=task.text,
                       due=f"{task.due_on:%d/%m/%Y}")
        reviewer = (s.get(Meeting, task.reviewed_at_meeting_id)
                    if task.reviewed_at_meeting_id not in (None, meeting.id) else None)
        if reviewer is not None:
            problem = review_problem(task.text, held_on, kind, reviewer.held_on, reviewer.kind,
                                     False)
            if problem is not None:
                return problem
    return None


def set_review(s: Session, meeting: Meeting, task_id: int, status_value: str, note: str) -> None:
    """The editor's review of one task: a result, or "open" to take a review back."""
    task = s.get(MeetingTask, task_id)
    if task is None:
        raise NotFound(say("resolution.no_task", task_id=task_id), field="task_id")
    if status_value != TaskStatus.OPEN.value:
        record_review(s, meeting, task, status_value, note)
        return
    if task.reviewed_at_meeting_id != meeting.id:
        return  # not reviewed here: nothing to take back
    copy = s.scalar(select(MeetingTask).where(MeetingTask.carried_from_id == task.id,
                                              MeetingTask.meeting_id == meeting.id))
    if copy is not None:
        if copy.status is not TaskStatus.OPEN:
            raise UserError(say("resolution.carried_done", task=task.text,
                                day=f"{meeting.held_on:%d/%m/%Y}"), field="status")
        s.delete(copy)
    task.status, task.review_note, task.reviewed_at_meeting_id = TaskStatus.OPEN, "", None


class TaskService:
    def __init__(self, db: Database, *, clock: Clock):
        self._db = db
        self._clock = clock

    def list_tasks(self, *, open_only: bool = False, year: int | None = None) -> list[TaskRow]:
        q = _joined().where(Meeting.superseded_by_id.is_(None))
        if open_only:
            q = q.where(MeetingTask.status == TaskStatus.OPEN)
        if year is not None:
            q = q.where(Meeting.held_on >= date(year, 1, 1), Meeting.held_on <= date(year, 12, 31))
        today = self._clock.today()
        with unit_of_work(self._db) as s:
            return [_row(t, m, o, today) for t, m, o in s.execute(_order(q))]

    def tasks_of(self, meeting_id: int) -> list[TaskRow]:
        with unit_of_work(self._db) as s:
            get_meeting(s, meeting_id)
            return load_tasks_of(s, meeting_id, self._clock.today())

    def review_of(self, meeting_id: int) -> list[TaskRow]:
        with unit_of_work(self._db) as s:
            return load_review_of(s, get_meeting(s, meeting_id), self._clock.today())

    def open_due(self, before: date) -> list[TaskRow]:
        """Open tasks overdue today or due before `before` (the next planned meeting)."""
        return [r for r in self.list_tasks(open_only=True) if r.due_on <= before or r.overdue]

    def save_tasks(self, meeting_id: int,
                   drafts: list[tuple[int | None, TaskDraft]]) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            write_tasks(s, editable_meeting(s, meeting_id), drafts)
        return ChangeNotice.of(Changed.MEETINGS, ids=(meeting_id,))

    def add_task(self, meeting_id: int, draft: TaskDraft) -> tuple[int, ChangeNotice]:
        with unit_of_work(self._db) as s:
            meeting = editable_meeting(s, meeting_id)
            count = len(s.scalars(select(MeetingTask.id).where(
                MeetingTask.meeting_id == meeting_id)).all())
            check_draft(s, meeting, draft, count + 1)
            task = MeetingTask(meeting_id=meeting_id, position=count + 1, text=nfc(draft.text),
                               owner_id=draft.owner_id, due_on=draft.due_on,
                               target_id=draft.target_id, status=TaskStatus.OPEN, review_note="")
            s.add(task)
            s.flush()
            return task.id, ChangeNotice.of(Changed.MEETINGS, ids=(meeting_id,))

    def review(self, meeting_id: int, task_id: int, status: str, note: str = "") -> ChangeNotice:
        with unit_of_work(self._db) as s:
            meeting = editable_meeting(s, meeting_id)
            task = s.get(MeetingTask, task_id)
            if task is None:
                raise NotFound(say("resolution.no_task", task_id=task_id), field="task_id")
            record_review(s, meeting, task, status, note)
        return ChangeNotice.of(Changed.MEETINGS, ids=(meeting_id,))
