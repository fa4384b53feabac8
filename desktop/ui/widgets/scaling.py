"""Text size: the whole interface follows the application font, scaled by the user's setting.

Widgets must not set fixed pixel sizes; a heading asks for `scaled_font(widget, 1.4)` so it grows
with the setting too.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

_BASE_PROPERTY = "chiboBasePointSize"


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Set the application font to `percent` of the system size (remembered on first call)."""
    base = app.property(_BASE_PROPERTY)
    if not base:
        base = app.font().pointSizeF()
        if base <= 0:  # a pixel-sized system font: fall back to a readable default
            base = 10.0
        app.setProperty(_BASE_PROPERTY, base)
    font = app.font()
    font.setPointSizeF(float(base) * percent / 100)
    app.setFont(font)


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font `factor` times larger (headings, big figures)."""
    font = QFont(widget.font())
    font.setPointSizeF(max(1.0, font.pointSizeF() * factor))
    font.setBold(bold)
    return font
