"""A year is locked once its package has been exported; every record of that year is read-only
until the secretary explicitly reopens it for a correction (the next export supersedes)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.errors import UserError
from desktop.store.database import Database, unit_of_work
from desktop.store.models import YearSetting
from desktop.wording import Text, say


def year_is_locked(session: Session, year: int) -> bool:
    setting = session.get(YearSetting, year)
    return setting is not None and setting.locked_at is not None


def require_year_open(session: Session, year: int, what: Text | str | None = None) -> None:
    """`what` names what cannot be changed (a `Text`; default: the year's records)."""
    if year_is_locked(session, year):
        raise UserError(say("year.locked", year=year, what=what or say("year.what_records")), field="year")


class YearLockService:
    """Which years are locked, for the banner every page of such a year shows."""

    def __init__(self, db: Database):
        self._db = db

    def locked_years(self) -> frozenset[int]:
        with unit_of_work(self._db) as s:
            return frozenset(s.scalars(select(YearSetting.year).where(YearSetting.locked_at.is_not(None))))
