"""Putting a value into a field without undoing the user's typing.

A reload after a save calls these for every field: a field that has the keyboard focus is left
as it is (the user is typing in it), and a field whose text is already right is not touched
(setting it again would move the cursor and clear the widget's own undo history).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget


def put_text(edit: QLineEdit, text: str) -> None:
    if not focused(edit) and edit.text() != text:
        edit.setText(text)


def put_plain(edit: QPlainTextEdit, text: str) -> None:
    if not focused(edit) and edit.toPlainText() != text:
        edit.setPlainText(text)


def focused(widget: QWidget) -> bool:
    """The widget, or a part of it (a combo box's line edit), has the keyboard focus."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


class Loading:
    """Set while a screen fills its fields, so their change signals are not taken as typing."""

    def __init__(self) -> None:
        self.active = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        before, self.active = self.active, True
        try:
            yield
        finally:
            self.active = before
