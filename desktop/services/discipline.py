"""The discipline register: khiển trách, cảnh cáo, cách chức, khai trừ.

A member disciplined in a year can never be rated above KHTNV that year, so a decision is
refused while that member still holds a better rating for the year: the user first corrects the
rating (the message names each step), then records the decision. Criterion 3.3 and its veto
read this register.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.clock import Clock
from desktop.domain.enums import DisciplineForm, Rating
from desktop.domain.rating import STEP_ORDER
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import NotFound, UserError
from desktop.services.reviews_checks import STEP_TITLES, clean_text, member_or_fail
from desktop.services.reviews_load import load_disciplines
from desktop.services.reviews_model import DisciplineEntry, vi_date
from desktop.wording import joined, say
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Discipline, RatingStep


@dataclass(frozen=True)
class DisciplineDraft:
    member_id: int
    form: DisciplineForm
    decision_number: str
    decided_on: date
    issuing_body: str
    reason: str = ""
    breaks_prohibitions: bool = False


class DisciplineService:
    def __init__(self, db: Database, *, clock: Clock):
        self._db = db
        self._clock = clock  # a decision is never dated in the future

    def decisions(self, year: int | None = None, member_id: int | None = None) -> tuple[DisciplineEntry, ...]:
        with unit_of_work(self._db) as s:
            return load_disciplines(s, year, member_id)

    def add(self, draft: DisciplineDraft) -> tuple[int, ChangeNotice]:
        with unit_of_work(self._db) as s:
            row = Discipline()
            self._fill(s, row, draft)
            s.add(row)
            s.flush()
            new_id = row.id
        return new_id, ChangeNotice.of(Changed.REVIEWS, Changed.EVALUATION, ids=(draft.member_id,))

    def update(self, discipline_id: int, draft: DisciplineDraft) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            row = self._get(s, discipline_id)
            old_member = row.member_id
            self._fill(s, row, draft)
        return ChangeNotice.of(
            Changed.REVIEWS, Changed.EVALUATION, ids=(old_member, draft.member_id)
        )

    def remove(self, discipline_id: int) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            row = self._get(s, discipline_id)
            member_id = row.member_id
            s.delete(row)
        return ChangeNotice.of(Changed.REVIEWS, Changed.EVALUATION, ids=(member_id,))

    @staticmethod
    def _get(s, discipline_id: int) -> Discipline:
        row = s.get(Discipline, discipline_id)
        if row is None:
            raise NotFound(say("reviews.no_discipline", discipline_id=discipline_id), field="id")
        return row

    def _fill(self, s, row: Discipline, draft: DisciplineDraft) -> None:
        member = member_or_fail(s, draft.member_id)
        number, body = clean_text(draft.decision_number), clean_text(draft.issuing_body)
        if not number:
            raise UserError(say("reviews.discipline_no_number"), field="decision_number")
        if not body:
            raise UserError(say("reviews.discipline_no_body"), field="issuing_body")
        if not isinstance(draft.form, DisciplineForm):
            raise UserError(say("reviews.discipline_bad_form", form=draft.form), field="form")
        if draft.decided_on > self._clock.today():
            raise UserError(say("reviews.discipline_in_future", date=vi_date(draft.decided_on)),
                            field="decided_on")
        year = draft.decided_on.year
        better = list(
            s.scalars(
                select(RatingStep).where(
                    RatingStep.member_id == member.id,
                    RatingStep.year == year,
                    RatingStep.rating != Rating.KHTNV,
                )
            )
        )
        if better:
            better.sort(key=lambda st: STEP_ORDER.index(st.step))
            listed = joined((say("reviews.step_rating", step=STEP_TITLES[st.step], rating=st.rating.value)
                             for st in better), "; ")
            raise UserError(
                say("reviews.rated_above_khtnv", name=member.full_name, year=year, ratings=listed,
                    number=number),
                field="member_id",
            )
        row.member_id, row.form, row.decision_number = member.id, draft.form, number
        row.decided_on, row.issuing_body = draft.decided_on, body
        row.reason, row.breaks_prohibitions = clean_text(draft.reason), bool(draft.breaks_prohibitions)
