"""Settings dialog: round trip to settings.json and the branch profile; no clipping at 150%."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.app import FileActions
from desktop.settings import Settings
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.widgets.scaling import apply_text_scale


@pytest.fixture
def opened(shell_branch_file, clock):
    file = FileActions(Settings(), clock).open(shell_branch_file)
    yield file
    file.services.db.close()


@pytest.fixture
def runner(qtbot):
    bus = ChangeBus()
    r = OperationRunner(bus)
    yield r
    r.wait_for_tests()


@pytest.fixture
def scale_restored(qapp):
    yield
    apply_text_scale(qapp, 100)


def press_ok(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_round_trip_settings_and_profile(qtbot, opened, runner, shown, scale_restored, tmp_path):
    settings = Settings()
    dialog = SettingsDialog(settings, opened.services, opened.profile, runner)
    qtbot.addWidget(dialog)
    assert dialog.profile_form.name.text() == "Chi bộ Khu phố 3"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(125))
    dialog.margins["margin_left_mm"].setValue(35)
    dialog.body_font_size.setValue(13)
    dialog.second_backup_folder.set_path(str(tmp_path / "usb"))
    dialog.profile_form.place_name.setText("Phường Sài Gòn")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        press_ok(dialog)
    saved = Settings.load()
    assert (saved.language, saved.text_scale, saved.margin_left_mm, saved.body_font_size) == (
        "en", 125, 35.0, 13.0)
    assert saved.second_backup_folder == str(tmp_path / "usb")
    assert saved.data_folder == ""  # the default folder stays "the default"
    assert saved == settings  # the shared object the pages read was updated too
    assert opened.services.branch.profile().place_name == "Phường Sài Gòn"
    assert ("info", "The new language will be used the next time you start Sổ Chi bộ.") in shown
    font = QApplication.font().pointSizeF()
    apply_text_scale(QApplication.instance(), 100)
    assert font == pytest.approx(QApplication.font().pointSizeF() * 1.25)


def test_refused_profile_keeps_the_dialog_open(qtbot, opened, runner, shown):
    dialog = SettingsDialog(Settings(), opened.services, opened.profile, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.profile_form.term_end.setDate(dialog.profile_form.term_start.date().addDays(-1))
    press_ok(dialog)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [("error", "Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.")]
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert opened.services.branch.profile().term_end == date(2030, 12, 31)  # unchanged


def test_without_an_open_file_there_is_no_branch_tab(qtbot, runner):
    dialog = SettingsDialog(Settings(), None, None, runner)
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["General", "Documents"]
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        press_ok(dialog)


def test_nothing_is_clipped_at_150_percent(qtbot, opened, runner, qapp, scale_restored):
    apply_text_scale(qapp, 150)
    dialog = SettingsDialog(Settings(text_scale=150), opened.services, opened.profile, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    kinds = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        qapp.processEvents()
        for widget in dialog.tabs.currentWidget().findChildren(QWidget):
            if not isinstance(widget, kinds) or not widget.isVisible():
                continue
            if isinstance(widget.parent(), (QLineEdit, QAbstractSpinBox)):
                continue  # a field's own inner parts (its clear button) are sized by the field
            if isinstance(widget, QLabel) and widget.wordWrap():
                # A wrapped label needs its height for its width.
                assert widget.height() >= widget.heightForWidth(widget.width()) - 1, widget.text()
                continue
            hint = widget.minimumSizeHint()
            assert widget.width() >= hint.width() and widget.height() >= hint.height(), (
                dialog.tabs.tabText(index), type(widget).__name__,
                getattr(widget, "text", lambda: "")())


def test_new_backup_folders_apply_to_the_open_file(qtbot, opened, runner, tmp_path):
    dialog = SettingsDialog(Settings(), opened.services, opened.profile, runner)
    qtbot.addWidget(dialog)
    dialog.backup_folder.set_path(str(tmp_path / "sao lưu"))
    dialog.second_backup_folder.set_path(str(tmp_path / "usb"))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        press_ok(dialog)
    assert runner.wait_for_tests()  # set on the writer, after the backups queued before
    assert opened.services.backups.folders == (tmp_path / "sao lưu", tmp_path / "usb")
