"""The inbox does not take a signed package's word for what its own data contradicts: it works
the verdict out again from the package's scores with the domain's rules and refuses, naming
the contradiction, a stated verdict, total, year or recipient that does not follow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.services.inbox import summary_sentence
from desktop.services.inbox_checks import committee_key, verdict_problems
from desktop.services.rulebook_files import default_rulebook_path, load_rulebook_file
from tests.suite_day import SUITE_CLOCK
from tests.exchange.conftest import INBOX_COMMITTEE, branch_key, inbox_with


def receive(db, tmp_path: Path, data: bytes, branch=None, name: str = "goi.chibo.zip"):  # noqa: ANN001, ANN201
    branch = branch or BRANCH
    inbox = inbox_with(db, [branch])
    path = tmp_path / name
    path.write_bytes(data)
    report, _ = inbox.import_packages([path])
    [outcome] = report.outcomes
    return inbox, outcome


BRANCH = branch_key(7)


def criterion(documents, number: int) -> dict:  # noqa: ANN001
    return next(c for c in documents["evaluation.json"]["criteria"] if c["number"] == number)


def lower(documents, code: str, score: float) -> None:  # noqa: ANN001
    """Score component `code` lower and carry it through the totals, as an honest export would."""
    evaluation = documents["evaluation.json"]
    for c in evaluation["criteria"]:
        for part in c["components"]:
            if part["code"] == code:
                c["score"] += score - part["score"]
                evaluation["score"] += score - part["score"]
                part["score"], part["good"] = score, score >= 0.9 * part["max"]


def test_an_honest_package_is_accepted(db, tmp_path):
    inbox, outcome = receive(db, tmp_path, BRANCH.package())
    assert outcome.accepted, outcome.problems
    assert [(r.code, r.four_good) for r in inbox.results(2026)] == [(BRANCH.code, True)]


def test_four_good_that_contradicts_its_criteria_is_refused(db, tmp_path):
    def criterion_2_short(documents):
        lower(documents, "2.2", 2)  # 2 of 4 points: criterion 2 is not good…
        criterion(documents, 2)["good"] = False  # …and says so, but the verdict stays "reached"

    inbox, outcome = receive(db, tmp_path, BRANCH.package(change=criterion_2_short))
    assert not outcome.accepted and outcome.codes == ("verdict_contradicts",)
    assert outcome.problems[0] == ("evaluation.json ghi kết luận «Chi bộ 4 tốt» là đạt, nhưng tính lại từ "
                                   "chính điểm số trong gói thì chưa đạt (tiêu chí 2 chưa tốt).")
    assert inbox.results(2026) == [] and not any(inbox.folder.iterdir())


def test_a_criterion_called_good_below_its_threshold_is_refused(db, tmp_path):
    def stays_good(documents):
        lower(documents, "3.1", 6)  # 6 of 8 is below 90 %
        documents["evaluation.json"]["criteria"][2]["components"][0]["good"] = True

    _inbox, outcome = receive(db, tmp_path, BRANCH.package(change=stays_good))
    assert outcome.codes[:2] == ("component_contradicts", "criterion_contradicts")
    assert "3.1" in outcome.problems[0] and "6/8" in outcome.problems[0]
    assert "tiêu chí 3 là «tốt»" in outcome.problems[1] and "«chưa tốt»" in outcome.problems[1]


def test_a_triggered_veto_makes_its_criterion_not_good(db, tmp_path):
    def veto(documents):
        documents["evaluation.json"]["vetoes"][0]["triggered"] = True

    _inbox, outcome = receive(db, tmp_path, BRANCH.package(change=veto))
    assert outcome.codes == ("criterion_contradicts", "verdict_contradicts")


def test_a_criterion_called_not_good_at_full_marks_is_refused(db, tmp_path):
    def modest(documents):
        criterion(documents, 4)["good"] = False
        documents["evaluation.json"]["four_good"] = False
        documents["evaluation.json"]["verdict"]["reached"] = False

    _inbox, outcome = receive(db, tmp_path, BRANCH.package(change=modest))
    assert outcome.codes == ("criterion_contradicts", "verdict_contradicts")


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: criterion(d, 1).update(score=14), "tiêu chí 1"),
    (lambda d: criterion(d, 2).update(max=10), "tiêu chí 2"),
    (lambda d: d["evaluation.json"].update(score=40), "cả năm"),
])
def test_totals_that_do_not_add_up_are_refused(db, tmp_path, change, where):
    _inbox, outcome = receive(db, tmp_path, BRANCH.package(change=change))
    assert outcome.codes[0] == "total_contradicts" and where in outcome.problems[0]


def test_an_evaluation_of_another_year_is_refused(db, tmp_path):
    _inbox, outcome = receive(db, tmp_path, BRANCH.package(change=lambda d: d["evaluation.json"].update(year=2019)))
    assert outcome.codes == ("documents_disagree",)
    assert "package.json ghi «2026», evaluation.json ghi «2019»" in outcome.problems[0]


def test_a_package_addressed_to_another_committee_is_refused(db, tmp_path):
    def elsewhere(documents):
        documents["package.json"]["superior_committee"] = "Đảng ủy phường Kim Mã"
        documents["records.json"]["branch"]["superior_committee"] = "Đảng ủy phường Kim Mã"

    _inbox, outcome = receive(db, tmp_path, BRANCH.package(change=elsewhere))
    assert outcome.codes == ("recipient_mismatch",)
    assert outcome.problems[0] == ("Gói gửi cho «Đảng ủy phường Kim Mã», không phải cho cấp ủy giữ hộp thư "
                                   f"này («{INBOX_COMMITTEE}»).")


@pytest.mark.parametrize("name", ["Đảng bộ phường Ba Đình", "ĐẢNG ỦY PHƯỜNG BA ĐÌNH", "Đảng uỷ  phường Ba Đình",
                                  "Đảng ủy phường Ba Đình"])
def test_the_committee_is_recognised_however_its_name_is_written(name):
    import unicodedata

    assert committee_key(unicodedata.normalize("NFD", name)) == committee_key(INBOX_COMMITTEE)
    assert committee_key("Đảng ủy phường Kim Mã") != committee_key(INBOX_COMMITTEE)


def test_a_sequence_of_two_to_the_seventieth_cannot_poison_the_branch(db, tmp_path):
    inbox, outcome = receive(db, tmp_path, BRANCH.package(
        change=lambda d: d["package.json"].update(sequence=2**70)), name="a.chibo.zip")
    assert not outcome.accepted and "$.sequence" in outcome.problems[0]
    later = tmp_path / "b.chibo.zip"
    later.write_bytes(BRANCH.package(seq=2))
    report, _ = inbox.import_packages([later])
    assert report.accepted == 1 and [r.seq for r in inbox.results(2026)] == [2]


def test_scores_written_to_two_decimals_are_not_refused_at_the_threshold(db, tmp_path):
    def at_threshold(documents):
        # 7.195 of 8 is 89.94 %, written 7.2 (90 %): the export said "good" from the 7.195.
        lower(documents, "3.1", 7.2)
        criterion(documents, 3)["components"][0]["good"] = True

    _inbox, outcome = receive(db, tmp_path, BRANCH.package(change=at_threshold))
    assert outcome.accepted, outcome.problems


# --- the rulebook the inbox holds ------------------------------------------------------------
def sample_rulebook():  # noqa: ANN201
    return load_rulebook_file(default_rulebook_path())


def test_the_real_export_follows_from_its_scores_and_its_rulebook(real_package):
    evaluation = json.loads(real_package.payload["evaluation.json"])
    loaded = sample_rulebook()
    assert evaluation["rulebook"]["sha256"] == loaded.sha256
    assert verdict_problems(evaluation, loaded.rulebook) == []


def test_a_package_that_lowers_the_threshold_of_a_known_rulebook_is_refused(real_package):
    evaluation = json.loads(real_package.payload["evaluation.json"])
    evaluation["pass_rule"]["threshold"] = 0.5
    problems = verdict_problems(evaluation, sample_rulebook().rulebook)
    assert [p.code for p in problems] == ["rulebook_contradicts"]
    assert "ngưỡng khác: gói ghi 0.5, bộ tiêu chí ghi 0.9" in problems[0].message


def test_a_package_that_shrinks_a_component_of_a_known_rulebook_is_refused(real_package):
    evaluation = json.loads(real_package.payload["evaluation.json"])
    first = evaluation["criteria"][0]
    part = first["components"][0]
    first["max"] -= part["max"] - 1
    evaluation["max"] -= part["max"] - 1
    first["score"] -= part["score"] - 1
    evaluation["score"] -= part["score"] - 1
    part["max"], part["score"] = 1, 1
    problems = verdict_problems(evaluation, sample_rulebook().rulebook)
    assert [p.code for p in problems] == ["rulebook_contradicts"]
    assert f"điểm tối đa của tiêu chí thành phần {part['code']}" in problems[0].message


# --- the summary names each package's own model ----------------------------------------------
def five_good(documents):  # noqa: ANN001
    documents["evaluation.json"]["model_name"] = "Chi bộ 5 tốt"
    documents["evaluation.json"]["verdict"]["name"] = "Chi bộ 5 tốt"


def test_the_summary_names_the_model_of_the_packages(db, tmp_path):
    inbox, outcome = receive(db, tmp_path, BRANCH.package(change=five_good))
    assert outcome.accepted
    results = inbox.results(2026)
    assert results[0].model_name == "Chi bộ 5 tốt"
    assert summary_sentence(results, registered=3) == "1/3 chi bộ đạt «Chi bộ 5 tốt»"
    assert summary_sentence(results, registered=3, lang="en") == "1/3 branches reached “Chi bộ 5 tốt”"


def test_the_summary_counts_per_model_when_branches_use_different_ones(db, tmp_path):
    others = [branch_key(n) for n in (8, 9, 10)]
    inbox = inbox_with(db, [BRANCH, *others])
    inbox.register_branch("CB-TDP11", "Chi bộ Tổ dân phố số 11")
    paths = []
    for number, (branch, change) in enumerate([(BRANCH, five_good), (others[0], None), (others[1], None),
                                               (others[2], five_good)]):
        path = tmp_path / f"{number}.chibo.zip"
        path.write_bytes(branch.package(change=change))
        paths.append(path)
    report, _ = inbox.import_packages(paths)
    assert report.accepted == 4
    results = inbox.results(2026)
    assert summary_sentence(results, registered=5) == (
        "2/2 chi bộ đạt «Chi bộ 4 tốt»; 2/2 chi bộ đạt «Chi bộ 5 tốt»; 1 chi bộ chưa nộp gói")


def test_the_reports_say_the_summary_with_the_model(db, tmp_path):
    from io import BytesIO

    from openpyxl import load_workbook
    from pypdf import PdfReader

    from desktop.services.inbox_reports import InboxReportService

    receive(db, tmp_path, BRANCH.package(change=five_good))
    reports = InboxReportService(db, clock=SUITE_CLOCK)
    sheet = load_workbook(BytesIO(reports.summary_xlsx(2026))).active
    assert "1/1 chi bộ đạt «Chi bộ 5 tốt»" in sheet["A1"].value
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(reports.summary_pdf(2026))).pages)
    assert "Chi bộ 5 tốt" in " ".join(text.split())
