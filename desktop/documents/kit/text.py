"""Text helpers for documents: NFC, escaping for ReportLab markup, Vietnamese dates and numbers."""

from __future__ import annotations

import unicodedata
from datetime import date, time
from xml.sax.saxutils import escape

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
DOTS = "…" * 8  # a short blank to fill in by hand


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


def esc(text: str | None) -> str:
    """Plain text → ReportLab paragraph markup: NFC, XML-escaped, newlines kept as line breaks."""
    return escape(nfc(text)).replace("\n", "<br/>")


def b(text: str) -> str:
    return f"<b>{esc(text)}</b>"


def i(text: str) -> str:
    return f"<i>{esc(text)}</i>"


def upper(text: str) -> str:
    return nfc(text).upper()


def lower_first(text: str) -> str:
    """"Đi công tác" → "đi công tác" (a reason inside a sentence); "UBND" stays as it is."""
    text = nfc(text).strip()
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def date_words(day: date) -> str:
    """"ngày 05 tháng 11 năm 2026": day and month always two digits (HD 36)."""
    return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def blank_date_words(year: int | None = None) -> str:
    # Plain dots are narrower than "…": the line stays on one line in the letterhead.
    return f"ngày ....... tháng ....... năm {year if year else '.........'}"


def place_and_date(place: str, day: date | None, year: int | None = None) -> str:
    place = nfc(place).strip() or DOTS
    return f"{place}, {date_words(day) if day else blank_date_words(year)}"


def short_date(day: date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def time_words(at: time | None) -> str:
    """"19 giờ 30 phút"; a blank to fill in when the time was not recorded."""
    return f"{at.hour} giờ {at.minute:02d} phút" if at else f"{DOTS[:4]} giờ {DOTS[:4]} phút"


def percent(rate: float | None, digits: int = 1) -> str:
    """0.913 → "91,3%" (Vietnamese decimal comma); None → "—"."""
    if rate is None:
        return "—"
    text = f"{rate * 100:.{digits}f}".replace(".", ",")
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return f"{text}%"


def number(value: float, digits: int = 1) -> str:
    """92.0 → "92", 87.5 → "87,5"."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


class Markup(str):
    """Text that is already ReportLab markup (built with esc/b/i): the kit does not escape it."""


def as_markup(text: str | Markup) -> str:
    return str(text) if isinstance(text, Markup) else esc(text)
