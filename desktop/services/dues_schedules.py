"""Dues schedules in the data file: import (exact bytes kept, SHA-256), the schedule in force for
a month, and the figures it leaves "to be set" that the branch enters from its superior
committee's guidance (each dated by the month it applies from, so a later change never rewrites
the months before it)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import Clock
from desktop.domain.dues_schedule import Schedule
from desktop.domain.months import Month
from desktop.services import dues_checks as check
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.dues_load import ensure_shipped, load_ledger, schedule_name
from desktop.services.dues_model import FigureState, ScheduleInfo, ScheduleState
from desktop.services.dues_schedule_files import LoadedSchedule, load_schedule_file, parse_schedule_text
from desktop.services.errors import NotFound, UserError
from desktop.services.name_keys import NameKeys
from desktop.store.database import Database, unit_of_work
from desktop.store.models import DuesFigure, DuesSchedule
from desktop.wording import say


def _info(row: DuesSchedule) -> ScheduleInfo:
    schedule = parse_schedule_text(row.content, schedule_name(row))
    return ScheduleInfo(row.id, row.name, row.version, row.issuer, row.document_number,
                        row.effective_from, row.sha256, schedule.sample, row.imported_at, schedule)


class DuesSchedules:
    def __init__(self, db: Database, clock: Clock):
        self._db = db
        self._clock = clock

    @staticmethod
    def check_schedule(path: Path) -> Schedule:
        """Read and check a schedule file without storing it (raises naming every problem)."""
        return load_schedule_file(Path(path)).schedule

    def import_schedule(self, path: Path) -> tuple[ScheduleInfo, ChangeNotice]:
        loaded = load_schedule_file(Path(path))  # names the file and key path of every problem
        with unit_of_work(self._db) as s:
            ensure_shipped(s, self._clock.utcnow())
            row = self._store(s, loaded)
            info = _info(row)
        return info, ChangeNotice.of(Changed.DUES, ids=(info.id,))

    def _store(self, s: Session, loaded: LoadedSchedule) -> DuesSchedule:
        """Importing the same bytes twice is harmless: the stored row is returned."""
        row = s.scalars(select(DuesSchedule).where(DuesSchedule.sha256 == loaded.sha256)).first()
        if row is None:
            sch = loaded.schedule
            row = DuesSchedule(name=sch.name, version=sch.version, issuer=sch.issuer,
                               document_number=sch.document_number, effective_from=sch.effective_from,
                               sha256=loaded.sha256, content=loaded.text, imported_at=self._clock.utcnow())
            s.add(row)
            s.flush()
        return row

    def schedule_state(self, month: Month | str | None = None) -> ScheduleState:
        """Every stored schedule, the one in force for `month` (default: this month) and its
        figures, with how many members' dues need each one."""
        month = check.month_arg(month) if month is not None else Month.of(self._clock.today())
        with unit_of_work(self._db) as s:
            if not self._db.read_only:  # a file opened for viewing shows what it holds
                ensure_shipped(s, self._clock.utcnow())
            rows = s.scalars(select(DuesSchedule).order_by(DuesSchedule.effective_from, DuesSchedule.id)).all()
            infos = tuple(_info(r) for r in rows)
            ledger = load_ledger(s, month, month, NameKeys())
        version = ledger.schedule_for(month)
        if version is None:
            return ScheduleState(month, infos, None, ())
        schedule = version.schedule
        values = ledger.values_for(version.id, month)
        needed: dict[str, int] = {}
        for member in ledger.members:
            due, basis = ledger.due(member, month)
            category = schedule.category(basis.category) if basis else None
            if category is not None and ledger.owing(member, month).in_branch:
                for key in schedule.figure_keys_for(category):
                    needed[key] = needed.get(key, 0) + 1
        figures = []
        for fig in schedule.figures():
            entered = tuple((f.start, f.value) for f in ledger.figures
                            if f.schedule_id == version.id and f.key == fig.key)
            current = fig.value if fig.value is not None else values.get(fig.key)
            figures.append(FigureState(version.id, fig.key, fig.title, fig.unit, fig.value, entered,
                                       current, needed.get(fig.key, 0), fig.source))
        in_force = next(i for i in infos if i.id == version.id)
        return ScheduleState(month, infos, in_force, tuple(figures))

    def set_figure(self, key: str, value: str | int, start: Month | str | None = None,
                   schedule_id: int | None = None, note: str = "") -> ChangeNotice:
        """Enter a figure the schedule leaves to be set, from `start` on (default: the schedule's
        first month when none was entered yet, else this month)."""
        today = Month.of(self._clock.today())
        with unit_of_work(self._db) as s:
            ensure_shipped(s, self._clock.utcnow())
            ledger = load_ledger(s, today, today, NameKeys(), member_ids=set())
            if schedule_id is None:
                version = ledger.schedule_for(check.month_arg(start) if start is not None else today)
            else:
                version = next((v for v in ledger.schedules if v.id == schedule_id), None)
            if version is None:
                raise NotFound(say("dues.no_schedule_id", schedule_id=schedule_id or "—"), field="schedule")
            schedule = version.schedule
            figure = schedule.figure(key)
            if figure is None:
                known = ", ".join(f.key for f in schedule.figures() if f.to_be_set)
                raise UserError(say("dues.unknown_figure", figure=key, known=known), field="key")
            if not figure.to_be_set:
                raise UserError(say("dues.figure_given", figure=key, value=figure.value), field="key")
            entered = [f for f in ledger.figures if f.schedule_id == version.id and f.key == key]
            if start is None:
                first = schedule.first_month if not entered else max(today, schedule.first_month)
            else:
                first = check.month_arg(start, "from")
            if first < schedule.first_month:
                raise UserError(say("dues.figure_before_schedule", month=first.label(),
                                    first=schedule.first_month.label()), field="from")
            check.year_open(s, first.year)
            number = _figure_value(value, figure.unit, key)
            row = s.scalars(select(DuesFigure).where(
                DuesFigure.schedule_id == version.id, DuesFigure.key == key,
                DuesFigure.start_month == first.first_day)).first()
            if row is None:
                row = DuesFigure(schedule_id=version.id, key=key, start_month=first.first_day)
                s.add(row)
            row.value = str(number)
            row.note = check.reason_arg(note)
            row.entered_at = self._clock.utcnow()
        return ChangeNotice.of(Changed.DUES)


def _figure_value(value: str | int, unit: str, key: str) -> Decimal:
    if unit == "%":
        try:
            number = Decimal(str(value).strip().rstrip("%").replace(",", "."))
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite() or not 0 <= number <= 100:
            raise UserError(say("dues.figure_percent", figure=key, value=value), field="value")
        return number.normalize() if number != number.to_integral_value() else number.quantize(Decimal(1))
    return Decimal(check.amount_arg(value, say("dues.figure_named", figure=key), "value"))
