"""A sitting's start and end time: both or neither, the end after the start on the same day.
One rule for the editor, the records import and the figures (a wrapped "past midnight" sitting
would count 23 hours and full marks for a typing slip)."""

from __future__ import annotations

from datetime import date, datetime, time

from desktop.wording import Text, say


def duration_minutes(start: time | None, end: time | None) -> int | None:
    """None without both times, or for an end not after the start (the editor refuses such
    times; an older file's are named by the data check)."""
    if start is None or end is None or end <= start:
        return None
    return (datetime.combine(date.min, end) - datetime.combine(date.min, start)).seconds // 60


def times_problem(start: time | None, end: time | None) -> Text | None:
    """Why a meeting's start and end time cannot stand together, or None."""
    if (start is None) != (end is None):
        return say("meetings.times_both")
    if start is not None and end is not None and end <= start:
        return say("meetings.times_order", start=f"{start:%H:%M}", end=f"{end:%H:%M}")
    return None
