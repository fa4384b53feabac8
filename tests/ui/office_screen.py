"""The office PC the window is sized for: a 1366×768 screen (1366×728 above the taskbar) and
Windows' font metrics, stood in for by Liberation Sans (Arial's metric twin, from Debian's
fonts-liberation2) at Windows' interface size of 9 points (Segoe UI 9 pt; Arial is wider)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.ui.widgets.scaling import BASE_PROPERTY, apply_text_scale

SCREEN = QSize(1366, 728)
FONT_FAMILY = "Liberation Sans"
BASE_POINT_SIZE = 9.0


def font_file(family: str = FONT_FAMILY) -> Path | None:
    """The regular face of `family` as fontconfig finds it, or None when it is not installed
    (fontconfig answers every request with its nearest font, so the family is checked)."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    found = subprocess.run([fc_match, "-f", "%{family}\n%{file}", f"{family}:style=Regular"],
                           capture_output=True, text=True, timeout=30, check=False)
    names, _, path = found.stdout.partition("\n")
    if family not in names.split(",") or not path or not Path(path).is_file():
        return None
    return Path(path)


@pytest.fixture
def office_text(qapp: QApplication) -> Iterator[Callable[[int], None]]:
    """`office_text(percent)` sets the application font to Liberation Sans at `percent` of
    9 points, as the Settings' text size does; the font before is restored afterwards."""
    path = font_file()
    if path is None:
        pytest.skip(f"{FONT_FAMILY} is not installed (Debian: apt install fonts-liberation2); "
                    "the fit test measures with its Arial metrics")
    if QFontDatabase.addApplicationFont(str(path)) < 0:
        pytest.skip(f"Qt cannot read {path}")
    font, base = QFont(qapp.font()), qapp.property(BASE_PROPERTY)

    def use(percent: int) -> None:
        qapp.setFont(QFont(FONT_FAMILY, int(BASE_POINT_SIZE)))
        apply_text_scale(qapp, percent, base=BASE_POINT_SIZE)

    yield use
    qapp.setFont(font)
    qapp.setProperty(BASE_PROPERTY, base)
