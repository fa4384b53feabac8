"""The day a meeting's finished documents were posted: recorded on a draft or an adopted
meeting (the sheet's documents_posted line follows), refused before the sitting or on a
corrected revision, with nothing written."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from desktop.domain.documents_rule import DocumentsVerdict as V
from desktop.domain.enums import MeetingKind as K
from desktop.services.errors import UserError
from desktop.services.meeting_draft import MeetingDraftService, MeetingEdits
from desktop.services.meetings import MeetingInfo, MeetingService
from desktop.store.database import unit_of_work
from desktop.store.models import Meeting
from meeting_data import complete_minutes

HELD = date(2026, 3, 5)


@pytest.fixture
def meetings(db, meetings_branch, clock):
    return MeetingService(db, clock=clock)


def _adopted(db, meetings) -> int:
    mid, _ = meetings.create(MeetingInfo(K.REGULAR, HELD, time(19, 30), time(21, 10),
                                         documents_sent_on=date(2026, 3, 3)))
    complete_minutes(db, mid)
    meetings.adopt(mid)
    return mid


def line(detail, code):
    return next(x for x in detail.quality.lines if x.code == code)


def stored(db, mid):
    with unit_of_work(db) as s:
        return s.get(Meeting, mid).documents_posted_on


def test_not_posted_scores_0_and_does_not_block_adoption(db, meetings):
    mid = _adopted(db, meetings)  # adopt() above would raise if the line blocked it
    d = meetings.detail(mid)
    assert d.read_only and d.documents_posted_on is None
    posted = line(d, "documents_posted")
    assert posted.points == 0 and posted.note == "chưa đăng" and posted.computed
    assert line(d, "documents_sent").points == 5
    assert d.documents_check(date(2026, 3, 6)).posted is V.PENDING
    assert d.documents_check(date(2026, 3, 9)).posted is V.MISSING


def test_recording_on_an_adopted_meeting_rescores_its_sheet(db, meetings):
    mid = _adopted(db, meetings)
    before = meetings.detail(mid).quality.total
    notice = meetings.record_documents_posted(mid, date(2026, 3, 7))
    assert mid in notice.ids
    d = meetings.detail(mid)
    assert d.documents_posted_on == date(2026, 3, 7) and line(d, "documents_posted").points == 2
    assert d.quality.total == before + 2
    assert d.documents_check(date(2026, 3, 20)).posted is V.OK
    meetings.record_documents_posted(mid, date(2026, 3, 8))  # 3 days after: late, 0
    d = meetings.detail(mid)
    assert line(d, "documents_posted").points == 0 and d.documents_check(date(2026, 3, 20)).posted is V.LATE
    meetings.record_documents_posted(mid, None)
    assert stored(db, mid) is None


def test_a_day_before_the_meeting_is_refused_with_nothing_written(db, meetings):
    mid = _adopted(db, meetings)
    meetings.record_documents_posted(mid, date(2026, 3, 6))
    with pytest.raises(UserError, match=r"Cuộc họp ngày 05/03/2026: ngày đăng tài liệu hoàn chỉnh \(04/03/2026\)"):
        meetings.record_documents_posted(mid, date(2026, 3, 4))
    assert stored(db, mid) == date(2026, 3, 6)


def test_a_day_still_to_come_is_refused_with_nothing_written(db, meetings, clock):
    mid = _adopted(db, meetings)
    today = clock.today()
    meetings.record_documents_posted(mid, today)  # today itself: posted this morning
    tomorrow = today + timedelta(days=1)
    with pytest.raises(UserError, match=rf"Cuộc họp ngày 05/03/2026: ngày đăng tài liệu hoàn chỉnh "
                                        rf"\({tomorrow:%d/%m/%Y}\) ở tương lai"):
        meetings.record_documents_posted(mid, tomorrow)
    assert stored(db, mid) == today


def test_the_editor_draft_refuses_a_day_to_come_and_keeps_its_other_parts(db, meetings, clock):
    """The draft of an adopted meeting holds only the posted day: refused, it is named."""
    mid = _adopted(db, meetings)
    drafts = MeetingDraftService(db, clock=clock)
    saved, _ = drafts.save(mid, MeetingEdits(posted=(clock.today() + timedelta(days=3),)))
    assert [(r.part, r.field) for r in saved.refused] == [("posted", "documents_posted_on")]
    assert "ở tương lai" in str(saved.refused[0].message) and stored(db, mid) is None
    saved, _ = drafts.save(mid, MeetingEdits(posted=(date(2026, 3, 6),)))
    assert saved.refused == () and stored(db, mid) == date(2026, 3, 6)


def test_a_corrected_revision_is_refused_naming_the_new_one(db, meetings):
    mid = _adopted(db, meetings)
    new_id, _ = meetings.correct(mid)
    with pytest.raises(UserError, match=f"mã {new_id}"):
        meetings.record_documents_posted(mid, date(2026, 3, 6))
    assert stored(db, mid) is None
    meetings.record_documents_posted(new_id, date(2026, 3, 6))  # the current revision takes it
    assert stored(db, new_id) == date(2026, 3, 6)


def test_a_missing_meeting_is_refused(meetings):
    with pytest.raises(UserError):
        meetings.record_documents_posted(9999, date(2026, 3, 6))
