"""One record's draft: what the user typed and the file does not hold yet (no Qt here).

A field is named by a key. `edit` records a typed value; `take` hands the typed values over to
be saved (they are then "sent"); `landed` says the save is done, and which keys were refused.
Until a value has landed, `value(key, stored)` answers the typed (or sent) value, not the stored
one, so a screen that reloads after a save shows what the user typed, never what the file held
before. A refused value stays in the draft, typed, with the reason, until the user changes it.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import Any

Key = Hashable


class Draft:
    def __init__(self) -> None:
        self._typed: dict[Key, Any] = {}
        self._sent: dict[Key, Any] = {}
        self._refused: dict[Key, str] = {}

    # --- typing --------------------------------------------------------------------------
    def edit(self, key: Key, value: Any) -> None:
        self._typed[key] = value
        self._refused.pop(key, None)  # changed since: the reason may no longer hold

    def value(self, key: Key, stored: Any) -> Any:
        """What the screen should show: typed, else sent and not yet landed, else stored."""
        if key in self._typed:
            return self._typed[key]
        return self._sent.get(key, stored)

    def pending(self, key: Key) -> bool:
        return key in self._typed or key in self._sent

    def forget(self, keys: Iterable[Key]) -> None:
        """Drop the typed values of fields that no longer exist (a removed agenda item)."""
        for key in list(keys):
            self._typed.pop(key, None)
            self._refused.pop(key, None)

    def keys(self) -> set[Key]:
        return set(self._typed) | set(self._sent)

    # --- saving --------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        """Typed values not handed over to be saved yet."""
        return bool(self._typed)

    @property
    def unanswered(self) -> bool:
        """Typed values the file has not answered yet: typed and not refused (a refused value
        stays typed until changed), or sent and not landed."""
        return bool(self._sent) or any(key not in self._refused for key in self._typed)

    @property
    def saving(self) -> bool:
        return bool(self._sent)

    @property
    def refused(self) -> Mapping[Key, str]:
        return dict(self._refused)

    def take(self) -> dict[Key, Any]:
        """The typed values, now being saved."""
        batch = dict(self._typed)
        self._sent.update(batch)
        self._typed.clear()
        return batch

    def landed(self, batch: Mapping[Key, Any], refused: Mapping[Key, str]) -> None:
        """`batch` was saved except the keys of `refused` (key → the reason)."""
        for key, value in batch.items():
            if self._sent.get(key) == value:
                del self._sent[key]
            if key in refused:
                # Typed again meanwhile: the newer value goes in the next save instead.
                self._typed.setdefault(key, value)
                self._refused[key] = refused[key]
            else:
                self._refused.pop(key, None)

    def failed(self, batch: Mapping[Key, Any], reason: str) -> None:
        """Nothing of `batch` was saved (the whole save was refused)."""
        self.landed(batch, dict.fromkeys(batch, reason))
