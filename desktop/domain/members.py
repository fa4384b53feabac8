"""Rules for a member's record (DOMAIN.md §3): profile dates in order, a consistent history.

Pure: takes plain values, returns a list of `Problem` (field + a `Text` from the wording
catalogue). The services turn the first problem into a UserError, and the importer reports every
one with its row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.enums import Position
from desktop.domain.enums import SituationEventKind as K
from desktop.wording import DEFAULT_LANGUAGE, Text, say

MIN_OFFICIAL_MEMBERS = 3  # Điều lệ Đảng art. 24: a branch has at least 3 official members
NAME_MAX = 120
CARD_MAX = 40
PHONE_RE = re.compile(r"\+?[0-9][0-9 .\-]{5,18}[0-9]")  # used with fullmatch
# Dates that cannot be a member's (issue 14): nobody alive was born more than MAX_AGE years ago;
# the Charter asks 18 years of age at admission, but members admitted in wartime were younger,
# so the hard limit is 16; nobody joined before the Party was founded (3/2/1930).
MAX_AGE = 120
MIN_ADMISSION_AGE = 16
PARTY_FOUNDED = date(1930, 2, 3)
# A cell beginning with one of these is run as a formula by spreadsheet programs (OWASP "CSV
# injection"): a name begins with a letter and a card number with a letter or digit anyway; a
# note imported from a spreadsheet is refused too (see services/member_import.py).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Line breaks and tabs are allowed in notes only; every other control or invisible format
# character (NUL, bidi overrides, zero-width) is refused wherever it is typed or imported.
_NOTE_WHITESPACE = {"\n", "\t"}
_HIDDEN = {"Cc", "Cf", "Cs", "Co"}

# What each event and position is called (PDFs and exported lists render them in Vietnamese).
EVENT_LABELS: dict[K, Text] = {kind: say(f"member_rules.event_{kind.value}") for kind in K}
POSITION_LABELS: dict[Position, Text] = {p: say(f"member_rules.position_{p.value}") for p in Position}

_PERIODS = {
    K.EXEMPT_FROM: K.EXEMPT_TO,
    K.ATTACHED_FROM: K.ATTACHED_TO,
    K.SUSPENDED_FROM: K.SUSPENDED_TO,
    K.SPECIAL_DUTY_FROM: K.SPECIAL_DUTY_TO,
}
_PERIOD_OF_END = {end: start for start, end in _PERIODS.items()}
_JOIN = {K.ADMITTED, K.TRANSFERRED_IN}
_LEAVE = {K.TRANSFERRED_OUT, K.DECEASED, K.EXPELLED, K.REMOVED}
# Same-day order: a period ends before another starts, joins come first, leaving comes last.
_SAME_DAY_RANK = {kind: 2 for kind in K} | {
    K.ADMITTED: 0, K.TRANSFERRED_IN: 0, K.MADE_OFFICIAL: 1,
    K.EXEMPT_TO: 1, K.ATTACHED_TO: 1, K.SUSPENDED_TO: 1, K.SPECIAL_DUTY_TO: 1,
    K.TRANSFERRED_OUT: 3, K.EXPELLED: 3, K.REMOVED: 3, K.DECEASED: 4,
}


@dataclass(frozen=True)
class Problem:
    field: str
    text: Text

    @property
    def message(self) -> str:
        """In Vietnamese, for callers that show no other language."""
        return self.text.render(DEFAULT_LANGUAGE)

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.text.render(lang)


@dataclass(frozen=True)
class HistoryEvent:
    kind: K
    on: date


@dataclass(frozen=True)
class PositionPeriod:
    position: Position
    start: date
    end: date | None


def clean_text(value: str | None) -> str:
    """NFC, trimmed, inner whitespace collapsed (names typed or pasted from spreadsheets)."""
    if value is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def dmy(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def event_order(kind: K, on: date) -> tuple[date, int]:
    return (on, _SAME_DAY_RANK[kind])


def check_profile(
    full_name: str,
    birth_date: date | None,
    admitted_on: date | None,
    official_on: date | None,
    card_number: str,
    phone: str,
    today: date,
    notes: str = "",
) -> list[Problem]:
    problems: list[Problem] = []
    name = clean_text(full_name)
    hidden = {field: hidden_character(value, allowed)
              for field, value, allowed in (("full_name", name, set()),
                                            ("card_number", clean_text(card_number), set()),
                                            ("phone", clean_text(phone), set()),
                                            ("notes", notes or "", _NOTE_WHITESPACE))}
    for field, found in hidden.items():
        if found is not None:
            problems.append(Problem(field, say("member_rules.hidden_character", field=_LABELS[field],
                                               code=f"U+{ord(found[1]):04X}", position=found[0] + 1)))
    if not name:
        problems.append(Problem("full_name", say("member_rules.name_empty")))
    elif len(name) > NAME_MAX:
        problems.append(Problem("full_name", say("member_rules.name_too_long", limit=NAME_MAX)))
    elif hidden["full_name"] is None and not name[0].isalpha():  # "=HYPERLINK(…)", "@SUM(…)"
        problems.append(Problem("full_name", say("member_rules.name_start", name=name)))
    elif any(ch.isdigit() for ch in name):
        problems.append(Problem("full_name", say("member_rules.name_digits", name=name)))
    for field, value in (("birth_date", birth_date), ("admitted_on", admitted_on),
                         ("official_on", official_on)):
        if value is not None and value > today:
            problems.append(Problem(field, say("member_rules.date_in_future", field=_LABELS[field],
                                               date=dmy(value))))
    earliest_birth = date(today.year - MAX_AGE, 1, 1)
    if birth_date and birth_date < earliest_birth:
        problems.append(Problem("birth_date", say("member_rules.birth_too_early", date=dmy(birth_date),
                                                  age=MAX_AGE)))
    if admitted_on and admitted_on < PARTY_FOUNDED:
        problems.append(Problem("admitted_on", say("member_rules.admitted_before_party",
                                                   date=dmy(admitted_on), founded=dmy(PARTY_FOUNDED))))
    elif birth_date and admitted_on and admitted_on <= birth_date:
        problems.append(Problem("admitted_on", say("member_rules.admitted_before_birth",
                                                   date=dmy(admitted_on), birth=dmy(birth_date))))
    elif birth_date and admitted_on and admitted_on < years_after(birth_date, MIN_ADMISSION_AGE):
        problems.append(Problem("admitted_on", say("member_rules.admitted_too_young", date=dmy(admitted_on),
                                                   birth=dmy(birth_date), age=MIN_ADMISSION_AGE)))
    if official_on and admitted_on is None:
        problems.append(Problem("admitted_on", say("member_rules.official_without_admission")))
    if official_on and admitted_on and official_on < admitted_on:
        problems.append(Problem("official_on", say("member_rules.official_before_admission",
                                                   date=dmy(official_on), admitted=dmy(admitted_on))))
    card = clean_text(card_number)
    if len(card) > CARD_MAX:
        problems.append(Problem("card_number", say("member_rules.card_too_long", limit=CARD_MAX)))
    if card.startswith(FORMULA_STARTS) and hidden["card_number"] is None:
        problems.append(formula_problem("card_number", card))
    phone = clean_text(phone)
    if phone and hidden["phone"] is None and not PHONE_RE.fullmatch(phone):
        problems.append(Problem("phone", say("member_rules.phone_invalid", phone=phone)))
    return problems


def formula_problem(field: str, value: str) -> Problem:
    """`value` begins with a character spreadsheet programs take as the start of a formula."""
    first = {"\t": "tab", "\r": "CR"}.get(value[0], value[0])
    return Problem(field, say("member_rules.formula_start", field=_LABELS[field], first=first))


_LABELS = {field: say(f"member_rules.field_{field}")
           for field in ("full_name", "birth_date", "admitted_on", "official_on", "card_number",
                         "phone", "notes")}


def hidden_character(text: str, allowed: set[str] = frozenset()) -> tuple[int, str] | None:
    """(position, character) of the first control or invisible format character, or None."""
    for i, ch in enumerate(text):
        if ch not in allowed and unicodedata.category(ch) in _HIDDEN:
            return i, ch
    return None


def years_after(day: date, years: int) -> date:
    """The same day `years` later (29 February becomes 1 March in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def check_history(
    events: Iterable[HistoryEvent],
    birth_date: date | None,
    admitted_on: date | None,
    today: date,
) -> list[Problem]:
    """A history must read as a story: periods opened before closed, nothing after death…"""
    problems: list[Problem] = []
    ordered = sorted(events, key=lambda e: event_order(e.kind, e.on))
    has_join = any(e.kind in _JOIN for e in ordered)
    in_branch = not has_join  # recorded without a join event: a member since admission
    official_seen = False
    open_periods: set[K] = set()
    left_by: HistoryEvent | None = None
    for e in ordered:
        label = say("member_rules.event_on", event=EVENT_LABELS[e.kind], date=dmy(e.on))
        if e.on > today:
            problems.append(Problem("events", say("member_rules.event_in_future", event=label)))
        if birth_date and e.on <= birth_date:
            problems.append(Problem("events", say("member_rules.event_before_birth", event=label)))
        if admitted_on and e.on < admitted_on:
            problems.append(Problem("events", say("member_rules.event_before_admission", event=label,
                                                  admitted=dmy(admitted_on))))
        if left_by is not None and left_by.kind is K.DECEASED:
            problems.append(Problem("events", say("member_rules.event_after_death", event=label,
                                                  died=dmy(left_by.on))))
            continue
        if e.kind in _JOIN:
            if in_branch:
                problems.append(Problem("events", say("member_rules.event_already_in_branch", event=label)))
            in_branch, left_by = True, None
            continue
        if not in_branch:
            problems.append(Problem("events", say("member_rules.event_after_leaving", event=label,
                                                  left=EVENT_LABELS[left_by.kind]) if left_by else
                                    say("member_rules.event_before_joining", event=label)))
            continue
        if e.kind is K.MADE_OFFICIAL:
            if official_seen:
                problems.append(Problem("events", say("member_rules.event_twice", event=label)))
            official_seen = True
        elif e.kind in _PERIODS:
            if e.kind in open_periods:
                problems.append(Problem("events", say("member_rules.event_period_open", event=label)))
            open_periods.add(e.kind)
        elif e.kind in _PERIOD_OF_END:
            start = _PERIOD_OF_END[e.kind]
            if start not in open_periods:
                problems.append(Problem("events", say("member_rules.event_without_start", event=label,
                                                      start=EVENT_LABELS[start])))
            open_periods.discard(start)
        elif e.kind in _LEAVE:
            in_branch, left_by = False, e
            open_periods.clear()  # leaving ends every period
    return problems


def check_positions(periods: Sequence[PositionPeriod], today: date) -> list[Problem]:
    problems: list[Problem] = []
    for p in periods:
        if p.end is not None and p.end < p.start:
            problems.append(Problem("positions", say(
                "member_rules.position_ends_before_start", position=POSITION_LABELS[p.position],
                end=dmy(p.end), start=dmy(p.start))))
        if p.start > today:
            problems.append(Problem("positions", say(
                "member_rules.position_in_future", position=POSITION_LABELS[p.position])))
    for i, a in enumerate(periods):
        for b in periods[i + 1:]:
            if a.position is b.position and overlaps(a, b):
                problems.append(Problem("positions", say(
                    "member_rules.position_overlap", position=POSITION_LABELS[a.position],
                    first=dmy(a.start), second=dmy(b.start))))
    return problems


def overlaps(a: PositionPeriod, b: PositionPeriod) -> bool:
    far = date.max
    return a.start <= (b.end or far) and b.start <= (a.end or far)


def too_few_officials_warning(official_count: int) -> Text | None:
    if official_count < MIN_OFFICIAL_MEMBERS:
        return say("member_rules.too_few_officials", count=official_count, least=MIN_OFFICIAL_MEMBERS)
    return None


_STANDING_WORDS = {standing: say(f"member_rules.standing_{standing}")
                   for standing in ("official", "probationary", "not_yet", "left")}


def situation_label(standing: str, exempt: bool = False, attached: bool = False,
                    suspended: bool = False, special_duty: bool = False,
                    left_by: K | None = None, lang: str = DEFAULT_LANGUAGE) -> str:
    """A situation in words, for CLI tables, PDFs and exported lists (Vietnamese by default)."""
    if left_by is not None:
        return say("member_rules.standing_left_by", event=EVENT_LABELS[left_by]).render(lang)
    base = _STANDING_WORDS[str(standing)].render(lang)
    extra = [say(f"member_rules.also_{name}").render(lang)
             for flag, name in ((exempt, "exempt"), (attached, "attached"),
                                (suspended, "suspended"), (special_duty, "special_duty")) if flag]
    return say("member_rules.standing_with", standing=base, extra=", ".join(extra)).render(lang) \
        if extra else base
