"""The year's dues summary that joins the signed package (records.json, key "dues").

Amounts and counts only: no names, no categories, no declared bases (a base is a salary or a
pension), no receipts. What is and is not sent is also stated in
resources/schemas/package/records.schema.json.
"""

from __future__ import annotations

from typing import Any

from desktop.domain.dues_ledger import ScheduleVersion, YearArrears, YearBook


def dues_summary(book: YearBook, arrears: YearArrears,
                 schedules: tuple[tuple[ScheduleVersion, str], ...]) -> dict[str, Any]:
    """`schedules`: each schedule the year's months were computed under, with its SHA-256."""
    months = [m for m in book.months if m.totals.owing or m.totals.collected or m.totals.remitted]
    return {
        "schedules": [{"name": v.schedule.name, "version": v.schedule.version, "sha256": sha}
                      for v, sha in schedules],
        "months": [
            {
                "month": str(m.month),
                "members_owing": m.totals.owing,
                "members_paid": m.totals.paid,
                "members_unpaid": m.totals.unpaid,
                "members_excused": m.totals.excused,
                "members_short": m.totals.short,
                "members_over": m.totals.over,
                "due": m.totals.due,
                "collected": m.totals.collected,
                "cash": m.totals.cash,
                "portal": m.totals.portal,
                "shortfall": m.totals.shortfall,
                "surplus": m.totals.surplus,
                "remitted": m.totals.remitted,
                "balance": m.balance,
            }
            for m in months
        ],
        "totals": {
            "due": sum(m.totals.due for m in months),
            "collected": sum(m.totals.collected for m in months),
            "remitted": sum(m.totals.remitted for m in months),
            "shortfall": sum(m.totals.shortfall for m in months),
            "surplus": sum(m.totals.surplus for m in months),
        },
        "opening_balance": book.opening_balance,
        "closing_balance": book.months[-1].balance,
        "removal_threshold": arrears.threshold,
        "members_at_removal_threshold": len(arrears.flagged),
    }
