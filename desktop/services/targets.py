"""The year's targets (chỉ tiêu) of the branch's annual resolution, with planned and achieved
values (component 1.2), and the year's admission target (component 4.5)."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.services.changes import ChangeNotice, Changed
from desktop.services.errors import NotFound, UserError
from desktop.store.database import Database, unit_of_work
from desktop.store.models import YearSetting, YearTarget


@dataclass(frozen=True)
class Target:
    id: int
    year: int
    position: int
    title: str
    unit: str
    planned: float
    achieved: float | None

    @property
    def met(self) -> bool:
        return self.achieved is not None and self.achieved >= self.planned


@dataclass(frozen=True)
class TargetDraft:
    title: str
    planned: float
    achieved: float | None = None
    unit: str = ""


def _clean(draft: TargetDraft, where: str) -> TargetDraft:
    title = unicodedata.normalize("NFC", draft.title).strip()
    unit = unicodedata.normalize("NFC", draft.unit).strip()
    if not title:
        raise UserError(f"{where}: tên chỉ tiêu không được để trống.", field="title")
    for label, value in (("kế hoạch", draft.planned), ("thực hiện", draft.achieved)):
        if value is not None and (not math.isfinite(value) or value < 0):
            raise UserError(f"{where}: giá trị {label} phải là số không âm, đang là {value}.", field="planned")
    return TargetDraft(title, float(draft.planned), draft.achieved, unit)


def _target(t: YearTarget) -> Target:
    return Target(t.id, t.year, t.position, t.title, t.unit, t.planned, t.achieved)


def _check_year(year: int) -> None:
    if not 1930 <= year <= 2200:
        raise UserError(f"Năm không hợp lệ: {year}.", field="year")


class TargetService:
    def __init__(self, db: Database):
        self._db = db

    def targets(self, year: int) -> tuple[Target, ...]:
        with unit_of_work(self._db) as s:
            rows = s.scalars(select(YearTarget).where(YearTarget.year == year)
                             .order_by(YearTarget.position, YearTarget.id))
            return tuple(_target(t) for t in rows)

    def add(self, year: int, draft: TargetDraft) -> tuple[Target, ChangeNotice]:
        _check_year(year)
        clean = _clean(draft, f"Chỉ tiêu năm {year}")
        with unit_of_work(self._db) as s:
            last = s.scalar(select(func.max(YearTarget.position)).where(YearTarget.year == year))
            row = YearTarget(year=year, position=(last or 0) + 1, title=clean.title, unit=clean.unit,
                             planned=clean.planned, achieved=clean.achieved)
            s.add(row)
            s.flush()
            target = _target(row)
        return target, ChangeNotice.of(Changed.EVALUATION, ids=(year,))

    def update(self, target_id: int, draft: TargetDraft) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            row = s.get(YearTarget, target_id)
            if row is None:
                raise NotFound(f"Không có chỉ tiêu số {target_id}.", field="target_id")
            clean = _clean(draft, f"Chỉ tiêu «{row.title}»")
            row.title, row.unit, row.planned, row.achieved = clean.title, clean.unit, clean.planned, clean.achieved
            year = row.year
        return ChangeNotice.of(Changed.EVALUATION, ids=(year,))

    def remove(self, target_id: int) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            row = s.get(YearTarget, target_id)
            if row is None:
                raise NotFound(f"Không có chỉ tiêu số {target_id}.", field="target_id")
            year = row.year
            s.delete(row)
        return ChangeNotice.of(Changed.EVALUATION, ids=(year,))

    def admission_target(self, year: int) -> int | None:
        with unit_of_work(self._db) as s:
            setting = s.get(YearSetting, year)
            return setting.admission_target if setting else None

    def set_admission_target(self, year: int, target: int | None) -> ChangeNotice:
        _check_year(year)
        if target is not None and target < 0:
            raise UserError(f"Chỉ tiêu kết nạp năm {year} phải là số không âm, đang là {target}.",
                            field="admission_target")
        with unit_of_work(self._db) as s:
            setting = s.get(YearSetting, year)
            if setting is None:
                setting = YearSetting(year=year)
                s.add(setting)
            setting.admission_target = target
        return ChangeNotice.of(Changed.EVALUATION, ids=(year,))
