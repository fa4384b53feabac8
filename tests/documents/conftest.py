"""A small branch with one recorded meeting, written straight into the store, and helpers to
read PDFs back with poppler's real text extractor."""

from __future__ import annotations

import subprocess
from datetime import date, time

import pytest

from desktop.domain.enums import (
    AttendanceStatus,
    DocumentType,
    MeetingKind,
    MeetingStatus,
    Position,
    SituationEventKind,
)
from desktop.store.database import Database, unit_of_work
from desktop.store.models import (
    AgendaItem,
    Attendance,
    Branch,
    DocumentNumber,
    Meeting,
    Member,
    MemberPosition,
    SituationEvent,
    Speech,
    Term,
    Vote,
)

# name, probationary, note
MEMBERS = (
    ("Đặng Thị Ngọc Ánh", False),  # secretary, chair
    ("Nguyễn Hữu Quỳnh", False),  # deputy
    ("Phạm Thị Hương", False),  # excused: ốm
    ("Lê Văn Tuấn", False),  # minute-taker
    ("Huỳnh Thị Yến", True),  # probationary, present
    ("Trần Văn An", False),  # unexcused
    ("Võ Thị Bình", False),  # exempt since 2024, not expected
    ("Lê Thị Cúc", False),
    ("Ngô Văn Dũng", False),
    ("Bùi Thị Én", False),
)
MEETING_DAY = date(2026, 11, 5)


def pdf_text(pdf: bytes, first: int | None = None, last: int | None = None) -> str:
    """Text as poppler's pdftotext extracts it (reading order, no layout)."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    done = subprocess.run([*args, "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def page_count(pdf: bytes) -> int:
    from io import BytesIO

    from pypdf import PdfReader

    return len(PdfReader(BytesIO(pdf)).pages)


def one_line(text: str) -> str:
    """Joins the lines a paragraph was broken into, so sentences can be searched whole."""
    return " ".join(text.split())


@pytest.fixture
def record(db: Database) -> dict[str, int]:
    """Ids: members by name, plus "meeting" (adopted regular meeting of 05/11/2026, Số 03).

    Worked figures: 10 members in the branch (9 official, 1 probationary); Võ Thị Bình exempt →
    expected 9; present 7 (6 official + Huỳnh Thị Yến) → 7/9 = 77,8 %; excused Phạm Thị Hương
    (ốm); unexcused Trần Văn An. Voting base = 9 official − 1 exempt absent − 1 excused = 7;
    6 for → 6 × 2 > 7, passed.
    """
    ids: dict[str, int] = {}
    with unit_of_work(db) as s:
        s.add(Branch(name="Chi bộ Tổ dân phố số 7", code="CB-TDP07",
                     superior_committee="Đảng bộ phường Ba Đình", place_name="Phường Ba Đình"))
        term = Term(start_date=date(2025, 8, 1), end_date=date(2030, 7, 31), label="2025–2030")
        s.add(term)
        for n, (name, probationary) in enumerate(MEMBERS):
            m = Member(full_name=name, birth_date=date(1960 + n, 3, 4),
                       admitted_on=date(2025, 9, 2) if probationary else date(1990 + n, 5, 19),
                       official_on=None if probationary else date(1991 + n, 5, 19))
            if name == "Võ Thị Bình":
                m.events.append(SituationEvent(kind=SituationEventKind.EXEMPT_FROM,
                                               on=date(2024, 1, 1)))
            if n < 2:
                m.positions.append(MemberPosition(
                    position=Position.SECRETARY if n == 0 else Position.DEPUTY,
                    start_date=date(2025, 8, 1)))
            s.add(m)
            s.flush()
            ids[name] = m.id
        number = DocumentNumber(term_id=term.id, doc_type=DocumentType.MINUTES, seq=3,
                                issued_on=MEETING_DAY)
        s.add(number)
        s.flush()
        ids["meeting"] = add_meeting(s, ids, number_id=number.id)
    return ids


def add_meeting(s, ids: dict[str, int], *, kind: MeetingKind = MeetingKind.REGULAR,  # noqa: ANN001
                on: date = MEETING_DAY, number_id: int | None = None, speeches: int = 3,
                status: MeetingStatus = MeetingStatus.ADOPTED, topic: str = "") -> int:
    meeting = Meeting(
        kind=kind, status=status, held_on=on, start_time=time(19, 30), end_time=time(21, 15),
        place="Nhà văn hóa Tổ dân phố số 7", topic=topic, chair_id=ids["Đặng Thị Ngọc Ánh"],
        minute_taker_id=ids["Lê Văn Tuấn"], guests="Đồng chí Hoàng Văn Khải, Đảng ủy viên phường",
        ideology_notes="Đảng viên yên tâm, tin tưởng; không có biểu hiện suy thoái.",
        conclusion="Chi bộ thống nhất ba nhiệm vụ trọng tâm của tháng 12.",
        document_number_id=number_id,
    )
    item = AgendaItem(position=1, section="proceedings", title="Thảo luận",
                      content="Các đồng chí đảng viên phát biểu ý kiến.")
    speakers = ["Nguyễn Hữu Quỳnh", "Huỳnh Thị Yến", "Lê Thị Cúc", "Ngô Văn Dũng"]
    for k in range(speeches):
        name = speakers[k % len(speakers)]
        item.speeches.append(Speech(position=k + 1, member_id=ids[name], speaker_name=name,
                                    gist=f"Ý kiến số {k + 1}: đề nghị chi bộ quan tâm hơn đến "
                                         "việc vận động nhân dân giữ gìn vệ sinh ngõ xóm, "
                                         "phân loại rác tại nguồn và thăm hỏi gia đình chính sách."))
    meeting.agenda.append(AgendaItem(position=0, section="opening",
                                     title="Báo cáo tình hình đảng viên dự họp"))
    meeting.agenda.append(item)
    absent = {"Phạm Thị Hương": (AttendanceStatus.EXCUSED, "Ốm"),
              "Trần Văn An": (AttendanceStatus.UNEXCUSED, "")}
    for name, member_id in ids.items():
        if name in ("Võ Thị Bình", "meeting"):
            continue
        status, reason = absent.get(name, (AttendanceStatus.PRESENT, ""))
        meeting.attendance.append(Attendance(member_id=member_id, status=status, reason=reason))
    meeting.votes.append(Vote(subject="Nghị quyết tháng 11/2026", votes_for=6, votes_against=0,
                              abstentions=0))
    s.add(meeting)
    s.flush()
    return meeting.id
