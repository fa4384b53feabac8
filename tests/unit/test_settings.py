"""Settings: defaults, JSON round trip, recent files, and bad files that must not crash."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from desktop import settings as settings_module
from desktop.settings import MAX_RECENT, Settings, settings_path


def test_defaults_when_no_file():
    s = Settings.load()
    assert s.language == "vi"
    assert s.text_scale == 100
    assert (s.margin_top_mm, s.margin_bottom_mm, s.margin_left_mm, s.margin_right_mm) == (
        20.0, 20.0, 30.0, 15.0)
    assert s.body_font_size == 14.0
    assert s.recent_files == [] and s.last_file == ""


def test_config_dir_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("CHIBO_CONFIG_DIR", str(tmp_path / "cfg"))
    assert settings_path() == tmp_path / "cfg" / "settings.json"


def test_round_trip_keeps_every_field(tmp_path):
    s = Settings(language="en", data_folder=str(tmp_path / "Dữ liệu"), text_scale=150,
                 margin_left_mm=35.0, body_font_size=13.0,
                 backup_folder=str(tmp_path / "sao lưu"), second_backup_folder="/media/usb")
    s.remember_file(tmp_path / "Chi bộ Tổ dân phố 5.sqlite")
    written = s.save()
    assert written == settings_path()
    assert Settings.load() == s
    # Stored as readable UTF-8 JSON, not escaped.
    assert "Chi bộ Tổ dân phố 5" in written.read_text(encoding="utf-8")


def test_recent_files_most_recent_first_without_duplicates(tmp_path):
    s = Settings()
    for i in range(MAX_RECENT + 3):
        s.remember_file(tmp_path / f"f{i}.sqlite")
    s.remember_file(tmp_path / "f5.sqlite")
    names = [Path(p).name for p in s.recent_files]
    # 11 files remembered, then f5 again: f5 first, then f10..f6, f4..f3 (8 in all).
    assert names == ["f5.sqlite", "f10.sqlite", "f9.sqlite", "f8.sqlite", "f7.sqlite",
                     "f6.sqlite", "f4.sqlite", "f3.sqlite"]
    assert s.last_file.endswith("f5.sqlite")
    s.forget_file(tmp_path / "f5.sqlite")
    assert len(s.recent_files) == MAX_RECENT - 1 and s.last_file == ""


def test_broken_json_falls_back_to_defaults_with_warning(caplog):
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("{ not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger=settings_module.__name__):
        assert Settings.load() == Settings()
    assert "unreadable" in caplog.text


def test_bad_values_fall_back_one_by_one(caplog):
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(json.dumps({
        "language": "fr", "text_scale": 175, "margin_top_mm": 500, "margin_left_mm": 25,
        "body_font_size": True, "recent_files": "x", "last_file": 3, "unknown": 1,
    }), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger=settings_module.__name__):
        s = Settings.load()
    assert (s.language, s.text_scale, s.margin_top_mm) == ("vi", 100, 20.0)
    assert s.margin_left_mm == 25.0 and isinstance(s.margin_left_mm, float)  # valid value kept
    assert s.body_font_size == 14.0 and s.recent_files == [] and s.last_file == ""
    assert caplog.text.count("invalid value") == 6


def test_json_that_is_not_an_object():
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("[1, 2]", encoding="utf-8")
    assert Settings.load() == Settings()


def test_default_paths_follow_data_folder(tmp_path):
    s = Settings(data_folder=str(tmp_path))
    assert s.default_file() == tmp_path / "chibo.sqlite"
    assert s.backup_path() is None and s.second_backup_path() is None


def test_window_place_round_trip_and_bad_values(caplog):
    s = Settings(window_geometry=[-1366, 24, 1200, 700], window_maximized=True)
    s.save()
    assert Settings.load() == s  # a place on a screen left of the primary one is kept as is
    settings_path().write_text(json.dumps({
        "window_geometry": [10, 20, 0, 700], "window_maximized": "yes"}), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger=settings_module.__name__):
        s = Settings.load()
    assert s.window_geometry == [] and s.window_maximized is False
    for bad in ([10, 20, 800], [10, 20, 800.5, 600], [True, 0, 800, 600], "10,20,800,600"):
        settings_path().write_text(json.dumps({"window_geometry": bad}), encoding="utf-8")
        assert Settings.load().window_geometry == []


def test_settings_saved_before_any_window_place_load_without_a_warning(caplog):
    """The default [] means "no place remembered": saved by the document settings or a first
    run, it is read back quietly (it warned at every start, and every CLI command printed it)."""
    Settings(body_font_size=13.0).save()
    with caplog.at_level(logging.WARNING, logger=settings_module.__name__):
        loaded = Settings.load()
    assert loaded.window_geometry == [] and loaded.body_font_size == 13.0
    assert caplog.records == []
