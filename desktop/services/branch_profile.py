"""The branch profile as the front ends see it. Apart from the service so that the welcome
screen and the window's shell can name it without loading the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class BranchProfile:
    name: str
    code: str
    superior_committee: str
    place_name: str
    term_start: date | None  # None: the file records no term yet
    term_end: date | None
    mode: str = "branch"
