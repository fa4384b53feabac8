"""Translated words of the dues book (statuses, ways of paying, the reasons a month is not owed).

Functions, not module constants, so the text follows the language installed at call time.
Amounts are written «1.250.000 đ» in every language (desktop.domain.money).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.dues import Freed, Line, Status, Timing, Via

translate = QCoreApplication.translate  # lupdate finds literal translate("Context", "...") calls


def status_title(status: Status) -> str:
    return {
        Status.PAID: translate("DuesTexts", "Paid in full"),
        Status.OVERPAID: translate("DuesTexts", "Paid more"),
        Status.SHORT: translate("DuesTexts", "Paid short"),
        Status.UNPAID: translate("DuesTexts", "Unpaid"),
        Status.PENDING: translate("DuesTexts", "Not yet paid"),
        Status.EXCUSED: translate("DuesTexts", "Unpaid, reason accepted"),
        Status.NOT_DUE: translate("DuesTexts", "Not owed"),
        Status.VOLUNTARY: translate("DuesTexts", "Voluntary"),
        Status.UNKNOWN: translate("DuesTexts", "Amount unknown"),
        Status.NO_BASIS: translate("DuesTexts", "No basis yet"),
    }[status]


def via_title(via: Via | None) -> str:
    if via is None:
        return ""
    return {Via.CASH: translate("DuesTexts", "Cash"), Via.PORTAL: translate("DuesTexts", "Portal")}[via]


def freed_title(freed: Freed) -> str:
    return {
        Freed.EXEMPT: translate("DuesTexts", "exempt from activities"),
        Freed.ATTACHED: translate("DuesTexts", "attending elsewhere"),
        Freed.DECEASED: translate("DuesTexts", "deceased this month"),
        Freed.NO_SCHEDULE: translate("DuesTexts", "no schedule for this month"),
    }[freed]


def line_note(line: Line) -> str:
    """The note column: why not owed, how paid late or early, the receipt and the reason."""
    parts = []
    if line.owing.freed is not None:
        parts.append(freed_title(line.owing.freed))
    if line.owed and line.due.problem == "figure":
        parts.append(translate("DuesTexts", "superior's figure “%1” not entered").replace("%1", line.due.missing))
    if line.timing is Timing.LATE:
        parts.append(translate("DuesTexts", "paid late"))
    elif line.timing is Timing.ADVANCE:
        parts.append(translate("DuesTexts", "paid in advance"))
    entry = line.entry
    if entry is not None and entry.reference:
        parts.append(translate("DuesTexts", "receipt %1").replace("%1", entry.reference))
    if entry is not None and entry.reason:
        parts.append(entry.reason)
    return "; ".join(parts)
