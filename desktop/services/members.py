"""The member register: list, read, create, update a member with the dated history of their
situation and positions (DOMAIN.md §3). Every public method is one transaction.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.clock import Clock
from desktop.domain import members as rules
from desktop.domain.enums import Position, Sex, SituationEventKind
from desktop.domain.situation import (
    Event,
    MemberFacts,
    Situation,
    Standing,
    situation_on,
)
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import NotFound, UserError
from desktop.services.member_facts import load_member_facts
from desktop.services.name_keys import NameKeys
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Member, MemberPosition, SituationEvent
from desktop.wording import Text, say


@dataclass(frozen=True)
class EventDraft:
    kind: SituationEventKind
    on: date
    note: str = ""


@dataclass(frozen=True)
class PositionDraft:
    position: Position
    start: date
    end: date | None = None


@dataclass(frozen=True)
class MemberDraft:
    """What the member dialog (or an import row) sends: the profile and the whole history."""

    full_name: str
    birth_date: date | None = None
    sex: Sex | None = None
    admitted_on: date | None = None
    official_on: date | None = None
    card_number: str = ""
    phone: str = ""
    notes: str = ""
    events: tuple[EventDraft, ...] = ()
    positions: tuple[PositionDraft, ...] = ()


@dataclass(frozen=True)
class MemberRow:
    id: int
    full_name: str
    birth_date: date | None
    sex: Sex | None
    admitted_on: date | None
    official_on: date | None
    card_number: str
    phone: str
    notes: str
    situation: Situation  # on the day asked (today by default)
    positions: tuple[Position, ...]  # held on that day


@dataclass(frozen=True)
class StoredEvent:
    id: int
    kind: SituationEventKind
    on: date
    note: str


@dataclass(frozen=True)
class StoredPosition:
    id: int
    position: Position
    start: date
    end: date | None


@dataclass(frozen=True)
class MemberDetail:
    row: MemberRow
    events: tuple[StoredEvent, ...]
    positions: tuple[StoredPosition, ...]

    def as_draft(self) -> MemberDraft:
        r = self.row
        return MemberDraft(
            r.full_name, r.birth_date, r.sex, r.admitted_on, r.official_on, r.card_number,
            r.phone, r.notes,
            tuple(EventDraft(e.kind, e.on, e.note) for e in self.events),
            tuple(PositionDraft(p.position, p.start, p.end) for p in self.positions),
        )


@dataclass(frozen=True)
class SaveResult:
    member_id: int
    warnings: tuple[Text, ...] = field(default_factory=tuple)


class MembersService:
    def __init__(self, db: Database, *, clock: Clock):
        self._db = db
        self._clock = clock  # "situation today" and "not in the future"
        self._names = NameKeys()  # the list is re-sorted after every change

    # --- reading -----------------------------------------------------------------------
    def list_members(self, on: date | None = None) -> list[MemberRow]:
        """Every member ever recorded, sorted by given name (Vietnamese collation)."""
        on = on or self._clock.today()
        with unit_of_work(self._db) as s:
            members = s.scalars(
                select(Member).options(selectinload(Member.events), selectinload(Member.positions))
            ).all()
            rows = [_row(m, on) for m in members]
        return sorted(rows, key=lambda r: self._names(r.full_name))

    def get(self, member_id: int) -> MemberDetail:
        with unit_of_work(self._db) as s:
            return _detail(_load(s, member_id), self._clock.today())

    def official_count(self, on: date | None = None) -> int:
        on = on or self._clock.today()
        with unit_of_work(self._db) as s:
            return _official_count(s, on)

    # --- writing -----------------------------------------------------------------------
    def create(self, draft: MemberDraft) -> tuple[SaveResult, ChangeNotice]:
        draft = self._checked(draft, member_id=None)
        with unit_of_work(self._db) as s:
            self._check_in_register(s, draft, None)
            member = Member()
            s.add(member)
            apply_draft(member, draft)
            s.flush()
            warnings = self._warnings(s)
            return SaveResult(member.id, warnings), ChangeNotice.of(Changed.MEMBERS, ids=(member.id,))

    def update(self, member_id: int, draft: MemberDraft) -> tuple[SaveResult, ChangeNotice]:
        draft = self._checked(draft, member_id=member_id)
        with unit_of_work(self._db) as s:
            member = _load(s, member_id)
            self._check_in_register(s, draft, member_id)
            apply_draft(member, draft)
            s.flush()
            warnings = self._warnings(s)
            return SaveResult(member.id, warnings), ChangeNotice.of(Changed.MEMBERS, ids=(member_id,))

    def add_event(self, member_id: int, event: EventDraft) -> tuple[SaveResult, ChangeNotice]:
        draft = self.get(member_id).as_draft()
        return self.update(member_id, replace(draft, events=draft.events + (event,)))

    def remove_event(self, member_id: int, event_id: int) -> tuple[SaveResult, ChangeNotice]:
        detail = self.get(member_id)
        if all(e.id != event_id for e in detail.events):
            raise NotFound(say("members.no_event", event_id=event_id), field="events")
        kept = tuple(EventDraft(e.kind, e.on, e.note) for e in detail.events if e.id != event_id)
        return self.update(member_id, replace(detail.as_draft(), events=kept))

    def add_position(self, member_id: int, pos: PositionDraft) -> tuple[SaveResult, ChangeNotice]:
        draft = self.get(member_id).as_draft()
        return self.update(member_id, replace(draft, positions=draft.positions + (pos,)))

    def remove_position(self, member_id: int, position_id: int) -> tuple[SaveResult, ChangeNotice]:
        detail = self.get(member_id)
        if all(p.id != position_id for p in detail.positions):
            raise NotFound(say("members.no_position", position_id=position_id), field="positions")
        kept = tuple(PositionDraft(p.position, p.start, p.end)
                     for p in detail.positions if p.id != position_id)
        return self.update(member_id, replace(detail.as_draft(), positions=kept))

    # --- checks ------------------------------------------------------------------------
    def _checked(self, draft: MemberDraft, member_id: int | None) -> MemberDraft:
        return checked_draft(draft, self._clock.today())

    def _check_in_register(self, s: Session, draft: MemberDraft, member_id: int | None) -> None:
        check_in_register(s, draft, member_id)

    def _warnings(self, s: Session) -> tuple[Text, ...]:
        warning = rules.too_few_officials_warning(_official_count(s, self._clock.today()))
        return (warning,) if warning else ()


def checked_draft(draft: MemberDraft, today: date) -> MemberDraft:
    """Normalise to NFC and apply the domain rules; the first problem is the error."""
    draft = normalised(draft)
    problems = rules.check_profile(
        draft.full_name, draft.birth_date, draft.admitted_on, draft.official_on,
        draft.card_number, draft.phone, today, draft.notes)
    problems += rules.check_history(
        [rules.HistoryEvent(e.kind, e.on) for e in draft.events],
        draft.birth_date, draft.admitted_on, today)
    problems += rules.check_positions(
        [rules.PositionPeriod(p.position, p.start, p.end) for p in draft.positions], today)
    if problems:
        first = problems[0]
        raise UserError(say("members.problem_of", problem=first.text, name=draft.full_name)
                        if draft.full_name else first.text, field=first.field)
    return draft


def check_in_register(s: Session, draft: MemberDraft, member_id: int | None) -> None:
    if draft.card_number:
        other = s.scalars(select(Member).where(
            Member.card_number == draft.card_number, Member.id != (member_id or -1))).first()
        if other is not None:
            raise UserError(say("members.card_taken", card=draft.card_number, name=other.full_name),
                            field="card_number")
    mine = [rules.PositionPeriod(p.position, p.start, p.end)
            for p in draft.positions if p.position is Position.SECRETARY]
    if mine:
        others = s.execute(
            select(Member.full_name, MemberPosition.start_date, MemberPosition.end_date)
            .join(MemberPosition.member)
            .where(MemberPosition.position == Position.SECRETARY,
                   Member.id != (member_id or -1))).all()
        for name, start, end in others:
            theirs = rules.PositionPeriod(Position.SECRETARY, start, end)
            if any(rules.overlaps(p, theirs) for p in mine):
                raise UserError(say("members.secretary_taken", name=name, start=rules.dmy(start)),
                                field="positions")


def normalised(d: MemberDraft) -> MemberDraft:
    clean = rules.clean_text
    return replace(
        d,
        full_name=clean(d.full_name),
        card_number=clean(d.card_number),
        phone=clean(d.phone),
        notes=_nfc_block(d.notes),
        events=tuple(sorted((EventDraft(e.kind, e.on, _nfc_block(e.note)) for e in d.events),
                            key=lambda e: rules.event_order(e.kind, e.on))),
        positions=tuple(sorted(d.positions, key=lambda p: (p.start, p.position.value))),
    )


def _nfc_block(text: str | None) -> str:
    """Multi-line notes keep their line breaks; each line is NFC and trimmed."""
    lines = unicodedata.normalize("NFC", text or "").strip().splitlines()
    return "\n".join(line.rstrip() for line in lines)


def apply_draft(member: Member, d: MemberDraft) -> None:
    member.full_name = d.full_name
    member.birth_date = d.birth_date
    member.sex = d.sex
    member.admitted_on = d.admitted_on
    member.official_on = d.official_on
    member.card_number = d.card_number or None
    member.phone = d.phone or None
    member.notes = d.notes
    # Rows that did not change keep their ids (the dialog and the CLI refer to them).
    member.events = _reconcile(
        member.events, d.events, lambda e: (e.kind, e.on, e.note),
        lambda e: SituationEvent(kind=e.kind, on=e.on, note=e.note))
    member.positions = _reconcile(
        member.positions, d.positions, lambda p: (p.position, p.start_date, p.end_date),
        lambda p: MemberPosition(position=p.position, start_date=p.start, end_date=p.end),
        draft_key=lambda p: (p.position, p.start, p.end))


def _reconcile(rows, drafts, row_key, make, draft_key=None):
    draft_key = draft_key or row_key
    pool: dict = {}
    for row in rows:
        pool.setdefault(row_key(row), []).append(row)
    result = []
    for d in drafts:
        same = pool.get(draft_key(d))
        result.append(same.pop(0) if same else make(d))
    return result


def _load(s: Session, member_id: int) -> Member:
    member = s.get(Member, member_id, options=[selectinload(Member.events),
                                               selectinload(Member.positions)])
    if member is None:
        raise NotFound(say("members.no_member", member_id=member_id), field="member_id")
    return member


def _facts(m: Member) -> MemberFacts:
    return MemberFacts(m.id, m.admitted_on, m.official_on,
                       tuple(Event(e.kind, e.on) for e in m.events))


def _row(m: Member, on: date) -> MemberRow:
    held = tuple(p.position for p in sorted(m.positions, key=lambda p: p.position.value)
                 if p.start_date <= on and (p.end_date is None or p.end_date >= on))
    return MemberRow(m.id, m.full_name, m.birth_date, m.sex, m.admitted_on, m.official_on,
                     m.card_number or "", m.phone or "", m.notes or "",
                     situation_on(_facts(m), on), held)


def _detail(m: Member, on: date) -> MemberDetail:
    events = sorted(m.events, key=lambda e: (*rules.event_order(e.kind, e.on), e.id))
    return MemberDetail(
        _row(m, on),
        tuple(StoredEvent(e.id, e.kind, e.on, e.note or "") for e in events),
        tuple(StoredPosition(p.id, p.position, p.start_date, p.end_date)
              for p in sorted(m.positions, key=lambda p: (p.start_date, p.id))),
    )


def _official_count(s: Session, on: date) -> int:
    return sum(1 for f in load_member_facts(s) if situation_on(f, on).standing is Standing.OFFICIAL)
