"""The evaluation page on a finished year: criterion 2 short because Q3 had no thematic session,
turned good by adding it; evidence opens a meeting; a manual score needs its reason; the year's
rulebook can be changed explicitly; the overview shows the standing."""

from __future__ import annotations

import os
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.enums import MeetingKind
from desktop.services.container import build_services
from desktop.services.meetings import MeetingInfo
from desktop.services.targets import TargetDraft
from desktop.settings import Settings
from desktop.store.database import unit_of_work
from desktop.store.models import (
    AgendaItem,
    Attendance,
    Commitment,
    Meeting,
    QualityItem,
    RatingStep,
    Speech,
)
from desktop.ui.context import UiContext
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.pages.evaluation import EvaluationPage
from tests.store.test_evaluation_service import NAMES, YEAR, build_branch

SHOTS = os.environ.get("CHIBO_SHOTS")


def good_year(db, clock) -> None:
    """build_branch without Q3's thematic session, plus what makes the rest good: every regular
    meeting fully ticked with 3 speakers, commitments and HTTNV for the reviewed members, full
    manual scores except 3.2, targets met, admission target 1 (Hà Thị Mai admitted)."""
    from desktop.domain.enums import Rating, ReviewStep

    ids = build_branch(db, thematic_quarters=(1, 2, 4))
    full = {"preparation": 10, "conduct": 15, "minutes": 5, "leadership": 10, "principles": 5, "results": 30, "closing": 5}
    with unit_of_work(db) as s:
        for meeting in s.scalars(select(Meeting).where(Meeting.kind == MeetingKind.REGULAR)):
            for code, points in full.items():
                s.add(QualityItem(meeting_id=meeting.id, code=code, points=points))
            item = AgendaItem(meeting_id=meeting.id, position=1, title="Thảo luận nhiệm vụ tháng tới")
            s.add(item)
            s.flush()
            present = [a.member_id for a in s.scalars(select(Attendance).where(Attendance.meeting_id == meeting.id))]
            for pos, member_id in enumerate(present[:4], start=1):
                s.add(Speech(agenda_item_id=item.id, position=pos, member_id=member_id, speaker_name="", gist="Nhất trí"))
        for name in NAMES[:4]:
            s.add(Commitment(member_id=ids[name], year=YEAR, signed_on=date(YEAR, 1, 15), sections={}))
            s.add(RatingStep(member_id=ids[name], year=YEAR, step=ReviewStep.BRANCH, rating=Rating.HTTNV,
                             decided_on=date(YEAR, 12, 12)))
    services = build_services(db, clock)
    for code, points in {"1.1": 5, "1.3": 5, "1.4": 5, "3.1": 8, "4.4": 4}.items():
        services.manual_scores.set_score(YEAR, code, points, "", "Trần Văn An")
    services.targets.add(YEAR, TargetDraft("Hộ gia đình đạt danh hiệu văn hóa", 90, 93, "%"))
    services.targets.set_admission_target(YEAR, 1)


@pytest.fixture
def ctx(db, qtbot, clock):
    good_year(db, clock)
    bus = ChangeBus()
    runner = OperationRunner(bus)
    yield UiContext(build_services(db, clock), bus, runner, Settings(), clock)
    runner.wait_for_tests(5000)


def shot(widget, name):
    if SHOTS:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # let the layouts settle before grabbing
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def open_page(qtbot, ctx) -> EvaluationPage:
    page = EvaluationPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.year.setValue(YEAR)
    qtbot.waitUntil(lambda: page.report is not None and page.report.year == YEAR, timeout=5000)
    return page


def test_short_criterion_with_its_sentence_then_good_after_adding_the_session(qtbot, ctx):
    page = open_page(qtbot, ctx)
    cards = [c for c in page.cards if c.isVisible()]
    assert len(cards) == 4
    good = [c.number for c in page.report.result.criteria if c.good]
    # 3.2 is not scored yet (0/7), and Q3 has no thematic session: criteria 2 and 3 are short.
    assert good == [1, 4]
    # What fails the verdict stands apart from what only lacks points (3.2 unscored, 0/7, fails).
    sections = page.gaps.sections()
    headings = list(sections)
    failing = sections[headings[0]]
    assert headings[0] == page.gaps.tr("Not met — keeps the verdict from being reached (%1)").replace(
        "%1", str(len(failing)))
    assert "2.2: Quý III chưa có sinh hoạt chuyên đề — 3/4 quý — 3/4 điểm" in failing
    assert any(line.startswith("3.2: chưa chấm điểm") for line in failing)
    short = sections[headings[1]]  # 2.1: 4,5/5 (January's meeting not Tốt) still passes
    assert short and all(not line.startswith(("2.2", "3.2")) for line in short)
    assert page.report.result.closed and len(headings) == 2  # a past year: nothing "still reachable"
    assert page.verdict.text() == "Chưa đạt «Chi bộ 4 tốt» — các tiêu chí 2, 3 chưa tốt"
    page._select(2)
    page.detail.table.setCurrentCell(1, 0)  # 2.2
    assert page.detail.sentence.text().startswith("2.2: Quý III")
    shot(page, "evaluation-short")

    opened: list[int] = []
    page.open_meeting.connect(opened.append)
    item = next(page.detail.evidence.item(i) for i in range(page.detail.evidence.count())
                if "Quý II:" in page.detail.evidence.item(i).text())
    page.detail.evidence.itemDoubleClicked.emit(item)
    assert len(opened) == 1 and opened[0] > 0

    meetings = ctx.services.meetings
    ctx.runner.write(lambda: meetings.create(MeetingInfo(MeetingKind.THEMATIC, date(YEAR, 9, 18), time(19, 30),
                                                         time(21, 0), topic="Chuyển đổi số trong chi bộ")))
    qtbot.waitUntil(lambda: page.report.result.criteria[1].good, timeout=5000)
    assert not any(line.startswith("2.2") for lines in page.gaps.sections().values() for line in lines)
    assert page.cards[1].status.text() == page.cards[1].tr("Good")


def test_manual_score_needs_a_reason_below_the_maximum(qtbot, ctx):
    from desktop.ui.evaluation_dialogs import ManualScoreDialog

    page = open_page(qtbot, ctx)
    page._select(3)
    page.detail.table.setCurrentCell(1, 0)  # 3.2, scored by the committee
    page.detail.score_button.click()
    dialog = page.findChild(ManualScoreDialog)
    assert dialog is not None
    dialog.score.setValue(dialog.score.maximum_points() + 5)  # typed beyond: kept and refused
    dialog.entered_by.setText("Trần Văn An")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    assert "điểm phải từ 0 đến" in dialog.error.text(), dialog.error.text()
    assert dialog.score.value() == dialog.score.maximum_points() + 5
    dialog.score.setValue(6)
    dialog.save()
    qtbot.waitUntil(lambda: "phải ghi lý do" in dialog.error.text(), timeout=5000)
    dialog.justification.setPlainText("Một đơn thư gửi vượt cấp trong tháng 5")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    qtbot.waitUntil(lambda: page.report.result.criteria[2].score == 8 + 6 + 10, timeout=5000)
    shot(page, "evaluation-manual")


def test_changing_the_rulebook_is_explicit_and_any_model_works(qtbot, ctx):
    from desktop.ui.evaluation_dialogs import RulebookDialog

    page = open_page(qtbot, ctx)
    assert "SHA-256 " + page.report.rulebook.sha256 in page.rulebook.text()
    page._change_rulebook()
    qtbot.waitUntil(lambda: page.findChild(RulebookDialog) is not None, timeout=5000)
    dialog = page.findChild(RulebookDialog)
    five = next(i for i in range(dialog.list.count()) if "5 tốt" in dialog.list.item(i).text())
    dialog.list.setCurrentRow(five)
    dialog._use()
    qtbot.waitUntil(lambda: len(page.report.result.criteria) == 5, timeout=5000)
    assert sum(c.isVisible() for c in page.cards) == 5
    assert "Chi bộ 5 tốt" in page.verdict.text()


def test_import_shows_the_sha256_or_every_problem(qtbot, ctx, tmp_path):
    page = open_page(qtbot, ctx)
    bad = tmp_path / "sai.toml"
    bad.write_text('[rulebook]\nname = "x"\n', encoding="utf-8")
    page.import_path(str(bad))
    qtbot.waitUntil(lambda: getattr(page, "message", None) is not None, timeout=5000)
    assert "sai.toml, khóa «criteria»" in page.message.text()


def test_overview_card_shows_the_standing(qtbot, ctx):
    from desktop.ui.evaluation_overview import evaluation_card

    spec = evaluation_card()
    loaded = []
    ctx.runner.query(lambda: spec.load(ctx.services, date(YEAR, 12, 31)), on_done=loaded.append)
    assert ctx.runner.wait_for_tests()
    card = spec.render(loaded[0], None)
    qtbot.addWidget(card)
    values = card.values()
    # 2.1 5 + 2.2 3 (Q3 missing) + 2.3 3 + 2.4 5 + 2.5 4.5 (January, 3 of 4 present, loses an
    # attendance point so is not Tốt: 5 × 11/12 = 4.58 → 4.5) + 2.6 3 = 23.5
    assert values["2. Chất lượng sinh hoạt tốt"].startswith("23,5/25")
    from PySide6.QtCore import QCoreApplication

    assert values["Chi bộ 4 tốt"] == QCoreApplication.translate("EvaluationCard", "Not yet")



def test_report_saved_as_pdf(qtbot, ctx, tmp_path):
    page = open_page(qtbot, ctx)
    out = tmp_path / "bao_cao.pdf"
    page.save_pdf(str(out))
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=10000)
    assert out.read_bytes().startswith(b"%PDF")
    assert page.message.windowTitle() == page.tr("Report saved")


def test_a_report_not_saved_says_so_in_words(qtbot, ctx, tmp_path):
    """Not under the rulebook import's title, and not the system's English error."""
    page = open_page(qtbot, ctx)
    missing = tmp_path / "đã rút USB" / "bao_cao.pdf"
    page.save_pdf(str(missing))
    qtbot.waitUntil(lambda: getattr(page, "message", None) is not None, timeout=10000)
    assert page.message.windowTitle() == page.tr("Report not saved")
    text = page.message.text()
    assert str(missing) in text and "No such file" not in text and "Errno" not in text


def test_a_line_of_what_is_missing_shows_its_component(qtbot, ctx):
    page = open_page(qtbot, ctx)
    gaps = page.gaps
    row = next(i for i in range(gaps.count()) if gaps.item(i).text().startswith("• 3.2"))
    gaps.itemClicked.emit(gaps.item(row))
    assert page.detail.current_code() == "3.2"
    assert page.cards[2].styleSheet().count("2px") == 1  # criterion 3's card is the selected one
