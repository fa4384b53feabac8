"""A year is locked once its package has been exported; every record of that year is read-only
until the secretary explicitly reopens it for a correction (the next export supersedes)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.errors import UserError
from desktop.store.database import Database, unit_of_work
from desktop.store.models import YearSetting


def year_is_locked(session: Session, year: int) -> bool:
    setting = session.get(YearSetting, year)
    return setting is not None and setting.locked_at is not None


def require_year_open(session: Session, year: int, what: str = "hồ sơ") -> None:
    if year_is_locked(session, year):
        raise UserError(
            f"Năm {year} đã khóa sau khi gửi hồ sơ lên cấp trên: không sửa được {what} của năm này. "
            "Muốn đính chính, hãy mở lại năm (Tệp → Gửi hồ sơ năm → Mở lại để đính chính); "
            "lần gửi sau sẽ thay thế gói trước.",
            field="year",
        )


class YearLockService:
    """Which years are locked, for the banner every page of such a year shows."""

    def __init__(self, db: Database):
        self._db = db

    def locked_years(self) -> frozenset[int]:
        with unit_of_work(self._db) as s:
            return frozenset(s.scalars(select(YearSetting.year).where(YearSetting.locked_at.is_not(None))))
