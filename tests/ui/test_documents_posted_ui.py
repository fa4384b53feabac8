"""The posted day on the editor's general tab: saved on an adopted meeting through the draft,
its verdict shown beside it, refused (and kept on screen) before the sitting."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate

from desktop.clock import Clock
from desktop.domain.enums import MeetingKind
from desktop.services.meetings import MeetingInfo
from desktop.ui.meeting_editor import GENERAL
from meeting_data import complete_minutes
from meeting_ui import DAY, make_page, open_meeting, settle


# A week after the sitting: the posting days typed below have come (a day to come is refused).
LATER = Clock.fixed(DAY + timedelta(days=7))


@pytest.fixture
def page(db, meetings_branch, qtbot):
    widget = make_page(db, qtbot, clock=LATER)
    yield widget
    widget._ctx.runner.wait_for_tests(5000)


@pytest.fixture
def adopted(page, db):
    services = page._ctx.services
    mid, _ = services.meetings.create(MeetingInfo(
        MeetingKind.REGULAR, DAY, time(19, 30), time(21, 0), place="Nhà văn hóa tổ 7",
        documents_sent_on=DAY - timedelta(days=2)))
    complete_minutes(db, mid)
    services.meetings.adopt(mid)
    return mid


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_posted_day_saved_on_an_adopted_meeting_with_its_verdict(qtbot, page, adopted):
    open_meeting(qtbot, page, adopted, GENERAL)
    form = page.editor.info
    assert page.editor.detail.read_only
    assert not form.place.isEnabled() and form.posted.isEnabled()  # minutes closed, posting open
    assert form.docs_verdict.text() == "on time"
    assert form.posted_verdict.text() == "not recorded"  # a week on, past the 2 days
    form.posted.setChecked(True)
    form.posted_date.setDate(_qdate(DAY + timedelta(days=2)))
    page.editor.flush_drafts()
    settle(qtbot, page)
    detail = page._ctx.services.meetings.detail(adopted)
    assert detail.documents_posted_on == DAY + timedelta(days=2)
    assert next(x for x in detail.quality.lines if x.code == "documents_posted").points == 2
    assert form.posted_verdict.text() == "on time"
    form.posted_date.setDate(_qdate(DAY + timedelta(days=5)))
    page.editor.flush_drafts()
    settle(qtbot, page)
    assert page._ctx.services.meetings.detail(adopted).documents_posted_on == DAY + timedelta(days=5)
    assert form.posted_verdict.text() == "late"


@pytest.mark.parametrize(("day", "why"), [(DAY - timedelta(days=1), "không thể trước ngày họp"),
                                          (DAY + timedelta(days=8), "ở tương lai")])
def test_a_day_before_the_meeting_or_to_come_is_refused_and_stays_typed(qtbot, page, adopted, day, why):
    open_meeting(qtbot, page, adopted, GENERAL)
    form = page.editor.info
    form.posted.setChecked(True)
    form.posted_date.setDate(_qdate(day))
    page.editor.flush_drafts()
    settle(qtbot, page)
    assert page._ctx.services.meetings.detail(adopted).documents_posted_on is None
    assert any(why in r for r in page.editor.refused_reasons())
    assert form.posted_date.date() == _qdate(day)  # the typed day stays
    assert form.posted_verdict.text() == "day not accepted"  # no «on time» for a refused day
