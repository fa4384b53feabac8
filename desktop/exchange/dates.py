"""The one strict reading of a package's dates, shared by the schema check ("format": "date",
"date-time") and the code that uses the dates, so that what the schema lets through can always
be read, and nothing else is.

A date is YYYY-MM-DD; a date-time is YYYY-MM-DDTHH:MM:SS with an optional fraction and a zone
("Z" or ±HH:MM), as `datetime.isoformat()` writes it. ASCII digits only, the whole text and
nothing after it (fullmatch: a final newline is not "the end"), and a real calendar day.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):(\d{2}))", re.ASCII)


def parse_date(text: object) -> date:
    """ValueError unless `text` is exactly a real YYYY-MM-DD day."""
    # The shape first (ten ASCII characters, dashes in place, digits around them: what the
    # pattern says), then the C reader; records.json holds a date per meeting.
    if not (isinstance(text, str) and len(text) == 10 and text.isascii() and text[4] == text[7] == "-"
            and (text[:4] + text[5:7] + text[8:]).isdigit()):
        raise ValueError(f"not a YYYY-MM-DD date: {text!r}")
    return date.fromisoformat(text)


def parse_datetime(text: object) -> datetime:
    """ValueError unless `text` is exactly an RFC 3339 date-time with its zone."""
    match = _DATE_TIME.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"not an RFC 3339 date-time: {text!r}")
    year, month, day, hour, minute, second, fraction, utc, sign, zone_h, zone_m = match.groups()
    if utc:
        zone = timezone.utc
    else:
        hours, minutes = int(zone_h), int(zone_m)
        if hours > 23 or minutes > 59:
            raise ValueError(f"no such zone offset: {text!r}")
        offset = timedelta(hours=hours, minutes=minutes)
        zone = timezone(-offset if sign == "-" else offset)
    micro = int((fraction or "0").ljust(6, "0")[:6])
    return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro, zone)


def is_date(text: object) -> bool:
    """The schema's "date" format (a value that is not a string is not this check's business)."""
    if not isinstance(text, str):
        return True
    try:
        parse_date(text)
    except ValueError:
        return False
    return True


def is_datetime(text: object) -> bool:
    """The schema's "date-time" format (as is_date)."""
    if not isinstance(text, str):
        return True
    try:
        parse_datetime(text)
    except (ValueError, OverflowError):
        return False
    return True
