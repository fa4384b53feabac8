"""Settings → Rulebooks: the shipped samples are listed; a signed rulebook is imported and its
signer shown; an altered one is refused with the reason."""

from __future__ import annotations

import shutil

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.app import FileActions
from desktop.exchange.keys import fingerprint_of, public_pem_of
from desktop.services.rulebook_files import default_rulebook_path
from desktop.settings import Settings
from desktop.ui import rulebooks_tab
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.settings_dialog import SettingsDialog


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(rulebooks_tab.QMessageBox, "information", lambda p, t, text: shown.append(("info", text)))
    monkeypatch.setattr(rulebooks_tab.QMessageBox, "warning", lambda p, t, text: shown.append(("warn", text)))
    return shown


@pytest.fixture
def dialog(qtbot, shell_branch_file, clock):
    opened = FileActions(Settings(), clock).open(shell_branch_file)
    bus = ChangeBus()
    runner = OperationRunner(bus)
    dlg = SettingsDialog(Settings(), opened.services, opened.profile, runner)
    qtbot.addWidget(dlg)
    yield dlg
    runner.wait_for_tests()
    opened.services.db.close()


def tab_of(dialog) -> rulebooks_tab.RulebooksTab:
    for i in range(dialog.tabs.count()):
        widget = dialog.tabs.widget(i)
        if isinstance(widget, rulebooks_tab.RulebooksTab):
            return widget
    raise AssertionError("no Rulebooks tab")


def test_samples_listed_and_signed_rulebook_imported(qtbot, dialog, boxes, tmp_path):
    tab = tab_of(dialog)
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() >= 2, timeout=5000)
    path = tmp_path / "bo-tieu-chi-cua-phuong.toml"
    shutil.copy(default_rulebook_path(), path)
    key = Ed25519PrivateKey.generate()
    path.with_name(path.name + ".sig").write_bytes(key.sign(path.read_bytes()))
    (tmp_path / "signer.pem").write_text(public_pem_of(key.public_key()), encoding="ascii")
    tab.import_path(str(path))
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    kind, text = boxes[-1]
    assert kind == "info" and fingerprint_of(key.public_key()) in text
    qtbot.waitUntil(lambda: any(fingerprint_of(key.public_key()) in tab.list.topLevelItem(i).text(3)
                                for i in range(tab.list.topLevelItemCount())), timeout=5000)

    path.write_bytes(path.read_bytes() + "\n# sửa sau khi ký\n".encode())
    boxes.clear()
    tab.import_path(str(path))
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    assert boxes[-1][0] == "warn" and "không khớp" in boxes[-1][1]
