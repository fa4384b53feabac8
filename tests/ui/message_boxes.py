"""Answer the next message box a test's action opens (its exec() blocks until answered)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_next_box(button: QMessageBox.StandardButton, asked: list[str] | None = None) -> None:
    """Once a message box shows, note its text in `asked` and click `button`."""
    def poll() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, poll)
            return
        if asked is not None:
            asked.append(box.text())
        box.button(button).click()
    QTimer.singleShot(20, poll)
