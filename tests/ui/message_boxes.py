"""Answer the next message box a test's action opens (its exec() blocks until answered)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_next_box(button: QMessageBox.StandardButton | str, asked: list[str] | None = None) -> None:
    """Once a message box shows, note its text in `asked` and click `button` (a standard one,
    or the button with that text)."""
    def poll() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, poll)
            return
        if asked is not None:
            asked.append(box.text())
        if isinstance(button, str):
            next(b for b in box.buttons() if b.text() == button).click()
        else:
            box.button(button).click()
    QTimer.singleShot(20, poll)
