"""The interface language: our catalogue, Qt's own buttons, and compiling a stale catalogue."""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.app import FileActions
from desktop.paths import translations_dir
from desktop.settings import Settings
from desktop.ui import i18n
from desktop.ui.i18n import catalogue_file, checkout_catalogue, install_language
from desktop.ui.main_window import MainWindow


@pytest.fixture
def vietnamese(qapp):
    """The Vietnamese translator for one test; removed afterwards so other tests stay English."""
    old_locale = QLocale()
    translator = install_language(qapp, "vi")
    assert translator is not None
    yield translator
    QApplication.removeTranslator(translator)
    QLocale.setDefault(old_locale)


def test_qt_standard_buttons_speak_vietnamese(qtbot, vietnamese):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Yes)
    qtbot.addWidget(box)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"Đồng ý", "Hủy", "&Có"}
    assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Dán"
    assert QLocale().language() == QLocale.Language.Vietnamese


def test_window_menus_and_welcome_are_vietnamese(qtbot, vietnamese, tmp_path, clock):
    settings = Settings(data_folder=str(tmp_path))
    window = MainWindow(settings, FileActions(settings, clock))
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Tệp", "&Công cụ", "Trợ &giúp"]
    assert window.welcome.create_button.text() == "Tạo tệp và bắt đầu"
    assert window.statusBar().findChildren(type(window._path_label))[0].text() == "Chưa mở tệp nào"


def test_english_catalogue_installs_too(qapp):
    old_locale = QLocale()
    translator = install_language(qapp, "en")
    try:
        assert translator is not None
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        QApplication.removeTranslator(translator)
        QLocale.setDefault(old_locale)


def test_stale_catalogue_is_compiled_into_the_cache(tmp_path):
    folder, cache = tmp_path / "translations", tmp_path / "cache"
    folder.mkdir()
    shutil.copy(translations_dir() / "desktop_vi.ts", folder / "desktop_vi.ts")
    # No .qm at all (a fresh checkout): compiled into the cache.
    qm = checkout_catalogue("vi", folder, cache)
    assert qm == cache / "desktop_vi.qm" and qm.stat().st_size > 0
    # A .qm beside the .ts but older than it: the cache is used (and is fresh).
    beside = folder / "desktop_vi.qm"
    shutil.copy(qm, beside)
    ts_time = (folder / "desktop_vi.ts").stat().st_mtime
    os.utime(beside, (ts_time - 60, ts_time - 60))
    assert checkout_catalogue("vi", folder, cache) == qm
    # The .qm beside is up to date (`desktop.devtools.i18n release` was run): it wins.
    os.utime(beside, (ts_time + 60, ts_time + 60))
    assert checkout_catalogue("vi", folder, cache) == beside
    # No source catalogue: nothing to build from.
    (folder / "desktop_vi.ts").unlink()
    assert checkout_catalogue("vi", folder, cache) is None


def test_the_shipped_catalogue_wins_over_the_checkout(tmp_path, monkeypatch):
    shipped = tmp_path / "desktop_vi.qm"
    shipped.write_bytes(b"compiled")
    monkeypatch.setattr(i18n, "shipped_catalogue", lambda lang: shipped if lang == "vi" else None)
    assert catalogue_file("vi") == shipped
    monkeypatch.setattr(i18n, "translations_dir", lambda: None)  # installed, English not shipped
    assert catalogue_file("en") is None
