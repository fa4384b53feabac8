"""Transfers of party activity: out of or into the branch, official, temporary or away (working
far away), with the introduction letter; the member's situation events follow in the same
transaction, and a letter that was never confirmed stays on the due list."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import Clock
from desktop.domain.lifecycle_dates import dmy
from desktop.domain.members import clean_text
from desktop.domain.transfers import (
    TransferDirection,
    TransferFacts,
    TransferKind,
    check_transfer,
    events_for,
)
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import NotFound, UserError
from desktop.services.lifecycle_load import (
    draft_of,
    load_member,
    raise_first,
    save_member,
    with_events,
)
from desktop.services.members import EventDraft
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Member, Transfer
from desktop.wording import say


@dataclass(frozen=True)
class TransferDraft:
    direction: TransferDirection
    kind: TransferKind
    moved_on: date
    organisation: str = ""
    letter_number: str = ""
    letter_on: date | None = None  # the letter's date; the move's date when not given
    expected_return: date | None = None
    reason: str = ""


@dataclass(frozen=True)
class TransferRow:
    id: int
    member_id: int
    member_name: str
    direction: TransferDirection
    kind: TransferKind
    organisation: str
    letter_number: str
    letter_on: date | None
    moved_on: date
    expected_return: date | None
    receipt_on: date | None
    returned_on: date | None
    reason: str

    @property
    def open(self) -> bool:
        """A temporary or away period not yet ended, or an official move out not confirmed."""
        if self.kind is TransferKind.OFFICIAL:
            return self.direction is TransferDirection.OUT and self.receipt_on is None
        return self.direction is TransferDirection.OUT and self.returned_on is None


class TransferService:
    def __init__(self, db: Database, *, clock: Clock):
        self._db = db
        self._clock = clock

    def list_for(self, member_id: int) -> list[TransferRow]:
        with unit_of_work(self._db) as s:
            load_member(s, member_id)
            return [_row(t, s) for t in s.scalars(select(Transfer).where(
                Transfer.member_id == member_id).order_by(Transfer.moved_on, Transfer.id))]

    def list_all(self) -> list[TransferRow]:
        with unit_of_work(self._db) as s:
            return [_row(t, s) for t in s.scalars(select(Transfer).order_by(Transfer.moved_on, Transfer.id))]

    def get(self, transfer_id: int) -> TransferRow:
        with unit_of_work(self._db) as s:
            return _row(_load(s, transfer_id), s)

    def record(self, member_id: int, draft: TransferDraft) -> tuple[TransferRow, ChangeNotice]:
        today = self._clock.today()
        draft = replace(draft, organisation=clean_text(draft.organisation),
                        letter_number=clean_text(draft.letter_number), reason=(draft.reason or "").strip(),
                        letter_on=draft.letter_on or (draft.moved_on if draft.kind is not TransferKind.AWAY
                                                      else None))
        with unit_of_work(self._db) as s:
            member = load_member(s, member_id)
            facts = TransferFacts(member.full_name, draft.direction, draft.kind, draft.organisation,
                                  draft.letter_number, draft.letter_on, draft.moved_on,
                                  draft.expected_return)
            raise_first(check_transfer(facts, today))
            if draft.direction is TransferDirection.IN and draft.kind is not TransferKind.OFFICIAL:
                self._close_period(s, member, draft)
            events = tuple(EventDraft(kind, on, _note(draft)) for kind, on in events_for(facts))
            if events:
                save_member(s, member, with_events(draft_of(member), *events), today)
            row = Transfer(member_id=member_id, direction=draft.direction, kind=draft.kind,
                           organisation=draft.organisation, letter_number=draft.letter_number,
                           letter_on=draft.letter_on, moved_on=draft.moved_on,
                           expected_return=draft.expected_return, reason=draft.reason,
                           receipt_on=draft.moved_on if draft.direction is TransferDirection.IN else None)
            s.add(row)
            s.flush()
            result = _row(row, s)
        return result, ChangeNotice.of(Changed.MEMBERS, Changed.EVALUATION, ids=(member_id,))

    def confirm_receipt(self, transfer_id: int, on: date) -> ChangeNotice:
        """The receiving organisation's slip came back: the transfer out is complete."""
        today = self._clock.today()
        with unit_of_work(self._db) as s:
            row = _load(s, transfer_id)
            name = s.get(Member, row.member_id).full_name
            if on > today:
                raise UserError(say("lifecycle.date_in_future", name=name,
                                    field=say("lifecycle.field_receipt_on"), day=dmy(on)), field="receipt_on")
            if row.letter_on is not None and on < row.letter_on:
                raise UserError(say("lifecycle.receipt_before_letter", name=name, receipt=dmy(on),
                                    letter=dmy(row.letter_on)), field="receipt_on")
            row.receipt_on = on
            member_id = row.member_id
        return ChangeNotice.of(Changed.MEMBERS, ids=(member_id,))

    def _close_period(self, s: Session, member: Member, draft: TransferDraft) -> None:
        """A return from a temporary attachment or from working far away ends the open one."""
        open_row = s.scalars(select(Transfer).where(
            Transfer.member_id == member.id, Transfer.direction == TransferDirection.OUT,
            Transfer.kind == draft.kind, Transfer.returned_on.is_(None))
            .order_by(Transfer.moved_on.desc())).first()
        if open_row is None:
            raise UserError(say("lifecycle.no_open_period", name=member.full_name), field="kind")
        if draft.moved_on <= open_row.moved_on:
            raise UserError(say("lifecycle.return_before_leaving", name=member.full_name,
                                back=dmy(draft.moved_on), moved=dmy(open_row.moved_on)), field="moved_on")
        open_row.returned_on = draft.moved_on


def _note(d: TransferDraft) -> str:
    letter = f"giấy giới thiệu số {d.letter_number}" if d.letter_number else ""
    where = d.organisation
    return "; ".join(p for p in (where, letter) if p)


def _load(s: Session, transfer_id: int) -> Transfer:
    row = s.get(Transfer, transfer_id)
    if row is None:
        raise NotFound(say("lifecycle.no_transfer", transfer_id=transfer_id), field="transfer_id")
    return row


def _row(t: Transfer, s: Session) -> TransferRow:
    name = s.scalar(select(Member.full_name).where(Member.id == t.member_id)) or ""
    return TransferRow(t.id, t.member_id, name, t.direction, t.kind, t.organisation or "",
                       t.letter_number or "", t.letter_on, t.moved_on, t.expected_return,
                       t.receipt_on, t.returned_on, t.reason or "")
