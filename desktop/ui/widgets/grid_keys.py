"""The keys that leave a keyboard-first grid, the same in every grid of the window.

A grid that uses Tab and the digits for its own work must still let the keyboard out, or the
tabs and the Save/Adopt buttons are out of reach without the mouse: Esc goes to the tabs above
the grid (whose arrows then switch tab, and Tab goes on to the page's buttons), Ctrl+Tab and
Ctrl+Shift+Tab switch to the next or previous tab, and Tab past the grid's last cell (Shift+Tab
before its first) goes on to the next (previous) field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QWidget


def enclosing_tabs(widget: QWidget) -> QTabWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    return parent


def leave(view: QAbstractItemView, forward: bool) -> None:
    """Move the focus to the next (previous) field after the grid, even when the grid's Tab
    moves between its own cells (QAbstractItemView's focusNextPrevChild stays inside)."""
    QWidget.focusNextPrevChild(view, forward)


def leaving_key(view: QAbstractItemView, event: QKeyEvent) -> bool:
    """Handle Esc, Ctrl+Tab and Ctrl+Shift+Tab in `view`; False for any other key."""
    key, modifiers = event.key(), event.modifiers()
    tabs = enclosing_tabs(view)
    if key == Qt.Key.Key_Escape and view.state() != QAbstractItemView.State.EditingState:
        if tabs is not None:
            tabs.tabBar().setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            leave(view, True)
        return True
    if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and modifiers & Qt.KeyboardModifier.ControlModifier:
        back = key == Qt.Key.Key_Backtab or bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if tabs is not None and tabs.count() > 1:
            tabs.setCurrentIndex((tabs.currentIndex() + (-1 if back else 1)) % tabs.count())
            tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
        else:
            leave(view, not back)
        return True
    return False
