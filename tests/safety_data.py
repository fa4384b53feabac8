"""Realistic records for the data-safety tests: members through the members service, meetings
with attendance written directly (one unit of work each, as a service would)."""

from __future__ import annotations

from datetime import date, time

from desktop.clock import Clock
from desktop.domain.enums import (
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    SituationEventKind,
)
from desktop.services.members import EventDraft, MemberDraft, MembersService
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Attendance, Meeting

RECORDED_ON = Clock.fixed(date(2026, 11, 18))  # the members are entered on this day

PEOPLE = [
    ("Trần Văn An", date(1965, 2, 14), date(1990, 5, 19), date(1991, 5, 19)),
    ("Lê Thị Bình", date(1972, 8, 30), date(2001, 9, 2), date(2002, 9, 2)),
    ("Nguyễn Đức Cường", date(1980, 1, 5), date(2010, 3, 26), date(2011, 3, 26)),
    ("Phạm Thị Dung", date(1990, 11, 11), date(2018, 12, 22), date(2019, 12, 22)),
    ("Hoàng Văn Em", date(1950, 4, 30), date(1975, 4, 30), date(1976, 4, 30)),
]


def add_members(db: Database, people=PEOPLE) -> list[int]:
    service = MembersService(db, clock=RECORDED_ON)
    ids = []
    for name, born, admitted, official in people:
        result, _notice = service.create(MemberDraft(name, born, None, admitted, official))
        ids.append(result.member_id)
    return ids


def make_exempt(db: Database, member_id: int, since: date) -> None:
    service = MembersService(db, clock=RECORDED_ON)
    service.add_event(member_id, EventDraft(SituationEventKind.EXEMPT_FROM, since))


def add_meeting(db: Database, held_on: date, present: list[int], excused: list[int] = (),
                kind: MeetingKind = MeetingKind.REGULAR) -> int:
    with unit_of_work(db) as s:
        meeting = Meeting(kind=kind, status=MeetingStatus.ADOPTED, held_on=held_on,
                          start_time=time(8, 0), end_time=time(9, 40),
                          place="Nhà văn hóa tổ dân phố số 5")
        s.add(meeting)
        s.flush()
        for mid in present:
            s.add(Attendance(meeting_id=meeting.id, member_id=mid,
                             status=AttendanceStatus.PRESENT, expected=1))
        for mid in excused:
            s.add(Attendance(meeting_id=meeting.id, member_id=mid,
                             status=AttendanceStatus.EXCUSED, reason="Ốm", expected=1))
        return meeting.id


def corrupt_table(path, table: str = "member") -> bytes:
    """Overwrite, by hand, the b-tree page holding `table`'s rows (as a failing disk would).

    The file must be checkpointed (no WAL). Returns the damaged bytes written.
    """
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type='table' AND name=?", (table,)
        ).fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    # Keep the page-type byte, scramble the cell count, pointers and content.
    data[start + 3: start + page_size] = bytes((i * 37 + 11) % 256 for i in range(page_size - 3))
    path.write_bytes(bytes(data))
    return bytes(data)
