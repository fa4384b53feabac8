"""The content of the minutes: agenda items, speeches, the conclusion, votes, quality ticks.

Every write goes through `editable_meeting`: an adopted meeting refuses it with a UserError.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.domain.agenda import SECTIONS
from desktop.domain.attendance import Mark
from desktop.domain.enums import AttendanceStatus
from desktop.domain.quality import QualityRules
from desktop.domain.numbers import number
from desktop.domain.votes import check_vote, voting_base
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import NotFound, UserError
from desktop.services.meeting_detail import AgendaItemDetail
from desktop.services.meeting_guard import editable_meeting, nfc
from desktop.services.meeting_records import (
    RulesForYear,
    default_rules,
    load_members,
    record_of,
)
from desktop.store.database import Database, unit_of_work
from desktop.store.models import AgendaItem, Member, QualityItem, Speech, Vote
from desktop.wording import say


@dataclass(frozen=True)
class VoteInput:
    subject: str
    votes_for: int
    votes_against: int = 0
    abstentions: int = 0
    vote_id: int | None = None  # None: a new vote


def _notice(meeting_id: int) -> ChangeNotice:
    return ChangeNotice.of(Changed.MEETINGS, ids=(meeting_id,))


class MeetingMinutesService:
    def __init__(self, db: Database, rules_for_year: RulesForYear = default_rules):
        self._db = db
        self._rules = rules_for_year

    # --- agenda --------------------------------------------------------------------------
    def add_agenda_item(self, meeting_id: int, section: str, title: str) -> tuple[int, ChangeNotice]:
        title = nfc(title)
        if section not in SECTIONS:
            raise UserError(say("meetings.bad_section", section=section), field="section")
        if not title:
            raise UserError(say("meetings.item_title_needed"), field="title")
        with unit_of_work(self._db) as s:
            meeting = editable_meeting(s, meeting_id)
            # Inserted at the end of its section, so the §4 order is kept.
            order = {name: i for i, name in enumerate(SECTIONS)}
            items = list(meeting.agenda)
            at = sum(1 for it in items if order.get(it.section, 1) <= order[section])
            item = AgendaItem(section=section, title=title, position=0)
            items.insert(at, item)
            for pos, it in enumerate(items, start=1):
                it.position = pos
            meeting.agenda.append(item)
            s.flush()
            return item.id, _notice(meeting_id)

    def update_agenda_item(
        self, item_id: int, *, title: str | None = None, content: str | None = None,
        conclusion: str | None = None,
    ) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            item = self._item(s, item_id)
            if title is not None:
                if not nfc(title):
                    raise UserError(say("meetings.item_title_empty"), field="title")
                item.title = nfc(title)
            if content is not None:
                item.content = nfc(content)
            if conclusion is not None:
                item.conclusion = nfc(conclusion)
            return _notice(item.meeting_id)

    def remove_agenda_item(self, item_id: int) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            item = self._item(s, item_id)
            meeting = item.meeting
            meeting.agenda.remove(item)
            for pos, it in enumerate(meeting.agenda, start=1):
                it.position = pos
            return _notice(meeting.id)

    # --- speeches ------------------------------------------------------------------------
    def add_speech(
        self, item_id: int, gist: str, *, member_id: int | None = None, speaker_name: str = "",
        position: int | None = None,
    ) -> tuple[int, ChangeNotice]:
        """A member's speech (name taken from the register) or a guest's (name typed).

        Only a member marked present may speak: the minutes must not contradict their own
        attendance list. A typed name that is a member's is taken as that member. `position`
        puts the speech back where it was (undoing its removal); by default it goes last."""
        with unit_of_work(self._db) as s:
            item = self._item(s, item_id)
            name = nfc(speaker_name)
            meeting = item.meeting
            present = {a.member_id for a in meeting.attendance
                       if a.status is AttendanceStatus.PRESENT}
            if member_id is None and name:
                member_id = _member_named(s, meeting, name)
            if member_id is not None:
                name = s.scalar(select(Member.full_name).where(Member.id == member_id)) or ""
                if not name:
                    raise UserError(say("meetings.member_not_found", member_id=member_id), field="member_id")
                if member_id not in present:
                    raise UserError(say("meeting_editing.speaker_absent", name=name,
                                        day=meeting.held_on.strftime("%d/%m/%Y")),
                                    field="speaker_name")
            if not name:
                raise UserError(say("meetings.speaker_needed"), field="speaker_name")
            last = s.scalar(select(func.max(Speech.position)).where(Speech.agenda_item_id == item.id))
            at = (last or 0) + 1
            if position is not None and 1 <= position <= at:
                at = position
                for later in item.speeches:
                    if later.position >= at:
                        later.position += 1
            speech = Speech(position=at, member_id=member_id, speaker_name=name, gist=nfc(gist))
            item.speeches.append(speech)
            s.flush()
            return speech.id, _notice(item.meeting_id)

    def update_speech(self, speech_id: int, gist: str) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            speech = self._speech(s, speech_id)
            speech.gist = nfc(gist)
            return _notice(speech.agenda_item.meeting_id)

    def remove_speech(self, speech_id: int) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            speech = self._speech(s, speech_id)
            meeting_id = speech.agenda_item.meeting_id
            s.delete(speech)
            return _notice(meeting_id)

    # --- conclusion, votes, quality ------------------------------------------------------
    def set_conclusion(self, meeting_id: int, text: str) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            editable_meeting(s, meeting_id).conclusion = nfc(text)
        return _notice(meeting_id)

    def save_vote(self, meeting_id: int, vote: VoteInput) -> tuple[int, ChangeNotice]:
        """Record for / against / abstain; refused if more hands than official members present,
        and refused when the same vote (subject and counts) is already recorded: pressing the
        button twice must not print the vote twice."""
        subject = nfc(vote.subject)
        if not subject:
            raise UserError(say("meetings.vote_subject_needed"), field="subject")
        with unit_of_work(self._db) as s:
            meeting = editable_meeting(s, meeting_id)
            roster = load_members(s).roster(record_of(meeting))
            marks = [Mark(a.member_id, a.status, a.reason, bool(a.expected)) for a in meeting.attendance]
            problem = check_vote(vote.votes_for, vote.votes_against, vote.abstentions,
                                 voting_base(roster, marks))
            if problem:
                raise UserError(problem, field="votes_for")
            counts = (vote.votes_for, vote.votes_against, vote.abstentions)
            same = next((v for v in meeting.votes if v.id != vote.vote_id
                         and _same_subject(v.subject, subject)
                         and (v.votes_for, v.votes_against, v.abstentions) == counts), None)
            if same is not None:
                raise UserError(say("meeting_editing.duplicate_vote", subject=subject,
                                    votes_for=vote.votes_for, votes_against=vote.votes_against,
                                    abstentions=vote.abstentions), field="subject")
            if vote.vote_id is None:
                row = Vote(subject=subject)
                meeting.votes.append(row)
            else:
                row = next((v for v in meeting.votes if v.id == vote.vote_id), None)
                if row is None:
                    raise NotFound(say("meetings.vote_not_found", vote_id=vote.vote_id), field="vote_id")
            row.subject = subject
            row.votes_for, row.votes_against = vote.votes_for, vote.votes_against
            row.abstentions = vote.abstentions
            s.flush()
            return row.id, _notice(meeting_id)

    def remove_vote(self, meeting_id: int, vote_id: int) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            meeting = editable_meeting(s, meeting_id)
            row = next((v for v in meeting.votes if v.id == vote_id), None)
            if row is None:
                raise NotFound(say("meetings.vote_not_found", vote_id=vote_id), field="vote_id")
            meeting.votes.remove(row)
        return _notice(meeting_id)

    def set_quality_item(self, meeting_id: int, code: str, points: float | None,
                         note: str = "") -> ChangeNotice:
        """Score one committee-ticked line of the quality sheet (0 … its maximum); None takes
        the score back (the line is "not scored" again)."""
        with unit_of_work(self._db) as s:
            year = editable_meeting(s, meeting_id).held_on.year
        rules = self._rules(year).quality  # its own unit of work, never nested in ours
        with unit_of_work(self._db) as s:
            score_line(editable_meeting(s, meeting_id), rules, code, points, note)
        return _notice(meeting_id)

    def restore_agenda_item(self, meeting_id: int, item: AgendaItemDetail) -> tuple[int, ChangeNotice]:
        """Put a removed agenda item back where it was, with its content, conclusion and
        speeches (undoing a removal)."""
        with unit_of_work(self._db) as s:
            meeting = editable_meeting(s, meeting_id)
            items = list(meeting.agenda)
            row = AgendaItem(section=item.section, title=nfc(item.title), position=0,
                             content=item.content, conclusion=item.conclusion)
            row.speeches = [Speech(position=sp.position, member_id=sp.member_id,
                                   speaker_name=sp.speaker_name, gist=sp.gist)
                            for sp in item.speeches]
            items.insert(max(0, min(item.position - 1, len(items))), row)
            for pos, it in enumerate(items, start=1):
                it.position = pos
            meeting.agenda.append(row)
            s.flush()
            return row.id, _notice(meeting_id)

    # --- helpers -------------------------------------------------------------------------
    @staticmethod
    def _item(s, item_id: int) -> AgendaItem:
        item = s.get(AgendaItem, item_id)
        if item is None:
            raise NotFound(say("meetings.item_not_found", item_id=item_id), field="item_id")
        editable_meeting(s, item.meeting_id)
        return item

    @staticmethod
    def _speech(s, speech_id: int) -> Speech:
        speech = s.get(Speech, speech_id)
        if speech is None:
            raise NotFound(say("meetings.speech_not_found", speech_id=speech_id), field="speech_id")
        editable_meeting(s, speech.agenda_item.meeting_id)
        return speech


def score_line(meeting, rules: QualityRules, code: str, points: float | None, note: str = "") -> None:
    """Score (or, with None, unscore) one committee line of an editable meeting's sheet."""
    item = next((i for i in rules.ticked_items if i.code == code), None)
    if item is None:
        raise UserError(say("meetings.score_unknown", code=code), field="code")
    row = next((q for q in meeting.quality_items if q.code == code), None)
    if points is None:
        if row is not None:
            meeting.quality_items.remove(row)
        return
    if not 0 <= points <= item.max_points:
        raise UserError(say("meetings.score_range", title=item.title, max=number(item.max_points)),
                        field="points")
    if row is None:
        row = QualityItem(code=code)
        meeting.quality_items.append(row)
    row.points, row.note = float(points), nfc(note)


def _same_subject(a: str, b: str) -> bool:
    return " ".join(nfc(a).casefold().split()) == " ".join(nfc(b).casefold().split())


def _member_named(s, meeting, name: str) -> int | None:
    """The member of the meeting's roster whose full name was typed, if any."""
    wanted = " ".join(name.casefold().split())
    for member in load_members(s).roster(record_of(meeting)):
        if " ".join(nfc(member.name).casefold().split()) == wanted:
            return member.member_id
    return None
