"""What a records file's tasks must respect beyond the schema: the rules a typed task and a
review meet (a deadline not before its meeting, a review only at a later meeting of the kind
that reviews it, a task carried over from an earlier meeting's task), and a numbered
resolution only for the sittings that adopt one, so that an import cannot bring in what the
editor and the CLI refuse."""

from __future__ import annotations

from desktop.domain.adoption import TASK_KINDS
from desktop.domain.enums import TaskStatus
from desktop.domain.invariants import MEETING_LABELS
from desktop.domain.members import dmy
from desktop.domain.tasks import TaskDraft, late_problem, note_problem, review_problem, task_problem
from desktop.services.records_checks import RecordProblem
from desktop.store.models import Meeting, MeetingResolution, MeetingTask
from desktop.wording import say


def task_problems(rows: dict[str, list[dict]]) -> list[RecordProblem]:
    meetings = {m["id"]: m for m in rows.get(Meeting.__tablename__, [])}
    found = _carried_problems(rows, meetings) + _resolution_problems(rows, meetings)
    for row in rows.get(MeetingTask.__tablename__, []):
        meeting = meetings.get(row.get("meeting_id"))
        if meeting is None or meeting.get("held_on") is None:
            continue  # a reference, or a meeting's day, that other checks already name
        draft = TaskDraft(row.get("text") or "", row.get("owner_id"), row.get("due_on"))
        problem = task_problem(draft, meeting["held_on"], row.get("position") or 0)
        if problem is not None:
            found.append(RecordProblem(f"{row['__path']}.due_on", str(problem)))
        reviewer = meetings.get(row.get("reviewed_at_meeting_id"))
        if reviewer is not None and reviewer.get("held_on") is not None:
            problem = review_problem(draft.text, meeting["held_on"], meeting["kind"],
                                     reviewer["held_on"], reviewer["kind"],
                                     reviewer["id"] == meeting["id"])
            if problem is not None:
                found.append(RecordProblem(f"{row['__path']}.reviewed_at_meeting", str(problem)))
            elif row.get("due_on") is not None and row.get("status") in {s.value for s in TaskStatus}:
                problem = late_problem(draft.text, TaskStatus(row["status"]), row["due_on"],
                                       reviewer["held_on"])
                if problem is not None:
                    found.append(RecordProblem(f"{row['__path']}.status", str(problem)))
            problem = note_problem(draft.text, row.get("review_note") or "", f"{reviewer['held_on']:%d/%m/%Y}")
            if problem is not None:
                found.append(RecordProblem(f"{row['__path']}.review_note", str(problem)))
    return found


def _carried_problems(rows: dict[str, list[dict]], meetings: dict) -> list[RecordProblem]:
    """A task is carried over by the review of a task decided before it (the same day at the
    latest: a sitting and its committee's), never from itself or from a later meeting."""
    tasks = {t["id"]: t for t in rows.get(MeetingTask.__tablename__, [])}
    found = []
    for row in tasks.values():
        source = tasks.get(row.get("carried_from_id"))
        if source is None:
            continue  # none, or a reference other checks name
        text = row.get("text") or ""
        if source is row:
            found.append(RecordProblem(f"{row['__path']}.carried_from",
                                       say("records.task_carried_from_itself", text=text)))
            continue
        held = (meetings.get(row.get("meeting_id")) or {}).get("held_on")
        source_held = (meetings.get(source.get("meeting_id")) or {}).get("held_on")
        if held is not None and source_held is not None and source_held > held:
            found.append(RecordProblem(f"{row['__path']}.carried_from", say(
                "records.task_carried_from_later", text=text, source_day=dmy(source_held),
                day=dmy(held))))
    return found


def _resolution_problems(rows: dict[str, list[dict]], meetings: dict) -> list[RecordProblem]:
    found = []
    for row in rows.get(MeetingResolution.__tablename__, []):
        meeting = meetings.get(row.get("meeting_id"))
        if meeting is None or meeting.get("kind") is None or meeting["kind"] in TASK_KINDS:
            continue
        found.append(RecordProblem(f"{row['__path']}.meeting", say(
            "records.resolution_wrong_kind", kind=MEETING_LABELS[meeting["kind"]],
            day=dmy(meeting["held_on"]) if meeting.get("held_on") else "?")))
    return found
