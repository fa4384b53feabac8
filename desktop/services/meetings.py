"""Meetings: create, general information, attendance, adopt, correct; the list and the detail.

The content of the minutes (agenda, speeches, votes, quality ticks) is edited through
`MeetingMinutesService` (meeting_minutes.py); the year view is `MeetingYearService`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from desktop.clock import Clock
from desktop.domain.adoption import refusal
from desktop.domain.agenda import template_for
from desktop.domain.collation import name_sort_key
from desktop.domain.documents_rule import posted_problem, sent_problem
from desktop.domain.enums import (
    AttendanceStatus,
    DocumentType,
    MeetingKind,
    MeetingStatus,
    Position,
)
from desktop.domain.meeting_times import times_problem
from desktop.domain.numbering import TermSpan, next_seq, number_text, term_on
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import UserError
from desktop.domain.adoption import TASK_KINDS
from desktop.services.task_moves import forget_reviews, move_tasks
from desktop.services.meeting_detail import MeetingDetail, PersonRef, load_detail
from desktop.services.meeting_guard import (
    editable_meeting,
    get_meeting,
    nfc,
    sync_attendance,
)
from desktop.services.meeting_records import (
    RulesForYear,
    default_rules,
    load_members,
    record_of,
)
from desktop.services.meeting_rows import MeetingRow, list_rows
from desktop.services.tasks import check_move
from desktop.services.year_lock import require_year_open
from desktop.store.database import Database, unit_of_work
from desktop.store.models import (
    AgendaItem,
    Attendance,
    DocumentNumber,
    Meeting,
    MeetingResolution,
    MemberPosition,
    QualityItem,
    Speech,
    Term,
    ThematicPlanEntry,
    Vote,
)
from desktop.wording import say

__all__ = ["MeetingInfo", "MeetingService", "MeetingRow", "MeetingDetail", "PersonRef"]


@dataclass(frozen=True)
class MeetingInfo:
    """The general information of a meeting, as entered on its first tab."""

    kind: MeetingKind
    held_on: date
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    topic: str = ""
    chair_id: int | None = None
    minute_taker_id: int | None = None
    guests: str = ""
    ideology_notes: str = ""
    documents_sent_on: date | None = None
    prepared_by_id: int | None = None  # the committee meeting that prepared this one
    thematic_plan_id: int | None = None


class MeetingService:
    def __init__(self, db: Database, rules_for_year: RulesForYear = default_rules, *,
                 clock: Clock):
        self._db = db
        self._rules = rules_for_year
        self._clock = clock  # when minutes are adopted

    # --- reading -------------------------------------------------------------------------
    # The year's rules are read in a unit of work of their own, never inside another one: a
    # nested transaction on a second connection would wait for the first (see store/engine).
    def list_meetings(self, year: int) -> list[MeetingRow]:
        rules = self._rules(year)
        with unit_of_work(self._db) as s:
            return list_rows(s, year, rules)

    def detail(self, meeting_id: int) -> MeetingDetail:
        with unit_of_work(self._db) as s:
            held_on = get_meeting(s, meeting_id).held_on
        rules = self._rules(held_on.year)
        with unit_of_work(self._db) as s:
            return load_detail(s, meeting_id, rules)

    def members_on(self, on: date) -> list[PersonRef]:
        """Members in the branch on a date (for chair, minute-taker and speaker pickers)."""
        with unit_of_work(self._db) as s:
            members = load_members(s)
        people = [PersonRef(r.member_id, r.name) for r in members.roster_on(on)]
        return sorted(people, key=lambda p: name_sort_key(p.name))

    def suggested_schedule(self, kind: MeetingKind, year: int) -> tuple[time, time]:
        """Evening start and an end that gives the minimum duration of this kind."""
        minutes = self._rules(year).quality.required_minutes(kind)
        start = time(19, 30)
        end = (datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=minutes)).time()
        return start, end

    def last_place(self) -> str:
        """Where the latest meeting was held: the usual place, offered for a new one."""
        with unit_of_work(self._db) as s:
            place = s.scalar(
                select(Meeting.place).where(Meeting.place != "").order_by(Meeting.held_on.desc()).limit(1)
            )
        return place or ""

    # --- writing -------------------------------------------------------------------------
    def create(self, info: MeetingInfo) -> tuple[int, ChangeNotice]:
        """A draft with the agenda of its kind and everyone expected marked present.

        The chair and minute-taker default to the secretary and the deputy in office that day.
        """
        with unit_of_work(self._db) as s:
            require_year_open(s, info.held_on.year, say("meetings.what_meetings"))
            meeting = Meeting(status=MeetingStatus.DRAFT, revision=1)
            apply_info(s, meeting, info)  # validates before the row joins the session
            s.add(meeting)
            if info.chair_id is None or info.minute_taker_id is None:
                chair, deputy = _officers_on(s, info.held_on)
                meeting.chair_id = info.chair_id or chair
                meeting.minute_taker_id = info.minute_taker_id or deputy
            for pos, item in enumerate(template_for(info.kind), start=1):
                meeting.agenda.append(AgendaItem(position=pos, section=item.section, title=item.title))
            s.flush()
            sync_attendance(s, meeting, load_members(s))
            return meeting.id, ChangeNotice.of(Changed.MEETINGS, ids=(meeting.id,))

    def update_info(self, meeting_id: int, info: MeetingInfo) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            write_info(s, editable_meeting(s, meeting_id), info)
        return ChangeNotice.of(Changed.MEETINGS, ids=(meeting_id,))

    def set_attendance(
        self, meeting_id: int, member_id: int, status: AttendanceStatus | None, reason: str = ""
    ) -> ChangeNotice:
        """Mark one member. Excused needs a reason. For a member not expected (e.g. exempt),
        PRESENT records that they attended and None removes it."""
        reason = nfc(reason)
        with unit_of_work(self._db) as s:
            meeting = editable_meeting(s, meeting_id)
            members = load_members(s)
            roster = {r.member_id: r for r in members.roster(record_of(meeting))}
            member = roster.get(member_id)
            if member is None:
                raise UserError(say("meetings.not_on_roster", member_id=member_id,
                                    day=f"{meeting.held_on:%d/%m/%Y}"), field="member_id")
            expected = member.situation.expected_at_meetings
            if status is AttendanceStatus.EXCUSED and not reason:
                raise UserError(say("meetings.reason_needed", name=member.name), field="reason")
            if expected and status is None:
                raise UserError(say("meetings.status_needed", name=member.name), field="status")
            row = next((a for a in meeting.attendance if a.member_id == member_id), None)
            if not expected and status is not AttendanceStatus.PRESENT:
                if row is not None:
                    meeting.attendance.remove(row)
                return ChangeNotice.of(Changed.MEETINGS, ids=(meeting_id,))
            if row is None:
                row = Attendance(member_id=member_id, expected=1 if expected else 0)
                meeting.attendance.append(row)
            row.status = status
            row.reason = reason if status is not AttendanceStatus.PRESENT else ""
        return ChangeNotice.of(Changed.MEETINGS, ids=(meeting_id,))

    def adopt(self, meeting_id: int) -> tuple[str, ChangeNotice]:
        """Adopt the minutes: allocate the BB number if none, then the meeting is read-only.

        Refused, naming every gap, while the record is incomplete (unscored quality sheet, no
        conclusion, a vote without a subject, a speech by a member marked absent)."""
        detail = self.detail(meeting_id)  # its own units of work, before ours (never nested)
        blocking = detail.adoption.blocking
        if blocking and not detail.read_only:
            raise UserError(refusal(detail.held_on, blocking), field="adoption")
        with unit_of_work(self._db) as s:
            meeting = editable_meeting(s, meeting_id)
            if meeting.document_number_id is None:
                meeting.document_number_id = _allocate_number(s, meeting).id
            if meeting.kind in TASK_KINDS and s.scalar(select(MeetingResolution.id).where(
                    MeetingResolution.meeting_id == meeting.id)) is None:
                s.add(MeetingResolution(meeting_id=meeting.id, document_number_id=_allocate_number(
                    s, meeting, DocumentType.RESOLUTION).id))
            meeting.status = MeetingStatus.ADOPTED
            meeting.adopted_at = self._clock.utcnow()
            s.flush()
            number = s.get(DocumentNumber, meeting.document_number_id)
            text = number_text(number.seq, number.doc_type)
        return text, ChangeNotice.of(Changed.MEETINGS, ids=(meeting_id,))

    def correct(self, meeting_id: int) -> tuple[int, ChangeNotice]:
        """A new draft revision copying everything; the adopted one is kept and points to it."""
        with unit_of_work(self._db) as s:
            old = get_meeting(s, meeting_id)
            if old.superseded_by_id is not None:
                raise UserError(say("meetings.already_corrected"), field="meeting_id")
            if old.status is not MeetingStatus.ADOPTED:
                raise UserError(say("meetings.not_adopted"))
            require_year_open(s, old.held_on.year, say("meetings.what_meetings"))
            new = _copy_meeting(old)
            s.add(new)
            s.flush()
            old.superseded_by_id = new.id
            for follower in s.scalars(select(Meeting).where(Meeting.prepared_by_id == old.id)):
                follower.prepared_by_id = new.id  # keep the committee link on the current row
            move_tasks(s, old.id, new.id)
            return new.id, ChangeNotice.of(Changed.MEETINGS, ids=(old.id, new.id))

    def record_documents_posted(self, meeting_id: int, day: date | None) -> ChangeNotice:
        """The day the finished documents were posted to members, or None to clear it.

        A fact about the record rather than minutes content, so an adopted meeting takes it
        too (its sheet's `documents_posted` line follows, being computed from the record); a
        corrected (superseded) revision is refused, as is a day before the sitting or after
        today (a posting not made yet)."""
        with unit_of_work(self._db) as s:
            write_documents_posted(s, get_meeting(s, meeting_id), day, self._clock.today())
        return ChangeNotice.of(Changed.MEETINGS, ids=(meeting_id,))

    def delete_draft(self, meeting_id: int) -> ChangeNotice:
        """Only a draft that never had a number (never adopted) may be deleted."""
        with unit_of_work(self._db) as s:
            meeting = editable_meeting(s, meeting_id)
            if meeting.document_number_id is not None or meeting.revision > 1:
                raise UserError(say("meetings.numbered_kept"))
            for follower in s.scalars(select(Meeting).where(Meeting.prepared_by_id == meeting.id)):
                follower.prepared_by_id = None
            forget_reviews(s, meeting.id)
            s.delete(meeting)
        return ChangeNotice.of(Changed.MEETINGS, ids=(meeting_id,))


def apply_info(s, meeting: Meeting, info: MeetingInfo) -> None:
    """Check the general information, then copy it onto the row (nothing is changed when refused)."""
    problem = times_problem(info.start_time, info.end_time)
    if problem is not None:
        raise UserError(problem, field="end_time")
    problem = sent_problem(info.held_on, info.documents_sent_on)
    if problem is not None:
        raise UserError(problem, field="documents_sent_on")
    if info.prepared_by_id is not None:
        prep = s.get(Meeting, info.prepared_by_id)
        if prep is None or prep.kind is not MeetingKind.COMMITTEE:
            raise UserError(say("meetings.prepared_not_committee"), field="prepared_by_id")
        if prep.held_on > info.held_on:
            raise UserError(say("meetings.prepared_after"), field="prepared_by_id")
    if info.thematic_plan_id is not None and s.get(ThematicPlanEntry, info.thematic_plan_id) is None:
        raise UserError(say("meetings.plan_entry_missing"), field="thematic_plan_id")
    meeting.kind = info.kind
    meeting.held_on = info.held_on
    meeting.start_time, meeting.end_time = info.start_time, info.end_time
    meeting.place = nfc(info.place)
    meeting.topic = nfc(info.topic)
    meeting.chair_id = info.chair_id
    meeting.minute_taker_id = info.minute_taker_id
    meeting.guests = nfc(info.guests)
    meeting.ideology_notes = nfc(info.ideology_notes)
    meeting.documents_sent_on = info.documents_sent_on
    meeting.prepared_by_id = info.prepared_by_id
    meeting.thematic_plan_id = info.thematic_plan_id


def write_documents_posted(s, meeting: Meeting, day: date | None, today: date) -> None:
    """The posted day on any current revision, adopted or not (nothing changed when refused)."""
    held = f"{meeting.held_on:%d/%m/%Y}"
    if meeting.superseded_by_id is not None:
        raise UserError(say("meetings.posted_superseded", day=held, new_id=meeting.superseded_by_id),
                        field="documents_posted_on")
    problem = posted_problem(meeting.held_on, day, today)
    if problem is not None:
        raise UserError(problem, field="documents_posted_on")
    require_year_open(s, meeting.held_on.year, say("meetings.what_meetings"))
    meeting.documents_posted_on = day


def write_info(s, meeting: Meeting, info: MeetingInfo) -> None:
    """The general information of an editable meeting; its attendance follows a new date or kind."""
    moved = (meeting.held_on, meeting.kind) != (info.held_on, info.kind)
    require_year_open(s, info.held_on.year, say("meetings.what_meetings"))
    check_move(s, meeting, info.held_on, info.kind)
    apply_info(s, meeting, info)
    if moved:  # who is expected depends on the date and, for the committee, the kind
        sync_attendance(s, meeting, load_members(s))


def _officers_on(s, on: date) -> tuple[int | None, int | None]:
    rows = s.execute(
        select(MemberPosition.member_id, MemberPosition.position).where(
            MemberPosition.start_date <= on,
            (MemberPosition.end_date.is_(None)) | (MemberPosition.end_date >= on),
        )
    ).all()
    chair = next((m for m, p in rows if p is Position.SECRETARY), None)
    deputy = next((m for m, p in rows if p is Position.DEPUTY), None)
    return chair, deputy


def _allocate_number(s, meeting: Meeting,
                     doc_type: DocumentType = DocumentType.MINUTES) -> DocumentNumber:
    terms = [TermSpan(t.id, t.start_date, t.end_date) for t in s.scalars(select(Term))]
    term = term_on(terms, meeting.held_on)
    if term is None:
        raise UserError(say("meetings.no_term", day=f"{meeting.held_on:%d/%m/%Y}"), field="held_on")
    used = s.scalars(
        select(DocumentNumber.seq).where(
            DocumentNumber.term_id == term.term_id, DocumentNumber.doc_type == doc_type
        )
    ).all()
    word = "Nghị quyết" if doc_type is DocumentType.RESOLUTION else "Biên bản"
    number = DocumentNumber(
        term_id=term.term_id,
        doc_type=doc_type,
        seq=next_seq(used),
        issued_on=meeting.held_on,
        subject=f"{word} {meeting.held_on:%d/%m/%Y}",
    )
    s.add(number)
    s.flush()
    return number


def _copy_meeting(old: Meeting) -> Meeting:
    scalar = (
        "kind", "held_on", "start_time", "end_time", "place", "topic", "chair_id",
        "minute_taker_id", "guests", "ideology_notes", "conclusion", "documents_sent_on",
        "prepared_by_id", "thematic_plan_id", "document_number_id",
    )
    new = Meeting(status=MeetingStatus.DRAFT, revision=old.revision + 1)
    for name in scalar:
        setattr(new, name, getattr(old, name))
    for item in old.agenda:
        copy = AgendaItem(position=item.position, section=item.section, title=item.title,
                          content=item.content, conclusion=item.conclusion)
        copy.speeches = [
            Speech(position=sp.position, member_id=sp.member_id, speaker_name=sp.speaker_name,
                   gist=sp.gist)
            for sp in item.speeches
        ]
        new.agenda.append(copy)
    new.attendance = [
        Attendance(member_id=a.member_id, status=a.status, reason=a.reason, expected=a.expected)
        for a in old.attendance
    ]
    new.votes = [
        Vote(subject=v.subject, votes_for=v.votes_for, votes_against=v.votes_against,
             abstentions=v.abstentions)
        for v in old.votes
    ]
    new.quality_items = [
        QualityItem(code=q.code, points=q.points, note=q.note) for q in old.quality_items
    ]
    return new
