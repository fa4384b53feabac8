"""A memo of Vietnamese name collation keys, one per service (no module-level state)."""

from __future__ import annotations

from desktop.domain.collation import name_sort_key


class NameKeys:
    """Memoised `name_sort_key`: collation costs ~50–100 µs a name, and the lists of a
    1,000-member branch re-sort the same names after every change."""

    def __init__(self) -> None:
        self._keys: dict[str, tuple] = {}

    def __call__(self, name: str) -> tuple:
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = name_sort_key(name)
        return key
