"""Tasks decided at a meeting and their review at a later one (HD 42: the monthly resolution).

Pure rules: which meeting reviews which task, what a task or a review must hold, and the share
of tasks done on time that scores "results of last month's resolution".
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.enums import MeetingKind, TaskStatus
from desktop.wording import Text, say

REVIEW_STATUSES = (TaskStatus.DONE, TaskStatus.LATE, TaskStatus.CARRIED, TaskStatus.NOT_DONE)
TEXT_LIMIT = 500
# The branch's tasks come back at its next regular sitting; the committee's at its next meeting.
_BRANCH_KINDS = frozenset({MeetingKind.REGULAR, MeetingKind.COMBINED})


@dataclass(frozen=True)
class TaskDraft:
    """A task as typed: `owner_id` a member, `target_id` an annual-resolution target or None."""

    text: str
    owner_id: int | None
    due_on: date | None
    target_id: int | None = None


def reviewed_at(task_meeting: MeetingKind, meeting: MeetingKind) -> bool:
    """Whether a meeting of kind `meeting` reviews the tasks of a meeting of kind `task_meeting`."""
    if task_meeting is MeetingKind.COMMITTEE:
        return meeting is MeetingKind.COMMITTEE
    return meeting in _BRANCH_KINDS


def task_problem(draft: TaskDraft, meeting_on: date, position: int) -> Text | None:
    """Why a task cannot be kept (naming the meeting and the task), or None."""
    day = f"{meeting_on:%d/%m/%Y}"
    label = draft.text.strip() or say("resolution.task_number", number=position)
    if not draft.text.strip():
        return say("resolution.no_text", day=day, number=position)
    if len(draft.text.strip()) > TEXT_LIMIT:
        return say("resolution.text_too_long", day=day, task=label, limit=TEXT_LIMIT)
    if draft.owner_id is None:
        return say("resolution.no_owner", day=day, task=label)
    if draft.due_on is None:
        return say("resolution.no_deadline", day=day, task=label)
    if draft.due_on < meeting_on:
        return say("resolution.deadline_before", day=day, task=label,
                   due=f"{draft.due_on:%d/%m/%Y}")
    return None


def note_problem(task: str, note: str, day: str) -> Text | None:
    """A review's note is a short line of the resolution's table: refused beyond the limit of
    a task's text (a page-long cell cannot be printed)."""
    if len(note.strip()) > TEXT_LIMIT:
        return say("resolution.note_too_long", task=task, day=day, limit=TEXT_LIMIT)
    return None


def status_of(value: str, task: str, day: str) -> TaskStatus:
    """The review status named `value`; refused unless one of done, late, carried, not_done."""
    try:
        status = TaskStatus(value)
    except ValueError:
        status = None
    if status not in REVIEW_STATUSES:
        raise ValueError(say("resolution.bad_status", value=value, task=task, day=day,
                             allowed="done, late, carried, not_done"))
    return status


def review_problem(task: str, task_meeting_on: date, task_meeting_kind: MeetingKind,
                   review_meeting_on: date, review_meeting_kind: MeetingKind,
                   same_meeting: bool) -> Text | None:
    """Why the meeting of `review_meeting_on` cannot review this task, or None."""
    day = f"{review_meeting_on:%d/%m/%Y}"
    origin = f"{task_meeting_on:%d/%m/%Y}"
    if same_meeting or review_meeting_on < task_meeting_on:
        return say("resolution.review_too_early", day=day, task=task, origin=origin)
    if not reviewed_at(task_meeting_kind, review_meeting_kind):
        key = ("resolution.committee_task" if task_meeting_kind is MeetingKind.COMMITTEE
               else "resolution.branch_task")
        return say(key, day=day, task=task, origin=origin)
    return None


def late_problem(task: str, status: TaskStatus, due_on: date, review_meeting_on: date) -> Text | None:
    """Why "done late" cannot be recorded: a meeting held on or before the deadline cannot find
    the task late (it is done on time, or still open)."""
    if status is TaskStatus.LATE and review_meeting_on <= due_on:
        return say("resolution.late_before_deadline", task=task,
                   day=f"{review_meeting_on:%d/%m/%Y}", due=f"{due_on:%d/%m/%Y}")
    return None


def on_time_share(statuses: Iterable[TaskStatus]) -> float | None:
    """Share of the reviewed tasks done on time (None when nothing was reviewed)."""
    reviewed = [s for s in statuses if s in REVIEW_STATUSES]
    if not reviewed:
        return None
    return sum(s is TaskStatus.DONE for s in reviewed) / len(reviewed)


def default_deadline(meeting_on: date) -> date:
    """By the eve of the same day next month: due before the next monthly sitting reviews it."""
    year, month = (meeting_on.year + 1, 1) if meeting_on.month == 12 else (meeting_on.year, meeting_on.month + 1)
    day = min(meeting_on.day, calendar.monthrange(year, month)[1])
    return date(year, month, day) - timedelta(days=1)


def is_overdue(status: TaskStatus, due_on: date, today: date) -> bool:
    return status is TaskStatus.OPEN and due_on < today
