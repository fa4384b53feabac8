"""A "card": a framed block with a title and rows of label + figure, for overview-like pages."""

from __future__ import annotations

from html import escape, unescape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.widgets.scaling import scaled_font


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A palette-derived style so it reads in light and dark themes alike.
        self.setStyleSheet(
            "QFrame#card { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); }"
        )
        layout = QVBoxLayout(self)
        self.title = QLabel(title, self)
        self.title.setFont(scaled_font(self, 1.25, bold=True))
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 1)
        self._grid.setHorizontalSpacing(24)
        layout.addLayout(self._grid)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        layout.addStretch(1)

    def add_row(self, label: str, value: str | int, *, emphasis: bool = False) -> QLabel:
        """Add one line; returns the value label (tests and callers may read it)."""
        row = self._grid.rowCount()
        name = QLabel(label, self)
        name.setWordWrap(True)
        figure = QLabel(str(value), self)
        figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        figure.setFont(scaled_font(self, 1.15 if emphasis else 1.0, bold=emphasis))
        if emphasis:
            name.setFont(scaled_font(self, 1.0, bold=True))
        self._grid.addWidget(name, row, 0)
        self._grid.addWidget(figure, row, 1)
        return figure

    def add_link_row(self, label: str, value: str, href: str, on_link, *,  # noqa: ANN001
                     alert: bool = False) -> QLabel:
        """A line whose label is a link (`on_link(href)` when clicked): e.g. a due item that
        opens its record. Returns the label."""
        row = self._grid.rowCount()
        name = QLabel(f'<a href="{href}">{escape(label)}</a>', self)
        name.setWordWrap(True)
        name.setTextFormat(Qt.TextFormat.RichText)
        name.linkActivated.connect(on_link)
        figure = QLabel(value, self)
        figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if alert:
            figure.setStyleSheet("color: #b00020; font-weight: bold;")
        self._grid.addWidget(name, row, 0)
        self._grid.addWidget(figure, row, 1)
        return name

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def values(self) -> dict[str, str]:
        """Label → figure, as shown (for tests and accessibility checks)."""
        out = {}
        for row in range(self._grid.rowCount()):
            name, figure = self._grid.itemAtPosition(row, 0), self._grid.itemAtPosition(row, 1)
            if name and figure:
                out[_plain(name.widget().text())] = figure.widget().text()
        return out


def _plain(text: str) -> str:
    """A link row's label without its markup."""
    if text.startswith("<a "):
        return unescape(text[text.index(">") + 1:text.rindex("</a>")])
    return text
