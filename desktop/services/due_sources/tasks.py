"""The tasks of the "due soon" list (issue 16 item 6): every task of a monthly resolution still
waiting for its review that is overdue or due before the window's end (the next planned regular
meeting), each opening the meeting that decided it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.due import DueItem, RecordRef
from desktop.domain.enums import TaskStatus
from desktop.store.models import Meeting, MeetingTask, Member
from desktop.wording import say


class OpenTasks:
    kind = "task"

    def collect(self, session: Session, today: date, until: date) -> Iterable[DueItem]:
        rows = session.execute(
            select(MeetingTask, Meeting.held_on, Member.full_name)
            .join(Meeting, Meeting.id == MeetingTask.meeting_id)
            .join(Member, Member.id == MeetingTask.owner_id)
            .where(MeetingTask.status == TaskStatus.OPEN, MeetingTask.due_on <= until,
                   Meeting.superseded_by_id.is_(None)))
        for task, held_on, owner in rows:
            overdue = task.due_on < today
            subject = say("resolution.due_task_overdue" if overdue else "resolution.due_task",
                          task=task.text, name=owner, day=f"{held_on:%d/%m/%Y}")
            yield DueItem(self.kind, subject, task.due_on, task.owner_id,
                          RecordRef("meetings", task.meeting_id, "tasks"), overdue)


SOURCES = (OpenTasks(),)
