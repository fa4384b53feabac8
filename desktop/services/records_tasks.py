"""What a records file's tasks must respect beyond the schema: the rules a typed task and a
review meet (a deadline not before its meeting, a review only at a later meeting of the kind
that reviews it), so that an import cannot bring in what the editor and the CLI refuse."""

from __future__ import annotations

from desktop.domain.enums import TaskStatus
from desktop.domain.tasks import TaskDraft, late_problem, note_problem, review_problem, task_problem
from desktop.services.records_checks import RecordProblem
from desktop.store.models import Meeting, MeetingTask


def task_problems(rows: dict[str, list[dict]]) -> list[RecordProblem]:
    meetings = {m["id"]: m for m in rows.get(Meeting.__tablename__, [])}
    found = []
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
