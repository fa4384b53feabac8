"""Probation to official membership: each probationary member's end date and reminders, the
mentors' reviews, the branch's recognition vote (vote base of `votes.py`, majority from the
rulebook) and the superior committee's decision, which makes the member official. A member the
branch does not recognise is proposed for removal from the list (DOMAIN.md §12); the
superior's removal decision ends their membership that day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.clock import Clock
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.lifecycle_dates import dmy
from desktop.domain.lifecycle_rules import MembershipRules
from desktop.domain.probation import (
    check_decision,
    check_recognition,
    official_date,
    probation_end,
    vote_deadline,
)
from desktop.domain.situation import Standing, situation_on
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import UserError
from desktop.services.lifecycle_load import (
    branch_vote_base,
    draft_of,
    facts_of,
    load_member,
    membership_rules_for,
    raise_first,
    rules_in_session,
    save_member,
    with_events,
)
from desktop.services.members import EventDraft
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Member, MentorReview, Recognition
from desktop.wording import Text, say


@dataclass(frozen=True)
class RecognitionRow:
    id: int
    voted_on: date
    votes_for: int
    votes_against: int
    vote_base: int
    passed: bool
    needed: int
    meeting_id: int | None
    decided_on: date | None
    decision_number: str
    warning: str


@dataclass(frozen=True)
class MentorReviewRow:
    id: int
    mentor_id: int | None
    mentor_name: str
    written_on: date
    content: str


@dataclass(frozen=True)
class ProbationStatus:
    member_id: int
    name: str
    admitted_on: date | None
    official_on: date | None
    standing: Standing
    ends_on: date | None
    vote_deadline: date | None
    overdue: bool  # past the end without the superior's decision
    removal_proposed: bool  # the latest vote failed and no removal is recorded yet
    removed_on: date | None  # the superior's removal decision, once recorded
    recognitions: tuple[RecognitionRow, ...]
    mentor_reviews: tuple[MentorReviewRow, ...]
    majority_words: Text


@dataclass(frozen=True)
class RecognitionResult:
    member_id: int
    passed: bool
    vote_base: int
    needed: int
    official_on: date | None  # set when the decision made the member official
    warnings: tuple[str, ...]


class ProbationService:
    def __init__(self, db: Database, *, clock: Clock):
        self._db = db
        self._clock = clock
        self._rules = membership_rules_for(db)

    def status(self, member_id: int) -> ProbationStatus:
        today = self._clock.today()
        rules = self._rules(today.year)
        with unit_of_work(self._db) as s:
            member = load_member(s, member_id)
            facts = facts_of(member)
            sit = situation_on(facts, today)
            removed_on = _removed_on(facts)
            admitted = member.admitted_on
            ends = probation_end(admitted, rules) if admitted else None
            recs = tuple(_recognition_row(r, rules.recognition_majority) for r in s.scalars(
                select(Recognition).where(Recognition.member_id == member_id)
                .order_by(Recognition.voted_on, Recognition.id)))
            names = dict(s.execute(select(Member.id, Member.full_name)).all())
            reviews = tuple(MentorReviewRow(r.id, r.mentor_id, names.get(r.mentor_id, ""), r.written_on,
                                            r.content or "") for r in s.scalars(
                select(MentorReview).where(MentorReview.member_id == member_id)
                .order_by(MentorReview.written_on, MentorReview.id)))
            probationary = sit.standing is Standing.PROBATIONARY
            overdue = probationary and ends is not None and ends < today
            removal = probationary and bool(recs) and not recs[-1].passed
            return ProbationStatus(member_id, member.full_name, admitted, member.official_on,
                                   sit.standing, ends, vote_deadline(admitted, rules) if admitted else None,
                                   overdue, removal, removed_on, recs, reviews,
                                   rules.recognition_majority.words())

    def record_vote(self, member_id: int, voted_on: date, votes_for: int, votes_against: int,
                    decided_on: date | None = None, decision_number: str = "",
                    ) -> tuple[RecognitionResult, ChangeNotice]:
        """The branch's vote; with `decided_on`, the superior's decision too (one transaction)."""
        today = self._clock.today()
        rules = self._rules(voted_on.year)
        with unit_of_work(self._db) as s:
            member = load_member(s, member_id)
            self._require_probationary(member, voted_on)
            base = branch_vote_base(s, voted_on, exclude=member_id)
            warnings = raise_first(check_recognition(
                member.full_name, member.admitted_on, voted_on, votes_for, votes_against,
                base.ceiling, today, rules))
            row = Recognition(member_id=member_id, voted_on=voted_on, votes_for=votes_for,
                              votes_against=votes_against, vote_base=base.base,
                              meeting_id=base.meeting_id, warning=" ".join(warnings))
            s.add(row)
            s.flush()
            passed = rules.recognition_majority.passes(votes_for, base.base)
            official_on = None
            if decided_on is not None:
                official_on = self._decide(s, member, row, decided_on, decision_number, today, rules)
            result = RecognitionResult(member_id, passed, base.base,
                                       rules.recognition_majority.needed(base.base), official_on, warnings)
        return result, ChangeNotice.of(Changed.MEMBERS, Changed.EVALUATION, ids=(member_id,))

    def record_decision(self, member_id: int, decided_on: date, decision_number: str = "",
                        ) -> tuple[RecognitionResult, ChangeNotice]:
        """The superior committee's decision on the latest vote that passed."""
        today = self._clock.today()
        with unit_of_work(self._db) as s:
            member = load_member(s, member_id)
            row = s.scalars(select(Recognition).where(Recognition.member_id == member_id)
                            .order_by(Recognition.voted_on.desc(), Recognition.id.desc())).first()
            if row is None:
                raise UserError(say("lifecycle.decision_without_vote", name=member.full_name),
                                field="voted_on")
            rules = rules_in_session(s, row.voted_on.year)  # inside: transactions never nest
            official_on = self._decide(s, member, row, decided_on, decision_number, today, rules)
            result = RecognitionResult(member_id, True, row.vote_base, 0, official_on, ())
        return result, ChangeNotice.of(Changed.MEMBERS, Changed.EVALUATION, ids=(member_id,))

    def record_removal(self, member_id: int, decided_on: date, decision_number: str = "",
                       ) -> ChangeNotice:
        """The superior committee's decision removing a member the branch did not recognise:
        they leave the branch and the party on `decided_on`."""
        today = self._clock.today()
        with unit_of_work(self._db) as s:
            member = load_member(s, member_id)
            row = s.scalars(select(Recognition).where(Recognition.member_id == member_id)
                            .order_by(Recognition.voted_on.desc(), Recognition.id.desc())).first()
            rules = rules_in_session(s, (row.voted_on if row else decided_on).year)
            if row is None or rules.recognition_majority.passes(row.votes_for, row.vote_base):
                raise UserError(say("lifecycle.removal_needs_failed_vote", name=member.full_name),
                                field="voted_on")
            if decided_on > today:
                raise UserError(say("lifecycle.date_in_future", name=member.full_name,
                                    field=say("lifecycle.field_removed_on"), day=dmy(decided_on)),
                                field="decided_on")
            if decided_on < row.voted_on:
                raise UserError(say("lifecycle.removal_before_vote", name=member.full_name,
                                    decided=dmy(decided_on), voted=dmy(row.voted_on)),
                                field="decided_on")
            self._require_probationary(member, decided_on)
            note = say("lifecycle.removal_note", number=decision_number.strip() or "—", day=dmy(decided_on))
            save_member(s, member, with_events(draft_of(member), EventDraft(K.REMOVED, decided_on, str(note))),
                        today)
        return ChangeNotice.of(Changed.MEMBERS, Changed.EVALUATION, ids=(member_id,))

    def add_mentor_review(self, member_id: int, mentor_id: int | None, written_on: date,
                          content: str) -> ChangeNotice:
        today = self._clock.today()
        with unit_of_work(self._db) as s:
            member = load_member(s, member_id)
            if written_on > today:
                raise UserError(say("lifecycle.date_in_future", name=member.full_name,
                                    field=say("lifecycle.field_review_on"), day=dmy(written_on)),
                                field="written_on")
            if mentor_id is not None and (mentor_id == member_id or s.get(Member, mentor_id) is None):
                raise UserError(say("lifecycle.mentor_invalid", name=member.full_name,
                                    member_id=mentor_id), field="mentor_id")
            if not content.strip():
                raise UserError(say("lifecycle.review_empty", name=member.full_name), field="content")
            s.add(MentorReview(member_id=member_id, mentor_id=mentor_id, written_on=written_on,
                               content=content.strip()))
        return ChangeNotice.of(Changed.MEMBERS, ids=(member_id,))

    # -- steps --------------------------------------------------------------------------------
    def _require_probationary(self, member: Member, on: date) -> None:
        facts = facts_of(member)
        _refuse_if_removed(member.full_name, facts)
        sit = situation_on(facts, on)
        if sit.standing is not Standing.PROBATIONARY:
            raise UserError(say("lifecycle.not_probationary", name=member.full_name, day=dmy(on)),
                            field="member_id")

    def _decide(self, s, member: Member, row: Recognition, decided_on: date, number: str,  # noqa: ANN001
                today: date, rules: MembershipRules) -> date:
        _refuse_if_removed(member.full_name, facts_of(member))
        raise_first(check_decision(member.full_name, row.voted_on, decided_on, today))
        if not rules.recognition_majority.passes(row.votes_for, row.vote_base):
            raise UserError(say("lifecycle.decision_needs_vote", name=member.full_name,
                                words=rules.recognition_majority.words()), field="decided_on")
        if row.decided_on is not None:
            raise UserError(say("lifecycle.already_decided", name=member.full_name,
                                day=dmy(row.decided_on)), field="decided_on")
        assert member.admitted_on is not None  # checked with the vote
        official_on = official_date(member.admitted_on, decided_on, rules)
        note = say("lifecycle.official_note", number=number or "—", day=dmy(decided_on))
        draft = with_events(draft_of(member), EventDraft(K.MADE_OFFICIAL, official_on, str(note)),
                            official_on=official_on)
        save_member(s, member, draft, today)
        row.decided_on, row.decision_number = decided_on, number.strip()
        return official_on


def _removed_on(facts) -> date | None:  # noqa: ANN001 - MemberFacts
    return max((e.on for e in facts.events if e.kind is K.REMOVED), default=None)


def _refuse_if_removed(name: str, facts) -> None:  # noqa: ANN001 - MemberFacts
    """Once removed from the list, no vote or decision is recorded on the old probation, even
    dated before the removal: the superior has decided."""
    removed = _removed_on(facts)
    if removed is not None:
        raise UserError(say("lifecycle.already_removed", name=name, day=dmy(removed)), field="member_id")


def _recognition_row(r: Recognition, majority) -> RecognitionRow:  # noqa: ANN001
    return RecognitionRow(r.id, r.voted_on, r.votes_for, r.votes_against, r.vote_base,
                          majority.passes(r.votes_for, r.vote_base), majority.needed(r.vote_base),
                          r.meeting_id, r.decided_on, r.decision_number or "", r.warning or "")


