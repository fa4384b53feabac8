"""Checks on review input, with Vietnamese messages naming the member, the field and the value."""

from __future__ import annotations

import unicodedata
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import Rating, ReviewStep
from desktop.domain.numbers import number
from desktop.domain.rating import best_allowed, is_worse
from desktop.domain.review_scope import (
    REASON_TEXT_VI,
    ScopeDecision,
    ScopeRules,
    decide,
)
from desktop.domain.situation import Event, MemberFacts
from desktop.services.errors import NotFound, UserError
from desktop.services.reviews_load import load_disciplines
from desktop.services.year_lock import require_year_open
from desktop.store.models import Member, SituationEvent

STEP_TITLES_VI: dict[ReviewStep, str] = {
    ReviewStep.SELF: "tự xếp loại",
    ReviewStep.BRANCH: "chi bộ biểu quyết",
    ReviewStep.COMMITTEE: "chi ủy đề xuất",
    ReviewStep.SUPERIOR: "cấp ủy cấp trên quyết định",
}


def clean_text(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "").strip()


def member_or_fail(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound(f"Không tìm thấy đảng viên có mã {member_id}.", field="member_id")
    return member


def member_scope(session: Session, member: Member, year: int) -> ScopeDecision | None:
    events = tuple(
        Event(kind, on)
        for kind, on in session.execute(
            select(SituationEvent.kind, SituationEvent.on).where(
                SituationEvent.member_id == member.id
            )
        )
    )
    facts = MemberFacts(member.id, member.admitted_on, member.official_on, events)
    return decide(facts, year, ScopeRules())


def require_in_year(session: Session, member: Member, year: int) -> ScopeDecision:
    decision = member_scope(session, member, year)
    if decision is None:
        raise UserError(
            f"{member.full_name} không sinh hoạt ở chi bộ trong năm {year}.", field="member_id"
        )
    return decision


def require_reviewed(session: Session, member: Member, year: int) -> None:
    decision = require_in_year(session, member, year)
    if not decision.reviewed:
        raise UserError(
            f"{member.full_name} không thuộc diện xếp loại năm {year}: "
            f"{REASON_TEXT_VI[decision.reason]}",
            field="member_id",
        )


def require_unlocked(session: Session, year: int) -> None:
    require_year_open(session, year, "kiểm điểm, xếp loại")


def require_allowed(session: Session, member: Member, year: int, step: ReviewStep,
                    rating: Rating) -> None:
    """A member disciplined in the year can never be rated above KHTNV, at any step."""
    decisions = load_disciplines(session, year, member.id)
    if decisions and is_worse(best_allowed(True), rating):
        d = decisions[0]
        raise UserError(
            f"{member.full_name} bị kỷ luật {d.describe_vi()}: năm {year} chỉ được xếp loại "
            f"KHTNV (không hoàn thành nhiệm vụ), không thể {STEP_TITLES_VI[step]} {rating.value}.",
            field="rating",
        )


def check_score(value: float | None, label: str, field: str) -> float | None:
    if value is None:
        return None
    if not 0 <= value <= 100:
        raise UserError(f"{label} phải từ 0 đến 100 (đã nhập {number(value)}).", field=field)
    return float(value)


def check_votes(step: ReviewStep, votes: dict[str, int | None]) -> None:
    labels = {"votes_for": "Số tán thành", "votes_against": "Số không tán thành",
              "abstentions": "Số không biểu quyết"}
    for key, value in votes.items():
        if value is None:
            continue
        if step is ReviewStep.SELF:
            raise UserError("Bước tự xếp loại không có biểu quyết.", field=key)
        if value < 0:
            raise UserError(f"{labels[key]} không được âm (đã nhập {value}).", field=key)


def check_step_date(day: date | None, year: int, field: str = "decided_on") -> None:
    """Ratings are decided from the year itself to the end of the next (superiors decide late)."""
    if day is None:
        return
    if not date(year, 1, 1) <= day <= date(year + 1, 12, 31):
        raise UserError(
            f"Ngày {day.strftime('%d/%m/%Y')} không hợp lệ cho kiểm điểm năm {year} "
            f"(từ 01/01/{year} đến 31/12/{year + 1}).",
            field=field,
        )
