"""Windows that fit the screen they open on: the main window's place and size (remembered in the
settings, restored only where a screen still shows it) and a dialog's first size.

The office screen is 1366×768 with a taskbar (1366×728 left): the main window opens maximised
there, and a dialog never opens taller or wider than what is left, or its buttons would be under
the taskbar.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SMALL_SCREEN = QSize(1366, 768)  # and smaller: the window opens maximised
DEFAULT_SIZE = QSize(1280, 800)
# What the system adds around a window's client area (a Windows 10 title bar is 31 px, its
# borders up to 8 px): a window sized to the available area plus these still fits.
FRAME_WIDTH = 16
FRAME_HEIGHT = 40
MIN_VISIBLE = 120  # px of a saved window that must be on a screen for its place to be reused


@dataclass(frozen=True)
class ScreenArea:
    """One screen: its whole geometry and the part left by the taskbar and docks."""

    geometry: QRect
    available: QRect


@dataclass(frozen=True)
class Placement:
    geometry: QRect  # the window's normal (not maximised) client area
    maximized: bool


def screen_areas() -> list[ScreenArea]:
    """The screens now connected, the primary one first."""
    primary = QGuiApplication.primaryScreen()
    screens = [primary] + [s for s in QGuiApplication.screens() if s is not primary]
    return [ScreenArea(s.geometry(), s.availableGeometry()) for s in screens if s is not None]


def place(screens: Sequence[ScreenArea], saved: Sequence[int], saved_maximized: bool) -> Placement:
    """Where the main window opens. `saved` is the last normal geometry [x, y, width, height]
    (empty when never saved); `screens` starts with the primary screen.

    A saved place is reused on the screen that still shows its title bar, clipped to that
    screen; a place no screen shows (a monitor unplugged) is forgotten and the window opens
    centred on the primary screen. Without a saved state the window is maximised on a small
    screen and of the default size elsewhere."""
    if not screens:  # no screen information at all: Qt places the window
        return Placement(QRect(QPoint(0, 0), DEFAULT_SIZE), saved_maximized)
    rect = QRect(*saved) if len(saved) == 4 else QRect()
    if rect.isValid():
        area = _showing(screens, rect)
        if area is not None:
            return Placement(_inside(rect, area.available), saved_maximized)
        return Placement(_centred(rect.size(), screens[0].available), saved_maximized)
    primary = screens[0]
    small = (primary.geometry.width() <= SMALL_SCREEN.width()
             and primary.geometry.height() <= SMALL_SCREEN.height())
    return Placement(_centred(DEFAULT_SIZE, primary.available), small)


def _showing(screens: Sequence[ScreenArea], rect: QRect) -> ScreenArea | None:
    """The screen that shows most of the window's top strip (where its title bar is grabbed),
    if any shows enough of it."""
    title = QRect(rect.x(), rect.y(), rect.width(), FRAME_HEIGHT)
    best, seen = None, 0
    for area in screens:
        part = title.intersected(area.available)
        visible = part.width() if part.height() >= FRAME_HEIGHT // 2 else 0
        if visible > seen:
            best, seen = area, visible
    return best if seen >= min(MIN_VISIBLE, rect.width()) else None


def _fitting(size: QSize, available: QRect) -> QSize:
    return QSize(min(size.width(), available.width() - FRAME_WIDTH),
                 min(size.height(), available.height() - FRAME_HEIGHT))


def _centred(size: QSize, available: QRect) -> QRect:
    rect = QRect(QPoint(0, 0), _fitting(size, available))
    rect.moveCenter(available.center())
    return _inside(rect, available)


def _inside(rect: QRect, available: QRect) -> QRect:
    """`rect` clipped to fit `available` (with its frame) and moved into it."""
    rect = QRect(rect.topLeft(), _fitting(rect.size(), available))
    top = available.top() + FRAME_HEIGHT - FRAME_WIDTH // 2  # the title bar above the client area
    left = available.left() + FRAME_WIDTH // 2
    right = available.right() - FRAME_WIDTH // 2
    bottom = available.bottom() - FRAME_WIDTH // 2
    rect.moveLeft(min(max(rect.left(), left), right - rect.width() + 1))
    rect.moveTop(min(max(rect.top(), top), bottom - rect.height() + 1))
    return rect


def available_size(widget: QWidget) -> QSize:
    """The size left on the widget's screen by the taskbar (the primary screen before it is
    shown)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else SMALL_SCREEN


def fit_size(widget: QWidget, width: int, height: int) -> None:
    """Give a dialog its first size, `width`×`height` at most what its screen leaves (with the
    window frame): a dialog taller than the screen hides its buttons under the taskbar."""
    room = available_size(widget)
    widget.resize(max(1, min(width, room.width() - FRAME_WIDTH)),
                  max(1, min(height, room.height() - FRAME_HEIGHT)))
