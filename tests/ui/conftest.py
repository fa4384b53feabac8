"""UI test helpers shared by every screen's tests."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.app import FileActions
from desktop.settings import Settings
from desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _vietnamese_for_screenshots(qapp):
    """Screenshots (CHIBO_SHOTS set) are taken in Vietnamese, as the user sees the window."""
    translator = None
    if os.environ.get("CHIBO_SHOTS"):
        from desktop.ui.i18n import install_language

        translator = install_language(qapp, "vi")
    yield
    if translator is not None:
        qapp.removeTranslator(translator)


@pytest.fixture
def shown(monkeypatch):
    """Message boxes recorded instead of shown (a modal box would block the test)."""
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: boxes.append(("error", text)))
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: boxes.append(("info", text)))
    return boxes


@pytest.fixture
def window(qtbot, tmp_path, shown, clock):
    """The main window with its settings in a temporary folder, on the suite's clock, not yet
    shown."""
    settings = Settings(data_folder=str(tmp_path / "data"))
    w = MainWindow(settings, FileActions(settings, clock))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    yield w
    w.close_file()
