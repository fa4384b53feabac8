"""A year is locked once its package has been exported; every record of that year is read-only
until the secretary explicitly reopens it for a correction (the next export supersedes)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.services.errors import UserError
from desktop.store.models import YearSetting
from desktop.wording import Text, say


def year_is_locked(session: Session, year: int) -> bool:
    setting = session.get(YearSetting, year)
    return setting is not None and setting.locked_at is not None


def require_year_open(session: Session, year: int, what: Text | str | None = None) -> None:
    """`what` names what cannot be changed (a `Text`; default: the year's records)."""
    if year_is_locked(session, year):
        raise UserError(say("year.locked", year=year, what=what or say("year.what_records")), field="year")
