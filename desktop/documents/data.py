"""Input data of the documents: plain frozen dataclasses filled by `services/documents.py`.

The figures (attendance, votes, quality) are the domain's own results, so a document prints
exactly what the screens show; documents never compute a rule and never query the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from desktop.documents.kit import Letterhead
from desktop.domain.attendance import AttendanceSummary
from desktop.domain.dues_ledger import DuesReport
from desktop.domain.enums import MeetingKind, MeetingStatus
from desktop.domain.quality import QualityScore
from desktop.domain.votes import VoteResult


@dataclass(frozen=True)
class SpeechLine:
    speaker: str
    gist: str


@dataclass(frozen=True)
class AgendaEntry:
    """One agenda item: `section` is "opening" / "proceedings" / "closing" (domain.agenda)."""

    section: str
    title: str
    content: str = ""
    speeches: tuple[SpeechLine, ...] = ()
    conclusion: str = ""


@dataclass(frozen=True)
class MinutesData:
    """Everything the minutes of one meeting print (DOMAIN.md §4–§5).

    chair_role: "Bí thư chi bộ", "Phó Bí thư chi bộ", "Chi ủy viên" or "" for a plain member.
    quality: None when the meeting is not scored (committee meetings).
    dues: the dues report the regular meeting opens with, from the ledger.
    """

    letterhead: Letterhead
    branch_name: str
    kind: MeetingKind
    status: MeetingStatus
    held_on: date
    start_time: time | None
    end_time: time | None
    place: str
    topic: str
    chair: str
    chair_role: str
    minute_taker: str
    guests: str
    attendance: AttendanceSummary
    agenda: tuple[AgendaEntry, ...]
    ideology: str
    conclusion: str
    votes: tuple[VoteResult, ...]
    quality: QualityScore | None
    revision: int = 1
    dues: DuesReport | None = None  # regular meetings of a branch that keeps its dues book here


@dataclass(frozen=True)
class SheetRow:
    """A line of the attendance sheet: standing is "Chính thức" / "Dự bị"; note is free text."""

    name: str
    standing: str
    note: str = ""


@dataclass(frozen=True)
class AttendanceSheetData:
    """expected: members expected on the date (sign here); apart: exempt, attached elsewhere,
    suspended or on special duty, listed separately and not counted in the base."""

    letterhead: Letterhead
    branch_name: str
    kind: MeetingKind
    held_on: date
    start_time: time | None
    place: str
    topic: str
    expected: tuple[SheetRow, ...]
    apart: tuple[SheetRow, ...]
    chair: str
    minute_taker: str


@dataclass(frozen=True)
class RegisterRow:
    held_on: date
    kind: MeetingKind
    number: str  # "03-BB/CB" or "" while a draft has none
    present: int
    expected: int
    rate: float | None
    quality_points: float | None  # None for committee meetings and sheets not scored yet
    quality_band: str  # "Tốt", "Khá", …, "chưa chấm", or "" (committee meetings)
    adopted: bool


@dataclass(frozen=True)
class RegisterData:
    letterhead: Letterhead
    branch_name: str
    year: int
    rows: tuple[RegisterRow, ...]
    secretary: str


@dataclass(frozen=True)
class MemberDetails:
    """A member's details printed on a pre-filled form; dates may be unknown (None)."""

    name: str
    birth_date: date | None
    admitted_on: date | None
    official_on: date | None
    position: str  # "Bí thư chi bộ", "Đảng viên" …


@dataclass(frozen=True)
class MemberFormData:
    """The annual commitment or self-review form: blank when `member` is None.

    sections: (code, text) already written for the member (codes of domain.review_forms);
    sections without text get dotted lines to write on by hand.
    """

    letterhead: Letterhead
    branch_name: str
    year: int
    member: MemberDetails | None
    sections: tuple[tuple[str, str], ...] = ()
    self_rating: str = ""  # a Rating value proposed by the member, "" when not yet chosen
