"""What a meeting's tasks become when the meeting is corrected or its draft deleted."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.enums import TaskStatus
from desktop.store.models import MeetingResolution, MeetingTask


def move_tasks(s: Session, old_id: int, new_id: int) -> None:
    """A correction is the current record: its tasks, reviews and resolution number follow it."""
    s.execute(update(MeetingTask).where(MeetingTask.meeting_id == old_id)
              .values(meeting_id=new_id))
    s.execute(update(MeetingTask).where(MeetingTask.reviewed_at_meeting_id == old_id)
              .values(reviewed_at_meeting_id=new_id))
    s.execute(update(MeetingResolution).where(MeetingResolution.meeting_id == old_id)
              .values(meeting_id=new_id))


def forget_reviews(s: Session, meeting_id: int) -> None:
    """A draft deleted: what it reviewed waits again for review (its own tasks go with it)."""
    for task in s.scalars(select(MeetingTask).where(
            MeetingTask.reviewed_at_meeting_id == meeting_id)):
        task.status, task.review_note, task.reviewed_at_meeting_id = TaskStatus.OPEN, "", None
