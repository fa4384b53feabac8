"""What must hold across a branch's whole record, checked by "Kiểm tra dữ liệu" (Check data).

Pure: the service loads plain `Records`, `find_problems` returns `Invariant` problems, each with an
explanation (a `Text` of the wording catalogue) and, where one exists, a `Repair` that loses nothing the user typed
(e.g. recomputing the `expected` flag of an attendance row from the member's situation).
Member profile and history rules are the members area's (`domain.members`); they are reused here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from desktop.domain.agenda import is_branch_sitting
from desktop.domain.attendance import Mark, committee_on, roster_on
from desktop.domain.enums import AttendanceStatus, DocumentType, MeetingKind, Position
from desktop.domain.members import (
    HistoryEvent,
    PositionPeriod,
    check_history,
    check_positions,
    check_profile,
    dmy,
)
from desktop.domain.situation import MemberFacts, situation_on
from desktop.domain.votes import voting_base
from desktop.wording import DEFAULT_LANGUAGE, Text, joined, say

MEETING_LABELS: dict[MeetingKind, Text] = {kind: say(f"data_check.meeting_{kind.value}")
                                           for kind in MeetingKind}


class RepairKind(StrEnum):
    SET_ATTENDANCE_EXPECTED = "set_attendance_expected"  # value: 0 or 1


@dataclass(frozen=True)
class Repair:
    kind: RepairKind
    row_id: int
    value: int
    text: Text  # what the repair will do

    @property
    def description(self) -> str:
        """In Vietnamese, for callers that show no other language."""
        return self.text.render(DEFAULT_LANGUAGE)


@dataclass(frozen=True)
class Invariant:
    """One problem in the records."""

    code: str  # stable identifier, e.g. "attendance_not_member"
    table: str
    row_id: int | None
    text: Text  # what is wrong and where
    repair: Repair | None = None

    @property
    def message(self) -> str:
        """In Vietnamese, for callers that show no other language."""
        return self.text.render(DEFAULT_LANGUAGE)

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.text.render(lang)


@dataclass(frozen=True)
class MemberRecord:
    id: int
    full_name: str
    birth_date: date | None
    admitted_on: date | None
    official_on: date | None
    facts: MemberFacts
    positions: tuple[tuple[Position, date, date | None], ...] = ()


@dataclass(frozen=True)
class TermRecord:
    id: int
    start_date: date
    end_date: date
    label: str = ""


@dataclass(frozen=True)
class NumberRecord:
    id: int
    term_id: int
    doc_type: DocumentType
    seq: int
    issued_on: date


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    kind: MeetingKind
    held_on: date
    start_time: time | None = None
    end_time: time | None = None
    documents_sent_on: date | None = None
    superseded_by_id: int | None = None
    document_number_id: int | None = None
    documents_posted_on: date | None = None


@dataclass(frozen=True)
class AttendanceRecord:
    id: int
    meeting_id: int
    member_id: int
    expected: int
    status: AttendanceStatus | None = None


@dataclass(frozen=True)
class VoteRecord:
    id: int
    meeting_id: int
    subject: str
    votes_for: int
    votes_against: int
    abstentions: int


@dataclass(frozen=True)
class Records:
    members: tuple[MemberRecord, ...] = ()
    terms: tuple[TermRecord, ...] = ()
    numbers: tuple[NumberRecord, ...] = ()
    meetings: tuple[MeetingRecord, ...] = ()
    attendance: tuple[AttendanceRecord, ...] = ()
    votes: tuple[VoteRecord, ...] = ()


def meeting_label(m: MeetingRecord) -> Text:
    kind = MEETING_LABELS.get(m.kind) or say("data_check.meeting")
    return say("data_check.meeting_on", meeting=kind, date=dmy(m.held_on), id=m.id)


def find_problems(records: Records, today: date) -> list[Invariant]:
    return [
        *member_problems(records.members, today),
        *term_problems(records.terms),
        *meeting_problems(records.meetings),
        *supersede_problems(records.meetings),
        *attendance_problems(records),
        *vote_problems(records),
        *number_problems(records),
    ]


def member_problems(members: tuple[MemberRecord, ...], today: date) -> list[Invariant]:
    found = []
    for m in members:
        who = say("data_check.member", name=m.full_name, id=m.id)
        history = [HistoryEvent(e.kind, e.on) for e in m.facts.events]
        periods = [PositionPeriod(p, start, end) for p, start, end in m.positions]
        profile = check_profile(m.full_name, m.birth_date, m.admitted_on, m.official_on, "", "", today)
        for p in [*profile, *check_history(history, m.birth_date, m.admitted_on, today),
                  *check_positions(periods, today)]:
            found.append(Invariant(f"member_{p.field}", "member", m.id,
                                   say("data_check.member_problem", member=who, problem=p.text)))
    return found


def term_problems(terms: tuple[TermRecord, ...]) -> list[Invariant]:
    return [
        Invariant("term_dates", "term", t.id,
                  say("data_check.term_dates", term=t.label or t.id, end=dmy(t.end_date),
                      start=dmy(t.start_date)))
        for t in terms
        if t.end_date <= t.start_date
    ]


def meeting_problems(meetings: tuple[MeetingRecord, ...]) -> list[Invariant]:
    found = []
    for m in meetings:
        if m.start_time and m.end_time and m.end_time <= m.start_time:
            found.append(Invariant(
                "meeting_times", "meeting", m.id,
                say("data_check.meeting_times", meeting=meeting_label(m), end=f"{m.end_time:%H:%M}",
                    start=f"{m.start_time:%H:%M}")))
        if m.documents_sent_on and m.documents_sent_on > m.held_on:
            found.append(Invariant(
                "meeting_documents_late", "meeting", m.id,
                say("data_check.documents_late", meeting=meeting_label(m),
                    sent=dmy(m.documents_sent_on))))
        if m.documents_posted_on and m.documents_posted_on < m.held_on:
            found.append(Invariant(
                "meeting_posted_early", "meeting", m.id,
                say("data_check.posted_early", meeting=meeting_label(m),
                    posted=dmy(m.documents_posted_on))))
    return found


def supersede_problems(meetings: tuple[MeetingRecord, ...]) -> list[Invariant]:
    """A correction chain must end: no meeting may (indirectly) supersede itself."""
    by_id = {m.id: m for m in meetings}
    found = []
    for m in meetings:
        seen = {m.id}
        nxt = m.superseded_by_id
        while nxt is not None and nxt in by_id:
            if nxt in seen:
                found.append(Invariant(
                    "meeting_supersede_cycle", "meeting", m.id,
                    say("data_check.supersede_cycle", meeting=meeting_label(m))))
                break
            seen.add(nxt)
            nxt = by_id[nxt].superseded_by_id
    return found


def attendance_problems(records: Records) -> list[Invariant]:
    """Attendance only for members on that date, with `expected` matching their situation."""
    members = {m.id: m for m in records.members}
    meetings = {m.id: m for m in records.meetings}
    found = []
    for a in records.attendance:
        member, meeting = members.get(a.member_id), meetings.get(a.meeting_id)
        if member is None or meeting is None:
            continue  # a missing row is reported by the foreign-key check
        where = say("data_check.attendance_of", meeting=meeting_label(meeting), name=member.full_name)
        situation = situation_on(member.facts, meeting.held_on)
        if not situation.in_branch:
            found.append(Invariant(
                "attendance_not_member", "attendance", a.id,
                say("data_check.attendance_not_member", where=where, date=dmy(meeting.held_on))))
            continue
        should = 1 if situation.expected_at_meetings else 0
        if a.expected != should:
            what = say("data_check.expected" if should else "data_check.not_expected")
            found.append(Invariant(
                "attendance_expected_flag", "attendance", a.id,
                say("data_check.attendance_expected_flag", where=where, date=dmy(meeting.held_on),
                    what=what),
                Repair(RepairKind.SET_ATTENDANCE_EXPECTED, a.id, should,
                       say("data_check.repair_expected"))))
    return found


def vote_problems(records: Records) -> list[Invariant]:
    """Only official members present vote, so no count can exceed them: the rule applied when a
    vote is entered, checked again for counts imported from a record or left wrong by a later
    change of the attendance. Current minutes only: a superseded revision cannot be corrected."""
    current = {m.id: m for m in records.meetings if m.superseded_by_id is None}
    voted = [current[i] for i in dict.fromkeys(v.meeting_id for v in records.votes) if i in current]
    present = present_voters(records, voted)
    found = []
    for v in records.votes:
        if v.meeting_id not in present:
            continue  # an older revision, or a missing meeting (the foreign-key check says so)
        where = dict(meeting=meeting_label(current[v.meeting_id]), subject=v.subject,
                     present=present[v.meeting_id])
        if v.votes_for > present[v.meeting_id]:
            found.append(Invariant("vote_for_exceeds_present", "vote", v.id, say(
                "vote_check.for_exceeds_present", votes_for=v.votes_for, **where)))
        elif v.votes_for + v.votes_against + v.abstentions > present[v.meeting_id]:
            found.append(Invariant("vote_cast_exceeds_present", "vote", v.id, say(
                "vote_check.cast_exceeds_present", votes_for=v.votes_for,
                votes_against=v.votes_against, abstentions=v.abstentions, **where)))
    return found


def present_voters(records: Records, meetings: list[MeetingRecord]) -> dict[int, int]:
    """Official members present at each meeting (the committee's, at a committee meeting)."""
    wanted = {m.id for m in meetings}
    marks: dict[int, list[Mark]] = defaultdict(list)
    for a in records.attendance:
        if a.meeting_id in wanted and a.status is not None:
            marks[a.meeting_id].append(Mark(a.member_id, a.status, expected=bool(a.expected)))
    facts = [m.facts for m in records.members]
    names = {m.id: m.full_name for m in records.members}
    positions = [(m.id, start, end) for m in records.members for _, start, end in m.positions]
    present = {}
    for meeting in meetings:
        on = meeting.held_on
        sitting = None if is_branch_sitting(meeting.kind) else committee_on(positions, on)
        roster = roster_on(facts, names, on, sitting)
        present[meeting.id] = voting_base(roster, marks[meeting.id]).present_voters
    return present


def number_problems(records: Records) -> list[Invariant]:
    """Document numbers are unique per type within a term, inside the term, used once."""
    found = []
    terms = {t.id: t for t in records.terms}
    counts = Counter((n.term_id, n.doc_type, n.seq) for n in records.numbers)
    for n in records.numbers:
        term = terms.get(n.term_id)
        number = say("data_check.number", code=f"{n.seq:02d}-{n.doc_type.value}/CB")
        if counts[(n.term_id, n.doc_type, n.seq)] > 1:
            found.append(Invariant(
                "number_duplicate", "document_number", n.id,
                say("data_check.number_duplicate", number=number,
                    term=term.label if term else n.term_id)))
        if term and not (term.start_date <= n.issued_on <= term.end_date):
            found.append(Invariant(
                "number_outside_term", "document_number", n.id,
                say("data_check.number_outside_term", number=number, date=dmy(n.issued_on),
                    term=term.label or term.id, start=dmy(term.start_date), end=dmy(term.end_date))))
    users: dict[int, list[MeetingRecord]] = defaultdict(list)
    for m in records.meetings:
        if m.document_number_id is not None and m.superseded_by_id is None:
            users[m.document_number_id].append(m)
    for number_id, meetings in users.items():
        if len(meetings) > 1:
            found.append(Invariant(
                "number_shared", "document_number", number_id,
                say("data_check.number_shared", id=number_id,
                    meetings=joined((meeting_label(m) for m in meetings), "; "))))
    return found

