"""The window and encrypted files: a new file encrypted by default with its recovery sheet, the
passphrase asked on opening (three tries), Tools → Encrypt the data file (convert, change the
passphrase), restoring a backup made under the old passphrase, the records export's warning.

With CHIBO_SHOTS set to a folder, each new dialog is saved there as a screenshot (Vietnamese)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from encrypted_data import NAMES, NEW_PASSPHRASE, PASSPHRASE, leaks, make_branch
from PySide6.QtWidgets import QMessageBox, QScrollArea

from desktop.clock import Clock
from desktop.services.backups import BackupService
from desktop.services.file_secrets import FileSecret, open_data_file
from desktop.settings import settings_path
from desktop.store.cipher import file_kind
from desktop.ui.encryption_dialog import EncryptionDialog
from desktop.ui.recovery_sheet_dialog import RecoverySheetDialog
from desktop.ui.restore_dialog import RestoreDialog
from desktop.ui.unlock_dialog import UnlockDialog, UnlockFlow

SHOTS = os.environ.get("CHIBO_SHOTS")


def shot(widget, name: str, size: tuple[int, int] | None = None) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        if size is None:
            widget.adjustSize()
        else:
            widget.resize(*size)
        widget.grab().save(str(Path(SHOTS) / name))


@pytest.fixture
def sheets(monkeypatch, qtbot):
    """Recovery sheet dialogs recorded (and pictured) instead of waited on."""
    seen: list[tuple[str, str]] = []

    def record(dialog: RecoverySheetDialog) -> int:
        qtbot.addWidget(dialog)
        shot(dialog, f"recovery-sheet-{dialog._reason}.png")  # noqa: SLF001
        seen.append((dialog._reason, dialog._code))  # noqa: SLF001
        dialog.kept.setChecked(True)
        return 1

    monkeypatch.setattr(RecoverySheetDialog, "exec", record)
    return seen


def open_in(window, qtbot, path: Path, secret: str | None = None) -> None:
    answers = [FileSecret.passphrase(secret)] if secret else []
    window._unlock = UnlockFlow(window, window._open_with_secret,  # noqa: SLF001
                                ask=lambda *_args: answers.pop(0) if answers else None)
    with qtbot.waitSignal(window.file_opened, timeout=20_000):
        window.open_file(path)


def test_a_new_file_is_encrypted_by_default_and_its_code_shown(qtbot, window, tmp_path, sheets):
    window.show_welcome()
    welcome = window.welcome
    assert welcome.protection.encrypt.isChecked()
    form = welcome.profile_form
    for field, text in (("name", "Chi bộ Tổ dân phố số 12"), ("code", "TDP12"),
                        ("superior_committee", "Đảng ủy phường Kim Mã"), ("place_name", "Kim Mã")):
        getattr(form, field).setText(text)
    welcome.protection.passphrase.setText("ngắn")
    welcome.protection.repeat.setText("ngắn")
    welcome.create_button.click()
    assert "ít nhất 12 ký tự" in welcome.protection_error.text()
    assert not (tmp_path / "data" / "chibo.sqlite").exists()
    welcome.protection.passphrase.clear()
    qtbot.keyClicks(welcome.protection.passphrase, "a")  # typing hides the message
    assert welcome.protection_error.isHidden()
    welcome.protection.passphrase.setText(PASSPHRASE)  # (QTest types Latin-1 keys only)
    welcome.protection.repeat.setText(PASSPHRASE)
    window.show()
    welcome.findChild(QScrollArea).ensureWidgetVisible(welcome.protection)
    shot(window, "new-file-encrypted.png", (1366, 728))
    with qtbot.waitSignal(window.file_opened, timeout=20_000):
        welcome.create_button.click()
    qtbot.waitUntil(lambda: bool(sheets), timeout=10_000)
    assert sheets[0][0] == "created" and len(sheets[0][1]) == 69
    assert welcome.protection.passphrase.text() == ""  # not kept in the form
    path = tmp_path / "data" / "chibo.sqlite"
    assert window.services.db.encrypted and file_kind(path) == "encrypted"
    saved = settings_path().read_text(encoding="utf-8")  # the file is remembered, not its passphrase
    assert str(path.resolve()) in saved and PASSPHRASE not in saved


def test_opening_asks_the_passphrase_three_times_at_most(qtbot, window, tmp_path, shown):
    path = tmp_path / "chibo.sqlite"
    make_branch(path, FileSecret.passphrase(PASSPHRASE))
    asked: list[tuple[str, int]] = []

    def wrong(_parent, _path, problem, tries_left):  # noqa: ANN001, ANN202
        asked.append((problem, tries_left))
        return FileSecret.passphrase("không phải cụm mật khẩu này")

    window._unlock = UnlockFlow(window, window._open_with_secret, ask=wrong)  # noqa: SLF001
    window.open_file(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert [left for _problem, left in asked] == [3, 2, 1]
    assert asked[0][0] == "" and "Cụm mật khẩu không mở được tệp" in asked[1][0]
    assert "Three wrong tries" in shown[0][1] or "Nhập sai ba lần" in shown[0][1]
    assert window.services is None
    open_in(window, qtbot, path, PASSPHRASE)  # a fourth attempt starts afresh
    assert window.services.db.encrypted


def test_the_unlock_dialog_takes_a_passphrase_or_the_recovery_code(qtbot, tmp_path):
    dialog = UnlockDialog(None, tmp_path / "chibo.sqlite", "Cụm mật khẩu không mở được tệp «chibo.sqlite».", 2)
    qtbot.addWidget(dialog)
    shot(dialog, "unlock.png")
    dialog.use_code.setChecked(True)
    dialog.secret_edit.setText("abcd efgh")
    dialog.buttons.accepted.emit()
    secret = dialog.take_secret()
    assert secret.is_code and secret.text == "abcd efgh"
    assert dialog.secret_edit.text() == "" and dialog.take_secret() is None


def test_tools_encrypt_converts_the_open_file(qtbot, window, tmp_path, sheets, caplog):
    path = tmp_path / "chibo.sqlite"
    make_branch(path, None)
    open_in(window, qtbot, path)
    services = window.services
    dialog = window.encryption_dialog(window._context())  # noqa: SLF001 - as Công cụ opens it
    qtbot.addWidget(dialog)
    shot(dialog, "encrypt-plain-file.png")
    dialog.new_passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "!")
    dialog.encrypt_button.click()
    qtbot.waitUntil(lambda: "không giống nhau" in dialog.status.text(), timeout=10_000)
    dialog.new_passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(window.file_opened, timeout=30_000):
        dialog.encrypt_button.click()
    qtbot.waitUntil(lambda: bool(sheets), timeout=10_000)
    assert sheets[0][0] == "converted"
    assert window.services is not services and window.services.db.encrypted
    qtbot.waitUntil(lambda: window._runner.idle, timeout=10_000)  # noqa: SLF001 - the backup on opening
    assert file_kind(path) == "encrypted" and leaks(tmp_path, NAMES) == []
    assert not [r for r in caplog.records if "backup on close failed" in r.getMessage()]


def test_esc_while_the_file_is_encrypted_keeps_the_dialog_until_its_answer(qtbot, window,
                                                                           tmp_path, sheets):
    """Esc, Close or the title bar's button while the conversion runs: the dialog stays, so
    the window still reopens the encrypted file and shows the recovery sheet (they were lost,
    and the window went on reading the old file)."""
    import threading

    from PySide6.QtCore import Qt

    path = tmp_path / "chibo.sqlite"
    make_branch(path, None)
    open_in(window, qtbot, path)
    dialog = window.encryption_dialog(window._context())  # noqa: SLF001 - as Công cụ opens it
    qtbot.addWidget(dialog)
    release, real = threading.Event(), dialog._encrypt  # noqa: SLF001
    dialog._encrypt = lambda *args: (release.wait(10), real(*args))[1]  # noqa: SLF001 - a slow disk
    dialog.show()
    dialog.new_passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    dialog.encrypt_button.click()
    assert not dialog.close_box.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.reject()
    dialog.close()
    assert dialog.isVisible()
    with qtbot.waitSignal(window.file_opened, timeout=30_000):
        release.set()
    qtbot.waitUntil(lambda: bool(sheets), timeout=10_000)
    assert sheets[0][0] == "converted" and window.services.db.encrypted
    qtbot.waitUntil(lambda: window._runner.idle, timeout=10_000)  # noqa: SLF001


def test_tools_encrypt_changes_the_passphrase(qtbot, window, tmp_path, sheets):
    path = tmp_path / "chibo.sqlite"
    make_branch(path, FileSecret.passphrase(PASSPHRASE))
    open_in(window, qtbot, path, PASSPHRASE)
    dialog = EncryptionDialog(window._context(), window)  # noqa: SLF001
    qtbot.addWidget(dialog)
    shot(dialog, "encrypt-change-passphrase.png")
    dialog.current.setText("sai cụm mật khẩu hiện tại")
    dialog.new_passphrase.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: "hiện tại không đúng" in dialog.status.text(), timeout=10_000)
    dialog.current.setText(PASSPHRASE)
    dialog.new_passphrase.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=20_000) as changed:
        dialog.change_button.click()
    window.show_recovery_sheet(window.services, "changed", changed.args[0])
    assert sheets == [("changed", changed.args[0])]
    backups = list((tmp_path / "backups").glob("chibo-*-before-passphrase-change.sqlite"))
    assert len(backups) == 1 and file_kind(backups[0]) == "encrypted"


def test_restoring_a_backup_made_under_the_old_passphrase_asks_for_it(qtbot, window, tmp_path,
                                                                     monkeypatch):
    path = tmp_path / "chibo.sqlite"
    make_branch(path, FileSecret.passphrase(PASSPHRASE))
    with open_data_file(path, FileSecret.passphrase(PASSPHRASE)) as db:
        yesterday = BackupService(db, clock=Clock.fixed(window._actions.clock.now().replace(day=17))).make(  # noqa: SLF001
            "close").path
        from desktop.services.encryption import EncryptionService

        EncryptionService(db, BackupService(db, clock=window._actions.clock),  # noqa: SLF001
                          clock=window._actions.clock).change_passphrase(  # noqa: SLF001
            FileSecret.passphrase(PASSPHRASE), NEW_PASSPHRASE, NEW_PASSPHRASE)
    open_in(window, qtbot, path, NEW_PASSPHRASE)
    asked: list[Path] = []

    def old_passphrase(_parent, path, *args, **kwargs):  # noqa: ANN001, ANN202
        asked.append(path)
        return FileSecret.passphrase(PASSPHRASE)

    monkeypatch.setattr("desktop.ui.unlock_dialog.ask_secret", old_passphrase)
    services = window.services
    dialog = RestoreDialog(window._context(), window,  # noqa: SLF001
                           perform=lambda p, secret=None: window._actions.restore(services, p, secret))  # noqa: SLF001
    qtbot.addWidget(dialog)
    def other_key_shown() -> bool:
        cells = [dialog.table.item(row, 4) for row in range(dialog.table.rowCount())]
        return sum(1 for c in cells if c is not None and "mật khẩu cũ" in c.text()) == 2

    qtbot.waitUntil(other_key_shown, timeout=10_000)
    shot(dialog, "restore-other-passphrase.png", (980, 520))
    with qtbot.waitSignal(dialog.restored, timeout=30_000):
        dialog.confirm_and_restore(yesterday, ask=False)
    assert asked == [yesterday]


def test_records_export_of_an_encrypted_file_warns_and_asks(qtbot, window, tmp_path, monkeypatch, shown):
    path = tmp_path / "chibo.sqlite"
    make_branch(path, FileSecret.passphrase(PASSPHRASE))
    open_in(window, qtbot, path, PASSPHRASE)
    from desktop.ui.records_export import export_records

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: (warned.append(text),
                                                                                  answers.pop(0))[1])
    out = tmp_path / "ho-so.json"
    export_records(window, window._context(), out)  # noqa: SLF001
    assert "plain text" in warned[0] or "văn bản thường" in warned[0]
    assert not out.exists()
    export_records(window, window._context(), out)  # noqa: SLF001
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert out.exists() and shown[-1][0] == "info"
