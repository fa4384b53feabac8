"""Help → Guide: the short guide shipped with the program (`resources/guide/huong-dan.html`,
one section per page, with screenshots the test suite regenerates), read offline in a
QTextBrowser. It opens at the section of the page the user is on.

The guide's text is Vietnamese in both languages; its window title and buttons are translated.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.paths import resource_path

GUIDE_FILE = ("guide", "huong-dan.html")
PICTURE_WIDTH = 880  # the 1366-px screenshots, scaled smoothly to fit beside the text


class GuideBrowser(QTextBrowser):
    """Shows the guide's screenshots scaled down smoothly (the text engine scales pixelated)."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: ANN201, N802 - Qt's name
        loaded = super().loadResource(kind, url)
        if kind == QTextDocument.ResourceType.ImageResource.value and loaded is not None:
            image = loaded if isinstance(loaded, QImage) else QImage.fromData(loaded)
            if not image.isNull() and image.width() > PICTURE_WIDTH:
                return image.scaledToWidth(PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        return loaded


def guide_path():  # noqa: ANN201 - a Path
    return resource_path(*GUIDE_FILE)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide — Sổ Chi bộ"))
        self.browser = GuideBrowser(self)
        self.browser.setOpenExternalLinks(True)  # a web link opens in the system's browser
        path = guide_path()
        self.browser.setSearchPaths([str(path.parent)])
        if path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:  # a broken install: say what is missing rather than show an empty window
            self.browser.setPlainText(self.tr("The guide was not found: %1").replace("%1", str(path)))
        self.contents = QPushButton(self.tr("Contents"), self)
        self.contents.clicked.connect(lambda: self.show_section("start"))
        self.back = QPushButton(self.tr("Back"), self)
        self.back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.back.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        self.close_button.setDefault(True)  # Enter closes the guide, Esc too
        buttons = QHBoxLayout()
        buttons.addWidget(self.contents)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Back, self, self.browser.backward)
        # Within 1366×728 with the window's title bar; wider text lines would be hard to read.
        metrics = self.fontMetrics()
        margins = metrics.averageCharWidth() * 8
        self.resize(min(PICTURE_WIDTH + margins, 1300), min(metrics.height() * 40, 660))

    def show_section(self, key: str) -> None:
        """Scroll to the section of a page (its navigation key), or to the top."""
        self.browser.scrollToAnchor(key)
