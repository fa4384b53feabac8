"""A year is locked once its package has been exported; every record of that year is read-only
until the secretary explicitly reopens it for a correction (the next export supersedes)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.services.errors import UserError
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
