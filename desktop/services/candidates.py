"""The admission pipeline: candidates with their stages; at the admission ceremony the candidate
becomes a probationary member with that date (DOMAIN.md §12). One call, one transaction."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import Clock
from desktop.domain.candidates import CandidateFacts, CandidateStage, check_candidate, stage_of, vote_passed
from desktop.domain.enums import Sex
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.lifecycle_rules import MembershipRules
from desktop.domain.members import clean_text
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import NotFound, UserError
from desktop.services.lifecycle_load import (
    branch_vote_base,
    membership_rules_for,
    official_ids,
    raise_first,
    save_member,
)
from desktop.services.members import EventDraft, MemberDraft
from desktop.services.name_keys import NameKeys
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Candidate, Member
from desktop.wording import say


@dataclass(frozen=True)
class CandidateDraft:
    """What the candidate dialog or `candidates add|update` sends: every field, as typed."""

    full_name: str
    birth_date: date | None = None
    sex: Sex | None = None
    source_org: str = ""
    proposed_on: date | None = None
    certificate_on: date | None = None
    introducers: tuple[int, ...] = ()
    voted_on: date | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    decided_on: date | None = None
    decision_number: str = ""
    admitted_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class CandidateRow:
    id: int
    draft: CandidateDraft
    vote_base: int | None
    vote_passed: bool | None
    stage: CandidateStage
    member_id: int | None  # set once admitted
    introducer_names: tuple[str, ...]


class CandidateService:
    def __init__(self, db: Database, *, clock: Clock):
        self._db = db
        self._clock = clock
        self._rules = membership_rules_for(db)
        self._names = NameKeys()

    def list_candidates(self) -> list[CandidateRow]:
        rules = self._rules(self._clock.today().year)
        with unit_of_work(self._db) as s:
            names = dict(s.execute(select(Member.id, Member.full_name)).all())
            rows = [_row(c, rules, names) for c in s.scalars(select(Candidate))]
        order = list(CandidateStage)
        return sorted(rows, key=lambda r: (order.index(r.stage), self._names(r.draft.full_name)))

    def get(self, candidate_id: int) -> CandidateRow:
        rules = self._rules(self._clock.today().year)
        with unit_of_work(self._db) as s:
            names = dict(s.execute(select(Member.id, Member.full_name)).all())
            return _row(_load(s, candidate_id), rules, names)

    def create(self, draft: CandidateDraft) -> tuple[CandidateRow, ChangeNotice]:
        return self._save(None, draft)

    def update(self, candidate_id: int, draft: CandidateDraft) -> tuple[CandidateRow, ChangeNotice]:
        return self._save(candidate_id, draft)

    def _save(self, candidate_id: int | None, draft: CandidateDraft) -> tuple[CandidateRow, ChangeNotice]:
        today = self._clock.today()
        draft = _normalised(draft)
        rules = self._rules((draft.voted_on or today).year)
        with unit_of_work(self._db) as s:
            row = _load(s, candidate_id) if candidate_id is not None else None
            if row is not None and row.member_id is not None and _admission_changed(row, draft):
                raise UserError(say("lifecycle.candidate_already_admitted", name=row.full_name),
                                field="admitted_on")
            base = _vote_base(s, row, draft)
            facts = _facts(draft, base)
            officials = official_ids(s, draft.voted_on or today)
            raise_first(check_candidate(facts, rules.admission_majority, today, officials))
            if row is None:
                row = Candidate()
                s.add(row)
            _apply(row, draft, base)
            admitted = False
            if draft.admitted_on is not None and row.member_id is None:
                member = save_member(s, None, MemberDraft(
                    draft.full_name, draft.birth_date, draft.sex, admitted_on=draft.admitted_on,
                    notes=draft.notes,
                    events=(EventDraft(K.ADMITTED, draft.admitted_on,
                                       _admission_note(draft)),)), today)
                row.member_id = member.id
                admitted = True
            s.flush()
            names = dict(s.execute(select(Member.id, Member.full_name)).all())
            result = _row(row, rules, names)
        kinds = (Changed.CANDIDATES, Changed.MEMBERS, Changed.EVALUATION) if admitted else (Changed.CANDIDATES,)
        return result, ChangeNotice.of(*kinds, ids=(result.id,))

    def delete(self, candidate_id: int) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            row = _load(s, candidate_id)
            if row.member_id is not None:
                raise UserError(say("lifecycle.candidate_admitted_kept", name=row.full_name),
                                field="candidate_id")
            s.delete(row)
        return ChangeNotice.of(Changed.CANDIDATES, ids=(candidate_id,))


def _admission_note(d: CandidateDraft) -> str:
    number = f" số {d.decision_number}" if d.decision_number else ""
    return f"Kết nạp theo quyết định{number} ngày {d.decided_on:%d/%m/%Y}" if d.decided_on else ""


def _admission_changed(row: Candidate, d: CandidateDraft) -> bool:
    """Once admitted, the record is the member's: the admission facts stay as they were."""
    return (row.admitted_on, row.decided_on, row.voted_on) != (d.admitted_on, d.decided_on, d.voted_on)


def _vote_base(s: Session, row: Candidate | None, d: CandidateDraft) -> int | None:
    if d.voted_on is None:
        return None
    if row is not None and row.voted_on == d.voted_on and row.vote_base is not None:
        return row.vote_base  # the base recorded with the vote stays
    return branch_vote_base(s, d.voted_on).base


def _facts(d: CandidateDraft, base: int | None) -> CandidateFacts:
    return CandidateFacts(d.full_name, d.birth_date, d.proposed_on, d.certificate_on, d.introducers,
                          d.voted_on, d.votes_for, d.votes_against, base, d.decided_on, d.admitted_on)


def _normalised(d: CandidateDraft) -> CandidateDraft:
    return replace(d, full_name=clean_text(d.full_name), source_org=clean_text(d.source_org),
                   decision_number=clean_text(d.decision_number), notes=(d.notes or "").strip(),
                   introducers=tuple(i for i in d.introducers if i is not None))


def _apply(row: Candidate, d: CandidateDraft, base: int | None) -> None:
    row.full_name, row.birth_date, row.sex = d.full_name, d.birth_date, d.sex
    row.source_org, row.proposed_on, row.certificate_on = d.source_org, d.proposed_on, d.certificate_on
    intro = list(d.introducers) + [None, None]
    row.introducer1_id, row.introducer2_id = intro[0], intro[1]
    row.voted_on, row.votes_for, row.votes_against, row.vote_base = (
        d.voted_on, d.votes_for, d.votes_against, base)
    row.decided_on, row.decision_number, row.admitted_on = d.decided_on, d.decision_number, d.admitted_on
    row.notes = d.notes


def _load(s: Session, candidate_id: int) -> Candidate:
    row = s.get(Candidate, candidate_id)
    if row is None:
        raise NotFound(say("lifecycle.no_candidate", candidate_id=candidate_id), field="candidate_id")
    return row


def _row(c: Candidate, rules: MembershipRules, names: dict[int, str]) -> CandidateRow:
    intro = tuple(i for i in (c.introducer1_id, c.introducer2_id) if i is not None)
    draft = CandidateDraft(c.full_name, c.birth_date, c.sex, c.source_org or "", c.proposed_on,
                           c.certificate_on, intro, c.voted_on, c.votes_for, c.votes_against,
                           c.decided_on, c.decision_number or "", c.admitted_on, c.notes or "")
    facts = _facts(draft, c.vote_base)
    return CandidateRow(c.id, draft, c.vote_base, vote_passed(facts, rules.admission_majority),
                        stage_of(facts, rules.admission_majority), c.member_id,
                        tuple(names.get(i, "?") for i in intro))
