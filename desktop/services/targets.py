"""The year's targets (chỉ tiêu) of the branch's annual resolution, with planned and achieved
values (component 1.2), and the year's admission target (component 4.5)."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.domain.numbers import number
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import NotFound, UserError
from desktop.services.year_lock import require_year_open
from desktop.store.database import Database, unit_of_work
from desktop.store.models import YearSetting, YearTarget
from desktop.wording import Text, say


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


@dataclass(frozen=True)
class TargetRow:
    """One row of the targets table as saved from the screen: `id` None for a new row."""

    id: int | None
    draft: TargetDraft


def _clean(draft: TargetDraft, where: Text) -> TargetDraft:
    title = unicodedata.normalize("NFC", draft.title or "").strip()
    unit = unicodedata.normalize("NFC", draft.unit or "").strip()
    if not title:
        raise UserError(say("year.target_no_title", where=where), field="title")
    if len(title) > 300:
        raise UserError(say("year.target_title_long", where=where, length=len(title), limit=300), field="title")
    if len(unit) > 40:
        raise UserError(say("year.target_unit_long", where=where, length=len(unit), limit=40), field="unit")
    for field, value in (("planned", draft.planned), ("achieved", draft.achieved)):
        if value is None and field == "planned":
            raise UserError(say("year.target_no_plan", where=where), field=field)
        if value is not None and (not math.isfinite(value) or value < 0):
            raise UserError(say(f"year.target_{field}_negative", where=where, value=number(value)), field=field)
    achieved = None if draft.achieved is None else float(draft.achieved)
    return TargetDraft(title, float(draft.planned), achieved, unit)


def _check_admission(year: int, target: int | None) -> None:
    if target is not None and target < 0:
        raise UserError(say("year.admission_target_negative", year=year, value=target),
                        field="admission_target")


def _target(t: YearTarget) -> Target:
    return Target(t.id, t.year, t.position, t.title, t.unit, t.planned, t.achieved)


def _check_year(year: int) -> None:
    if not 1930 <= year <= 2200:
        raise UserError(say("year.bad_year", year=year), field="year")


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
        clean = _clean(draft, say("year.target_of_year", year=year))
        with unit_of_work(self._db) as s:
            require_year_open(s, year, say("year.what_targets"))
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
                raise NotFound(say("year.no_target", target_id=target_id), field="target_id")
            require_year_open(s, row.year, say("year.what_targets"))
            clean = _clean(draft, say("year.target_titled", title=row.title))
            row.title, row.unit, row.planned, row.achieved = clean.title, clean.unit, clean.planned, clean.achieved
            year = row.year
        return ChangeNotice.of(Changed.EVALUATION, ids=(year,))

    def remove(self, target_id: int) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            row = s.get(YearTarget, target_id)
            if row is None:
                raise NotFound(say("year.no_target", target_id=target_id), field="target_id")
            year = row.year
            require_year_open(s, year, say("year.what_targets"))
            s.delete(row)
        return ChangeNotice.of(Changed.EVALUATION, ids=(year,))

    def admission_target(self, year: int) -> int | None:
        with unit_of_work(self._db) as s:
            setting = s.get(YearSetting, year)
            return setting.admission_target if setting else None

    def set_admission_target(self, year: int, target: int | None) -> ChangeNotice:
        _check_year(year)
        _check_admission(year, target)
        with unit_of_work(self._db) as s:
            require_year_open(s, year, say("year.what_admission_target"))
            setting = s.get(YearSetting, year)
            if setting is None:
                setting = YearSetting(year=year)
                s.add(setting)
            setting.admission_target = target
        return ChangeNotice.of(Changed.EVALUATION, ids=(year,))

    def set_achieved(self, target_id: int, achieved: float | None) -> ChangeNotice:
        """Enter (or clear) the achieved value of one target."""
        with unit_of_work(self._db) as s:
            row = s.get(YearTarget, target_id)
            if row is None:
                raise NotFound(say("year.no_target", target_id=target_id), field="target_id")
            require_year_open(s, row.year, say("year.what_targets"))
            clean = _clean(TargetDraft(row.title, row.planned, achieved, row.unit), say("year.target_titled", title=row.title))
            row.achieved = clean.achieved
            year = row.year
        return ChangeNotice.of(Changed.EVALUATION, ids=(year,))

    def save_year(self, year: int, rows: list[TargetRow], admission_target: int | None) -> ChangeNotice:
        """The targets screen's Save: the table as shown (in order) and the admission target, in
        one transaction. Every row is checked first; a message names the row (1-based) and field.
        Rows of the year missing from `rows` are removed."""
        _check_year(year)
        _check_admission(year, admission_target)
        clean = [TargetRow(r.id, _clean(r.draft, say("year.target_row", year=year, row=n)))
                 for n, r in enumerate(rows, 1)]
        with unit_of_work(self._db) as s:
            require_year_open(s, year, say("year.what_targets"))
            existing = {t.id: t for t in s.scalars(select(YearTarget).where(YearTarget.year == year))}
            for n, r in enumerate(clean, 1):
                if r.id is not None and r.id not in existing:
                    raise NotFound(say("year.target_gone", where=say("year.target_row", year=year, row=n),
                                       target_id=r.id), field="target_id")
            kept = {r.id for r in clean if r.id is not None}
            for tid, row in existing.items():
                if tid not in kept:
                    s.delete(row)
            for position, r in enumerate(clean, 1):
                row = existing[r.id] if r.id is not None else YearTarget(year=year)
                row.position, row.title, row.unit = position, r.draft.title, r.draft.unit
                row.planned, row.achieved = r.draft.planned, r.draft.achieved
                if r.id is None:
                    s.add(row)
            setting = s.get(YearSetting, year)
            if setting is None:
                setting = YearSetting(year=year)
                s.add(setting)
            setting.admission_target = admission_target
        return ChangeNotice.of(Changed.EVALUATION, ids=(year,))
