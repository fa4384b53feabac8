"""Text size: the whole interface follows the application font, scaled by the user's setting.

Widgets must not set fixed pixel sizes; a heading asks for `scaled_font(widget, 1.4)` so it grows
with the setting too.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

BASE_PROPERTY = "chiboBasePointSize"  # the application's property: the size 100% stands for


def apply_text_scale(app: QApplication, percent: int, base: float | None = None) -> None:
    """Set the application font to `percent` of the system size (remembered on first call), or
    of `base` points, which is then remembered instead (to size the window for another
    system's font, as the fit test does for Windows')."""
    if base is not None:
        app.setProperty(BASE_PROPERTY, float(base))
    base = app.property(BASE_PROPERTY)
    if not base:
        base = app.font().pointSizeF()
        if base <= 0:  # a pixel-sized system font: fall back to a readable default
            base = 10.0
        app.setProperty(BASE_PROPERTY, base)
    font = app.font()
    font.setPointSizeF(float(base) * percent / 100)
    app.setFont(font)


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font `factor` times larger (headings, big figures)."""
    font = QFont(widget.font())
    font.setPointSizeF(max(1.0, font.pointSizeF() * factor))
    font.setBold(bold)
    return font
