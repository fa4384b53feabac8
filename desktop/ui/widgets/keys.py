"""The Delete key on a list or table removes its selected line.

An event filter rather than a QShortcut: several views of one window each take Delete for
their own lines, and Qt treats equal shortcuts of a window as ambiguous (none fires).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class _DeleteKey(QObject):
    def __init__(self, view: QWidget, act: Callable[[], None]):
        super().__init__(view)
        self._act = act

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Delete
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self._act()
            return True
        return False


def on_delete_key(view: QWidget, act: Callable[[], None]) -> None:
    view.installEventFilter(_DeleteKey(view, act))
