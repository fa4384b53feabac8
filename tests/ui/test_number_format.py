"""One number format everywhere: every page of the demo, in Vietnamese, and every PDF it prints
write decimals with a comma («20,8%», «24,5/25»), never with a dot."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop import __version__
from desktop.services.container import build_services
from desktop.services.demo import build_demo
from desktop.services.evaluation_pdf import evaluation_pdf
from desktop.store.database import open_database
from desktop.ui.i18n import install_language
from tests.suite_day import SUITE_CLOCK
from tests.number_scan import dot_decimals


def model_texts(model, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: ANN001, B008
    out: list[str] = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private
        columns = 1
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if header is not None:
            out.append(str(header))
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            value = index.data(Qt.ItemDataRole.DisplayRole)
            if value is not None:
                out.append(str(value))
            if column == 0 and columns > 1 and model.rowCount(index) > 0:
                out += model_texts(model, index)
    return out


def widget_texts(root: QWidget) -> list[str]:
    """Every text a user can read in `root`: labels, buttons, fields, spin boxes, lists, tables."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit, QAbstractSpinBox)):
            out.append(w.text())
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            out += model_texts(w.model())
    return out


@pytest.fixture
def demo_file(tmp_path):
    """The demo branch (last year in full and this year so far) and what is not a decimal in
    it: the rulebook's component codes ("2.2") and version strings."""
    today = SUITE_CLOCK.today()
    path = tmp_path / "chi-bo-mau.sqlite"
    with open_database(path, create=True) as db:
        build_demo(db, today.year, today=today)
        report = build_services(db, SUITE_CLOCK).evaluation.evaluate(today.year)
    codes = {c.code for crit in report.result.criteria for c in crit.components}
    codes |= {v.code for v in report.result.vetoes}
    return path, today.year, codes, (report.rulebook.version, __version__)


@pytest.fixture
def vietnamese(qapp):
    before = QLocale()
    translator = install_language(qapp, "vi")
    yield
    if translator is not None:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def settle(qtbot, window) -> None:
    qtbot.wait(50)
    assert window.runner.wait_for_tests(20_000)


def test_no_page_of_the_demo_shows_a_dot_decimal(vietnamese, qtbot, window, demo_file):
    path, year, codes, versions = demo_file
    window.resize(1366, 728)
    window.show()
    with qtbot.waitSignal(window.file_opened, timeout=20_000):
        window.open_file(path)
    texts: list[str] = []
    for key in window.navigator.keys():
        window.go_to(key)
        settle(qtbot, window)
        page = window.navigator.page(key)
        for shown in (year - 1, year) if hasattr(page, "year") else (None,):
            if shown is not None:
                page.year.setValue(shown)
                settle(qtbot, window)
            if key == "evaluation":  # each criterion's components and evidence in turn
                for card in [c for c in page.cards if c.isVisible()]:
                    page._select(card.number)
                    texts += widget_texts(page)
            texts += widget_texts(page)
    # A regular meeting's editor, quality sheet included (half points are common there).
    meetings = window.navigator.page("meetings")
    window.go_to("meetings")
    meetings.year.setValue(year - 1)
    settle(qtbot, window)
    rows = [meetings.model.row_at(i) for i in range(meetings.model.rowCount())]
    regular = [r for r in rows if r.quality is not None][:3]
    assert regular
    for row in regular:
        meetings.open_meeting(row.id)
        settle(qtbot, window)
        texts += widget_texts(meetings)
    assert len(texts) > 2000  # the pages were really read
    found = dot_decimals(texts, codes, versions)
    assert found == [], "\n".join(dict.fromkeys(found))


def pdf_text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True,
                          check=True)
    return done.stdout.decode("utf-8")


def test_no_pdf_of_the_demo_writes_a_dot_decimal(demo_file):
    path, year, codes, versions = demo_file
    with open_database(path) as db:
        services = build_services(db, SUITE_CLOCK)
        pdfs = []
        for shown in (year - 1, year):
            pdfs += [evaluation_pdf(db, shown, clock=SUITE_CLOCK), services.reviews.rating_summary_pdf(shown),
                     services.documents.register_pdf(shown), services.lifecycle_documents.badge_list_pdf(shown)]
            rows = services.meetings.list_meetings(shown)
            regular = [r for r in rows if r.quality is not None][:4]
            pdfs += [services.documents.minutes_pdf(r.id) for r in regular]
            pdfs += [services.documents.attendance_sheet_pdf(r.id) for r in regular[:1]]
        members = services.members.list_members()
        pdfs += [services.lifecycle_documents.member_card_pdf(m.id) for m in members[:3]]
        texts = [pdf_text(pdf) for pdf in pdfs]
    assert all(len(text) > 100 for text in texts)
    found = dot_decimals(texts, codes, versions)
    assert found == [], "\n".join(dict.fromkeys(found))
