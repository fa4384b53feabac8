"""What the window shows while a data file opens on a worker thread: which file, and that the
program is working. The window paints this at once; the pages follow when the file is open.
The same panel says so while the window closes and the file's last writes land."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop.ui.widgets.scaling import scaled_font


class OpeningPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self.tr("Opening the data file…"), self)
        self.title.setFont(scaled_font(self, 1.4, bold=True))
        self.path = QLabel(self)
        self.path.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # indeterminate: the time depends on the file and the disk
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
        # Centred by stretches rather than alignment flags: this panel is the first thing painted,
        # and the first use of the `Qt` namespace costs ~12 ms in PySide6.
        column = QVBoxLayout(self)
        column.addStretch(1)
        for widget in (self.title, self.path, self.bar):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(widget)
            row.addStretch(1)
            column.addLayout(row)
        column.addStretch(2)

    def show_file(self, path: Path) -> None:
        self.path.setText(str(path))

    def show_saving(self, path: Path) -> None:
        self.title.setText(self.tr("Saving…"))
        self.path.setText(str(path))
