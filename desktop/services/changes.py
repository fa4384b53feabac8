"""Typed change notices: what a service call changed, so screens know what to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, auto


class Changed(Enum):
    BRANCH = auto()
    MEMBERS = auto()
    CANDIDATES = auto()  # the admission pipeline
    MEETINGS = auto()
    THEMATIC_PLAN = auto()
    REVIEWS = auto()
    EVALUATION = auto()
    RULEBOOKS = auto()
    KEYS = auto()
    PACKAGES = auto()
    INBOX = auto()
    DUES = auto()  # schedules, figures, bases, the ledger, remittances
    EVERYTHING = auto()  # a restore, an import of the whole record


@dataclass(frozen=True)
class ChangeNotice:
    kinds: frozenset[Changed]
    ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *kinds: Changed, ids: tuple[int, ...] = ()) -> ChangeNotice:
        return cls(frozenset(kinds), frozenset(ids))

    def touches(self, kind: Changed) -> bool:
        return kind in self.kinds or Changed.EVERYTHING in self.kinds
