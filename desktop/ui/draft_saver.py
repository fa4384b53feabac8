"""Saves a Draft a moment after typing stops, or at once when asked (tab change, leaving,
closing), through the runner's single write path, and says where it stands.

`submit(fn, on_done, on_error)` is `runner.write` or a page's own wrapper of it (a page that
counts its pending writes); `make_write(batch)` returns the function the writer runs for one
batch of typed values; `refused_of(result)` names the keys the service refused (key → reason).
Batches land in the order they were sent (the writer is first in, first out), so the saver
keeps them in a queue and needs no identifiers.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping
from datetime import datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.clock import Clock
from desktop.ui.draft import Draft, Key
from desktop.ui.operations import user_message

DELAY_MS = 800  # after the last key press: long enough not to save every letter

Submit = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], None]


class SaveState(Enum):
    CLEAN = "clean"  # nothing typed since the record was opened
    UNSAVED = "unsaved"
    SAVING = "saving"
    SAVED = "saved"
    REFUSED = "refused"  # some typed value was refused: it stays typed, with the reason


class DraftSaver(QObject):
    state_changed = Signal()

    def __init__(self, submit: Submit, make_write: Callable[[dict[Key, Any]], Callable[[], Any]],
                 refused_of: Callable[[Any], Mapping[Key, str]], parent: QObject,
                 clock: Clock, delay_ms: int = DELAY_MS):
        super().__init__(parent)
        self._submit, self._make_write, self._refused_of = submit, make_write, refused_of
        self._clock = clock
        self.draft = Draft()
        self._in_flight: deque[tuple[Draft, dict[Key, Any]]] = deque()
        self.saved_at: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    def reset(self) -> None:
        """Another record: a new, empty draft (send the old one first with `flush`)."""
        self._timer.stop()
        self.draft = Draft()
        self.saved_at = None
        self.state_changed.emit()

    def draft_value(self, key: Key, stored: Any) -> Any:
        """What a field shows: the current draft's value, else the stored one."""
        return self.draft.value(key, stored)

    def edit(self, key: Key, value: Any) -> None:
        self.draft.edit(key, value)
        self._timer.start()  # restarted by every key press: saved once typing pauses
        self.state_changed.emit()

    def flush(self) -> None:
        """Send what is typed now, if anything."""
        self._timer.stop()
        if not self.draft.dirty:
            return
        draft = self.draft
        batch = draft.take()
        self._in_flight.append((draft, batch))
        self._submit(self._make_write(batch), self._landed, self._failed)
        self.state_changed.emit()

    def note_saved(self) -> None:
        """Another write of the same record landed (an added speech): it is saved too."""
        self.saved_at = self._clock.now()
        self.state_changed.emit()

    @property
    def busy(self) -> bool:
        return bool(self._in_flight)

    def state(self) -> SaveState:
        draft = self.draft
        if draft.refused:
            return SaveState.REFUSED
        if draft.dirty:
            return SaveState.UNSAVED
        if draft.saving or self._in_flight:
            return SaveState.SAVING
        return SaveState.SAVED if self.saved_at is not None else SaveState.CLEAN

    def _landed(self, result: Any) -> None:
        draft, batch = self._in_flight.popleft()
        draft.landed(batch, self._refused_of(result))
        if draft is self.draft:
            self.note_saved()

    def _failed(self, error: Exception) -> None:
        draft, batch = self._in_flight.popleft()
        draft.failed(batch, user_message(error))
        if draft is self.draft:
            self.state_changed.emit()


def describe(state: SaveState, saver: DraftSaver) -> tuple[str, str, str]:
    """(text, colour, tooltip) of where the saving stands, for a label beside the record."""
    translate = QCoreApplication.translate
    if state is SaveState.REFUSED:
        reasons = list(dict.fromkeys(saver.draft.refused.values()))
        return (translate("DraftSaver", "Not saved: %1").replace("%1", reasons[0]), "#b00020",
                "\n".join(reasons))
    if state is SaveState.UNSAVED:
        return translate("DraftSaver", "Not saved yet"), "#a05a00", ""
    if state is SaveState.SAVING:
        return translate("DraftSaver", "Saving…"), "#666", ""
    if state is SaveState.SAVED:
        return (translate("DraftSaver", "Saved at %1").replace(
            "%1", saver.saved_at.strftime("%H:%M")), "#666", "")
    return translate("DraftSaver", "Changes are saved automatically"), "#666", ""
