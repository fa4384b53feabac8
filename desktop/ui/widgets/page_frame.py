"""A page in a scroll area that scrolls only when the window is smaller than the page can be.

The window's page stack takes the largest minimum size of its pages: a page at 150% text wider
or taller than the screen would grow the window past it. In a PageFrame the page fills the area
exactly whenever its minimum size fits (its own lists scroll inside it, as without the frame),
and the frame scrolls otherwise. QScrollArea's own `widgetResizable` is not used: it gives a page
with wrapped text its preferred height rather than its minimum, so whole pages scrolled at 100%.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PageFrame(QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible stop for Tab
        self.setWidgetResizable(False)  # sized by fit() below

    def set_page(self, page: QWidget) -> None:
        self.setWidget(page)
        page.installEventFilter(self)
        self.fit()

    def needed(self, width: int) -> QSize:
        """The page's minimum size when it is `width` wide (wrapped text grows taller)."""
        page = self.widget()
        need = page.minimumSizeHint().expandedTo(page.minimumSize())
        layout = page.layout()
        if layout is not None and layout.hasHeightForWidth():
            need.setHeight(max(need.height(), layout.totalMinimumHeightForWidth(max(width, need.width()))))
        return need

    def fit(self) -> None:
        page = self.widget()
        if page is None:
            return
        room = self.maximumViewportSize()  # without scroll bars
        bar_height = self.horizontalScrollBar().sizeHint().height()
        bar_width = self.verticalScrollBar().sizeHint().width()
        need = self.needed(room.width())
        wide, tall = need.width() > room.width(), need.height() > room.height()
        if wide:
            room.setHeight(room.height() - bar_height)
            tall = need.height() > room.height()
        if tall:
            room.setWidth(room.width() - bar_width)
            need = self.needed(room.width())
            if not wide and need.width() > room.width():
                room.setHeight(room.height() - bar_height)
        page.resize(max(room.width(), need.width()), max(room.height(), need.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The page's minimum changed (another meeting opened, text size changed): refit.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return super().eventFilter(watched, event)


class SidePanel(QScrollArea):
    """A panel beside a list (a member's detail) that scrolls up and down when its text is
    long, and is never narrower than its content (its buttons are never cut)."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the panel's buttons
        self.setWidget(panel)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        panel = self.widget()
        if panel is not None:
            width = panel.minimumSizeHint().expandedTo(panel.minimumSize()).width()
            hint.setWidth(width + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth())
        return hint
