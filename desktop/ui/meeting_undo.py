"""Undo (Ctrl+Z) for the editor's actions that text boxes cannot undo themselves: an attendance
mark, a speech or an agenda item added or removed, a vote recorded, changed or removed.

Each action pushes the step that reverts it; a step is a write like any other (it runs on the
writer, after what was sent before it). No Qt here: the editor owns the shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.services.meeting_detail import AgendaItemDetail, SpeechDetail, VoteDetail
from desktop.services.meeting_minutes import VoteInput

if TYPE_CHECKING:
    from desktop.domain.enums import AttendanceStatus
    from desktop.services.container import Services

Revert = Callable[["Services", int], Any]  # (services, meeting id) → what the write returns

LIMIT = 50  # steps kept; older ones are dropped


@dataclass(frozen=True)
class UndoStep:
    label: str  # what the step undoes, for the button's tooltip
    revert: Revert


class UndoStack:
    def __init__(self) -> None:
        self._steps: list[UndoStep] = []

    def push(self, step: UndoStep) -> None:
        self._steps.append(step)
        del self._steps[:-LIMIT]

    def pop(self) -> UndoStep | None:
        return self._steps.pop() if self._steps else None

    def peek(self) -> UndoStep | None:
        return self._steps[-1] if self._steps else None

    def clear(self) -> None:
        self._steps.clear()

    def __len__(self) -> int:
        return len(self._steps)


def unmark(member_id: int, status: AttendanceStatus | None, reason: str) -> Revert:
    return lambda services, mid: services.meetings.set_attendance(mid, member_id, status, reason)


def unadd_speech(speech_id: int) -> Revert:
    return lambda services, _mid: services.meeting_minutes.remove_speech(speech_id)


def unremove_speech(item_id: int, speech: SpeechDetail) -> Revert:
    return lambda services, _mid: services.meeting_minutes.add_speech(
        item_id, speech.gist, member_id=speech.member_id,
        speaker_name="" if speech.member_id else speech.speaker_name, position=speech.position)


def unadd_item(item_id: int) -> Revert:
    return lambda services, _mid: services.meeting_minutes.remove_agenda_item(item_id)


def unremove_item(item: AgendaItemDetail) -> Revert:
    return lambda services, mid: services.meeting_minutes.restore_agenda_item(mid, item)


def unrecord_vote(vote_id: int) -> Revert:
    return lambda services, mid: services.meeting_minutes.remove_vote(mid, vote_id)


def unchange_vote(old: VoteDetail) -> Revert:
    before = VoteInput(old.subject, old.votes_for, old.votes_against, old.abstentions, old.id)
    return lambda services, mid: services.meeting_minutes.save_vote(mid, before)


def unremove_vote(old: VoteDetail) -> Revert:
    again = VoteInput(old.subject, old.votes_for, old.votes_against, old.abstentions)
    return lambda services, mid: services.meeting_minutes.save_vote(mid, again)
