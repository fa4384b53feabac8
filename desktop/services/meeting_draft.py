"""Saving the meeting editor's draft: every field typed since the last save, in one transaction.

The editor keeps one draft of the whole meeting (general information, each agenda item's title,
content and conclusion, the meeting's conclusion, the committee's quality scores, next month's
tasks and the review of last month's) and saves what
changed a moment after typing stops. A part that is refused (an end time equal to the start, an
empty item title, a score above its maximum) is named in the answer and the others are saved:
one bad field never costs the rest of what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from desktop.clock import Clock
from desktop.domain.tasks import TaskDraft
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import NotFound, UserError
from desktop.services.meeting_guard import editable_meeting, get_meeting, nfc
from desktop.services.meeting_minutes import score_line
from desktop.services.meeting_records import RulesForYear, default_rules
from desktop.services.meetings import MeetingInfo, write_documents_posted, write_info
from desktop.services.tasks import set_review, write_tasks
from desktop.store.database import Database, unit_of_work
from desktop.store.models import AgendaItem
from desktop.wording import Text, say

# The parts of a draft; an edit is named by its part and, for items and scores, its reference.
INFO, CONCLUSION, TITLE, CONTENT, ITEM_CONCLUSION, SCORE, TASKS, REVIEW = (
    "info", "conclusion", "title", "content", "item_conclusion", "score", "tasks", "review")
POSTED = "posted"  # the day finished documents were posted: also on an adopted meeting


@dataclass(frozen=True)
class MeetingEdits:
    """What changed in the editor since the last save (None or empty: unchanged)."""

    info: MeetingInfo | None = None
    conclusion: str | None = None
    titles: tuple[tuple[int, str], ...] = ()  # agenda item id → title
    contents: tuple[tuple[int, str], ...] = ()  # agenda item id → content
    item_conclusions: tuple[tuple[int, str], ...] = ()  # agenda item id → its conclusion
    scores: tuple[tuple[str, float | None], ...] = ()  # quality line code → points (None: unscored)
    # Next month's tasks, the whole list in order: (task id or None for a new one, the task).
    tasks: tuple[tuple[int | None, TaskDraft], ...] | None = None
    reviews: tuple[tuple[int, tuple[str, str]], ...] = ()  # task id → (status, note)
    posted: tuple[date | None] | None = None  # (the day or None to clear); None: unchanged

    @property
    def minutes_empty(self) -> bool:
        """Nothing but the posted day: an adopted meeting takes such a draft."""
        return (self.info is None and self.conclusion is None and not self.titles
                and not self.contents and not self.item_conclusions and not self.scores
                and self.tasks is None and not self.reviews)

    @property
    def empty(self) -> bool:
        return self.minutes_empty and self.posted is None


@dataclass(frozen=True)
class RefusedEdit:
    part: str  # one of the part names above
    ref: int | str | None  # the agenda item id or the quality line code; None for a whole part
    message: str | Text
    field: str | None = None


@dataclass(frozen=True)
class DraftSaved:
    refused: tuple[RefusedEdit, ...] = ()


class MeetingDraftService:
    def __init__(self, db: Database, rules_for_year: RulesForYear = default_rules, *,
                 clock: Clock):
        self._db = db
        self._rules = rules_for_year
        self._clock = clock  # a posted day still to come is refused

    def save(self, meeting_id: int, edits: MeetingEdits) -> tuple[DraftSaved, ChangeNotice]:
        """Apply every part that is valid; a meeting that may not be edited refuses it all,
        except the posted day, a fact about the record that an adopted meeting still takes."""
        refused: list[RefusedEdit] = []
        if edits.posted is not None:
            try:
                with unit_of_work(self._db) as s:
                    write_documents_posted(s, get_meeting(s, meeting_id), edits.posted[0],
                                           self._clock.today())
            except UserError as error:
                refused.append(RefusedEdit(POSTED, None, error.text, error.field))
            if edits.minutes_empty:
                return DraftSaved(tuple(refused)), ChangeNotice.of(Changed.MEETINGS, ids=(meeting_id,))
        with unit_of_work(self._db) as s:
            year = editable_meeting(s, meeting_id).held_on.year
        quality = self._rules(year).quality  # its own unit of work, never nested in ours
        with unit_of_work(self._db) as s:
            meeting = editable_meeting(s, meeting_id)
            items = {item.id: item for item in meeting.agenda}

            def attempt(part: str, ref: int | str | None, apply: Callable[[], None]) -> None:
                # Each part checks before it changes anything, so a refused one leaves no trace.
                try:
                    apply()
                except UserError as error:
                    refused.append(RefusedEdit(part, ref, error.text, error.field))

            if edits.info is not None:
                info = edits.info
                attempt(INFO, None, lambda: write_info(s, meeting, info))
                if refused and refused[-1].part == INFO:
                    _keep_texts(meeting, info)
            if edits.conclusion is not None:
                text = edits.conclusion
                attempt(CONCLUSION, None, lambda: setattr(meeting, "conclusion", nfc(text)))
            for item_id, title in edits.titles:
                attempt(TITLE, item_id, lambda i=item_id, t=title: _set_title(_item(items, i), t))
            for item_id, content in edits.contents:
                attempt(CONTENT, item_id,
                        lambda i=item_id, t=content: setattr(_item(items, i), "content", nfc(t)))
            for item_id, conclusion in edits.item_conclusions:
                attempt(ITEM_CONCLUSION, item_id,
                        lambda i=item_id, t=conclusion: setattr(_item(items, i), "conclusion", nfc(t)))
            for code, points in edits.scores:
                attempt(SCORE, code, lambda c=code, p=points: score_line(meeting, quality, c, p))
            if edits.tasks is not None:
                drafts = list(edits.tasks)
                attempt(TASKS, None, lambda: write_tasks(s, meeting, drafts))
            for task_id, (status, note) in edits.reviews:
                attempt(REVIEW, task_id,
                        lambda t=task_id, st=status, n=note: set_review(s, meeting, t, st, n))
        return DraftSaved(tuple(refused)), ChangeNotice.of(Changed.MEETINGS, ids=(meeting_id,))


def _keep_texts(meeting, info: MeetingInfo) -> None:  # noqa: ANN001 - a Meeting row
    """The free texts of refused general information (a wrong time, say) are kept all the same:
    they cannot be wrong, and the window may be closing."""
    meeting.place, meeting.topic = nfc(info.place), nfc(info.topic)
    meeting.guests, meeting.ideology_notes = nfc(info.guests), nfc(info.ideology_notes)


def _item(items: dict[int, AgendaItem], item_id: int) -> AgendaItem:
    item = items.get(item_id)
    if item is None:  # removed meanwhile (another window, an undo): say so, keep the rest
        raise NotFound(say("meetings.item_not_found", item_id=item_id), field="item_id")
    return item


def _set_title(item: AgendaItem, title: str) -> None:
    if not nfc(title):
        raise UserError(say("meetings.item_title_empty"), field="title")
    item.title = nfc(title)

