"""`MeetingDetail`: everything a screen or the minutes PDF needs about one meeting (read model).

Built in one transaction from the store with the domain rules (attendance, votes, quality), so
the screen, the minutes and the list show the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.adoption import AdoptionCheck, SpeechRef, check_adoption
from desktop.domain.agenda import KIND_TITLES
from desktop.domain.attendance import AttendanceSummary
from desktop.domain.collation import name_sort_key
from desktop.domain.enums import AttendanceStatus, MeetingKind, MeetingStatus, TaskStatus
from desktop.domain.documents_rule import DocumentsCheck, DocumentsRule, check_documents
from desktop.domain.quality import QualityScore
from desktop.domain.votes import VotingBase, passes
from desktop.services.errors import NotFound
from desktop.services.meeting_records import (
    MeetingRules,
    figures_for_meeting,
    load_records,
)
from desktop.services.resolution_load import resolution_code
from desktop.services.tasks import TaskRow, load_review_of, load_tasks_of
from desktop.store.models import AgendaItem, Meeting, Member
from desktop.wording import say


@dataclass(frozen=True)
class PersonRef:
    member_id: int
    name: str


@dataclass(frozen=True)
class SpeechDetail:
    id: int
    position: int
    member_id: int | None  # None for a guest
    speaker_name: str
    gist: str


@dataclass(frozen=True)
class AgendaItemDetail:
    id: int
    position: int
    section: str  # "opening" | "proceedings" | "closing" (desktop.domain.agenda)
    title: str
    content: str
    conclusion: str
    speeches: tuple[SpeechDetail, ...]


@dataclass(frozen=True)
class AttendanceLine:
    """One member in the attendance grid.

    category: "expected" (counted), "exempt", "attached" or "not_expected" (suspended, special
    duty) — the last three are listed apart and not counted. standing: "official" |
    "probationary". status: None when not recorded (a member listed apart who did not attend).
    """

    member_id: int
    name: str
    standing: str
    category: str
    status: AttendanceStatus | None
    reason: str


@dataclass(frozen=True)
class VoteDetail:
    id: int
    subject: str
    votes_for: int
    votes_against: int
    abstentions: int
    base: int  # the voting base of the meeting (§5)
    passed: bool  # votes_for > base / 2


@dataclass(frozen=True)
class MeetingDetail:
    """One meeting as shown and printed. Stable field names (the minutes PDF reads them):

    id, kind (MeetingKind), kind_title ("Sinh hoạt chi bộ thường kỳ"…), status (MeetingStatus),
    revision (1, 2… after corrections), read_only (adopted or superseded), superseded_by_id,
    held_on, start_time, end_time, duration_minutes (None without both times), required_minutes
    (90, or 120 combined), place, topic, chair / minute_taker (PersonRef | None), guests,
    ideology_notes, conclusion, documents_sent_on, documents_posted_on (finished documents
    posted to members), documents_rule (the rulebook's days; `documents_check(today)` judges
    both dates), prepared_by_id (the committee meeting),
    thematic_plan_id, adopted_at,
    number_code ("03-BB/CB" or ""), number_text ("Số 03-BB/CB" or ""),
    agenda (AgendaItemDetail… in order, each with its speeches),
    attendance (domain AttendanceSummary: official, probationary, total, expected, present,
      present_official, present_probationary, excused (name + reason), unexcused, exempt,
      attached_elsewhere, other_not_expected, extra_present, rate, checks with names),
    lines (AttendanceLine… every member considered, by Vietnamese name order),
    voting (domain VotingBase: official, attached_elsewhere, suspended, exempt_absent,
      excused_absent, present_voters, base), votes (VoteDetail…),
    quality (domain QualityScore: lines with code/title/group/points/max_points/computed/note/
      scored, total, max_total, band, band_label, missing_full_marks, unscored),
    adoption (domain AdoptionCheck: what is still incomplete, blocking or a warning),
    tasks / task_review (TaskRow…: decided here / reviewed or waiting for review here),
    speakers_present, speakers_share (members present who spoke, and their share).
    """

    id: int
    kind: MeetingKind
    kind_title: str
    status: MeetingStatus
    revision: int
    read_only: bool
    superseded_by_id: int | None
    held_on: date
    start_time: time | None
    end_time: time | None
    duration_minutes: int | None
    required_minutes: int
    place: str
    topic: str
    chair: PersonRef | None
    minute_taker: PersonRef | None
    guests: str
    ideology_notes: str
    conclusion: str
    documents_sent_on: date | None
    documents_posted_on: date | None
    documents_rule: DocumentsRule
    prepared_by_id: int | None
    thematic_plan_id: int | None
    adopted_at: datetime | None
    number_code: str
    number_text: str
    resolution_code: str  # "19-NQ/CB" once a regular sitting's minutes are adopted, else ""
    agenda: tuple[AgendaItemDetail, ...]
    attendance: AttendanceSummary
    lines: tuple[AttendanceLine, ...]
    voting: VotingBase
    votes: tuple[VoteDetail, ...]
    quality: QualityScore
    adoption: AdoptionCheck
    tasks: tuple[TaskRow, ...] = ()  # decided here (the resolution's part II)
    task_review: tuple[TaskRow, ...] = ()  # earlier tasks reviewed (or waiting) here
    speakers_present: int = 0  # members present who spoke
    speakers_share: float | None = None  # of the members present; None when nobody present

    def documents_check(self, today: date) -> DocumentsCheck:
        """Both document dates against the rulebook's days (pending needs today)."""
        return check_documents(self.held_on, self.documents_sent_on, self.documents_posted_on,
                               self.documents_rule, today)

    @property
    def speakers(self) -> tuple[str, ...]:
        """Distinct speakers in order of first speech."""
        seen: dict[str, None] = {}
        for item in self.agenda:
            for speech in item.speeches:
                seen.setdefault(speech.speaker_name, None)
        return tuple(seen)


def _category(situation) -> str:
    if situation.expected_at_meetings:
        return "expected"
    if situation.exempt:
        return "exempt"
    if situation.attached_elsewhere:
        return "attached"
    return "not_expected"


def load_detail(session: Session, meeting_id: int, rules: MeetingRules) -> MeetingDetail:
    meeting = session.get(
        Meeting,
        meeting_id,
        options=[selectinload(Meeting.agenda).selectinload(AgendaItem.speeches), selectinload(Meeting.votes)],
    )
    if meeting is None:
        raise NotFound(say("meetings.not_found", meeting_id=meeting_id), field="meeting_id")
    rs = load_records(session, meeting.held_on.year, extra_ids=(meeting_id,))
    fig = figures_for_meeting(rs, meeting_id, rules)
    names = rs.names
    marks = {m.member_id: m for m in fig.marks}
    lines = [
        AttendanceLine(
            r.member_id,
            r.name,
            "official" if r.situation.is_official else "probationary",
            _category(r.situation),
            marks[r.member_id].status if r.member_id in marks else None,
            marks[r.member_id].reason if r.member_id in marks else "",
        )
        for r in fig.roster
    ]
    lines.sort(key=lambda line: name_sort_key(line.name))
    code = rs.number_code(rs.meetings[meeting_id])
    base = fig.voting.base

    def person(member_id: int | None) -> PersonRef | None:
        if member_id is None:
            return None
        name = names.get(member_id) or session.scalar(select(Member.full_name).where(Member.id == member_id))
        return PersonRef(member_id, name or "")

    absent = {line.member_id for line in lines if line.status is not AttendanceStatus.PRESENT}
    present = {line.member_id for line in lines if line.status is AttendanceStatus.PRESENT}
    spoke = {sp.member_id for item in meeting.agenda for sp in item.speeches} & present
    # A record: "overdue" is as of the meeting's day, not of today.
    tasks = tuple(load_tasks_of(session, meeting_id, meeting.held_on))
    review = tuple(load_review_of(session, meeting, meeting.held_on))
    adoption = check_adoption(
        kind=meeting.kind,
        conclusion=meeting.conclusion or "",
        quality=fig.quality,
        vote_subjects=[v.subject or "" for v in meeting.votes],
        speeches=[SpeechRef(sp.member_id, sp.speaker_name, item.title)
                  for item in meeting.agenda for sp in item.speeches],
        absent_ids=absent,
        attendance_ok=fig.attendance.checks.passed,
        task_count=len(tasks),
        unreviewed=sum(r.status is TaskStatus.OPEN for r in review),
    )
    return MeetingDetail(
        id=meeting.id,
        kind=meeting.kind,
        kind_title=KIND_TITLES[meeting.kind],
        status=meeting.status,
        revision=meeting.revision,
        read_only=meeting.status is MeetingStatus.ADOPTED or meeting.superseded_by_id is not None,
        superseded_by_id=meeting.superseded_by_id,
        held_on=meeting.held_on,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        duration_minutes=fig.duration_minutes,
        required_minutes=rules.quality.required_minutes(meeting.kind),
        place=meeting.place or "",
        topic=meeting.topic or "",
        chair=person(meeting.chair_id),
        minute_taker=person(meeting.minute_taker_id),
        guests=meeting.guests or "",
        ideology_notes=meeting.ideology_notes or "",
        conclusion=meeting.conclusion or "",
        documents_sent_on=meeting.documents_sent_on,
        documents_posted_on=meeting.documents_posted_on,
        documents_rule=rules.quality.documents,
        prepared_by_id=meeting.prepared_by_id,
        thematic_plan_id=meeting.thematic_plan_id,
        adopted_at=meeting.adopted_at,
        number_code=code,
        number_text=f"Số {code}" if code else "",
        resolution_code=resolution_code(session, meeting_id),
        agenda=tuple(
            AgendaItemDetail(
                item.id, item.position, item.section, item.title, item.content or "",
                item.conclusion or "",
                tuple(
                    SpeechDetail(s.id, s.position, s.member_id, s.speaker_name, s.gist or "")
                    for s in item.speeches
                ),
            )
            for item in meeting.agenda
        ),
        attendance=fig.attendance,
        lines=tuple(lines),
        voting=fig.voting,
        votes=tuple(
            VoteDetail(v.id, v.subject, v.votes_for, v.votes_against, v.abstentions, base,
                       passes(v.votes_for, base))
            for v in meeting.votes
        ),
        quality=fig.quality,
        adoption=adoption,
        tasks=tasks,
        task_review=review,
        speakers_present=len(spoke),
        speakers_share=len(spoke) / len(present) if present else None,
    )
