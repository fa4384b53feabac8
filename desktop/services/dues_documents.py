"""The dues book's input data, read in the caller's (read-only) session."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop.documents.dues_book import DuesBookData
from desktop.domain.months import Month
from desktop.services.documents_load import branch_of, letterhead, secretary_on
from desktop.services.dues_load import load_ledger
from desktop.services.name_keys import NameKeys


def dues_book_data(s: Session, year: int, month: int | None, printed_on: date) -> DuesBookData:
    """A month's book (month 1–12) or the year's (month None), dated `printed_on`."""
    branch = branch_of(s)
    ledger = load_ledger(s, Month(year, 1), Month(year, 12), NameKeys())
    head = letterhead(branch, printed_on)
    secretary = secretary_on(s, printed_on)
    if month is not None:
        view = ledger.month_view(Month(year, month), printed_on)
        schedule = view.schedule.schedule if view.schedule else None
        return DuesBookData(head, branch.name, secretary, printed_on, month=view, schedule=schedule)
    book = ledger.year_book(year, printed_on)
    version = next((v for v in (ledger.schedule_for(m.month) for m in reversed(book.months)) if v), None)
    return DuesBookData(head, branch.name, secretary, printed_on, year=book,
                        schedule=version.schedule if version else None)
