"""Shared by the meeting services: find a meeting that may still be edited, keep its attendance
rows in step with who is expected on its date, and normalise text."""

from __future__ import annotations

import unicodedata

from sqlalchemy.orm import Session

from desktop.domain.enums import AttendanceStatus, MeetingStatus
from desktop.services.errors import NotFound, UserError
from desktop.services.meeting_records import RecordSet, record_of
from desktop.services.year_lock import require_year_open
from desktop.store.models import Attendance, Meeting
from desktop.wording import say

def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "").strip()


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(say("meetings.not_found", meeting_id=meeting_id), field="meeting_id")
    return meeting


def editable_meeting(session: Session, meeting_id: int) -> Meeting:
    """The meeting, if it is a current draft; any write to an adopted one is refused."""
    meeting = get_meeting(session, meeting_id)
    day = meeting.held_on.strftime("%d/%m/%Y")
    if meeting.superseded_by_id is not None:
        raise UserError(say("meetings.superseded", day=day), field="meeting_id")
    if meeting.status is MeetingStatus.ADOPTED:
        raise UserError(say("meetings.read_only", day=day), field="meeting_id")
    require_year_open(session, meeting.held_on.year, say("meetings.what_meetings"))
    return meeting


def sync_attendance(session: Session, meeting: Meeting, members: RecordSet) -> None:
    """Every member expected on the date has a row (new ones present); rows of members no
    longer expected are dropped unless they attended (then kept with expected = 0)."""
    roster = {r.member_id: r for r in members.roster(record_of(meeting))}
    expected = {mid for mid, r in roster.items() if r.situation.expected_at_meetings}
    rows = {a.member_id: a for a in meeting.attendance}
    for member_id in expected - rows.keys():
        meeting.attendance.append(
            Attendance(member_id=member_id, status=AttendanceStatus.PRESENT, reason="", expected=1)
        )
    for member_id, row in rows.items():
        if member_id in expected:
            row.expected = 1
        elif member_id in roster and row.status is AttendanceStatus.PRESENT:
            row.expected = 0
        else:
            meeting.attendance.remove(row)
    session.flush()
