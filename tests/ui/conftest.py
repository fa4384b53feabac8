"""UI test helpers shared by every screen's tests, and the guard that keeps service calls off
the GUI thread."""

from __future__ import annotations

import functools
import gc
import importlib
import os
import pkgutil
import sys
import threading
from pathlib import Path
from types import FunctionType

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import Engine, event

import desktop.services
import desktop.ui
from desktop.app import FileActions
from desktop.settings import Settings
from desktop.ui.gui_collector import GuiThreadCollector
from desktop.ui.main_window import MainWindow

SCREEN_CODE = str(Path(desktop.ui.__file__).parent)


def _screen_code_on_gui_thread() -> bool:
    """True when the calling code runs on the GUI thread on behalf of a screen (desktop/ui);
    a test itself may call services to set up its data."""
    if threading.current_thread() is not threading.main_thread():
        return False
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename.startswith(SCREEN_CODE):
            return True
        frame = frame.f_back
    return False


@pytest.fixture(scope="session")
def service_classes() -> list[type]:
    """Every `…Service` class of desktop.services, whichever way a screen reaches it."""
    found = []
    for info in pkgutil.walk_packages(desktop.services.__path__, "desktop.services."):
        module = importlib.import_module(info.name)
        found += [value for value in vars(module).values()
                  if isinstance(value, type) and value.__module__ == module.__name__
                  and value.__name__.endswith("Service") and not value.__name__.startswith("_")]
    return found


def _guarded(method, name: str, seen: list[str]):  # noqa: ANN001, ANN202
    @functools.wraps(method)
    def call(*args, **kwargs):  # noqa: ANN202
        if _screen_code_on_gui_thread():
            seen.append(name)
        return method(*args, **kwargs)

    return call


@pytest.fixture(autouse=True)
def _no_service_call_on_the_gui_thread(monkeypatch, service_classes):
    """Screens read through `runner.query` and write through `runner.write`: a service method
    called, or SQL run, on the GUI thread by screen code fails the test."""
    seen: list[str] = []
    for cls in service_classes:
        for name, value in list(vars(cls).items()):
            if isinstance(value, FunctionType) and not name.startswith("_"):
                monkeypatch.setattr(cls, name, _guarded(value, f"{cls.__name__}.{name}", seen))

    def sql_on_gui_thread(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        if _screen_code_on_gui_thread():
            seen.append("SQL: " + " ".join(statement.split())[:60])

    event.listen(Engine, "before_cursor_execute", sql_on_gui_thread)
    yield seen
    event.remove(Engine, "before_cursor_execute", sql_on_gui_thread)
    assert not seen, "called on the GUI thread by screen code: " + ", ".join(dict.fromkeys(seen))


@pytest.fixture(autouse=True, scope="session")
def _window_language_is_not_the_machines(qapp):
    """The core's messages speak the window's language, which `install_language` sets as the
    default locale; until a test installs one, a machine's own locale (en_US on many) must not
    turn them English: the window starts in Vietnamese."""
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def english(qapp):
    """The window in English for one test (catalogue and locale), put back afterwards."""
    from desktop.ui.i18n import install_language

    old_locale = QLocale()
    translator = install_language(qapp, "en")
    yield translator
    if translator is not None:
        qapp.removeTranslator(translator)
    QLocale.setDefault(old_locale)


@pytest.fixture(autouse=True)
def _collector_on_the_gui_thread(qapp):
    """As in the app (desktop.app.build_gui): cycles are collected on the GUI thread only, so a
    worker never frees a closed window's Qt objects. After the test its garbage is freed here,
    and the collector is Python's again for the tests outside tests/ui."""
    collector = GuiThreadCollector(qapp)
    yield collector
    collector.stop()
    collector.setParent(None)
    gc.collect()


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
def window(tmp_path, shown, qtbot, clock):
    """The main window with its settings in a temporary folder, on the suite's clock, not yet
    shown.

    Not handed to qtbot, which would delete it at once: like the real window, it first lets its
    pending writes land and releases its file, here, with the event loop running."""
    settings = Settings(data_folder=str(tmp_path / "data"))
    w = MainWindow(settings, FileActions(settings, clock))
    w.resize(1280, 800)
    yield w
    closed: list[bool] = []
    w.close_file(then=lambda: closed.append(True))
    qtbot.waitUntil(lambda: bool(closed), timeout=20_000)
    w.close()
    w.deleteLater()
