"""The main window opens within the screens connected now, maximised on an office screen, and
comes back where it was closed; a place no screen shows any more is forgotten."""

from __future__ import annotations

from PySide6.QtCore import QRect

from desktop.app import FileActions
from desktop.settings import Settings
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.screen_fit import (
    DEFAULT_SIZE,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    ScreenArea,
    place,
)

OFFICE = ScreenArea(QRect(0, 0, 1366, 768), QRect(0, 0, 1366, 728))  # taskbar at the bottom
WIDE = ScreenArea(QRect(0, 0, 1920, 1080), QRect(0, 0, 1920, 1040))
LEFT = ScreenArea(QRect(-1600, 0, 1600, 900), QRect(-1600, 0, 1600, 900))  # a second monitor


def with_frame(rect: QRect) -> QRect:
    """The window as drawn: the client area with its title bar and borders."""
    border = FRAME_WIDTH // 2
    return rect.adjusted(-border, -(FRAME_HEIGHT - border), border, border)


def test_first_start_on_the_office_screen_is_maximised_and_fits():
    placement = place([OFFICE], [], False)
    assert placement.maximized
    assert OFFICE.available.contains(with_frame(placement.geometry))


def test_first_start_on_a_large_screen_opens_centred_at_the_default_size():
    placement = place([WIDE], [], False)
    assert not placement.maximized
    assert placement.geometry.size() == DEFAULT_SIZE
    assert abs(placement.geometry.center().x() - WIDE.available.center().x()) <= 1
    assert WIDE.available.contains(with_frame(placement.geometry))


def test_a_saved_place_comes_back_as_it_was():
    saved = [200, 120, 1100, 650]
    placement = place([WIDE], saved, False)
    assert list(placement.geometry.getRect()) == saved and not placement.maximized
    assert place([WIDE], saved, True).maximized


def test_a_saved_place_on_an_unplugged_monitor_is_forgotten():
    saved = [-1400, 100, 1200, 700]  # on the monitor left of the primary one
    assert list(place([WIDE, LEFT], saved, False).geometry.getRect()) == saved
    placement = place([OFFICE], saved, False)  # that monitor is gone
    assert OFFICE.available.contains(with_frame(placement.geometry))
    assert placement.geometry.width() == 1200  # the size is kept where it fits


def test_a_saved_place_too_big_or_half_off_the_screen_is_brought_back():
    placement = place([OFFICE], [0, 0, 1920, 1040], False)  # saved on the large screen before
    assert OFFICE.available.contains(with_frame(placement.geometry))
    assert placement.geometry.width() == 1366 - FRAME_WIDTH
    assert placement.geometry.height() == 728 - FRAME_HEIGHT
    placement = place([OFFICE], [900, 400, 1000, 600], False)  # its title bar still on screen
    assert OFFICE.available.contains(with_frame(placement.geometry))
    # Only a sliver of the title bar left on screen: too little to grab, so it is centred.
    placement = place([OFFICE], [1300, 300, 900, 500], False)
    assert OFFICE.available.contains(with_frame(placement.geometry))
    assert placement.geometry.size().toTuple() == (900, 500)


def test_the_window_remembers_its_size_place_and_state(qtbot, tmp_path, clock):
    settings = Settings(data_folder=str(tmp_path / "data"))
    window = MainWindow(settings, FileActions(settings, clock))
    qtbot.addWidget(window)
    window.show_on_screen()
    window.setGeometry(40, 60, 700, 500)
    qtbot.waitUntil(lambda: window.geometry().width() == 700)
    window.close()
    assert Settings.load().window_geometry == [40, 60, 700, 500]
    assert Settings.load().window_maximized is False

    again = MainWindow(Settings.load(), FileActions(settings, clock))
    qtbot.addWidget(again)
    again.show_on_screen()
    assert list(again.geometry().getRect()) == [40, 60, 700, 500]
    again.showMaximized()
    qtbot.waitUntil(again.isMaximized)
    again.close()
    stored = Settings.load()
    assert stored.window_maximized is True
    assert stored.window_geometry == [40, 60, 700, 500]  # the size it returns to when restored

    third = MainWindow(stored, FileActions(settings, clock))
    qtbot.addWidget(third)
    third.show_on_screen()
    assert third.isMaximized()
