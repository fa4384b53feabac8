"""Every dialog that takes typing asks «Lưu / Không lưu / Hủy» on every way out (Esc, Cancel,
the close button) when something was changed, and closes at once when nothing was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.evaluation import ComponentResult
from desktop.services.container import build_services
from desktop.settings import Settings
from desktop.ui.context import UiContext
from desktop.ui.evaluation_dialogs import ManualScoreDialog
from desktop.ui.evaluation_targets import TargetsDialog
from desktop.ui.member_dialog import MemberDialog
from desktop.ui.operations import ChangeBus, OperationRunner
from desktop.ui.review_dialogs import CommitmentDialog, SelfReviewDialog
from desktop.ui.settings_dialog import SettingsDialog
from tests.suite_day import SUITE_CLOCK
from meeting_ui import type_text
from message_boxes import answer_next_box

YEAR = 2026


@pytest.fixture
def ctx(db, meetings_branch, qtbot, tmp_path):
    bus = ChangeBus()
    runner = OperationRunner(bus)
    yield UiContext(build_services(db, SUITE_CLOCK), bus, runner, Settings(data_folder=str(tmp_path / "data")),
                    SUITE_CLOCK)
    runner.wait_for_tests(5000)


class Prompt:
    """Answers the unsaved-changes question with one of its buttons, and remembers it was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def answer(self, button: QMessageBox.StandardButton) -> None:
        answer_next_box(button, self.asked)


def shown(qtbot, dialog):  # noqa: ANN001, ANN201
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


WAYS_OUT = {
    "Esc": lambda qtbot, d: qtbot.keyClick(d, Qt.Key.Key_Escape),
    "close button": lambda qtbot, d: d.close(),
    "Cancel": lambda qtbot, d: d.reject(),
}


@pytest.mark.parametrize("way_out", list(WAYS_OUT))
def test_member_dialog_asks_on_every_way_out(qtbot, ctx, way_out):
    dialog = shown(qtbot, MemberDialog(ctx, None, None))
    WAYS_OUT[way_out](qtbot, dialog)  # nothing typed: it simply closes
    assert not dialog.isVisible()
    dialog = shown(qtbot, MemberDialog(ctx, None, None))
    type_text(dialog.name_edit, "Đinh Công Tráng")
    prompt = Prompt()
    prompt.answer(QMessageBox.StandardButton.Cancel)  # Hủy: stay, with what was typed
    WAYS_OUT[way_out](qtbot, dialog)
    assert prompt.asked and dialog.isVisible() and dialog.name_edit.text() == "Đinh Công Tráng"
    prompt.answer(QMessageBox.StandardButton.Discard)  # Không lưu: closes, nothing written
    WAYS_OUT[way_out](qtbot, dialog)
    assert not dialog.isVisible()
    assert [m.full_name for m in ctx.services.members.list_members()
            if m.full_name == "Đinh Công Tráng"] == []


def test_member_dialog_saves_when_asked_to(qtbot, ctx):
    dialog = shown(qtbot, MemberDialog(ctx, None, None))
    type_text(dialog.name_edit, "Đinh Công Tráng")
    dialog.admitted_edit.setText("19/05/2010")
    prompt = Prompt()
    prompt.answer(QMessageBox.StandardButton.Save)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert "Đinh Công Tráng" in {m.full_name for m in ctx.services.members.list_members()}


def test_a_refused_save_keeps_the_dialog_open(qtbot, ctx):
    dialog = shown(qtbot, MemberDialog(ctx, None, None))
    dialog.phone_edit.setText("0912 345 678")  # no name: the service refuses
    prompt = Prompt()
    prompt.answer(QMessageBox.StandardButton.Save)
    dialog.reject()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=5000)
    assert dialog.isVisible() and dialog.phone_edit.text() == "0912 345 678"
    dialog.done(0)


def test_commitment_and_self_review_ask_before_dropping_text(qtbot, ctx, meetings_branch):
    services = ctx.services
    review = services.reviews.member_review(meetings_branch["Lê Thị Bình"], YEAR)
    dialog = shown(qtbot, CommitmentDialog(None, ctx.runner, services.reviews.save_commitment, review))
    code = next(iter(dialog.texts))
    dialog.texts[code].setPlainText("Gương mẫu trong phân loại rác tại gia đình")
    prompt = Prompt()
    prompt.answer(QMessageBox.StandardButton.Save)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    stored = services.reviews.member_review(meetings_branch["Lê Thị Bình"], YEAR)
    assert stored.commitment[code] == "Gương mẫu trong phân loại rác tại gia đình"

    dialog = shown(qtbot, SelfReviewDialog(None, ctx.runner, services.reviews.save_self_review,
                                           stored, lambda score, pct: None))
    dialog.texts[next(iter(dialog.texts))].setPlainText("Hoàn thành tốt nhiệm vụ")
    prompt.answer(QMessageBox.StandardButton.Discard)
    dialog.close()
    assert not dialog.isVisible() and len(prompt.asked) == 2


def test_targets_and_manual_score_ask_before_dropping_numbers(qtbot, ctx):
    dialog = shown(qtbot, TargetsDialog(ctx, YEAR, None))
    ctx.runner.wait_for_tests(5000)
    qtbot.wait(20)
    dialog.reject()  # nothing typed
    assert not dialog.isVisible()
    dialog = shown(qtbot, TargetsDialog(ctx, YEAR, None))
    ctx.runner.wait_for_tests(5000)
    dialog.admission.setValue(2)
    prompt = Prompt()
    prompt.answer(QMessageBox.StandardButton.Save)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert ctx.services.targets.admission_target(YEAR) == 2

    component = ComponentResult("1.1", "Lãnh đạo thực hiện nghị quyết", "manual", None, 0, 5, False,
                                5, None, None)
    dialog = shown(qtbot, ManualScoreDialog(ctx, YEAR, component, None))
    dialog.score.setValue(4)
    type_text(dialog.justification, "Còn một chỉ tiêu chưa đạt")
    prompt.answer(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    prompt.answer(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(prompt.asked) == 3
    assert ctx.services.manual_scores.scores(YEAR) == ()


def test_settings_ask_before_dropping_a_change(qtbot, ctx):
    dialog = shown(qtbot, SettingsDialog(ctx.settings, None, None, ctx.runner, None))
    dialog.reject()
    assert not dialog.isVisible()
    dialog = shown(qtbot, SettingsDialog(ctx.settings, None, None, ctx.runner, None))
    before = ctx.settings.body_font_size
    dialog.body_font_size.setValue(before - 0.5)
    prompt = Prompt()
    prompt.answer(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert prompt.asked and not dialog.isVisible()
    assert ctx.settings.body_font_size == before
