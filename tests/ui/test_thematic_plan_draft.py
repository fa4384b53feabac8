"""The thematic plan keeps what is typed: «Thêm chủ đề» (and any reload) leaves a quarter being
edited alone, and the plan saves itself a moment after typing stops."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.clock import Clock
from desktop.services.container import build_services
from desktop.services.thematic import PlanEntryInput
from desktop.settings import Settings
from desktop.ui.context import UiContext
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.pages.thematic_plan import ThematicPlanPage
from meeting_ui import type_text

YEAR = 2026


@pytest.fixture
def page(db, meetings_branch, qtbot):
    bus = ChangeBus()
    runner = OperationRunner(bus)
    clock = Clock.fixed(date(YEAR, 3, 5))
    services = build_services(db, clock)
    services.thematic.save_entry(PlanEntryInput(YEAR, 2, "Học tập và làm theo tư tưởng, đạo đức, "
                                                "phong cách Hồ Chí Minh", "Nguyễn Văn An", 5))
    widget = ThematicPlanPage(UiContext(services, bus, runner, Settings(), clock))
    qtbot.addWidget(widget)
    widget.resize(1180, 660)
    widget.show()
    qtbot.waitUntil(lambda: widget.rows[1].presenter.text() == "Nguyễn Văn An", timeout=5000)
    yield widget
    runner.wait_for_tests(5000)


def test_adding_a_topic_keeps_the_quarters_being_typed(qtbot, page):
    first, second = page.rows[0], page.rows[1]
    first.topic.setCurrentText("Chuyển đổi số trong sinh hoạt chi bộ")
    type_text(first.presenter, "Lê Thị Bình")
    second.presenter.clear()
    type_text(second.presenter, "Trần Văn Cường")
    assert page.saver.draft.dirty  # typed a moment ago, not saved yet
    type_text(page.new_topic, "Phòng chống tham nhũng, tiêu cực ở cơ sở")
    page.add_topic()
    page._ctx.runner.wait_for_tests(5000)
    qtbot.waitUntil(lambda: first.topic.findText("Phòng chống tham nhũng, tiêu cực ở cơ sở") >= 0,
                    timeout=5000)  # the suggestions were reloaded…
    assert first.topic.currentText() == "Chuyển đổi số trong sinh hoạt chi bộ"  # …not the typing
    assert first.presenter.text() == "Lê Thị Bình" and second.presenter.text() == "Trần Văn Cường"
    qtbot.waitUntil(lambda: page.state.text().startswith("Saved at"), timeout=5000)
    page._ctx.runner.wait_for_tests(5000)
    plan = {e.quarter: e for e in page._ctx.services.thematic.plan(YEAR)}
    assert (plan[1].topic, plan[1].presenter) == ("Chuyển đổi số trong sinh hoạt chi bộ", "Lê Thị Bình")
    assert plan[2].presenter == "Trần Văn Cường" and len(plan) == 2  # updated, not duplicated


def test_a_quarter_without_a_topic_is_refused_and_kept(qtbot, page):
    page.rows[2].topic.setCurrentText("")
    type_text(page.rows[2].presenter, "Lê Văn Tuấn")
    page.save()
    qtbot.waitUntil(lambda: page.state.text().startswith("Not saved:"), timeout=5000)
    assert "quý 3" in page.state.text() and page.rows[2].presenter.text() == "Lê Văn Tuấn"
    page.rows[2].topic.setCurrentText("Xây dựng chi bộ trong sạch, vững mạnh")
    page.save()
    qtbot.waitUntil(lambda: page.state.text().startswith("Saved at"), timeout=5000)
    page._ctx.runner.wait_for_tests(5000)
    assert {e.quarter for e in page._ctx.services.thematic.plan(YEAR)} == {2, 3}
