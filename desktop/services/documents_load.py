"""Map stored records to the documents' input data (`desktop.documents.data`).

Figures come from `services.meeting_records` (the same code as the meeting screens), so the
printed counts always match what the user saw.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.documents.data import (
    AgendaEntry,
    AttendanceSheetData,
    MemberDetails,
    MinutesData,
    RegisterData,
    RegisterRow,
    SheetRow,
    SpeechLine,
)
from desktop.documents.kit import Letterhead
from desktop.documents.kit.text import lower_first
from desktop.documents.wording import position_title, standing_label
from desktop.domain.agenda import is_branch_sitting
from desktop.domain.collation import name_sort_key
from desktop.domain.enums import AttendanceStatus, DocumentType, MeetingKind, MeetingStatus, Position
from desktop.domain.numbering import BRANCH_ISSUER
from desktop.domain.situation import Situation
from desktop.domain.votes import VoteResult
from desktop.services.dues import minutes_report_in
from desktop.services.errors import NotFound, UserError
from desktop.services.meeting_records import (
    Figures,
    MeetingRules,
    figures_for_meeting,
    figures_for_year,
    load_records,
)
from desktop.services.name_keys import NameKeys
from desktop.store.models import AgendaItem, Branch, Meeting, Member, MemberPosition
from desktop.wording import say


def branch_of(s: Session) -> Branch:
    branch = s.scalars(select(Branch)).first()
    if branch is None:
        raise UserError(say("branch.profile_missing_documents"))
    return branch


def letterhead(branch: Branch, on: date | None, number: str = "", year: int | None = None) -> Letterhead:
    return Letterhead(branch.superior_committee, branch.name, branch.place_name, on, number, year)


def meeting_of(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id, options=[
        selectinload(Meeting.agenda).selectinload(AgendaItem.speeches),
        selectinload(Meeting.votes),
    ])
    if meeting is None:
        raise NotFound(say("branch.no_meeting", meeting_id=meeting_id), field="meeting_id")
    return meeting


def position_on(s: Session, member_id: int | None, on: date) -> str:
    """The member's branch position on `on` (the highest one if several overlap)."""
    if member_id is None:
        return ""
    held = {p for p, start, end in s.execute(
        select(MemberPosition.position, MemberPosition.start_date, MemberPosition.end_date)
        .where(MemberPosition.member_id == member_id))
        if start <= on and (end is None or end >= on)}
    for position in (Position.SECRETARY, Position.DEPUTY, Position.COMMITTEE):
        if position in held:
            return position.value
    return ""


def _name(s: Session, member_id: int | None) -> str:
    if member_id is None:
        return ""
    member = s.get(Member, member_id)
    return member.full_name if member else ""


def _number(s: Session, meeting: Meeting, rules: MeetingRules) -> tuple[str, Figures]:
    rs = load_records(s, meeting.held_on.year, extra_ids=[meeting.id])
    figures = figures_for_meeting(rs, meeting.id, rules)
    code = rs.number_code(rs.meetings[meeting.id])
    # A draft has no number yet: leave the sequence blank to write in by hand.
    text = f"Số {code}" if code else f"Số ……-{DocumentType.MINUTES.value}/{BRANCH_ISSUER}"
    return text, figures


def minutes_data(s: Session, meeting_id: int, rules: MeetingRules) -> MinutesData:
    meeting = meeting_of(s, meeting_id)
    branch = branch_of(s)
    number, figures = _number(s, meeting, rules)
    agenda = tuple(
        AgendaEntry(item.section, item.title, item.content or "",
                    tuple(SpeechLine(sp.speaker_name, sp.gist or "") for sp in item.speeches),
                    item.conclusion or "")
        for item in meeting.agenda
    )
    votes = tuple(VoteResult(v.subject, v.votes_for, v.votes_against, v.abstentions,
                             figures.voting.base) for v in meeting.votes)
    return MinutesData(
        letterhead=letterhead(branch, meeting.held_on, number),
        branch_name=branch.name,
        kind=meeting.kind,
        status=meeting.status,
        held_on=meeting.held_on,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        place=meeting.place or "",
        topic=meeting.topic or "",
        chair=_name(s, meeting.chair_id),
        chair_role=position_title(position_on(s, meeting.chair_id, meeting.held_on)),
        minute_taker=_name(s, meeting.minute_taker_id),
        guests=meeting.guests or "",
        attendance=figures.attendance,
        agenda=agenda,
        ideology=meeting.ideology_notes or "",
        conclusion=meeting.conclusion or "",
        votes=votes,
        quality=figures.quality if is_branch_sitting(meeting.kind) else None,
        revision=meeting.revision,
        dues=(minutes_report_in(s, meeting.held_on, NameKeys())
              if meeting.kind in (MeetingKind.REGULAR, MeetingKind.COMBINED) else None),
    )


def _apart_note(sit: Situation) -> str:
    if sit.exempt:
        return "Miễn công tác và sinh hoạt đảng"
    if sit.attached_elsewhere:
        return "Sinh hoạt tạm thời nơi khác"
    if sit.suspended:
        return "Đình chỉ sinh hoạt"
    return "Đi công tác đặc biệt"


def attendance_sheet_data(s: Session, meeting_id: int, rules: MeetingRules) -> AttendanceSheetData:
    meeting = meeting_of(s, meeting_id)
    branch = branch_of(s)
    _number_text, figures = _number(s, meeting, rules)
    marks = {m.member_id: m for m in figures.marks}
    expected, apart = [], []
    for member in sorted(figures.roster, key=lambda r: name_sort_key(r.name)):
        sit = member.situation
        mark = marks.get(member.member_id)
        if sit.expected_at_meetings:
            note = ""
            if mark is not None and mark.status is AttendanceStatus.EXCUSED:
                note = "Vắng có lý do" + (f": {lower_first(mark.reason)}" if mark.reason.strip() else "")
            elif mark is not None and mark.status is AttendanceStatus.UNEXCUSED:
                note = "Vắng không lý do"
            expected.append(SheetRow(member.name, standing_label(sit.is_official), note))
        else:
            note = _apart_note(sit)
            if mark is not None and mark.status is AttendanceStatus.PRESENT:
                note += "; có dự họp"
            apart.append(SheetRow(member.name, standing_label(sit.is_official), note))
    return AttendanceSheetData(
        letterhead=letterhead(branch, meeting.held_on),
        branch_name=branch.name,
        kind=meeting.kind,
        held_on=meeting.held_on,
        start_time=meeting.start_time,
        place=meeting.place or "",
        topic=meeting.topic or "",
        expected=tuple(expected),
        apart=tuple(apart),
        chair=_name(s, meeting.chair_id),
        minute_taker=_name(s, meeting.minute_taker_id),
    )


def register_data(s: Session, year: int, rules: MeetingRules, printed_on: date) -> RegisterData:
    branch = branch_of(s)
    rs = load_records(s, year)
    figures = figures_for_year(rs, rules)
    rows = []
    for meeting in rs.current():
        f = figures[meeting.id]
        scored = is_branch_sitting(meeting.kind)
        rows.append(RegisterRow(
            held_on=meeting.held_on, kind=meeting.kind, number=rs.number_code(meeting),
            present=f.attendance.present, expected=f.attendance.expected, rate=f.attendance.rate,
            quality_points=f.quality.total if scored and f.quality.scored else None,
            quality_band=f.quality.band_label if scored else "",
            adopted=meeting.status is MeetingStatus.ADOPTED,
        ))
    return RegisterData(letterhead(branch, printed_on), branch.name, year, tuple(rows),
                        secretary_on(s, printed_on))


def secretary_on(s: Session, on: date) -> str:
    rows = s.execute(
        select(Member.full_name, MemberPosition.start_date, MemberPosition.end_date)
        .join(MemberPosition, MemberPosition.member_id == Member.id)
        .where(MemberPosition.position == Position.SECRETARY)
        .order_by(MemberPosition.start_date.desc())
    )
    for name, start, end in rows:
        if start <= on and (end is None or end >= on):
            return name
    return ""


def member_details(s: Session, member_id: int, on: date) -> MemberDetails:
    member = s.get(Member, member_id)
    if member is None:
        raise NotFound(say("branch.no_member", member_id=member_id), field="member_id")
    title = position_title(position_on(s, member_id, on)) or "Đảng viên"
    return MemberDetails(member.full_name, member.birth_date, member.admitted_on,
                         member.official_on, title)
