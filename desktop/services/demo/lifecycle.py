"""Demo step: a member's life in the branch (issue 18 item 8).

- the transfer in and the transfer out of the cast get their introduction letters (the one out
  still waits for the receipt slip, so it stays on the due list);
- a long-standing member reaches 30 years of party age in the last year, just before the next
  ceremony date, so the badge proposal is due soon;
- each probationary member has a mentor's review; the first one's probation ends about six
  weeks after the last day (see people.py);
- two candidates: one waiting for the branch's vote, one just proposed and attending the class.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.enums import Position, Sex
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.lifecycle_dates import add_years
from desktop.domain.transfers import TransferDirection, TransferKind
from desktop.services.demo.generator import GeneratedBranch
from desktop.services.demo.meetings import VIETNAM
from desktop.services.demo.people import TRANSFER_IN_NOTE, TRANSFER_OUT_NOTE
from desktop.services.demo.rows import IdSource, insert_rows
from desktop.services.rulebook_files import default_rulebook_path, load_rulebook_file
from desktop.store.models import (
    Candidate,
    Member,
    MemberPosition,
    MentorReview,
    SituationEvent,
    Transfer,
)

BADGE_YEARS = 30


def add_demo(session: Session, branch: GeneratedBranch) -> None:
    ids = IdSource(session)
    ref = branch.last_day
    _transfers(session, ids)
    _badge_member(session, branch, ref)
    _mentor_reviews(session, ids, branch, ref)
    _candidates(session, ids, branch, ref)


def _transfers(session: Session, ids: IdSource) -> None:
    rows = []
    for member_id, kind, on, note in session.execute(select(
            SituationEvent.member_id, SituationEvent.kind, SituationEvent.on, SituationEvent.note)
            .where(SituationEvent.note.in_((TRANSFER_IN_NOTE, TRANSFER_OUT_NOTE)))):
        if kind is K.TRANSFERRED_IN:
            rows.append(dict(id=ids.take(Transfer), member_id=member_id, direction=TransferDirection.IN,
                             kind=TransferKind.OFFICIAL, organisation="Đảng bộ phường Cửa Nam",
                             letter_number="45-GGT/ĐU", letter_on=on - timedelta(days=6), moved_on=on,
                             expected_return=None, receipt_on=on, returned_on=None,
                             reason="Chuyển nơi cư trú về tổ dân phố"))
        elif kind is K.TRANSFERRED_OUT:
            rows.append(dict(id=ids.take(Transfer), member_id=member_id, direction=TransferDirection.OUT,
                             kind=TransferKind.OFFICIAL, organisation="Đảng bộ xã Thanh Trì",
                             letter_number="17-GGT/ĐU", letter_on=on, moved_on=on,
                             expected_return=None, receipt_on=None, returned_on=None,
                             reason="Chuyển nơi cư trú"))
    insert_rows(session, Transfer, rows)


def _badge_member(session: Session, branch: GeneratedBranch, ref: date) -> None:
    """Move one long-standing member's admission so that 30 years fall in the last year, after
    the ceremony before the next one (the proposal for that ceremony is then due soon)."""
    rules = load_rulebook_file(default_rulebook_path()).rulebook.membership
    assert rules is not None
    badges = rules.badges
    upcoming = badges.ceremony_on_or_after(ref + timedelta(days=1))
    earlier = [c for y in (upcoming.year - 1, upcoming.year) for c in badges.ceremonies_in(y) if c < upcoming]
    reached = max(max(earlier) + timedelta(days=1), date(ref.year, 1, 1))
    admitted = add_years(reached, -BADGE_YEARS)
    with_events = set(session.scalars(select(SituationEvent.member_id)))
    officers = set(session.scalars(select(MemberPosition.member_id)))
    for member_id, born, old in session.execute(
            select(Member.id, Member.birth_date, Member.admitted_on).order_by(Member.id)):
        if (member_id in with_events or member_id in officers or old is None
                or add_years(born, 20) > admitted or old > admitted + timedelta(days=3650)):
            continue
        session.execute(update(Member).where(Member.id == member_id).values(
            admitted_on=admitted, official_on=add_years(admitted, 1) + timedelta(days=12),
            updated_at=Member.updated_at))  # the demo's stamps stay those of the generator
        return


def _mentor_reviews(session: Session, ids: IdSource, branch: GeneratedBranch, ref: date) -> None:
    mentor = branch.secretary_id
    rows = []
    for member_id, admitted in session.execute(
            select(SituationEvent.member_id, SituationEvent.on)
            .where(SituationEvent.kind == K.ADMITTED, SituationEvent.on > ref - timedelta(days=365))):
        written = admitted + timedelta(days=182)
        if written <= ref:
            rows.append(dict(id=ids.take(MentorReview), member_id=member_id, mentor_id=mentor,
                             written_on=written, content=(
                                 "Sau sáu tháng dự bị, đồng chí chấp hành tốt Điều lệ Đảng, dự sinh hoạt "
                                 "đầy đủ, nhiệt tình trong công tác vận động nhân dân ở tổ dân phố; cần "
                                 "mạnh dạn phát biểu hơn trong sinh hoạt chi bộ.")))
    insert_rows(session, MentorReview, rows)


def _candidates(session: Session, ids: IdSource, branch: GeneratedBranch, ref: date) -> None:
    deputy = session.scalar(select(MemberPosition.member_id).where(MemberPosition.position == Position.DEPUTY))
    stamp = datetime.combine(ref - timedelta(days=200), datetime.min.time(), VIETNAM)
    common = dict(vote_base=None, voted_on=None, votes_for=None, votes_against=None, decided_on=None,
                  decision_number="", admitted_on=None, member_id=None, created_at=stamp, updated_at=stamp)
    insert_rows(session, Candidate, [
        dict(common, id=ids.take(Candidate), full_name="Phạm Thu Hà", birth_date=date(ref.year - 24, 7, 2),
             sex=Sex.FEMALE, source_org="Chi đoàn Tổ dân phố số 7", proposed_on=ref - timedelta(days=200),
             certificate_on=ref - timedelta(days=120), introducer1_id=branch.secretary_id,
             introducer2_id=deputy, notes="Bí thư chi đoàn, nhiệt tình với công tác khu dân cư."),
        dict(common, id=ids.take(Candidate), full_name="Lê Minh Khôi", birth_date=date(ref.year - 31, 3, 15),
             sex=Sex.MALE, source_org="Chi hội Cựu chiến binh Tổ dân phố số 7",
             proposed_on=ref - timedelta(days=40), certificate_on=None, introducer1_id=None,
             introducer2_id=None, notes="Đang học lớp bồi dưỡng nhận thức về Đảng."),
    ])
