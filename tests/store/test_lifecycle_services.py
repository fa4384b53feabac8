"""A member's life in the branch on a real data file: the recognition vote and the superior's
decision, the admission pipeline to a probationary member, transfers and the situation that
follows, badges, and the due list with a source plugged in from outside. Refusals name the
member and the field and write nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.clock import Clock
from desktop.domain.due import DueItem, RecordRef
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.situation import Standing, situation_on
from desktop.domain.transfers import TransferDirection, TransferKind
from desktop.services.badges import BadgeService
from desktop.services.candidates import CandidateDraft, CandidateService
from desktop.services.due import DueService
from desktop.services.due_sources import discover
from desktop.services.errors import UserError
from desktop.services.evaluation_load import load_admissions
from desktop.services.member_facts import load_member_facts
from desktop.services.members import MemberDraft, MembersService
from desktop.services.overview import OverviewService
from desktop.services.probation import ProbationService
from desktop.services.transfers import TransferDraft, TransferService
from desktop.store.database import unit_of_work
from desktop.store.models import Candidate, Member, Recognition, Transfer
from desktop.wording import say

TODAY = date(2026, 11, 20)
CLOCK = Clock.fixed(TODAY)


def _standing(db, member_id: int, on: date) -> Standing:
    with unit_of_work(db) as s:
        facts = {f.member_id: f for f in load_member_facts(s)}
    return situation_on(facts[member_id], on).standing


def _count(db, model) -> int:
    with unit_of_work(db) as s:
        return s.scalar(select(func.count()).select_from(model))


def test_recognition_vote_too_early_is_refused_then_decision_makes_official(db, meetings_branch):
    ids = list(meetings_branch.values())
    yen = ids[28]  # probationary, admitted 01/10/2025
    service = ProbationService(db, clock=CLOCK)
    with pytest.raises(UserError) as refused:
        service.record_vote(yen, date(2026, 9, 20), 20, 0)
    assert refused.value.field == "voted_on"
    assert "01/10/2026" in refused.value.message and list(meetings_branch)[28] in refused.value.message
    assert _count(db, Recognition) == 0

    before = OverviewService(db).overview(date(2026, 10, 25)).members.official
    result, notice = service.record_vote(yen, date(2026, 10, 10), 19, 2)
    assert result.passed and result.vote_base == 28 and result.needed == 19 and not result.warnings
    assert result.official_on is None and _standing(db, yen, date(2026, 10, 25)) is Standing.PROBATIONARY
    result, _ = service.record_decision(yen, date(2026, 10, 20), "215-QĐ/ĐU")
    assert result.official_on == date(2026, 10, 1)  # the end of the 12 months (QĐ 29/24)
    assert _standing(db, yen, date(2026, 9, 30)) is Standing.PROBATIONARY
    assert _standing(db, yen, date(2026, 10, 1)) is Standing.OFFICIAL
    assert OverviewService(db).overview(date(2026, 10, 25)).members.official == before + 1
    status = service.status(yen)
    assert status.official_on == date(2026, 10, 1) and not status.overdue
    assert status.recognitions[0].decision_number == "215-QĐ/ĐU"
    with pytest.raises(UserError) as twice:
        service.record_decision(yen, date(2026, 10, 21))
    assert twice.value.field == "decided_on"


def test_a_late_vote_is_recorded_with_a_warning_and_a_failed_vote_decides_nothing(db, meetings_branch):
    other = list(meetings_branch.values())[29]
    service = ProbationService(db, clock=CLOCK)
    failed, _ = service.record_vote(other, date(2026, 10, 5), 18, 3)
    assert not failed.passed and failed.needed == 19
    with pytest.raises(UserError) as refused:
        service.record_decision(other, date(2026, 10, 15))
    assert "hai phần ba" in refused.value.message and refused.value.field == "decided_on"
    late, _ = service.record_vote(other, date(2026, 11, 18), 25, 0)
    assert late.passed and len(late.warnings) == 1 and "30 ngày làm việc" in late.warnings[0]
    assert service.status(other).overdue  # past 12 months, still no decision


def test_a_member_not_recognised_is_proposed_for_removal_then_removed(db, meetings_branch):
    """DOMAIN.md §12: a probationary member the branch does not recognise is proposed for
    removal from the list; the superior's decision ends the membership that day."""
    name, other = list(meetings_branch.items())[29]
    service, due = ProbationService(db, clock=CLOCK), DueService(db, clock=CLOCK)
    with pytest.raises(UserError) as no_vote:
        service.record_removal(other, date(2026, 11, 1))
    assert no_vote.value.field == "voted_on" and name in no_vote.value.message
    service.record_vote(other, date(2026, 10, 5), 18, 3)  # 18 of 28: fails (19 needed)
    status = service.status(other)
    assert status.removal_proposed and status.standing is Standing.PROBATIONARY
    line = next(i for i in due.due().items if i.member_id == other)
    assert line.subject == say("lifecycle.due_probation_removal", name=name, voted="05/10/2026")
    for day, field in ((date(2026, 10, 4), "decided_on"), (date(2026, 11, 21), "decided_on")):
        with pytest.raises(UserError) as refused:
            service.record_removal(other, day, "301-QĐ/ĐU")
        assert refused.value.field == field and name in refused.value.message
    assert _standing(db, other, TODAY) is Standing.PROBATIONARY  # nothing written

    notice = service.record_removal(other, date(2026, 11, 2), " 301-QĐ/ĐU ")
    assert notice.ids == {other}
    assert _standing(db, other, date(2026, 11, 1)) is Standing.PROBATIONARY
    assert _standing(db, other, date(2026, 11, 2)) is Standing.LEFT
    status = service.status(other)
    assert not status.removal_proposed and not status.overdue and status.removed_on == date(2026, 11, 2)
    with unit_of_work(db) as s:
        facts = {f.member_id: f for f in load_member_facts(s)}
    assert situation_on(facts[other], TODAY).left_by is K.REMOVED
    assert not any(i.member_id == other for i in due.due().items)
    with pytest.raises(UserError) as twice:
        service.record_removal(other, date(2026, 11, 3))
    assert twice.value.field == "member_id" and "02/11/2026" in twice.value.message
    # Nor a vote dated back into the probation, nor a decision on it.
    with pytest.raises(UserError) as back:
        service.record_vote(other, date(2026, 10, 20), 25, 0)
    assert back.value.field == "member_id" and "xóa tên" in back.value.message
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).select_from(Recognition)
                        .where(Recognition.member_id == other)) == 1
    # A vote that passed is no ground for removal.
    passed = list(meetings_branch.values())[28]
    service.record_vote(passed, date(2026, 10, 10), 19, 2)
    with pytest.raises(UserError) as refused:
        service.record_removal(passed, date(2026, 11, 1))
    assert refused.value.field == "voted_on"


def test_admission_pipeline_refuses_a_ceremony_before_the_certificate_and_admits(db, meetings_branch):
    ids = list(meetings_branch.values())
    service = CandidateService(db, clock=CLOCK)
    row, _ = service.create(CandidateDraft("  Phạm   Thu Hà ", date(2002, 7, 2),
                                           source_org="Chi đoàn Tổ dân phố số 7",
                                           proposed_on=date(2026, 3, 1)))
    assert row.draft.full_name == "Phạm Thu Hà" and row.stage.value == "proposed"
    draft = CandidateDraft("Phạm Thu Hà", date(2002, 7, 2), source_org="Chi đoàn Tổ dân phố số 7",
                           proposed_on=date(2026, 3, 1), certificate_on=date(2026, 5, 10),
                           introducers=(ids[0], ids[1]), voted_on=date(2026, 6, 4), votes_for=25,
                           votes_against=0, decided_on=date(2026, 6, 20), decision_number="98-QĐ/ĐU")
    row, _ = service.update(row.id, draft)
    assert row.stage.value == "decided" and row.vote_base == 28 and row.vote_passed
    members_before = _count(db, Member)
    bad = CandidateDraft(**{**draft.__dict__, "certificate_on": date(2026, 7, 1),
                            "admitted_on": date(2026, 6, 25)})
    with pytest.raises(UserError) as refused:
        service.update(row.id, bad)
    assert "Phạm Thu Hà" in refused.value.message and "01/07/2026" in refused.value.message
    assert _count(db, Member) == members_before
    assert service.get(row.id).draft.certificate_on == date(2026, 5, 10)  # nothing written
    admitted, notice = service.update(row.id, CandidateDraft(**{**draft.__dict__,
                                                                "admitted_on": date(2026, 7, 1)}))
    assert admitted.stage.value == "admitted" and admitted.member_id is not None
    assert _standing(db, admitted.member_id, date(2026, 7, 1)) is Standing.PROBATIONARY
    assert _standing(db, admitted.member_id, date(2026, 6, 30)) is Standing.NOT_YET
    with unit_of_work(db) as s:
        admissions = load_admissions(s, 2026)
    assert [(a.member_id, a.admitted_on) for a in admissions] == [(admitted.member_id, date(2026, 7, 1))]


def test_introducers_must_be_official_members(db, meetings_branch):
    ids = list(meetings_branch.values())
    with pytest.raises(UserError) as refused:
        CandidateService(db, clock=CLOCK).create(CandidateDraft("Lê Minh Khôi", certificate_on=date(2026, 5, 1),
                                                          introducers=(ids[0], ids[29])))
    assert refused.value.field == "introducers" and "Lê Minh Khôi" in refused.value.message
    assert _count(db, Candidate) == 0


def test_transfers_move_the_situation_and_refuse_a_date_before_the_letter(db, meetings_branch):
    ids = list(meetings_branch.values())
    service = TransferService(db, clock=CLOCK)
    out, _ = service.record(ids[9], TransferDraft(TransferDirection.OUT, TransferKind.OFFICIAL,
                                                  date(2026, 9, 1), "Đảng bộ xã Thanh Trì", "17-GGT/ĐU"))
    assert out.letter_on == date(2026, 9, 1) and out.open
    assert _standing(db, ids[9], date(2026, 8, 31)) is Standing.OFFICIAL
    assert _standing(db, ids[9], date(2026, 9, 2)) is Standing.LEFT
    transfers_before = _count(db, Transfer)
    with pytest.raises(UserError) as refused:
        service.record(ids[9], TransferDraft(TransferDirection.IN, TransferKind.OFFICIAL, date(2026, 10, 1),
                                             "Đảng bộ xã Thanh Trì", "31-GGT", letter_on=date(2026, 10, 5)))
    assert refused.value.field == "moved_on" and list(meetings_branch)[9] in refused.value.message
    assert _count(db, Transfer) == transfers_before
    service.confirm_receipt(out.id, date(2026, 9, 15))
    assert not service.get(out.id).open
    away, _ = service.record(ids[11], TransferDraft(TransferDirection.OUT, TransferKind.TEMPORARY,
                                                    date(2026, 6, 1), "Chi bộ Công ty Sông Đà", "05-GGT",
                                                    expected_return=date(2026, 12, 1)))
    with unit_of_work(db) as s:
        facts = {f.member_id: f for f in load_member_facts(s)}
    assert situation_on(facts[ids[11]], date(2026, 7, 1)).attached_elsewhere
    assert not situation_on(facts[ids[11]], date(2026, 7, 1)).expected_at_meetings
    service.record(ids[11], TransferDraft(TransferDirection.IN, TransferKind.TEMPORARY, date(2026, 11, 2),
                                          "Chi bộ Công ty Sông Đà", "05-GGT"))
    with unit_of_work(db) as s:
        facts = {f.member_id: f for f in load_member_facts(s)}
    assert situation_on(facts[ids[11]], date(2026, 11, 2)).expected_at_meetings
    assert service.get(away.id).returned_on == date(2026, 11, 2)


def test_badges_list_warns_about_a_member_without_admission_date(db, meetings_branch):
    members = MembersService(db, clock=CLOCK)
    veteran, _ = members.create(MemberDraft("Trần Văn Bảy", date(1970, 2, 1), admitted_on=date(1996, 5, 19),
                                            official_on=date(1997, 5, 19)))
    unknown, _ = members.create(MemberDraft("Ngô Thị Tám", date(1980, 8, 8)))
    listing = BadgeService(db, clock=CLOCK).badges(2026)
    mine = [line for line in listing.lines if line.member_id == veteran.member_id]
    assert [(line.years, line.ceremony_on) for line in mine] == [(30, date(2026, 5, 19))]
    assert "Ngô Thị Tám" in str(listing.warning())
    with pytest.raises(UserError) as refused:
        BadgeService(db, clock=CLOCK).add_break(unknown.member_id, date(2001, 1, 1), date(2002, 1, 1))
    assert refused.value.field == "admitted_on" and "Ngô Thị Tám" in refused.value.message
    BadgeService(db, clock=CLOCK).add_break(veteran.member_id, date(2000, 1, 1), date(2000, 12, 31))
    moved = [line for line in BadgeService(db, clock=CLOCK).badges(2026).lines if line.member_id == veteran.member_id]
    assert moved == []  # 30 years now fall on 19/05/2027: the ceremony of that day, next year


class _Arrears:
    """A source from another feature, as it would plug in."""

    kind = "dues"

    def collect(self, session, today, until):  # noqa: ANN001, ANN201
        yield DueItem(self.kind, say("lifecycle.due_return", name="Nguyễn Văn Nợ", day="—"),
                      today, None, RecordRef("members", 1))


def test_due_list_names_probations_exemptions_and_plugged_in_sources(db, meetings_branch):
    found = [s.kind for s in discover()]  # modules in name order: dues.py, lifecycle.py, …
    assert "dues_arrears" in found
    start = found.index("probation")
    assert found[start:start + 5] == ["probation", "badge", "transfer", "candidate", "exemption_review"]
    report = DueService(db, clock=CLOCK).due()
    assert report.until == date(2027, 1, 19)
    kinds = [i.kind for i in report.items]
    assert kinds.count("probation") == 2 and "exemption_review" in kinds
    late = [i for i in report.items if i.kind == "probation"]
    assert all(i.overdue_flag and i.days_left(TODAY) == -50 for i in late)
    assert all(i.opens == RecordRef("members", i.member_id, "lifecycle") for i in late)
    plugged = DueService(db, clock=CLOCK, sources=(*discover(), _Arrears())).due(5)
    assert any(i.kind == "dues" for i in plugged.items)
    with pytest.raises(UserError):
        DueService(db, clock=CLOCK).due(-1)
