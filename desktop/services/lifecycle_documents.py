"""The membership documents: transfer letter with its receipt slip, badge proposal list, and a
member's one-page personal record. Each is one read-only transaction, then the PDF is built
outside it (serialised: ReportLab's font objects are shared)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import Clock
from desktop.documents.badge_list import badge_list_pdf
from desktop.documents.fonts import FontFamily, ensure_registered
from desktop.documents.kit import PageSetup
from desktop.documents.lifecycle_data import (
    BadgeListData,
    BadgeRow,
    CardLine,
    MemberCardData,
    TransferLetterData,
)
from desktop.documents.member_card import member_card_pdf
from desktop.documents.transfer_letter import transfer_letter_pdf
from desktop.domain.enums import DisciplineForm
from desktop.domain.lifecycle_dates import dmy
from desktop.domain.members import EVENT_LABELS, POSITION_LABELS, situation_label
from desktop.domain.party_age import milestones, next_milestone, party_age
from desktop.domain.rating import final_rating
from desktop.domain.situation import situation_on
from desktop.domain.transfers import TransferDirection, TransferKind
from desktop.services import documents_load as load
from desktop.services.badges import BadgeService
from desktop.services.errors import NotFound
from desktop.services.lifecycle_load import breaks_by_member, facts_of, load_member, membership_rules_for
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Discipline, RatingStep, Transfer
from desktop.wording import say

DISCIPLINE_VI = {DisciplineForm.REPRIMAND: "Khiển trách", DisciplineForm.WARNING: "Cảnh cáo",
                 DisciplineForm.DISMISSAL: "Cách chức", DisciplineForm.EXPULSION: "Khai trừ"}


class LifecycleDocumentService:
    def __init__(self, db: Database, *, clock: Clock):
        self._db = db
        self._clock = clock
        self._rules = membership_rules_for(db)
        self._badges = BadgeService(db, clock=self._clock)
        self._family: FontFamily | None = None
        self._lock = threading.Lock()

    def _build(self, make: Callable[[FontFamily], bytes]) -> bytes:
        with self._lock:
            self._family = ensure_registered(self._family)
            return make(self._family)

    def transfer_letter_pdf(self, transfer_id: int, setup: PageSetup | None = None) -> bytes:
        with unit_of_work(self._db) as s:
            t = s.get(Transfer, transfer_id)
            if t is None:
                raise NotFound(say("lifecycle.no_transfer", transfer_id=transfer_id), field="transfer_id")
            member = load_member(s, t.member_id)
            day = t.letter_on or t.moved_on
            branch = load.branch_of(s)
            sit = situation_on(facts_of(member), t.moved_on - _one_day(t))
            data = TransferLetterData(
                load.letterhead(branch, day, f"Số {t.letter_number}" if t.letter_number else ""),
                branch.name, t.direction is TransferDirection.OUT, t.kind is not TransferKind.OFFICIAL,
                member.full_name, member.birth_date, member.admitted_on, member.official_on,
                "chính thức" if sit.is_official else "dự bị", member.card_number or "",
                t.organisation or "", t.letter_number or "", t.letter_on, t.moved_on, t.expected_return,
                t.reason or "", load.secretary_on(s, day))
        return self._build(lambda f: transfer_letter_pdf(data, setup or PageSetup(), f))

    def badge_list_pdf(self, year: int, setup: PageSetup | None = None) -> bytes:
        listing = self._badges.badges(year)
        printed_on = min(self._clock.today(), date(year, 12, 31))
        with unit_of_work(self._db) as s:
            branch = load.branch_of(s)
            rows = tuple(BadgeRow(line.full_name, line.birth_date, line.admitted_on, line.years,
                                  line.ceremony_on, line.party_age.words() if line.party_age else "")
                         for line in listing.lines)
            data = BadgeListData(load.letterhead(branch, printed_on), branch.name, year, rows,
                                 load.secretary_on(s, printed_on), listing.rules.source)
        return self._build(lambda f: badge_list_pdf(data, setup or PageSetup(), f))

    def member_card_pdf(self, member_id: int, setup: PageSetup | None = None) -> bytes:
        today = self._clock.today()
        rules = self._rules(today.year).badges
        with unit_of_work(self._db) as s:
            data = _card_data(s, member_id, today, rules)
        return self._build(lambda f: member_card_pdf(data, setup or PageSetup(), f))


def _one_day(t: Transfer) -> timedelta:  # the standing printed is the one before leaving
    return timedelta(days=1 if t.direction is TransferDirection.OUT else 0)


def _card_data(s: Session, member_id: int, today: date, rules) -> MemberCardData:  # noqa: ANN001
    member = load_member(s, member_id)
    branch = load.branch_of(s)
    breaks = breaks_by_member(s).get(member_id, [])
    sit = situation_on(facts_of(member), today)
    age = party_age(member.admitted_on, breaks, today) if member.admitted_on else None
    nxt = next_milestone(member.admitted_on, breaks, rules, today) if member.admitted_on else None
    positions = tuple(CardLine(dmy(p.start_date), POSITION_LABELS[p.position].render("vi").capitalize()
                               + (f" (đến {dmy(p.end_date)})" if p.end_date else " (đến nay)"))
                      for p in sorted(member.positions, key=lambda p: p.start_date))
    situations = tuple(CardLine(dmy(e.on), EVENT_LABELS[e.kind].render("vi").capitalize()
                                + (f" — {e.note}" if e.note else ""))
                       for e in sorted(member.events, key=lambda e: (e.on, e.id)))
    steps: dict[int, dict] = {}
    for year, step, rating in s.execute(select(RatingStep.year, RatingStep.step, RatingStep.rating)
                                        .where(RatingStep.member_id == member_id)):
        steps.setdefault(year, {})[step] = rating
    ratings = tuple(CardLine(str(year), r.value) for year in sorted(steps)
                    if (r := final_rating(steps[year])) is not None)
    discipline = tuple(CardLine(dmy(d.decided_on), f"{DISCIPLINE_VI[d.form]} — quyết định số "
                                f"{d.decision_number} của {d.issuing_body}")
                       for d in s.scalars(select(Discipline).where(Discipline.member_id == member_id)
                                          .order_by(Discipline.decided_on)))
    badges = ()
    if member.admitted_on:
        badges = tuple(CardLine(dmy(m.ceremony_on), f"{m.years} năm")
                       for m in milestones(member.admitted_on, breaks, rules) if m.ceremony_on <= today)
    sex = {"male": "Nam", "female": "Nữ"}.get(member.sex.value if member.sex else "", "")
    label = situation_label(sit.standing, sit.exempt, sit.attached_elsewhere, sit.suspended,
                            sit.special_duty, sit.left_by)
    return MemberCardData(
        load.letterhead(branch, today), branch.name, today, member.full_name, member.birth_date, sex,
        member.card_number or "", member.admitted_on, member.official_on, label,
        age.words() if age else "",
        f"{nxt.years} năm (dịp {dmy(nxt.ceremony_on)})" if nxt else "",
        positions, situations, ratings, discipline, badges, load.secretary_on(s, today))
