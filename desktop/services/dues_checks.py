"""Checks on what a user types into the dues book, each refusal a sentence naming the member,
the month and the field. Nothing here writes."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop.domain.dues import MonthOwing, Owing, Via
from desktop.domain.dues_ledger import DuesMember, Ledger, ScheduleVersion
from desktop.domain.members import clean_text
from desktop.domain.money import AmountError, parse_amount
from desktop.domain.months import Month
from desktop.services.errors import NotFound, UserError
from desktop.services.year_lock import year_is_locked
from desktop.wording import Text, say

MAX_REFERENCE = 80
MAX_REASON = 500


def month_arg(value: Month | str, field: str = "month") -> Month:
    if isinstance(value, Month):
        return value
    month = Month.parse(value)
    if month is None:
        raise UserError(say("dues.bad_month", value=value), field=field)
    return month


def amount_arg(value: int | str, what: Text, field: str = "amount") -> int:
    """A whole, positive number of đồng; `what` names where it was typed (member and month)."""
    try:
        return parse_amount(value)
    except AmountError as exc:
        raise UserError(say(f"dues.amount_{exc.reason}", value=exc.text, what=what), field=field) from None


def member_of(ledger: Ledger, member_id: int) -> DuesMember:
    member = ledger.member(member_id)
    if member is None:
        raise NotFound(say("dues.no_member", member_id=member_id), field="member_id")
    return member


def schedule_of(ledger: Ledger, month: Month) -> ScheduleVersion:
    version = ledger.schedule_for(month)
    if version is None:
        raise UserError(say("dues.no_schedule", month=month.label()), field="month")
    return version


def in_branch(member: DuesMember, month: Month, owing: MonthOwing) -> None:
    """Refuse a month in which the member was never in the branch."""
    if owing.owing is Owing.BEFORE:
        raise UserError(say("dues.before_joining", name=member.name, month=month.label()), field="month")
    if owing.owing is Owing.AFTER:
        raise UserError(say("dues.after_leaving", name=member.name, month=month.label()), field="month")


def paid_on_arg(on: date, today: date, member: DuesMember, month: Month) -> date:
    if on > today:
        raise UserError(say("dues.paid_in_future", name=member.name, month=month.label(),
                            day=on.strftime("%d/%m/%Y")), field="on")
    return on


def reference_arg(reference: str, via: Via, member: DuesMember, month: Month) -> str:
    text = clean_text(reference)
    if len(text) > MAX_REFERENCE:
        raise UserError(say("dues.reference_too_long", name=member.name, month=month.label(),
                            limit=MAX_REFERENCE), field="ref")
    if via is Via.PORTAL and not text:
        raise UserError(say("dues.portal_needs_reference", name=member.name, month=month.label()),
                        field="ref")
    return text


def reason_arg(reason: str) -> str:
    text = clean_text(reason)
    if len(text) > MAX_REASON:
        raise UserError(say("dues.reason_too_long", limit=MAX_REASON), field="reason")
    return text


def year_open(s: Session, *years: int) -> None:
    """A year whose package was sent is read-only until it is reopened for a correction."""
    for year in sorted(set(years)):
        if year_is_locked(s, year):
            raise UserError(say("dues.year_locked", year=year), field="year")


def who(member: DuesMember, month: Month) -> Text:
    return say("dues.member_month", name=member.name, month=month.label())
