"""The menus' dialogs open on the file that is open, and say so when none is."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog


@pytest.fixture
def opened_dialogs(monkeypatch):
    seen: list[str] = []

    def record(dialog) -> int:  # noqa: ANN001 - instead of a modal loop
        seen.append(type(dialog).__name__)
        return 0

    monkeypatch.setattr(QDialog, "exec", record)
    return seen


def test_each_menu_dialog_opens_on_the_open_file(qtbot, window, shell_branch_file,
                                                 opened_dialogs):
    with qtbot.waitSignal(window.file_opened, timeout=10_000):
        window.open_file(shell_branch_file)
    for open_dialog in (window.open_restore, window.open_data_check, window.open_export,
                        window.open_keys, window.open_settings):
        open_dialog()
    window.runner.wait_for_tests()
    assert opened_dialogs == ["RestoreDialog", "DataCheckDialog", "ExportWizard", "KeyDialog",
                              "SettingsDialog"]


def test_without_a_file_the_dialogs_say_to_open_one(window, shown, opened_dialogs):
    window.open_keys()
    window.open_export()
    assert opened_dialogs == []
    assert shown == [("info", "Open a data file first.")] * 2
