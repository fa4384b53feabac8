"""The open records format: lossless round trip, every problem with its JSON path, nothing
written unless valid, only into an empty file; the committed schema matches the models."""

from __future__ import annotations

import copy
import hashlib
import json
import unicodedata
from datetime import date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import func, select

from desktop.domain.dues import Via
from desktop.domain.enums import (
    AttendanceStatus,
    DisciplineForm,
    DocumentType,
    MeetingKind,
    MeetingStatus,
    Position,
    Rating,
    ReviewStep,
    Sex,
    TaskStatus,
)
from desktop.domain.enums import (
    SituationEventKind as K,
)
from desktop.domain.transfers import TransferDirection, TransferKind
from desktop.paths import resource_path
from desktop.services.errors import UserError
from desktop.services.records import (
    RecordsInvalid,
    RecordsService,
    dumps,
    export_records,
    import_records,
)
from desktop.services.records_spec import (
    EXCLUDED_TABLES,
    SCHEMA_FILE,
    all_sections,
    build_schema,
)
from desktop.services.rulebook_files import default_rulebook_path
from desktop.store import models as m
from desktop.store.database import open_database, unit_of_work
from tests.suite_day import SUITE_CLOCK

UTC = timezone.utc


def fill_every_table(db) -> None:
    """A small branch touching every table of the format (ids deliberately not 1..n)."""
    with unit_of_work(db) as s:
        s.add(m.Branch(name="Chi bộ Tổ dân phố số 5", code="CB-TDP5",
                       superior_committee="Đảng ủy phường Ba Đình", place_name="Phường Ba Đình"))
        term = m.Term(id=3, start_date=date(2025, 10, 1), end_date=date(2030, 9, 30),
                      label="2025–2030")
        s.add(term)
        people = [
            m.Member(id=10, full_name="Nguyễn Văn An", birth_date=date(1958, 3, 12), sex=Sex.MALE,
                     admitted_on=date(1980, 5, 19), official_on=date(1981, 5, 19),
                     card_number="093001", phone="0912345678", notes="Cựu chiến binh\nhai dòng",
                     created_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
                     updated_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)),
            m.Member(id=11, full_name="Lê Thị Bình", birth_date=date(1975, 9, 2), sex=Sex.FEMALE,
                     admitted_on=date(2000, 2, 3), official_on=date(2001, 2, 3)),
            m.Member(id=14, full_name="Trần Văn Cường", admitted_on=date(2025, 5, 19)),
        ]
        s.add_all(people)
        s.flush()
        s.add_all([
            m.SituationEvent(member_id=10, kind=K.EXEMPT_FROM, on=date(2024, 1, 1),
                             note="Tuổi cao"),
            m.SituationEvent(member_id=14, kind=K.ADMITTED, on=date(2025, 5, 19)),
            m.MemberPosition(member_id=11, position=Position.SECRETARY,
                             start_date=date(2025, 10, 1)),
        ])
        number = m.DocumentNumber(id=7, term_id=3, doc_type=DocumentType.MINUTES, seq=1,
                                  issued_on=date(2026, 1, 5), subject="Biên bản tháng 1")
        plan = m.ThematicPlanEntry(id=2, year=2026, quarter=1, topic="Học tập và làm theo Bác",
                                   presenter="Lê Thị Bình", planned_month=2)
        s.add_all([number, plan, m.ThematicTopic(title="Chuyển đổi số ở khu dân cư")])
        sample = default_rulebook_path().read_bytes()  # a stored rulebook is always a valid one
        rulebook = m.Rulebook(id=5, name="Bộ tiêu chí mẫu", version="2026.1", issuer="Đảng ủy",
                              effective_from=date(2026, 1, 1), sha256=hashlib.sha256(sample).hexdigest(),
                              content=sample.decode("utf-8"), signature_checked=True,
                              imported_at=datetime(2026, 1, 1, tzinfo=UTC))
        s.add(rulebook)
        s.flush()
        committee = m.Meeting(id=20, kind=MeetingKind.COMMITTEE, held_on=date(2026, 1, 3),
                              status=MeetingStatus.ADOPTED, chair_id=11,
                              created_at=datetime(2026, 1, 3, tzinfo=UTC))
        old = m.Meeting(id=21, kind=MeetingKind.REGULAR, held_on=date(2026, 1, 5),
                        start_time=time(8, 0), end_time=time(9, 45), place="Nhà văn hóa",
                        chair_id=11, minute_taker_id=14, prepared_by_id=20,
                        document_number_id=7, status=MeetingStatus.ADOPTED, revision=1,
                        created_at=datetime(2026, 1, 5, tzinfo=UTC),
                        adopted_at=datetime(2026, 1, 5, 10, tzinfo=UTC),
                        documents_sent_on=date(2026, 1, 3), documents_posted_on=date(2026, 1, 7))
        new = m.Meeting(id=25, kind=MeetingKind.REGULAR, held_on=date(2026, 1, 5),
                        chair_id=11, revision=2, thematic_plan_id=2,
                        created_at=datetime(2026, 1, 6, tzinfo=UTC), conclusion="Thống nhất")
        s.add_all([committee, old, new])
        s.flush()
        old.superseded_by_id = 25
        item = m.AgendaItem(meeting_id=25, position=1, section="proceedings", title="Báo cáo")
        item.speeches = [m.Speech(position=1, member_id=10, speaker_name="Nguyễn Văn An",
                                  gist="Đồng ý"),
                         m.Speech(position=2, member_id=None, speaker_name="Khách mời",
                                  gist="Góp ý")]
        s.add(item)
        s.add_all([
            m.Attendance(meeting_id=25, member_id=11, status=AttendanceStatus.PRESENT),
            m.Attendance(meeting_id=25, member_id=14, status=AttendanceStatus.EXCUSED,
                         reason="Ốm"),
            m.Attendance(meeting_id=25, member_id=10, status=AttendanceStatus.PRESENT, expected=0),
            m.Vote(meeting_id=25, subject="Nghị quyết tháng 1", votes_for=2),
            m.QualityItem(meeting_id=25, code="leadership", points=9.5, note="Tốt"),
            m.Commitment(member_id=11, year=2026, signed_on=date(2026, 1, 10),
                         sections={"s1": "Trung thành", "s2": "Bản lĩnh"}),
            m.SelfReview(member_id=11, year=2026, sections={"results": "Hoàn thành"},
                         self_score=92.0, tasks_exceeded_pct=35.0),
            m.RatingStep(member_id=11, year=2026, step=ReviewStep.SELF, rating=Rating.HTXSNV,
                         score=92.0),
            m.Discipline(member_id=14, form=DisciplineForm.REPRIMAND, decision_number="01-QĐ/CB",
                         decided_on=date(2026, 3, 1), issuing_body="Chi bộ",
                         breaks_prohibitions=False),
            m.YearSetting(year=2026, rulebook_id=5, admission_target=2),
            m.YearTarget(year=2026, position=1, title="Kết nạp đảng viên", unit="người",
                         planned=2.0, achieved=1.0),
            m.ManualScore(year=2026, component_code="1.1", score=4.5, justification="Thiếu 1 kế hoạch",
                          entered_at=datetime(2026, 12, 1, tzinfo=UTC)),
            m.EvaluationSnapshot(year=2026, rulebook_id=5, result={"total": 88.5},
                                 computed_at=datetime(2026, 12, 2, tzinfo=UTC)),
            m.Candidate(id=4, full_name="Phạm Thu Hà", birth_date=date(2001, 7, 2), sex=Sex.FEMALE,
                        source_org="Chi đoàn Tổ dân phố số 5", proposed_on=date(2025, 3, 1),
                        certificate_on=date(2025, 4, 20), introducer1_id=10, introducer2_id=11,
                        voted_on=date(2025, 5, 5), votes_for=2, votes_against=0, vote_base=2,
                        decided_on=date(2025, 5, 12), decision_number="112-QĐ/ĐU",
                        admitted_on=date(2025, 5, 19), member_id=14, notes="Ưu tú",
                        created_at=datetime(2025, 3, 1, tzinfo=UTC),
                        updated_at=datetime(2025, 5, 19, tzinfo=UTC)),
            m.Recognition(member_id=14, voted_on=date(2026, 1, 5), votes_for=2, votes_against=0,
                          vote_base=2, meeting_id=25, decision_number="", warning=""),
            m.MentorReview(member_id=14, mentor_id=11, written_on=date(2025, 11, 19),
                           content="Tiến bộ, nhiệt tình"),
            m.Transfer(member_id=10, direction=TransferDirection.OUT, kind=TransferKind.AWAY,
                       organisation="Bình Dương", moved_on=date(2026, 2, 1),
                       expected_return=date(2026, 8, 1), reason="Đi làm ăn xa"),
            m.PartyBreak(member_id=10, start_date=date(1990, 1, 1), end_date=date(1992, 6, 30),
                         note="Xóa tên, kết nạp lại"),
        ])
        s.add(m.DuesSchedule(id=4, name="Mức đóng đảng phí", version="2026.1", issuer="Bộ Chính trị",
                             document_number="01-QĐ/TW", effective_from=date(2026, 2, 3),
                             sha256="cd" * 32, content="[schedule]", imported_at=datetime(2026, 2, 4, tzinfo=UTC)))
        s.flush()
        s.add_all([
            m.DuesFigure(schedule_id=4, key="branch_keeps_percent", start_month=date(2026, 2, 1),
                         value="30", note="Hướng dẫn của Đảng ủy phường",
                         entered_at=datetime(2026, 2, 5, tzinfo=UTC)),
            m.DuesMonth(month=date(2026, 3, 1), schedule_id=4),
            m.DuesBasis(member_id=11, start_month=date(2026, 2, 1), category="insured", base=6_234_567,
                        recorded_at=datetime(2026, 2, 5, tzinfo=UTC)),
            m.DuesBasis(member_id=11, start_month=date(2026, 7, 1), category="insured", base=7_000_000,
                        note="Nâng lương", recorded_at=datetime(2026, 7, 2, tzinfo=UTC)),
            m.DuesBasis(member_id=10, start_month=date(2026, 2, 1), category="pensioner", base=None,
                        recorded_at=datetime(2026, 2, 5, tzinfo=UTC)),
            m.DuesEntry(member_id=11, month=date(2026, 3, 1), amount=62_346, via=Via.PORTAL,
                        reference="DVC-0042", paid_on=date(2026, 3, 3),
                        recorded_at=datetime(2026, 3, 3, tzinfo=UTC)),
            m.DuesEntry(member_id=10, month=date(2026, 3, 1), amount=None, via=None, paid_on=None,
                        reason="Nằm viện cả tháng", recorded_at=datetime(2026, 3, 9, tzinfo=UTC)),
            m.DuesRemittance(first_month=date(2026, 2, 1), last_month=date(2026, 3, 1), amount=43_642,
                             remitted_on=date(2026, 4, 15), reference="PT-03",
                             recorded_at=datetime(2026, 4, 15, tzinfo=UTC)),
        ])
        s.add_all([
            m.DocumentNumber(id=8, term_id=3, doc_type=DocumentType.RESOLUTION, seq=1,
                             issued_on=date(2026, 1, 5), subject="Nghị quyết tháng 1"),
            m.MeetingResolution(meeting_id=25, document_number_id=8),
            m.MeetingTask(id=30, meeting_id=21, position=1, text="Vận động hộ gia đình phân loại rác",
                          owner_id=14, due_on=date(2026, 1, 31), target_id=None,
                          status=TaskStatus.CARRIED, review_note="Đang làm dở",
                          reviewed_at_meeting_id=25),
            m.MeetingTask(id=31, meeting_id=25, position=1, text="Vận động hộ gia đình phân loại rác",
                          owner_id=14, due_on=date(2026, 2, 28), carried_from_id=30,
                          target_id=1, status=TaskStatus.OPEN, review_note=""),
        ])


def fresh(tmp_path, name):
    return open_database(tmp_path / name, create=True)


def test_round_trip_is_byte_identical_and_covers_every_table(db, tmp_path):
    fill_every_table(db)
    first = export_records(db)
    for section in all_sections():  # the builder above touched every part of the format
        with unit_of_work(db) as s:
            assert s.execute(select(func.count()).select_from(section.table)).scalar_one() > 0
    assert first["meetings"][1]["superseded_by"] == 25
    assert first["meetings"][2]["agenda"][0]["speeches"][1]["member"] is None
    with fresh(tmp_path, "copy.sqlite") as other:
        import_records(other, json.loads(dumps(first)), today=SUITE_CLOCK.today())
        second = export_records(other)
    assert dumps(second) == dumps(first)


def test_demo_branch_round_trips(tmp_path):
    from desktop.services.demo import build_demo

    with fresh(tmp_path, "demo.sqlite") as demo:
        build_demo(demo, year=2026, today=date(2026, 12, 31))
        first = export_records(demo)
    assert len(first["members"]) >= 10 and len(first["meetings"]) >= 12
    with fresh(tmp_path, "copy.sqlite") as other:
        import_records(other, first, today=date(2026, 12, 31))
        assert dumps(export_records(other)) == dumps(first)


def test_a_record_written_before_the_dues_book_still_imports(db, tmp_path):
    """The dues sections came after the format's first release: a record without them (at the
    top and in each member) imports, with an empty dues book."""
    fill_every_table(db)
    data = export_records(db)
    assert data["dues_schedules"] and data["members"][1]["dues_entries"]  # there was a dues book
    for key in [k for k in data if k.startswith("dues_")]:
        del data[key]
    for member in data["members"]:
        del member["dues_bases"], member["dues_entries"]
    with fresh(tmp_path, "old.sqlite") as target:
        import_records(target, data, today=SUITE_CLOCK.today())
        again = export_records(target)
    assert again["dues_schedules"] == [] and again["members"][1]["dues_bases"] == []
    assert [mem["full_name"] for mem in again["members"]] == [mem["full_name"] for mem in data["members"]]


def test_a_record_written_before_the_tasks_still_imports(db, tmp_path):
    """Tasks and resolution numbers came after the format's first release (schema 0004)."""
    fill_every_table(db)
    data = export_records(db)
    assert data["meeting_tasks"][1]["carried_from"] == 30
    del data["meeting_tasks"], data["meeting_resolutions"]
    with fresh(tmp_path, "old.sqlite") as target:
        import_records(target, data, today=SUITE_CLOCK.today())
        again = export_records(target)
    assert again["meeting_tasks"] == [] and again["meeting_resolutions"] == []
    assert len(again["meetings"]) == len(data["meetings"])


def test_every_problem_reported_with_its_path_and_nothing_written(db, tmp_path):
    fill_every_table(db)
    data = export_records(db)
    bad = copy.deepcopy(data)
    bad["meetings"][2]["attendance"][1]["member"] = 99  # no such member
    bad["meetings"][2]["attendance"][0]["status"] = "late"  # not an attendance status
    bad["members"][0]["birth_date"] = "1958-02-30"  # a date that does not exist
    bad["members"][1]["card_number"] = "093001"  # the card of members[0]
    del bad["terms"][0]["label"]
    with fresh(tmp_path, "target.sqlite") as target:
        with pytest.raises(RecordsInvalid) as err:
            import_records(target, bad, today=SUITE_CLOCK.today())
        paths = {p.path for p in err.value.problems}
        # Schema problems come first: the enum and the missing field.
        assert paths == {"$.meetings[2].attendance[0].status", "$.terms[0]"}
        assert "thiếu trường «label»" in err.value.message
        del bad["meetings"][2]["attendance"][0]["status"]
        bad["meetings"][2]["attendance"][0]["status"] = "present"
        bad["terms"][0]["label"] = "2025–2030"
        with pytest.raises(RecordsInvalid) as err:
            import_records(target, bad, today=SUITE_CLOCK.today())
        problems = {p.path: p.message for p in err.value.problems}
        assert "không có đảng viên nào có id 99" in problems["$.meetings[2].attendance[1].member"]
        assert "1958-02-30" in problems["$.members[0].birth_date"]
        assert "trùng (card_number) với $.members[0]" in problems["$.members[1]"]
        assert len(problems) == 3
        assert export_records(target)["members"] == []  # nothing written


def test_only_into_an_empty_file(db, tmp_path):
    fill_every_table(db)
    data = export_records(db)
    with pytest.raises(UserError, match="đã có dữ liệu"):
        import_records(db, data, today=SUITE_CLOCK.today())


def test_service_files_and_json_errors(db, tmp_path):
    fill_every_table(db)
    out = tmp_path / "hoso.json"
    summary = RecordsService(db, clock=SUITE_CLOCK).export_file(out)
    assert summary.counts["members"] == 3 and summary.counts["branch"] == 1
    text = out.read_text(encoding="utf-8")
    assert "Nguyễn Văn An" in text  # UTF-8, not \\u escapes
    with fresh(tmp_path, "b.sqlite") as other:
        RecordsService(other, clock=SUITE_CLOCK).import_file(out)
        assert dumps(export_records(other)) == text
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ', encoding="utf-8")
    with fresh(tmp_path, "c.sqlite") as other, pytest.raises(UserError, match="dòng 1"):
        RecordsService(other, clock=SUITE_CLOCK).import_file(broken)


def test_committed_schema_matches_the_models_and_every_table_is_decided():
    committed = json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8"))
    assert committed == build_schema(), "run: python -m desktop.services.records_spec"
    covered = {s.table.name for s in all_sections()}
    assert covered.isdisjoint(EXCLUDED_TABLES)
    assert covered | EXCLUDED_TABLES == set(m.Base.metadata.tables)


def test_names_are_read_like_typed_ones_in_nfc(db, tmp_path):
    """A record written elsewhere (e.g. on a Mac) may spell «Nguyễn» with combining marks."""
    fill_every_table(db)
    data = export_records(db)

    def nfd(text: str) -> str:
        return unicodedata.normalize("NFD", text)

    other = copy.deepcopy(data)
    other["members"][0]["full_name"] = "  " + nfd("Nguyễn  Văn   An") + " "
    other["branch"]["name"] = nfd(data["branch"]["name"]) + " "
    other["branch"]["superior_committee"] = nfd(data["branch"]["superior_committee"])
    other["branch"]["place_name"] = nfd(data["branch"]["place_name"])
    other["meetings"][2]["agenda"][0]["speeches"][0]["speaker_name"] = nfd("Nguyễn Văn An")
    other["thematic_plan"][0]["presenter"] = nfd("Lê Thị Bình")
    assert dumps(other) != dumps(data)
    with fresh(tmp_path, "tu-may-khac.sqlite") as target:
        import_records(target, other, today=SUITE_CLOCK.today())
        with unit_of_work(target) as s:
            names = set(s.scalars(select(m.Member.full_name)))
        assert "Nguyễn Văn An" in names  # one code point per letter, single spaces
        assert dumps(export_records(target)) == dumps(data)


def test_a_task_against_the_rules_is_refused_naming_meeting_and_task(db, tmp_path):
    fill_every_table(db)
    bad = export_records(db)
    bad["meeting_tasks"][1]["due_on"] = "2026-01-01"  # before its meeting of 05/01/2026
    bad["meeting_tasks"][0]["reviewed_at_meeting"] = 20  # the committee, before the task's meeting
    with fresh(tmp_path, "target.sqlite") as target:
        with pytest.raises(RecordsInvalid) as err:
            import_records(target, bad, today=SUITE_CLOCK.today())
        found = {p.path: p.message for p in err.value.problems}
        assert "có thời hạn 01/01/2026, trước ngày họp" in found["$.meeting_tasks[1].due_on"]
        assert "«Vận động hộ gia đình phân loại rác»" in found[
            "$.meeting_tasks[0].reviewed_at_meeting"]
        assert export_records(target)["meeting_tasks"] == []  # nothing written


def test_done_late_before_the_deadline_is_refused_naming_the_path(db, tmp_path):
    fill_every_table(db)
    bad = export_records(db)
    # Reviewed on 05/01/2026, due 31/01/2026: not yet late.
    bad["meeting_tasks"][0]["status"] = "late"
    with fresh(tmp_path, "target.sqlite") as target:
        with pytest.raises(RecordsInvalid) as err:
            import_records(target, bad, today=SUITE_CLOCK.today())
        found = {p.path: p.message for p in err.value.problems}
        assert "«Vận động hộ gia đình phân loại rác» chưa quá thời hạn 31/01/2026" in found[
            "$.meeting_tasks[0].status"]
        assert export_records(target)["meeting_tasks"] == []  # nothing written


def test_documents_posted_on_round_trips_and_an_older_record_without_it_imports(db, tmp_path):
    fill_every_table(db)
    data = export_records(db)
    assert data["meetings"][1]["documents_posted_on"] == "2026-01-07"
    assert data["meetings"][0]["documents_posted_on"] is None
    older = copy.deepcopy(data)
    for meeting in older["meetings"]:  # written before the column existed (schema 0005)
        del meeting["documents_posted_on"]
    with fresh(tmp_path, "old.sqlite") as target:
        import_records(target, older, today=SUITE_CLOCK.today())
        again = export_records(target)
    assert [mt["documents_posted_on"] for mt in again["meetings"]] == [None, None, None]
    with fresh(tmp_path, "copy.sqlite") as target:
        import_records(target, data, today=SUITE_CLOCK.today())
        assert export_records(target)["meetings"][1]["documents_posted_on"] == "2026-01-07"


def test_a_bad_posted_date_is_refused_naming_its_path(db, tmp_path):
    fill_every_table(db)
    data = export_records(db)
    tomorrow = SUITE_CLOCK.today() + timedelta(days=1)
    for value, words in (("2026-02-30", "2026-02-30"), ("2026-01-04", "không thể trước ngày họp"),
                         (tomorrow.isoformat(), "ở tương lai")):
        bad = copy.deepcopy(data)
        bad["meetings"][1]["documents_posted_on"] = value
        with fresh(tmp_path, f"bad{value}.sqlite") as target:
            with pytest.raises(RecordsInvalid) as err:
                import_records(target, bad, today=SUITE_CLOCK.today())
            problems = {p.path: p.message for p in err.value.problems}
            assert words in problems["$.meetings[1].documents_posted_on"]
            assert export_records(target)["meetings"] == []  # nothing written


def test_a_member_removed_from_the_list_round_trips(tmp_path):
    from desktop.clock import Clock
    from desktop.services.demo import build_demo
    from desktop.services.members import MembersService
    from desktop.services.probation import ProbationService

    later = Clock.fixed(SUITE_CLOCK.today() + timedelta(days=60))
    with fresh(tmp_path, "demo.sqlite") as demo:
        build_demo(demo, year=SUITE_CLOCK.today().year, today=SUITE_CLOCK.today())
        yen = next(r for r in MembersService(demo, clock=later).list_members() if r.full_name == "Huỳnh Thị Yến")
        service = ProbationService(demo, clock=later)
        service.record_vote(yen.id, later.today() - timedelta(days=5), 2, 20)
        service.record_removal(yen.id, later.today() - timedelta(days=2), "41-QĐ/ĐU")
        first = export_records(demo)
    member = next(x for x in first["members"] if x["full_name"] == "Huỳnh Thị Yến")
    assert [e["kind"] for e in member["events"]][-1] == "removed"
    with fresh(tmp_path, "copy.sqlite") as other:
        import_records(other, json.loads(dumps(first)), today=later.today())
        assert dumps(export_records(other)) == dumps(first)


def test_what_the_dialogs_and_the_cli_refuse_is_refused_naming_its_path(db, tmp_path):
    """Negative counts and amounts, a period out of the party ending before it starts, a task
    carried over from itself or from a later meeting, a numbered resolution of a committee
    meeting, an end time not after the start: each is refused with its JSON path, in words, and
    nothing is written."""
    fill_every_table(db)
    data = export_records(db)
    cases = [
        (("dues_remittances", 0, "amount"), -5, "$.dues_remittances[0].amount", "-5 là số âm"),
        (("recognitions", 0, "votes_against"), -1, "$.recognitions[0].votes_against", "là số âm"),
        (("party_breaks", 0, "end_date"), "1989-06-30", "$.party_breaks[0]",
         "kết thúc 30/06/1989 trước khi bắt đầu 01/01/1990"),
        (("meeting_tasks", 0, "carried_from"), 30, "$.meeting_tasks[0].carried_from",
         "chuyển tiếp từ chính nó"),
        (("meeting_resolutions", 0, "meeting"), 20, "$.meeting_resolutions[0].meeting",
         "Cuộc họp chi ủy ngày 03/01/2026 không có nghị quyết đánh số"),
        (("meetings", 1, "end_time"), "07:30", "$.meetings[1].end_time",
         "Giờ kết thúc 07:30 phải sau giờ bắt đầu"),  # not a sitting past midnight
        (("meetings", 1, "end_time"), None, "$.meetings[1].end_time", "cả giờ bắt đầu và giờ kết thúc"),
    ]
    for (section, index, field), value, path, words in cases:
        bad = copy.deepcopy(data)
        assert bad[section][index][field] != value
        bad[section][index][field] = value
        with fresh(tmp_path, f"bad-{section}.sqlite") as target:
            with pytest.raises(RecordsInvalid) as err:
                import_records(target, bad, today=SUITE_CLOCK.today())
            found = {p.path: p.message for p in err.value.problems}
            assert words in found.get(path, ""), (path, found)
            assert export_records(target)["members"] == []  # nothing written
    later = copy.deepcopy(data)
    assert later["meeting_tasks"][1]["carried_from"] == 30  # from a task of meeting 21
    source_meeting = next(m for m in later["meetings"] if m["id"] == 21)
    source_meeting["held_on"] = "2026-01-09"  # now after the copy's meeting of 05/01/2026
    with fresh(tmp_path, "bad-later.sqlite") as target, pytest.raises(RecordsInvalid) as err:
        import_records(target, later, today=SUITE_CLOCK.today())
    found = {p.path: p.message for p in err.value.problems}
    assert "là cuộc họp sau" in found.get("$.meeting_tasks[1].carried_from", ""), found
