"""Rows of the meetings list for a year: a fixed number of queries, whatever the meeting count."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop.domain.agenda import KIND_TITLES
from desktop.domain.enums import MeetingKind, MeetingStatus, QualityBand
from desktop.services.meeting_records import (
    MeetingRules,
    figures_for_year,
    load_records,
)


@dataclass(frozen=True)
class MeetingRow:
    """One current meeting of the year. `number` is "03-BB/CB" or "" before adoption;
    attendance_rate is present ÷ expected (None when nobody is expected); quality is the band,
    None for a committee meeting (the §6 sheet rates branch meetings only); `resolution_number`
    is the monthly resolution's "03-NQ/CB", "" before adoption or for a meeting without one."""

    id: int
    kind: MeetingKind
    date: date
    duration_minutes: int | None
    expected: int
    present: int
    excused: int
    unexcused: int
    attendance_rate: float | None
    checks_passed: bool
    quality: QualityBand | None
    quality_score: float
    number: str
    status: MeetingStatus
    revision: int
    topic: str
    resolution_number: str = ""

    @property
    def kind_title(self) -> str:
        return KIND_TITLES[self.kind]

    def as_json(self) -> dict:
        """The CLI contract of `meetings list --json` (names fixed by the issue)."""
        return {
            "id": self.id,
            "kind": self.kind.value,
            "date": self.date.isoformat(),
            "duration_minutes": self.duration_minutes,
            "expected": self.expected,
            "present": self.present,
            "excused": self.excused,
            "unexcused": self.unexcused,
            "attendance_rate": None if self.attendance_rate is None else round(self.attendance_rate, 4),
            "quality": None if self.quality is None else self.quality.value,
            "quality_score": self.quality_score,
            "number": self.number or None,
            "status": self.status.value,
            "revision": self.revision,
            "checks_passed": self.checks_passed,
            "topic": self.topic,
        }


def list_rows(session: Session, year: int, rules: MeetingRules) -> list[MeetingRow]:
    rs = load_records(session, year)
    figures = figures_for_year(rs, rules)
    rows = []
    for meeting in rs.current():
        fig = figures[meeting.id]
        att = fig.attendance
        rows.append(
            MeetingRow(
                id=meeting.id,
                kind=meeting.kind,
                date=meeting.held_on,
                duration_minutes=fig.duration_minutes,
                expected=att.expected,
                present=att.present,
                excused=len(att.excused),
                unexcused=len(att.unexcused),
                attendance_rate=att.rate,
                checks_passed=att.checks.passed,
                quality=fig.quality.band,
                quality_score=fig.quality.total,
                number=rs.number_code(meeting),
                status=meeting.status,
                revision=meeting.revision,
                topic=meeting.topic,
                resolution_number=rs.resolution_code(meeting),
            )
        )
    return rows
