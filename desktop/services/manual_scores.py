"""Manual components: a score from the committee, a written justification (required below the
maximum), who entered it and when. Checked against the component in the year's rulebook."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop.clock import Clock
from desktop.domain.numbers import fraction, number
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import UserError
from desktop.services.rulebooks import ensure_year_pinned, resolve_year
from desktop.store.database import Database, unit_of_work
from desktop.store.models import ManualScore
from desktop.wording import say


@dataclass(frozen=True)
class ManualScoreEntry:
    year: int
    code: str
    score: float
    max: float
    justification: str
    entered_by: str
    entered_at: datetime | None


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "").strip()


class ManualScoreService:
    def __init__(self, db: Database, *, clock: Clock):
        self._db = db
        self._clock = clock  # when a score was entered

    def scores(self, year: int) -> tuple[ManualScoreEntry, ...]:
        ensure_year_pinned(self._db, year, self._clock.utcnow())
        with unit_of_work(self._db) as s:
            rb = resolve_year(s, year).rulebook
            out = []
            for row in s.scalars(select(ManualScore).where(ManualScore.year == year).order_by(ManualScore.component_code)):
                comp = rb.component(row.component_code)
                out.append(ManualScoreEntry(year, row.component_code, row.score, comp.max if comp else 0.0,
                                            row.justification, row.entered_by, row.entered_at))
            return tuple(out)

    def set_score(self, year: int, code: str, score: float, justification: str, entered_by: str) -> ChangeNotice:
        justification, entered_by = _nfc(justification), _nfc(entered_by)
        ensure_year_pinned(self._db, year, self._clock.utcnow())
        with unit_of_work(self._db) as s:
            yr = resolve_year(s, year)
            comp = yr.rulebook.component(code)
            where = say("year.component_of_year", code=code, year=year)
            if comp is None:
                raise UserError(say("year.no_component", rulebook=yr.info.name, code=code), field="code")
            if comp.auto is not None:
                raise UserError(say("year.component_automatic", where=where), field="code")
            if yr.locked:
                raise UserError(say("year.scores_locked", year=year), field="year")
            if not math.isfinite(score) or score < 0 or score > comp.max:
                raise UserError(say("year.score_range", where=where, max=number(comp.max), value=number(score)),
                                field="score")
            if score < comp.max and not justification:
                raise UserError(say("year.score_needs_reason", where=where, value=number(score),
                                    max=number(comp.max)), field="justification")
            if not entered_by:
                raise UserError(say("year.score_needs_scorer", where=where), field="entered_by")
            row = s.scalars(select(ManualScore).where(ManualScore.year == year, ManualScore.component_code == code)).first()
            if row is None:
                row = ManualScore(year=year, component_code=code)
                s.add(row)
            row.score, row.justification, row.entered_by, row.entered_at = float(score), justification, entered_by, self._clock.utcnow()
        return ChangeNotice.of(Changed.EVALUATION, ids=(year,))

    def clear(self, year: int, code: str) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            if resolve_year(s, year).locked:
                raise UserError(say("year.scores_locked", year=year), field="year")
            row = s.scalars(select(ManualScore).where(ManualScore.year == year, ManualScore.component_code == code)).first()
            if row is not None:
                s.delete(row)
        return ChangeNotice.of(Changed.EVALUATION, ids=(year,))
