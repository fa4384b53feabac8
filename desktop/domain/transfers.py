"""Transfers of party activity (DOMAIN.md §12): out or in, official (the member leaves or
joins the branch's list), temporary (attached to another organisation for a time) or away
(working or living far away: still on the list, with an expected return).

The member's situation follows from the dated events each transfer brings (`events_for`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.domain.enums import SituationEventKind as K
from desktop.domain.lifecycle_dates import dmy
from desktop.domain.probation import Finding
from desktop.wording import say


class TransferDirection(StrEnum):
    OUT = "out"
    IN = "in"


class TransferKind(StrEnum):
    OFFICIAL = "official"  # chuyển sinh hoạt đảng chính thức
    TEMPORARY = "temporary"  # sinh hoạt đảng tạm thời
    AWAY = "away"  # đi làm ăn xa: stays on the list


@dataclass(frozen=True)
class TransferFacts:
    name: str
    direction: TransferDirection
    kind: TransferKind
    organisation: str
    letter_number: str
    letter_on: date | None
    moved_on: date
    expected_return: date | None = None
    receipt_on: date | None = None


def needs_letter(kind: TransferKind) -> bool:
    return kind is not TransferKind.AWAY


def events_for(t: TransferFacts) -> tuple[tuple[K, date], ...]:
    """The situation events a transfer brings. A temporary return ends the attachment the day
    before the member is back (a period's end date is still inside it)."""
    if t.kind is TransferKind.AWAY:
        return ()
    if t.direction is TransferDirection.OUT:
        kind = K.TRANSFERRED_OUT if t.kind is TransferKind.OFFICIAL else K.ATTACHED_FROM
        return ((kind, t.moved_on),)
    if t.kind is TransferKind.OFFICIAL:
        return ((K.TRANSFERRED_IN, t.moved_on),)
    return ((K.ATTACHED_TO, t.moved_on - timedelta(days=1)),)


def check_transfer(t: TransferFacts, today: date) -> list[Finding]:
    found: list[Finding] = []
    name = t.name
    if needs_letter(t.kind):
        if not t.organisation:
            found.append(Finding("organisation", say("lifecycle.transfer_no_organisation", name=name)))
        if not t.letter_number:
            found.append(Finding("letter_number", say("lifecycle.transfer_no_letter", name=name)))
    for field, label, value in (("moved_on", "field_moved_on", t.moved_on),
                                ("letter_on", "field_letter_on", t.letter_on),
                                ("receipt_on", "field_receipt_on", t.receipt_on)):
        if value is not None and value > today:
            found.append(Finding(field, say("lifecycle.date_in_future", name=name,
                                            field=say(f"lifecycle.{label}"), day=dmy(value))))
    if t.letter_on is not None and t.moved_on < t.letter_on:
        key = ("lifecycle.transfer_in_before_letter" if t.direction is TransferDirection.IN
               else "lifecycle.transfer_out_before_letter")
        found.append(Finding("moved_on", say(key, name=name, moved=dmy(t.moved_on),
                                             letter=dmy(t.letter_on))))
    if t.receipt_on is not None and t.letter_on is not None and t.receipt_on < t.letter_on:
        found.append(Finding("receipt_on", say("lifecycle.receipt_before_letter", name=name,
                                               receipt=dmy(t.receipt_on), letter=dmy(t.letter_on))))
    if t.expected_return is not None and t.expected_return <= t.moved_on:
        found.append(Finding("expected_return", say("lifecycle.return_before_leaving", name=name,
                                                    back=dmy(t.expected_return),
                                                    moved=dmy(t.moved_on))))
    return found
