"""The input of the monthly resolution (NGHỊ QUYẾT): plain values, no database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.documents.kit import Letterhead
from desktop.domain.enums import MeetingStatus, TaskStatus
from desktop.domain.quality import QualityScore


@dataclass(frozen=True)
class ReviewedTask:
    text: str
    owner: str
    due_on: date
    status: TaskStatus
    note: str


@dataclass(frozen=True)
class NextTask:
    text: str
    owner: str
    due_on: date
    target: str  # the annual-resolution target it serves, or ""


@dataclass(frozen=True)
class ResolutionData:
    letterhead: Letterhead
    branch_name: str
    held_on: date
    status: MeetingStatus
    reviewed: tuple[ReviewedTask, ...]
    on_time_share: float | None
    tasks: tuple[NextTask, ...]
    conclusion: str
    quality: QualityScore | None
    secretary: str
