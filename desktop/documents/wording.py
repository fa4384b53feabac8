"""Vietnamese wording shared by the meeting documents (titles, subject lines, standings)."""

from __future__ import annotations

from datetime import date

from desktop.documents.kit.text import ROMAN, nfc
from desktop.domain.agenda import KIND_TITLES, is_branch_sitting
from desktop.domain.enums import MeetingKind


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def meeting_subject(kind: MeetingKind, held_on: date) -> str:
    """"Sinh hoạt chi bộ thường kỳ tháng 11 năm 2026", "Sinh hoạt chuyên đề quý IV năm 2026"."""
    if kind is MeetingKind.THEMATIC:
        return f"{KIND_TITLES[kind]} quý {ROMAN[quarter_of(held_on) - 1]} năm {held_on.year}"
    if kind is MeetingKind.EXTRAORDINARY:
        return f"{KIND_TITLES[kind]} ngày {held_on.day:02d}/{held_on.month:02d}/{held_on.year}"
    return f"{KIND_TITLES[kind]} tháng {held_on.month:02d} năm {held_on.year}"


def meeting_phrase(kind: MeetingKind, held_on: date) -> str:
    """The subject in running text: first letter lower-cased ("tiến hành sinh hoạt …")."""
    subject = meeting_subject(kind, held_on)
    return subject[:1].lower() + subject[1:]


def topic_line(topic: str) -> str:
    topic = nfc(topic).strip()
    return f"Chuyên đề: “{topic}”" if topic else ""


def attendee_noun(kind: MeetingKind) -> str:
    """Committee meetings count committee members, every other sitting party members."""
    return "đảng viên" if is_branch_sitting(kind) else "chi ủy viên"


def standing_label(is_official: bool) -> str:
    return "Chính thức" if is_official else "Dự bị"


def position_title(position: str | None) -> str:
    """A Position value as printed after a name: "Bí thư chi bộ"; "" for a plain member."""
    return {
        "secretary": "Bí thư chi bộ",
        "deputy": "Phó Bí thư chi bộ",
        "committee": "Chi ủy viên",
    }.get(position or "", "")
