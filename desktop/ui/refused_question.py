"""The one question asked before typed text the file refused is dropped (closing the window,
opening another meeting): that text exists only on screen, so the secretary chooses; Enter and
Esc stay."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def may_drop_refused(parent: QWidget, title: str, intro: str, stay_label: str, drop_label: str,
                     reasons: list[str]) -> bool:
    """True when nothing is refused, or the secretary chose to drop it."""
    if not reasons:
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, title,
                      intro + "\n\n" + "\n".join(f"• {r}" for r in reasons),
                      QMessageBox.StandardButton.NoButton, parent)
    stay = box.addButton(stay_label, QMessageBox.ButtonRole.RejectRole)
    box.addButton(drop_label, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is not stay
