"""The monthly resolution: tasks and their review."""

MESSAGES = {
    "task_number": "no. {number}",
    "no_text": "Task {number} of the meeting of {day} has no text.",
    "text_too_long": "Task «{task}» of the meeting of {day} is longer than {limit} characters.",
    "note_too_long": "The review note of task «{task}» at the meeting of {day} is longer than {limit} characters.",
    "no_owner": "Task «{task}» of the meeting of {day} has no one responsible.",
    "no_deadline": "Task «{task}» of the meeting of {day} has no deadline.",
    "deadline_before": (
        "Task «{task}» of the meeting of {day} has the deadline {due}, before the meeting."
    ),
    "bad_owner": "Task «{task}» of the meeting of {day}: no member with id {owner}.",
    "bad_target": "Task «{task}» of the meeting of {day}: no target with id {target}.",
    "bad_status": (
        "Cannot record «{value}» for task «{task}» at the meeting of {day}: use {allowed}."
    ),
    "review_too_early": (
        "The meeting of {day} cannot review task «{task}»: it was decided at the meeting of "
        "{origin}, which is not before it."
    ),
    "committee_task": (
        "Task «{task}», decided by the committee on {origin}, is reviewed at a committee "
        "meeting, not at the meeting of {day}."
    ),
    "branch_task": (
        "Task «{task}», decided by the branch on {origin}, is reviewed at a regular meeting, "
        "not at the meeting of {day}."
    ),
    "late_before_deadline": (
        "Task «{task}» is not past its deadline {due}: it cannot be recorded as done late at "
        "the meeting of {day}."
    ),
    "move_refused": "The meeting's date or kind cannot be changed. {reason}",
    "no_task": "No task with id {task_id}.",
    "reviewed_elsewhere": (
        "Task «{task}» was reviewed at the meeting of {other}; it cannot be changed at the "
        "meeting of {day}."
    ),
    "carried_done": (
        "Task «{task}» was carried over and its continuation has been reviewed: its result "
        "cannot change at the meeting of {day}."
    ),
    "no_tasks_reminder": "Next month's tasks (owner, deadline) are not recorded for the resolution.",
    "open_reviews_reminder": "{count} task(s) of last month are not reviewed yet.",
    "not_regular": "The meeting of {day} is not a regular meeting: it has no monthly resolution.",
    "superseded": (
        "The minutes of {day} were corrected by a new revision (id {newer}): print the "
        "resolution from that one."
    ),
    "resolution_draft": (
        "The minutes of {day} are not adopted, so the resolution has no number: this is a draft."
    ),
    "due_task": "Task «{task}» ({name} responsible, resolution of {day}) is due soon.",
    "due_task_overdue": (
        "Task «{task}» ({name} responsible, resolution of {day}) is overdue and not reviewed."
    ),
}
