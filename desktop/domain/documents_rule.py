"""The meeting's documents against the rule: sent before the sitting, posted soon after.

The rule (the rulebook's quality sheet; HD 42-HD/BTCTW and the sample district sheets):
documents are sent to members at least N days before the sitting (N = 1) and the finished
documents (minutes, resolution) are posted to members on the Sổ tay đảng viên within M days
after it (M = 2). Pure: the caller passes the dates and, for "pending", today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.wording import Text, say


class DocumentsVerdict(StrEnum):
    OK = "ok"
    LATE = "late"
    MISSING = "missing"
    PENDING = "pending"  # not posted yet, but still within M days of the sitting


@dataclass(frozen=True)
class DocumentsRule:
    sent_days_before: int = 1
    posted_within_days: int = 2


@dataclass(frozen=True)
class DocumentsCheck:
    sent: DocumentsVerdict
    posted: DocumentsVerdict


def sent_verdict(held_on: date, sent_on: date | None, rule: DocumentsRule) -> DocumentsVerdict:
    if sent_on is None:
        return DocumentsVerdict.MISSING
    ok = (held_on - sent_on).days >= rule.sent_days_before
    return DocumentsVerdict.OK if ok else DocumentsVerdict.LATE


def posted_verdict(held_on: date, posted_on: date | None, rule: DocumentsRule,
                   today: date | None = None) -> DocumentsVerdict:
    """Without `today` an unposted meeting is MISSING (the quality sheet's view: not yet earned)."""
    if posted_on is None:
        if today is not None and (today - held_on).days <= rule.posted_within_days:
            return DocumentsVerdict.PENDING
        return DocumentsVerdict.MISSING
    ok = (posted_on - held_on).days <= rule.posted_within_days
    return DocumentsVerdict.OK if ok else DocumentsVerdict.LATE


def check_documents(held_on: date, sent_on: date | None, posted_on: date | None,
                    rule: DocumentsRule = DocumentsRule(), today: date | None = None) -> DocumentsCheck:
    return DocumentsCheck(sent_verdict(held_on, sent_on, rule),
                          posted_verdict(held_on, posted_on, rule, today))


def sent_problem(held_on: date, day: date | None) -> Text | None:
    """Why `day` cannot be the day the documents of the sitting held on `held_on` were sent
    (the meetings service and the editor ask the same): after the sitting."""
    if day is not None and day > held_on:
        return say("meetings.documents_after")
    return None


def posted_problem(held_on: date, day: date | None, today: date) -> Text | None:
    """Why `day` cannot be the posting day of the sitting held on `held_on` (the meetings
    service and the records import ask the same): before the sitting, or a day still to come."""
    if day is None:
        return None
    held, posted = f"{held_on:%d/%m/%Y}", f"{day:%d/%m/%Y}"
    if day < held_on:
        return say("meetings.posted_before", day=held, posted=posted)
    if day > today:
        return say("meetings.posted_future", day=held, posted=posted)
    return None
