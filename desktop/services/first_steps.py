"""The first steps with a new file, each ticked from the data (never remembered): the branch
profile filled in, members entered (by hand or from Excel), a signing key made, a first meeting
recorded. The overview shows them until all are done."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.services.branch import missing_fields
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Branch, Meeting, Member, SigningKey


@dataclass(frozen=True)
class FirstSteps:
    profile_complete: bool
    members: int
    has_key: bool
    meetings: int

    @property
    def done(self) -> int:
        return sum((self.profile_complete, self.members > 0, self.has_key, self.meetings > 0))

    @property
    def all_done(self) -> bool:
        return self.done == 4


class FirstStepsService:
    def __init__(self, db: Database):
        self._db = db

    def state(self) -> FirstSteps:
        with unit_of_work(self._db) as s:
            branch = s.scalars(select(Branch)).first()
            complete = branch is not None and not missing_fields(branch)
            members = s.scalar(select(func.count(Member.id))) or 0
            key = s.scalar(select(func.count(SigningKey.id)).where(SigningKey.retired_at.is_(None)))
            meetings = s.scalar(select(func.count(Meeting.id))) or 0
        return FirstSteps(complete, members, bool(key), meetings)
