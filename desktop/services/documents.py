"""Printable documents: read the record, map it to the documents' input data, build the PDF.

Each method is one read-only transaction followed by a PDF build outside it (the build needs no
database). Builds are serialised per service because ReportLab's font objects are shared.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

from sqlalchemy import select

from desktop.clock import Clock
from desktop.documents.attendance_sheet import attendance_sheet_pdf
from desktop.documents.data import MemberFormData
from desktop.documents.dues_book import dues_book_pdf
from desktop.documents.fonts import FontFamily, ensure_registered
from desktop.documents.forms import commitment_pdf, self_review_pdf
from desktop.documents.kit import PageSetup
from desktop.documents.minutes import minutes_pdf
from desktop.documents.register import register_pdf
from desktop.documents.resolution import resolution_pdf
from desktop.domain.enums import ReviewStep
from desktop.domain.months import Month
from desktop.services import documents_load as load
from desktop.services.dues_documents import dues_book_data
from desktop.services.errors import UserError
from desktop.services.evaluation_load import meeting_rules_for
from desktop.services.meeting_records import MeetingRules, RulesForYear
from desktop.services.resolution_load import resolution_data
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Commitment, RatingStep, SelfReview
from desktop.wording import say


def _check_year(year: int) -> None:
    if not 1990 <= year <= 2100:
        raise UserError(say("branch.bad_year", year=year, first=1990, last=2100), field="year")


class DocumentService:
    def __init__(self, db: Database, rules_for_year: RulesForYear | None = None, *,
                 clock: Clock):
        self._db = db
        # Default: the year's rulebook. Called outside the document's own transaction: it reads
        # in a transaction of its own, and transactions begin IMMEDIATE (a nested one would wait).
        self._rules = rules_for_year or meeting_rules_for(db)
        self._clock = clock  # a document printed today is dated today
        self._family: FontFamily | None = None
        self._lock = threading.Lock()

    def _build(self, make: Callable[[FontFamily], bytes]) -> bytes:
        with self._lock:
            # The system's fonts are looked up once per service, on the first document.
            self._family = ensure_registered(self._family)
            return make(self._family)

    def _meeting_rules(self, meeting_id: int) -> MeetingRules:
        with unit_of_work(self._db) as s:
            year = load.meeting_of(s, meeting_id).held_on.year
        return self._rules(year)

    def minutes_pdf(self, meeting_id: int, setup: PageSetup | None = None) -> bytes:
        rules = self._meeting_rules(meeting_id)
        with unit_of_work(self._db) as s:
            data = load.minutes_data(s, meeting_id, rules)
        return self._build(lambda f: minutes_pdf(data, setup or PageSetup(), f))

    def resolution_pdf(self, meeting_id: int, setup: PageSetup | None = None) -> bytes:
        """The monthly resolution (NGHỊ QUYẾT) of a regular meeting."""
        rules = self._meeting_rules(meeting_id)
        with unit_of_work(self._db) as s:
            data = resolution_data(s, meeting_id, rules)
        return self._build(lambda f: resolution_pdf(data, setup or PageSetup(), f))

    def attendance_sheet_pdf(self, meeting_id: int, setup: PageSetup | None = None) -> bytes:
        rules = self._meeting_rules(meeting_id)
        with unit_of_work(self._db) as s:
            data = load.attendance_sheet_data(s, meeting_id, rules)
        return self._build(lambda f: attendance_sheet_pdf(data, setup or PageSetup(), f))

    def register_pdf(self, year: int, setup: PageSetup | None = None) -> bytes:
        """The year's meeting register, dated the last day of the year (or today, if earlier),
        so that printing it twice on different days of a past year gives the same bytes."""
        _check_year(year)
        printed_on = min(self._clock.today(), date(year, 12, 31))
        rules = self._rules(year)
        with unit_of_work(self._db) as s:
            data = load.register_data(s, year, rules, printed_on)
        return self._build(lambda f: register_pdf(data, setup or PageSetup(), f))

    def dues_book_pdf(self, year: int, month: int | None = None,
                      setup: PageSetup | None = None) -> bytes:
        """The dues book of a month (1–12) or of the year, dated the period's last day (or
        today, if earlier), like the register."""
        _check_year(year)
        printed_on = min(self._clock.today(), Month(year, month or 12).last_day)
        with unit_of_work(self._db) as s:
            data = dues_book_data(s, year, month, printed_on)
        return self._build(lambda f: dues_book_pdf(data, setup or PageSetup(), f))

    def commitment_form_pdf(self, member_id: int | None, year: int,
                            setup: PageSetup | None = None) -> bytes:
        data = self._form_data(member_id, year, Commitment)
        return self._build(lambda f: commitment_pdf(data, setup or PageSetup(), f))

    def self_review_form_pdf(self, member_id: int | None, year: int,
                             setup: PageSetup | None = None) -> bytes:
        data = self._form_data(member_id, year, SelfReview)
        return self._build(lambda f: self_review_pdf(data, setup or PageSetup(), f))

    def _form_data(self, member_id: int | None, year: int,
                   model: type[Commitment] | type[SelfReview]) -> MemberFormData:
        _check_year(year)
        with unit_of_work(self._db) as s:
            branch = load.branch_of(s)
            head = load.letterhead(branch, None, year=year)
            if member_id is None:
                return MemberFormData(head, branch.name, year, None)
            member = load.member_details(s, member_id, date(year, 12, 31))
            row = s.scalars(select(model).where(model.member_id == member_id,
                                                model.year == year)).first()
            sections = tuple(sorted((str(k), str(v)) for k, v in (row.sections or {}).items()
                                    if str(v).strip())) if row else ()
            rating = ""
            if model is SelfReview:
                rating = s.scalars(select(RatingStep.rating).where(
                    RatingStep.member_id == member_id, RatingStep.year == year,
                    RatingStep.step == ReviewStep.SELF)).first() or ""
            return MemberFormData(head, branch.name, year, member, sections, str(rating))
