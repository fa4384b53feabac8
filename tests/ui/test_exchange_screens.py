"""The package screens as a secretary and a superior committee use them: make the key, send the
year's package with the wizard, take it into an inbox and see it summarised."""

from __future__ import annotations

import os
import zipfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWizard

from desktop.services.branch import BranchProfile
from desktop.services.changes import Changed
from desktop.services.container import build_services
from desktop.services.demo import build_demo
from desktop.settings import Settings
from desktop.store.database import open_database
from desktop.ui.context import UiContext
from desktop.ui.export_wizard import ExportWizard
from desktop.ui.inbox_import import import_with_progress
from desktop.ui.inbox_registry_dialog import BranchFormDialog, RegistryDialog
from desktop.ui.key_dialog import KeyDialog, NewKeyDialog
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.pages.inbox import InboxPage
from desktop.clock import Clock

SHOTS = os.environ.get("CHIBO_SHOTS")
PASS = "mật khẩu chi bộ số 7"
YEAR = 2025


@pytest.fixture
def make_context(qtbot, clock):
    """UiContexts whose bus and runner live until the test ends (qtbot holds weak references)."""
    from PySide6.QtWidgets import QWidget

    holders: list[tuple[QWidget, OperationRunner]] = []

    def make(db) -> UiContext:
        holder = QWidget()
        qtbot.addWidget(holder)
        bus = ChangeBus(holder)
        runner = OperationRunner(bus, holder)
        holders.append((holder, runner))
        return UiContext(build_services(db, clock), bus, runner, Settings(), clock)

    yield make
    for _holder, runner in holders:
        runner.wait_for_tests()


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


@pytest.fixture
def demo(tmp_path):
    db = open_database(tmp_path / "chibo.sqlite", create=True)
    build_demo(db, YEAR, today=date(2026, 3, 1))
    yield db
    db.close()


def test_key_is_made_in_the_dialog_and_its_fingerprint_shown(qtbot, demo, make_context):
    ctx = make_context(demo)
    dialog = KeyDialog(ctx, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.fingerprint.text() == "—", timeout=5000)
    assert not dialog.buttons[1].isEnabled()
    new = NewKeyDialog(ctx, dialog)
    new.holder.setText("Nguyễn Hữu Quỳnh")
    new.passphrase.setText(PASS)
    new.repeat.setText(PASS + "x")
    new._create()
    assert "không giống" in new.error.text() or "differ" in new.error.text()
    new.repeat.setText(PASS)
    with qtbot.waitSignal(ctx.bus.changed, timeout=20000) as notice:
        new._create()  # the slow key derivation runs on the writer: the dialog says it works
        assert new.created is None and not new.buttons.isEnabled()
    assert notice.args[0].touches(Changed.KEYS) and new.created is not None
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.fingerprint.text() == new.created.fingerprint, timeout=5000)
    assert dialog.buttons[1].isEnabled()
    shot(dialog, "key-dialog.png")


def test_wizard_sends_the_year_and_the_inbox_accepts_it(qtbot, demo, tmp_path, make_context, monkeypatch):
    ctx = make_context(demo)
    ctx.services.keys.create_key(PASS, "Nguyễn Hữu Quỳnh")
    usb = tmp_path / "usb"
    usb.mkdir()
    wizard = ExportWizard(ctx, None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard._year_page.year.setValue(YEAR)
    wizard.next()  # → completeness
    check = wizard.currentPage()
    qtbot.waitUntil(lambda: check.summary.text() not in ("", check.tr("Checking…")), timeout=20000)
    shot(wizard, "export-check.png")
    wizard.next()  # → passphrase and folder
    send = wizard.currentPage()
    send.passphrase.setText(PASS)
    send.folder.setText(str(usb))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()  # runs the export off the GUI thread, then moves on by itself
    qtbot.waitUntil(lambda: wizard.result_value is not None, timeout=60000)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard._done, timeout=5000)
    shot(wizard, "export-done.png")
    package = wizard.result_value.path
    assert package.exists() and package.parent == usb
    assert wizard.result_value.fingerprint in wizard._done.text.text()
    # Written: nothing is left to cancel or go back to; the one button closes.
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.text() == wizard.tr("Close")

    inbox_db = open_database(tmp_path / "cap-tren.sqlite", create=True)
    try:
        inbox_ctx = make_context(inbox_db)
        inbox_ctx.services.branch.save_profile(BranchProfile(
            "Đảng ủy phường Ba Đình", "DU-BD", "Quận ủy (cũ) — cấp trên", "Phường Ba Đình",
            date(2025, 5, 1), date(2030, 4, 30), "inbox"))
        inbox_ctx.services.inbox.register_branch("CB-TDP07", "Chi bộ Tổ dân phố số 7")
        inbox_ctx.services.inbox.register_branch("CB-TDP08", "Chi bộ Tổ dân phố số 8")
        inbox_ctx.services.inbox.add_key("CB-TDP07", zipfile.ZipFile(package).read("signer.pem"))
        page = InboxPage(inbox_ctx)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.year.setValue(YEAR)
        tampered = bytearray(package.read_bytes())
        tampered[len(tampered) // 3] ^= 0x01
        (tmp_path / "sua.chibo.zip").write_bytes(bytes(tampered))
        done = []
        import_with_progress(inbox_ctx, page, [package, tmp_path / "sua.chibo.zip"], done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=30000)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.rejected.count() == 1, timeout=10000)
        assert done[0].accepted == 1 and done[0].rejected == 1
        assert page.summary.text() in ("0/2 chi bộ đạt «Chi bộ 4 tốt»", "1/2 chi bộ đạt «Chi bộ 4 tốt»")
        assert "sua.chibo.zip" in page.rejected.item(0).text()
        shot(page, "inbox.png")

        # Opened again later: on the year that has packages, not on an empty current year.
        again = InboxPage(inbox_ctx)
        qtbot.addWidget(again)
        qtbot.waitUntil(lambda: again.year.value() == YEAR and again.model.rowCount() == 1, timeout=10000)
        offered: list[list[str]] = []

        def choose(_parent, _title, _label, items, *_args):  # noqa: ANN001, ANN202
            offered.append(list(items))
            return items[-1], True

        monkeypatch.setattr(QInputDialog, "getItem", choose)
        again.table.selectRow(0)
        again.table.setCurrentIndex(again.proxy.index(0, 0))
        again._open_report()
        titles = offered[0]
        assert titles[:3] == ["Báo cáo tự đánh giá, xếp loại chi bộ",
                              "Báo cáo kết quả kiểm điểm, xếp loại chất lượng đảng viên",
                              "Sổ theo dõi sinh hoạt chi bộ"]
        assert not any("/" in t.split(" ngày ")[0] or t.endswith(".pdf") for t in titles)
        assert any(t.startswith("Biên bản sinh hoạt chi bộ thường kỳ ngày ") for t in titles)
        preview = again.findChild(QDialog)
        assert preview is not None and preview.windowTitle().endswith(titles[-1])
        qtbot.waitUntil(lambda: preview.document.pageCount() > 0, timeout=20000)
        preview.close()
    finally:
        inbox_db.close()


def test_registry_changes_are_writes_that_every_page_hears_of(qtbot, demo, tmp_path, make_context,
                                                              monkeypatch, shown):
    signer = tmp_path / "signer.pem"
    signer.write_text(make_context(demo).services.keys.create_key(PASS, "Nguyễn Hữu Quỳnh")[0].public_pem)
    inbox_db = open_database(tmp_path / "cap-tren.sqlite", create=True)
    try:
        ctx = make_context(inbox_db)
        ctx.services.branch.save_profile(BranchProfile(
            "Đảng ủy phường Ba Đình", "DU-BD", "Quận ủy Ba Đình", "Phường Ba Đình",
            date(2025, 5, 1), date(2030, 4, 30), "inbox"))
        dialog = RegistryDialog(ctx, None)
        qtbot.addWidget(dialog)
        heard = []
        ctx.bus.changed.connect(heard.append)

        def fill(form: BranchFormDialog) -> QDialog.DialogCode:
            form.code.setText("CB-TDP07")
            form.name.setText("Chi bộ Tổ dân phố số 7")
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(BranchFormDialog, "exec", fill)
        dialog._add_branch()
        qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=5000)
        assert [n.touches(Changed.INBOX) for n in heard] == [True]  # the inbox page refreshes too

        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(signer), ""))
        dialog._add_key()
        qtbot.waitUntil(lambda: dialog.tree.topLevelItem(0).childCount() == 1, timeout=5000)
        key = dialog.tree.topLevelItem(0).child(0)
        assert shown[-1][0] == "info" and key.text(0) in shown[-1][1] and len(heard) == 2

        dialog.tree.setCurrentItem(key)
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        dialog._revoke()
        qtbot.waitUntil(lambda: dialog.tree.topLevelItem(0).child(0).text(2) == dialog.tr("revoked"),
                        timeout=5000)
        assert len(heard) == 3 and all(n.touches(Changed.INBOX) for n in heard)
    finally:
        ctx.runner.wait_for_tests()
        inbox_db.close()


def test_reopening_a_sent_year_is_a_write_the_pages_hear_of(qtbot, demo, tmp_path, make_context,
                                                           monkeypatch):
    from desktop.services.package_export import PackageExportService

    ctx = make_context(demo)
    ctx.services.keys.create_key(PASS, "Nguyễn Hữu Quỳnh")
    PackageExportService(demo, clock=Clock.fixed(date(2026, 3, 1))).export(YEAR, PASS, tmp_path)
    wizard = ExportWizard(ctx, None)
    qtbot.addWidget(wizard)
    wizard.show()  # the first page reads its year's state when shown, on a reader thread
    year_page = wizard._year_page
    year_page.year.setValue(YEAR)
    year_page.initializePage()  # as the wizard does when it shows the page: a reader thread
    qtbot.waitUntil(lambda: "locked" in year_page.state.text(), timeout=5000)
    assert not year_page.reopen.isHidden()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(ctx.bus.changed, timeout=5000) as notice:
        year_page._reopen()
    assert notice.args[0].touches(Changed.MEETINGS) and notice.args[0].touches(Changed.PACKAGES)
    qtbot.waitUntil(lambda: year_page.reopen.isHidden(), timeout=5000)
    assert "locked" not in year_page.state.text() and "Already sent: 1" in year_page.state.text()
