"""The membership lines of the "due soon" list: probations ending (with the reminder steps),
badge proposals, transfers not completed and expected returns, candidates waiting for the
branch's vote or their ceremony, and exemptions reviewed each year."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.due import DueItem, RecordRef
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.lifecycle_dates import add_months, add_working_days, dmy
from desktop.domain.party_age import next_milestone
from desktop.domain.probation import probation_end, reminder_step
from desktop.domain.situation import Standing, situation_on
from desktop.domain.transfers import TransferDirection, TransferKind
from desktop.services.lifecycle_load import breaks_by_member, rules_in_session
from desktop.services.member_facts import load_member_facts
from desktop.store.models import Candidate, Member, Recognition, Transfer
from desktop.wording import say


def _names(s: Session) -> dict[int, str]:
    return dict(s.execute(select(Member.id, Member.full_name)).all())


def _member(member_id: int, part: str = "lifecycle") -> RecordRef:
    """The member's record, on the tab where the line's step is recorded."""
    return RecordRef("members", member_id, part)


class ProbationEnding:
    kind = "probation"

    def collect(self, session: Session, today: date, until: date) -> Iterable[DueItem]:
        rules = rules_in_session(session, today.year)
        names = _names(session)
        # The latest vote of each member (rows in vote order: a later one overwrites).
        voted = {mid: (voted_on, decided, rules.recognition_majority.passes(votes_for, base))
                 for mid, voted_on, decided, votes_for, base in session.execute(
                     select(Recognition.member_id, Recognition.voted_on, Recognition.decided_on,
                            Recognition.votes_for, Recognition.vote_base)
                     .order_by(Recognition.voted_on, Recognition.id))}
        for f in load_member_facts(session):
            if situation_on(f, today).standing is not Standing.PROBATIONARY or f.admitted_on is None:
                continue
            ends = probation_end(f.admitted_on, rules)
            if ends > until:
                continue
            name, days = names.get(f.member_id, "?"), (ends - today).days
            vote = voted.get(f.member_id)
            if vote is not None and not vote[2]:  # not recognised: removal proposed
                subject = say("lifecycle.due_probation_removal", name=name, voted=dmy(vote[0]))
            elif vote is not None and vote[1] is None:
                subject = say("lifecycle.due_probation_decision", name=name, voted=dmy(vote[0]))
            elif days < 0:
                subject = say("lifecycle.due_probation_overdue", name=name, day=dmy(ends), days=-days)
            else:
                step = reminder_step(days, rules.reminder_steps)
                subject = say("lifecycle.due_probation", name=name, day=dmy(ends),
                              step=step if step is not None else days)
            yield DueItem(self.kind, subject, ends, f.member_id, _member(f.member_id), days < 0)


class BadgeProposal:
    kind = "badge"

    def collect(self, session: Session, today: date, until: date) -> Iterable[DueItem]:
        rules = rules_in_session(session, today.year).badges
        breaks = breaks_by_member(session)
        facts = {f.member_id: f for f in load_member_facts(session)}
        for mid, name, admitted in session.execute(
                select(Member.id, Member.full_name, Member.admitted_on)
                .where(Member.admitted_on.is_not(None))):
            m = next_milestone(admitted, breaks.get(mid, []), rules, today)
            if m is None or not situation_on(facts[mid], today).in_branch:
                continue
            send_by = m.ceremony_on - timedelta(days=rules.proposal_lead_days)
            if send_by <= until:
                yield DueItem(self.kind, say("lifecycle.due_badge", name=name, years=m.years,
                                             ceremony=dmy(m.ceremony_on)),
                              send_by, mid, _member(mid))


class TransferPending:
    kind = "transfer"

    def collect(self, session: Session, today: date, until: date) -> Iterable[DueItem]:
        rules = rules_in_session(session, today.year)
        names = _names(session)
        for t in session.scalars(select(Transfer).where(Transfer.direction == TransferDirection.OUT)):
            name = names.get(t.member_id, "?")
            if t.kind is TransferKind.OFFICIAL and t.receipt_on is None:
                due = (t.letter_on or t.moved_on) + timedelta(days=rules.transfer_report_days)
                subject = say("lifecycle.due_transfer_receipt", name=name, organisation=t.organisation,
                              letter=t.letter_number or "—")
            elif t.kind is not TransferKind.OFFICIAL and t.returned_on is None and t.expected_return:
                due, subject = t.expected_return, say("lifecycle.due_return", name=name,
                                                      day=dmy(t.expected_return))
            else:
                continue
            if due <= until:
                yield DueItem(self.kind, subject, due, t.member_id, _member(t.member_id), due < today)


class CandidateWaiting:
    kind = "candidate"

    def collect(self, session: Session, today: date, until: date) -> Iterable[DueItem]:
        rules = rules_in_session(session, today.year)
        for c in session.scalars(select(Candidate).where(Candidate.admitted_on.is_(None))):
            ref = RecordRef("candidates", c.id)
            if c.decided_on is not None:
                due = add_working_days(c.decided_on, rules.ceremony_within_working_days)
                yield DueItem(self.kind, say("lifecycle.due_candidate_ceremony", name=c.full_name,
                                             decided=dmy(c.decided_on)), due, None, ref, due < today)
            elif c.voted_on is None and c.certificate_on and c.introducer1_id and c.introducer2_id:
                yield DueItem(self.kind, say("lifecycle.due_candidate_vote", name=c.full_name),
                              today, None, ref)


class ExemptionReview:
    kind = "exemption_review"

    def collect(self, session: Session, today: date, until: date) -> Iterable[DueItem]:
        rules = rules_in_session(session, today.year)
        names = _names(session)
        for f in load_member_facts(session):
            if not situation_on(f, today).exempt:
                continue
            since = max((e.on for e in f.events if e.kind is K.EXEMPT_FROM and e.on <= today), default=None)
            if since is None:
                continue
            due, n = since, 0
            while due <= today:  # the next anniversary of the exemption
                n += 1
                due = add_months(since, rules.exemption_review_months * n)
            if due <= until:
                yield DueItem(self.kind, say("lifecycle.due_exemption", name=names.get(f.member_id, "?"),
                                             since=dmy(since)), due, f.member_id, _member(f.member_id, ""))


SOURCES = (ProbationEnding(), BadgeProposal(), TransferPending(), CandidateWaiting(), ExemptionReview())
