"""A new empty file opens on its first steps; each button opens the right dialog and each step
ticks itself from the data; Help → Guide opens the guide at the page the user is on."""

from __future__ import annotations

import os
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.clock import Clock
from desktop.domain.enums import MeetingKind
from desktop.services.meetings import MeetingInfo
from desktop.services.members import MemberDraft
from desktop.ui.guide import GuideDialog
from desktop.ui.overview_steps import IMPORT, KEY, MEETING, MEMBERS, PROFILE, StepsCard

SHOTS = os.environ.get("CHIBO_SHOTS")


def new_branch_file(qtbot, window) -> None:
    window.show_welcome()
    form = window.welcome.profile_form
    for field, text in (("name", "Chi bộ Khu phố 5"), ("code", "KP05"),
                        ("superior_committee", "Đảng ủy phường Bến Nghé"), ("place_name", "Bến Nghé")):
        getattr(form, field).setText(text)
    window.welcome.protection.plain.setChecked(True)  # the checklist, not the passphrase, is tested here
    with qtbot.waitSignal(window.file_opened, timeout=10_000):
        window.welcome.create_button.click()


def steps_card(qtbot, window, done: list[bool]) -> StepsCard:
    page = window.navigator.page("overview")

    def shown() -> bool:  # a card placed in the page's layout is shown by the next event loop
        card = page.card("first_steps")
        return (isinstance(card, StepsCard) and card.done_steps() == done
                and card.isVisible() == (not all(done)))

    qtbot.waitUntil(shown, timeout=10_000)
    return page.card("first_steps")


def write(qtbot, window, fn) -> None:  # noqa: ANN001
    """A change made elsewhere (another page, the CLI): the card hears of it by its notice."""
    done: list[object] = []
    window.runner.write(fn, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def test_a_new_file_opens_on_its_first_steps_which_tick_themselves(qtbot, window, monkeypatch):
    window.resize(1366, 728)
    window.show()
    new_branch_file(qtbot, window)
    assert window.navigator.current_key() == "overview"
    card = steps_card(qtbot, window, [True, False, False, False])  # the form filled the profile
    assert card.isVisible() and card.title.text() == QCoreApplication.translate(
        "FirstSteps", "Getting started: %1 of 4 steps done").replace("%1", "1")
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / "first-steps.png"))

    # Each button opens the dialog that does the step.
    from desktop.ui.key_dialog import KeyDialog
    from desktop.ui.member_dialog import MemberDialog
    from desktop.ui.member_import_dialog import MemberImportDialog
    from desktop.ui.settings_dialog import SettingsDialog

    opened: list[str] = []
    monkeypatch.setattr(KeyDialog, "exec", lambda self: opened.append("key") or 0)
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(
        "branch tab" if self.tabs.currentWidget().isAncestorOf(self.profile_form) else "other tab") or 0)
    card.buttons[PROFILE].click()
    card.buttons[KEY].click()
    assert opened == ["branch tab", "key"]

    card.buttons[MEMBERS].click()
    members = window.navigator.page("members")
    assert window.navigator.current_key() == "members"
    assert isinstance(members.dialog, MemberDialog) and members.dialog.isVisible()
    members.dialog.reject()
    window.go_to("overview")
    card.buttons[IMPORT].click()
    assert isinstance(members.dialog, MemberImportDialog) and members.dialog.isVisible()
    members.dialog.reject()
    window.go_to("overview")
    card.buttons[MEETING].click()
    meetings = window.navigator.page("meetings")
    qtbot.waitUntil(lambda: getattr(meetings, "new_dialog", None) is not None
                    and meetings.new_dialog.isVisible(), timeout=10_000)
    meetings.new_dialog.reject()

    # Ticks come from the data, whoever wrote it.
    services = window.services
    write(qtbot, window, lambda: services.members.create(
        MemberDraft("Trần Thị Bích Ngọc", admitted_on=date(2010, 5, 19), official_on=date(2011, 5, 19)))[1])
    window.go_to("overview")
    steps_card(qtbot, window, [True, True, False, False])
    write(qtbot, window, lambda: services.keys.create_key("mật khẩu chi bộ khu phố 5", "Trần Thị Bích Ngọc")[1])
    steps_card(qtbot, window, [True, True, True, False])
    write(qtbot, window, lambda: services.meetings.create(
        MeetingInfo(MeetingKind.REGULAR, Clock().today(), time(19, 30), time(21, 0)))[1])
    card = steps_card(qtbot, window, [True, True, True, True])
    assert not card.isVisible()  # all done: the overview is the branch's again


def test_the_guide_opens_at_the_page_in_use_with_its_pictures(qtbot, window, shell_branch_file):
    with qtbot.waitSignal(window.file_opened, timeout=10_000):
        window.open_file(shell_branch_file)
    window.go_to("evaluation")
    window.open_guide()
    guide = window.guide
    assert isinstance(guide, GuideDialog) and guide.isVisible()
    assert guide.windowTitle() == guide.tr("Guide — Sổ Chi bộ")  # translated; the body is Vietnamese
    text = guide.browser.toPlainText()
    assert "Hướng dẫn sử dụng Sổ Chi bộ" in text and "Tự đánh giá «Chi bộ 4 tốt»" in text
    assert guide.browser.verticalScrollBar().value() > 0  # at the evaluation's section, not the top
    document = guide.browser.document()
    picture = document.resource(document.ResourceType.ImageResource, "img/evaluation.png")
    assert picture is not None and not picture.isNull()  # shipped beside the guide, found offline
    window.open_guide()
    assert window.guide is guide  # one guide window
    guide.close()
