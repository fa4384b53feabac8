"""Input data of the membership documents: the transfer letter with its receipt slip, the
badge proposal list and the member's one-page personal record. Plain values, filled by
`services/lifecycle_documents.py`; the builders never query anything."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.documents.kit import Letterhead


@dataclass(frozen=True)
class TransferLetterData:
    letterhead: Letterhead
    branch_name: str
    out: bool  # True: the branch sends the member; False: it confirms receiving them
    temporary: bool
    member_name: str
    birth_date: date | None
    admitted_on: date | None
    official_on: date | None
    standing: str  # "chính thức" / "dự bị"
    card_number: str
    organisation: str  # to (out) or from (in)
    letter_number: str
    letter_on: date | None
    moved_on: date
    expected_return: date | None
    reason: str
    secretary: str


@dataclass(frozen=True)
class BadgeRow:
    name: str
    birth_date: date | None
    admitted_on: date
    years: int
    ceremony_on: date
    party_age: str


@dataclass(frozen=True)
class BadgeListData:
    letterhead: Letterhead
    branch_name: str
    year: int
    rows: tuple[BadgeRow, ...]
    secretary: str
    source: str


@dataclass(frozen=True)
class CardLine:
    """One dated line of the personal record: when, and what."""

    on: str
    text: str


@dataclass(frozen=True)
class MemberCardData:
    letterhead: Letterhead
    branch_name: str
    printed_on: date
    name: str
    birth_date: date | None
    sex: str
    card_number: str
    admitted_on: date | None
    official_on: date | None
    standing: str
    party_age: str
    next_badge: str
    positions: tuple[CardLine, ...]
    situations: tuple[CardLine, ...]
    ratings: tuple[CardLine, ...]
    discipline: tuple[CardLine, ...]
    badges: tuple[CardLine, ...]
    secretary: str
