"""Shared by the membership services: the rules in force, a member's record as a draft to extend
with new events, the branch's voting base on a day, and the periods out of the party."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.attendance import Mark, RosterMember
from desktop.domain.enums import MeetingKind
from desktop.domain.lifecycle_rules import MembershipRules
from desktop.domain.party_age import Break
from desktop.domain.probation import Finding
from desktop.domain.situation import Event, MemberFacts, situation_on
from desktop.domain.votes import voting_base
from desktop.services.errors import NotFound, UserError
from desktop.services.evaluation_load import year_rulebook_for
from desktop.services.member_facts import load_member_facts
from desktop.services.members import (
    EventDraft,
    MemberDraft,
    PositionDraft,
    apply_draft,
    check_in_register,
    checked_draft,
)
from desktop.services.rulebook_files import default_rulebook_path, load_rulebook_file
from desktop.services.rulebooks import resolve_year
from desktop.store.database import Database
from desktop.store.models import Attendance, Meeting, Member, PartyBreak
from desktop.wording import say

BRANCH_SITTINGS = (MeetingKind.REGULAR, MeetingKind.COMBINED, MeetingKind.EXTRAORDINARY)


def membership_rules_for(db: Database) -> Callable[[int], MembershipRules]:
    """The `[membership]` rules of the year's rulebook, else the shipped sample's. Read in a
    transaction of its own: call it before opening the caller's (transactions never nest)."""
    rulebook = year_rulebook_for(db)

    def rules(year: int) -> MembershipRules:
        found = rulebook(year).membership
        if found is None:
            found = load_rulebook_file(default_rulebook_path()).rulebook.membership
        assert found is not None, "the shipped sample rulebook carries [membership]"
        return found

    return rules


def raise_first(findings: list[Finding]) -> tuple[str, ...]:
    """Refuse on the first blocking finding; otherwise return the warnings (Vietnamese)."""
    for f in findings:
        if f.blocking:
            raise UserError(f.text, field=f.field)
    return tuple(str(f.text) for f in findings)


def load_member(s: Session, member_id: int) -> Member:
    member = s.get(Member, member_id, options=[selectinload(Member.events),
                                               selectinload(Member.positions)])
    if member is None:
        raise NotFound(say("lifecycle.no_member", member_id=member_id), field="member_id")
    return member


def draft_of(member: Member) -> MemberDraft:
    return MemberDraft(
        member.full_name, member.birth_date, member.sex, member.admitted_on, member.official_on,
        member.card_number or "", member.phone or "", member.notes or "",
        tuple(EventDraft(e.kind, e.on, e.note or "") for e in member.events),
        tuple(PositionDraft(p.position, p.start_date, p.end_date) for p in member.positions))


def save_member(s: Session, member: Member | None, draft: MemberDraft, today: date) -> Member:
    """Check the whole record as the member dialog does, then write it (in the caller's
    transaction: nothing is written when a later step refuses)."""
    draft = checked_draft(draft, today)
    check_in_register(s, draft, member.id if member else None)
    if member is None:
        member = Member()
        s.add(member)
    apply_draft(member, draft)
    s.flush()
    return member


def with_events(draft: MemberDraft, *events: EventDraft, **changes) -> MemberDraft:  # noqa: ANN003
    return replace(draft, events=draft.events + events, **changes)


@dataclass(frozen=True)
class BranchVoteBase:
    """Who may vote on a day: `base` is the majority's denominator (votes.py's rules);
    `ceiling` the most hands that can be counted; `meeting_id` the sitting whose attendance
    was used, None when no branch meeting is recorded that day (all officials assumed present,
    exempt members and members on special duty assumed absent)."""

    base: int
    ceiling: int
    meeting_id: int | None


def branch_vote_base(s: Session, on: date, exclude: int | None = None) -> BranchVoteBase:
    facts = [f for f in load_member_facts(s) if f.member_id != exclude]
    roster = [RosterMember(f.member_id, "", situation_on(f, on)) for f in facts]
    meeting = s.scalars(select(Meeting).where(
        Meeting.held_on == on, Meeting.kind.in_(BRANCH_SITTINGS),
        Meeting.superseded_by_id.is_(None)).order_by(Meeting.id)).first()
    if meeting is not None:
        marks = [Mark(a.member_id, a.status, a.reason, bool(a.expected)) for a in
                 s.scalars(select(Attendance).where(Attendance.meeting_id == meeting.id))]
        vb = voting_base(roster, marks)
        return BranchVoteBase(vb.base, vb.present_voters, meeting.id)
    base = sum(1 for r in roster if r.situation.in_branch and r.situation.is_official
               and r.situation.expected_at_meetings)
    return BranchVoteBase(base, base, None)


def official_ids(s: Session, on: date) -> set[int]:
    return {f.member_id for f in load_member_facts(s)
            if (x := situation_on(f, on)).in_branch and x.is_official}


def breaks_by_member(s: Session) -> dict[int, list[Break]]:
    out: dict[int, list[Break]] = defaultdict(list)
    for b in s.scalars(select(PartyBreak).order_by(PartyBreak.start_date, PartyBreak.id)):
        out[b.member_id].append(Break(b.start_date, b.end_date))
    return out


def facts_of(member: Member) -> MemberFacts:
    return MemberFacts(member.id, member.admitted_on, member.official_on,
                       tuple(Event(e.kind, e.on) for e in member.events))


def rules_in_session(s: Session, year: int) -> MembershipRules:
    """The year's membership rules read inside the caller's session (read only)."""
    try:
        found = resolve_year(s, year).rulebook.membership
    except UserError:  # no rulebook stored yet: the shipped sample
        found = None
    if found is None:
        found = load_rulebook_file(default_rulebook_path()).rulebook.membership
    assert found is not None
    return found
