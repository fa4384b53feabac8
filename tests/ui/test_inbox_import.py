"""The inbox window after a folder import: the packages that could be believed are in the table,
every refused file is listed with its reasons, and the summary names each package's model."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from desktop.services.container import build_services
from desktop.settings import Settings
from desktop.store.database import open_database
from desktop.ui.context import UiContext
from desktop.ui.inbox_import import ImportResultDialog, import_with_progress
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.pages.inbox import InboxPage
from tests.suite_day import SUITE_CLOCK
from tests.exchange.conftest import branch_key, inbox_with

SHOTS = os.environ.get("CHIBO_SHOTS")


def shot(widget, name: str) -> None:  # noqa: ANN001
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


def five_good(documents) -> None:  # noqa: ANN001
    documents["evaluation.json"]["model_name"] = "Chi bộ 5 tốt"
    documents["evaluation.json"]["verdict"]["name"] = "Chi bộ 5 tốt"


def contradiction(documents) -> None:  # noqa: ANN001
    five_good(documents)
    second = documents["evaluation.json"]["criteria"][1]
    second["components"][1].update(score=2, good=False)
    second.update(score=second["score"] - 2, good=False)
    documents["evaluation.json"]["score"] -= 2


def lzma(data: bytes) -> bytes:
    out = bytearray(data)
    struct.pack_into("<H", out, out.index(b"evaluation.json") - 30 + 8, 14)
    struct.pack_into("<H", out, out.rindex(b"evaluation.json") - 46 + 10, 14)
    return bytes(out)


@pytest.fixture
def inbox_files(tmp_path):
    branches = [branch_key(n) for n in (3, 5, 7, 9)]
    db = open_database(tmp_path / "Đảng ủy phường Ba Đình.sqlite", create=True)
    inbox_with(db, branches)
    usb = tmp_path / "usb"
    usb.mkdir()
    sent = {
        "CB-TDP03-2026-01.chibo.zip": branches[0].package(change=five_good),
        "CB-TDP05-2026-01.chibo.zip": branches[1].package(change=five_good),
        "CB-TDP07-2026-01.chibo.zip": branches[2].package(change=contradiction),
        "CB-TDP09-2026-01.chibo.zip": lzma(branches[3].package()),
    }
    for name, data in sent.items():
        (usb / name).write_bytes(data)
    yield db, sorted(usb.iterdir())
    db.close()


def test_a_folder_import_lists_each_refused_file_with_its_reason(qtbot, inbox_files, monkeypatch):
    from PySide6.QtWidgets import QWidget

    db, paths = inbox_files
    holder = QWidget()
    qtbot.addWidget(holder)
    bus = ChangeBus(holder)
    ctx = UiContext(build_services(db, SUITE_CLOCK), bus, OperationRunner(bus, holder), Settings(),
                    SUITE_CLOCK)
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 728)
    page.year.setValue(2027)  # the year the packages arrive in; they are about 2026
    shown: list[ImportResultDialog] = []
    monkeypatch.setattr(ImportResultDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(ImportResultDialog, "deleteLater", lambda self: None)  # kept to be looked at

    import_with_progress(ctx, page, paths, page._imported)
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.rejected.count() == 2, timeout=10000)
    assert page.year.value() == 2026  # the page turned to the year the packages are about

    dialog = shown[0]
    assert dialog.table.rowCount() == 2
    files = [dialog.table.item(r, 0).text() for r in range(2)]
    reasons = [dialog.table.item(r, 1).text() for r in range(2)]
    assert files == ["CB-TDP07-2026-01.chibo.zip", "CB-TDP09-2026-01.chibo.zip"]
    assert "tính lại từ chính điểm số trong gói" in reasons[0] and "tiêu chí 2 chưa tốt" in reasons[0]
    assert "CB-TDP09" not in reasons[1] and "evaluation.json" in reasons[1]
    assert "before-inbox-import" in dialog.summary.text()
    assert page.summary.text() == "2/4 chi bộ đạt «Chi bộ 5 tốt»"
    dialog.resize(1000, 420)  # a child of the page: deleted with it
    dialog.show()
    shot(dialog, "inbox-import-result.png")
    shot(page, "inbox-after-import.png")


def test_a_clean_import_shows_no_refusal_table(qtbot, tmp_path):
    from desktop.services.inbox_receive import ImportOutcome, ImportReport

    report = ImportReport((ImportOutcome("a.chibo.zip", True, False, None, ()),), False, tmp_path / "b.sqlite")
    dialog = ImportResultDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.isHidden() and dialog.table.rowCount() == 0
    assert str(tmp_path / "b.sqlite") in dialog.summary.text()
