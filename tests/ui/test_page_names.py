"""A text that sends the user to a page names a page that exists, as the navigation names it
(the Documents page once sent her to «Đánh giá, xếp loại cuối năm», which is nowhere)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale

from desktop.paths import translations_dir
from desktop.ui.i18n import install_language
from desktop.ui.pages.registry import page_keys, page_title
from tests.suite_day import SUITE_CLOCK

# "trang " followed by a capital letter starts a page's name (not "trang này", "%1 trang").
NAMED_PAGE = re.compile(r"\btrang «?([A-ZĐÀ-Ỹ][^«»]*)")


@pytest.fixture
def vietnamese(qapp):
    before = QLocale()
    translator = install_language(qapp, "vi")
    yield
    if translator is not None:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_every_page_named_in_the_interface_exists(vietnamese):
    titles = [page_title(key) for key in [*page_keys("branch"), *page_keys("inbox")]]
    assert "Kiểm điểm, xếp loại" in titles  # the catalogue is really installed
    catalogue = ET.parse(translations_dir() / "desktop_vi.ts")
    named = [m.group(1) for t in catalogue.iter("translation") for m in NAMED_PAGE.finditer(t.text or "")]
    assert named  # the interface does name pages (e.g. «Xem trang Tự đánh giá…»)
    wrong = [name for name in named if not any(name.startswith(title) for title in titles)]
    assert wrong == []


def test_the_documents_page_sends_to_the_review_page_by_its_name(vietnamese, qtbot, db):
    from PySide6.QtWidgets import QLabel

    from desktop.services.container import build_services
    from desktop.settings import Settings
    from desktop.ui.context import UiContext
    from desktop.ui.operations import ChangeBus, OperationRunner
    from desktop.ui.pages.documents import DocumentsPage

    bus = ChangeBus()
    runner = OperationRunner(bus)
    page = DocumentsPage(UiContext(build_services(db, SUITE_CLOCK), bus, runner, Settings(), SUITE_CLOCK))
    qtbot.addWidget(page)
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert any("từ trang «Kiểm điểm, xếp loại»" in text for text in texts)
    runner.wait_for_tests()
