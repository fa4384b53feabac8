"""The dues lines of the "due soon" list (issue 18 item 5, "dues arrears where that feature
exists"): every member with a month of this year's dues over and unpaid without an accepted
reason. A member at the removal threshold (Điều lệ: three months in a year) is marked overdue:
the branch must consider proposing removal. Nothing is listed while the branch keeps no dues
book in this file, or its lines would name every member."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy.orm import Session

from desktop.domain.due import DueItem, RecordRef
from desktop.domain.money import format_dong
from desktop.domain.months import Month
from desktop.services.dues import in_use
from desktop.services.dues_load import load_ledger
from desktop.services.name_keys import NameKeys
from desktop.wording import say


def _months(months: tuple[Month, ...]) -> str:
    return ", ".join(f"{m.month:02d}/{m.year}" for m in months)


class DuesArrears:
    kind = "dues_arrears"

    def collect(self, session: Session, today: date, until: date) -> Iterable[DueItem]:  # noqa: ARG002 - all overdue
        ledger = load_ledger(session, Month(today.year, 1), Month(today.year, 12), NameKeys())
        if not in_use(ledger):
            return
        arrears = ledger.year_arrears(today.year, today)
        for row in arrears.rows:
            if not row.unpaid:
                continue
            if row.flagged:
                subject = say("dues.due_arrears_removal", name=row.name, count=len(row.unpaid),
                              months=_months(row.unpaid), threshold=arrears.threshold)
            else:
                subject = say("dues.due_arrears", name=row.name, count=len(row.unpaid),
                              months=_months(row.unpaid),
                              amount=format_dong(row.owed_unpaid) if row.owed_unpaid else "—")
            yield DueItem(self.kind, subject, row.unpaid[0].last_day, row.member_id,
                          RecordRef("dues", row.member_id), row.flagged)


SOURCES = (DuesArrears(),)
