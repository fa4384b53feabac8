"""The window on a data file that cannot be written: opened for viewing, said in the title and
the status bar, no timed backups, every page readable, a write refused with a message; and the
member dialog's refusals of hidden characters and impossible dates (issue 14)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

import desktop.store.backup as store_backup
import desktop.store.database as store_database
from desktop.ui.member_dialog import MemberDialog

SHOTS = os.environ.get("CHIBO_SHOTS")


def test_an_unwritable_file_opens_for_viewing_and_refuses_writes(qtbot, window, shell_branch_file, shown,
                                                                  monkeypatch):
    for module in (store_backup, store_database):  # as on a write-protected stick
        monkeypatch.setattr(module, "writable", lambda path: False)
    window.show()
    with qtbot.waitSignal(window.file_opened, timeout=10_000):
        window.open_file(shell_branch_file)
    assert window.services.db.read_only
    view_only = QCoreApplication.translate("MainWindow", "(view only)")  # "(chỉ xem)" in Vietnamese
    assert window.windowTitle() == f"Sổ Chi bộ — Chi bộ Khu phố 3 {view_only}"
    assert window.read_only_label.isVisible()
    for key in window.navigator.keys():  # every page reads its data
        window.navigator.select(key)
        page = window.navigator.page(key)
        assert isinstance(page, QWidget)
        broken = QCoreApplication.translate("Navigator", "This page could not be opened: %1").split(":")[0]
        assert broken not in " ".join(label.text() for label in page.findChildren(QLabel)), key
    window.runner.wait_for_tests(10_000)
    assert not [text for kind, text in shown if kind == "error"]
    assert not (shell_branch_file.parent / "backups").exists()  # no backup on open
    window.navigator.select("members")
    members = window.navigator.page("members")
    members.new_member()
    dialog = members.dialog
    assert isinstance(dialog, MemberDialog)
    dialog.name_edit.setText("Vũ Thị Hạnh")
    dialog.save()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=5000)
    assert "đang được mở chỉ để xem" in dialog.error_label.text()
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        window.resize(1366, 728)
        window.grab().save(os.path.join(SHOTS, "read_only_window.png"))
        dialog.grab().save(os.path.join(SHOTS, "read_only_refusal.png"))
    dialog.done(0)  # closed without the unsaved-changes question: the refusal kept nothing


def test_the_member_dialog_refuses_a_hidden_character_and_a_birth_in_1800(qtbot, window, shell_branch_file):
    with qtbot.waitSignal(window.file_opened, timeout=10_000):
        window.open_file(shell_branch_file)
    window.navigator.select("members")
    members = window.navigator.page("members")
    members.new_member()
    dialog = members.dialog
    dialog.name_edit.setText("Vũ Thị\x00 Hạnh")
    dialog.save()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=5000)
    assert dialog.error_label.text().startswith("Họ và tên có ký tự điều khiển hoặc ký tự ẩn (U+0000)")
    dialog.name_edit.setText("Vũ Thị Hạnh")
    dialog.birth_edit.setText("19/05/1800")
    dialog.save()
    qtbot.waitUntil(lambda: "1800" in dialog.error_label.text(), timeout=5000)
    assert dialog.error_label.text() == "Ngày sinh 19/05/1800 không thể đúng (hơn 120 tuổi). (Vũ Thị Hạnh)"
    assert dialog.isVisible()
    dialog.done(0)  # typed and refused: closed without the unsaved-changes question
