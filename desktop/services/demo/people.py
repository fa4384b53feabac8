"""The generated roster: members, their dated situation history and the committee's positions.

The last generated year always holds the demo's cast (DOMAIN.md §3): long-standing officials,
probationary members admitted within the last year (the first finishes probation soon after
the last day), old exempt members, one member transferred in mid-year and one transferred out
later in the year. Earlier years add ordinary turnover: admissions (made official a year
later), transfers in and out, deaths, and periods attached to another branch.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.domain.enums import Position, Sex
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.situation import Event, MemberFacts
from desktop.services.demo import texts

ORDINARY, OFFICER, PROBATIONARY, EXEMPT, TRANSFERRED = (
    "ordinary", "officer", "probationary", "exempt", "transferred"
)
PROBATION_DUE_DAYS = 320  # admitted this long before the last day: probation ends ~45 days on
TRANSFER_IN_NOTE = "Chuyển sinh hoạt đến từ Đảng bộ phường Cửa Nam"
TRANSFER_OUT_NOTE = "Chuyển sinh hoạt đảng đến Đảng bộ xã Thanh Trì"


@dataclass
class MemberSpec:
    id: int
    full_name: str
    sex: Sex
    birth_date: date
    admitted_on: date
    official_on: date | None
    role: str
    card_number: str
    phone: str
    events: list[tuple[K, date, str]] = field(default_factory=list)
    notes: str = ""

    def facts(self) -> MemberFacts:
        return MemberFacts(
            self.id,
            self.admitted_on,
            self.official_on,
            tuple(Event(kind, on) for kind, on, _ in sorted(self.events, key=lambda e: e[1])),
        )

    def joined_on(self) -> date:
        joins = [on for kind, on, _ in self.events if kind in (K.ADMITTED, K.TRANSFERRED_IN)]
        return min(joins) if joins else self.admitted_on

    def has_left(self) -> bool:
        return any(kind in (K.TRANSFERRED_OUT, K.DECEASED, K.EXPELLED, K.REMOVED) for kind, _, _ in self.events)


@dataclass(frozen=True)
class TermSpec:
    id: int
    start: date
    end: date

    @property
    def label(self) -> str:
        return f"{self.start.year}–{self.end.year}"


@dataclass
class Roster:
    members: list[MemberSpec]
    officers: list[int]  # secretary, deputy, then committee members (member ids)
    positions: list[tuple[int, Position, date, date | None]]

    @property
    def secretary(self) -> int:
        return self.officers[0]

    @property
    def deputy(self) -> int:
        return self.officers[1]

    @property
    def minute_taker(self) -> int:
        return self.officers[3]

    def by_role(self, role: str) -> list[MemberSpec]:
        return [m for m in self.members if m.role == role]


def terms_covering(first_day: date, last_day: date, first_id: int) -> list[TermSpec]:
    """Five-year committee terms anchored on the 2025 congresses (1 May 2025 – 30 April 2030)."""
    terms = []
    for k in range(-8, 8):
        start, end = date(2025 + 5 * k, 5, 1), date(2030 + 5 * k, 4, 30)
        if end >= first_day and start <= last_day:
            terms.append(TermSpec(first_id + len(terms), start, end))
    return terms


class _People:
    """Names, birth dates and personal numbers, unique within the branch."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used_names: set[str] = set()
        self.used_cards: set[str] = set()

    def name(self, female: bool) -> str:
        r = self.rng
        for _ in range(50):
            middle = r.choice(texts.FEMALE_MIDDLE if female else texts.MALE_MIDDLE)
            given = r.choice(texts.FEMALE_GIVEN if female else texts.MALE_GIVEN)
            extra = f" {r.choice(texts.FEMALE_MIDDLE[3:] if female else texts.MALE_MIDDLE[1:])}" if r.random() < 0.3 else ""
            candidate = f"{r.choice(texts.FAMILY_NAMES)} {middle}{extra} {given}"
            if candidate not in self.used_names:
                break
        self.used_names.add(candidate)
        return candidate

    def card(self) -> str:
        while True:
            card = f"{self.rng.randrange(10**7, 10**8)}"
            if card not in self.used_cards:
                self.used_cards.add(card)
                return card

    def phone(self) -> str:
        return f"0{self.rng.choice('389')}{self.rng.randrange(10**8):08d}"

    def day_between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))


def build_roster(
    rng: random.Random, *, size: int, first_day: date, last_day: date, last_year: int,
    first_id: int, terms: list[TermSpec],
) -> Roster:
    people = _People(rng)
    members: list[MemberSpec] = []

    def add(name: str, female: bool, role: str, born: tuple[int, int], admitted: date,
            official: date | None) -> MemberSpec:
        people.used_names.add(name)
        birth = people.day_between(date(born[0], 1, 1), date(born[1], 12, 31))
        # Admission at 18 or later: push the birth date back when the draw says otherwise.
        if (admitted - birth).days < 18 * 366:
            birth = admitted - timedelta(days=18 * 366 + rng.randint(30, 3000))
        spec = MemberSpec(first_id + len(members), name, Sex.FEMALE if female else Sex.MALE,
                          birth, admitted, official, role, people.card(), people.phone())
        members.append(spec)
        return spec

    def long_standing(before: date) -> tuple[date, date]:
        admitted = people.day_between(date(1975, 1, 1), before - timedelta(days=800))
        return admitted, admitted + timedelta(days=365 + rng.randint(0, 30))

    # Officers: the named secretary, deputy and committee members, plus generated ones.
    committee_size = 5 if size < 100 else 7
    officer_names = list(texts.NAMED_OFFICERS)
    while len(officer_names) < committee_size:
        female = rng.random() < 0.5
        officer_names.append((people.name(female), female))
    for name, female in officer_names:
        add(name, female, OFFICER, (1955, 1975), *long_standing(first_day))

    n_probationary, n_exempt, n_transferred = max(1, size // 10), max(1, size // 15), max(1, size // 30)
    year_start = date(last_year, 1, 1)
    # Probationary: admitted within the last year before the end, so none is official yet.
    for i in range(n_probationary):
        name, female = texts.NAMED_PROBATIONARY if i == 0 else (None, rng.random() < 0.5)
        admitted = people.day_between(max(first_day, last_day - timedelta(days=330)),
                                      last_day - timedelta(days=30))
        if i == 0:  # the named one finishes probation about six weeks after the last day
            admitted = last_day - timedelta(days=PROBATION_DUE_DAYS)
        spec = add(name or people.name(female), female, PROBATIONARY, (1988, 2004), admitted, None)
        spec.events.append((K.ADMITTED, admitted, "Kết nạp đảng viên mới"))
    # Exempt: old members, exempt from a date before or early in the generated period.
    span = (year_start - first_day).days
    for _ in range(n_exempt):
        female = rng.random() < 0.4
        spec = add(people.name(female), female, EXEMPT, (1936, 1946), *long_standing(date(1985, 1, 1)))
        since = first_day + timedelta(days=rng.randint(-1500, max(-30, span // 2)))
        spec.events.append((K.EXEMPT_FROM, since, "Miễn công tác và sinh hoạt đảng do tuổi cao, sức yếu"))
        spec.notes = "Đảng viên cao tuổi, được miễn công tác và sinh hoạt đảng."
    # Transferred in during the last year, halfway through the period it covers.
    arrival = year_start + (last_day - year_start) / 2
    for _ in range(n_transferred):
        female = rng.random() < 0.5
        spec = add(people.name(female), female, TRANSFERRED, (1975, 1992), *long_standing(first_day))
        spec.events.append((K.TRANSFERRED_IN, arrival, TRANSFER_IN_NOTE))

    for _ in range(size - len(members)):
        female = rng.random() < 0.45
        add(people.name(female), female, ORDINARY, (1945, 1990), *long_standing(first_day))

    for year in range(first_day.year, last_year):
        _turnover(rng, people, members, add, year, size, last_day)
    # One member transfers out two thirds into the last year (after the turnover, so that the
    # earlier years' draws stay as they were).
    leaver = next((m for m in reversed(members) if m.role == ORDINARY and not m.events), None)
    if leaver is not None:
        leaver.events.append((K.TRANSFERRED_OUT, year_start + (last_day - year_start) * 2 / 3,
                              TRANSFER_OUT_NOTE))

    officers = [m.id for m in members if m.role == OFFICER]
    positions = []
    for term in terms:
        end = term.end if term.end < last_day else None
        for index, member_id in enumerate(officers):
            position = Position.SECRETARY if index == 0 else Position.DEPUTY if index == 1 else Position.COMMITTEE
            positions.append((member_id, position, term.start, end))
    return Roster(members, officers, positions)


def _turnover(rng, people, members, add, year: int, size: int, last_day: date) -> None:  # noqa: ANN001
    """One earlier year's changes: about 3% leave, as many are admitted, 1% attached elsewhere."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    candidates = [m for m in members
                  if m.role == ORDINARY and not m.has_left() and m.joined_on() < start
                  and not any(k is K.ATTACHED_FROM and on.year >= year - 1 for k, on, _ in m.events)]
    rng.shuffle(candidates)
    n_leave = int(size * 0.03 + rng.random())
    n_attached = int(size * 0.01 + rng.random() * 0.6)
    for member in candidates[:n_leave]:
        when = people.day_between(start, end)
        if member.birth_date.year < 1950 and rng.random() < 0.5:
            member.events.append((K.DECEASED, when, "Từ trần"))
        else:
            member.events.append((K.TRANSFERRED_OUT, when, "Chuyển sinh hoạt đảng đi nơi cư trú mới"))
    for member in candidates[n_leave:n_leave + n_attached]:
        since = people.day_between(start, end - timedelta(days=120))
        until = since + timedelta(days=rng.randint(60, 180))
        member.events.append((K.ATTACHED_FROM, since, "Sinh hoạt tạm thời tại chi bộ nơi công tác"))
        member.events.append((K.ATTACHED_TO, until, ""))
    # Admissions early enough that nobody beyond the cast is still probationary at the end.
    latest = min(end, last_day - timedelta(days=400))
    for _ in range(int(size * 0.03 + rng.random()) if latest > start else 0):
        female = rng.random() < 0.5
        admitted = people.day_between(start, latest)
        official = admitted + timedelta(days=365 + rng.randint(0, 20))
        spec = add(people.name(female), female, ORDINARY, (1980, 2002), admitted, official)
        spec.events.append((K.ADMITTED, admitted, "Kết nạp đảng viên mới"))
        spec.events.append((K.MADE_OFFICIAL, official, "Công nhận đảng viên chính thức"))
    if rng.random() < size * 0.01:
        female = rng.random() < 0.5
        spec = add(people.name(female), female, ORDINARY, (1960, 1990), *_old_admission(rng, people))
        spec.events.append((K.TRANSFERRED_IN, people.day_between(start, end), "Chuyển sinh hoạt đến"))


def _old_admission(rng: random.Random, people: _People) -> tuple[date, date]:
    admitted = people.day_between(date(1985, 1, 1), date(2005, 12, 31))
    return admitted, admitted + timedelta(days=365 + rng.randint(0, 30))
