"""Export the demo branch's year, check it with stock tools, then take it into an inbox."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import date

import pytest

from desktop.clock import Clock
from desktop.exchange.verify import verify_package
from desktop.services.demo import build_demo
from desktop.services.errors import UserError
from desktop.services.inbox import InboxService
from desktop.services.keys import KeyService
from desktop.services.meetings import MeetingService
from desktop.services.package_export import PackageExportService
from desktop.store.database import open_database
from tests.suite_day import SUITE_CLOCK

PASS = "mật khẩu của chi bộ"
YEAR = 2025
TODAY = date(2026, 3, 1)
CLOCK = Clock.fixed(TODAY)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    db = open_database(folder / "chibo.sqlite", create=True)
    build_demo(db, YEAR, today=TODAY)
    KeyService(db, clock=CLOCK).create_key(PASS, "Nguyễn Hữu Quỳnh")
    service = PackageExportService(db, clock=CLOCK)
    out = folder / "usb"
    out.mkdir()
    result, _ = service.export(YEAR, PASS, out)
    yield db, service, result, out
    db.close()


def test_package_holds_every_required_file_and_no_personal_data(exported):
    _db, _service, result, _out = exported
    assert result.path.name == f"CB-TDP07-{YEAR}-01.chibo.zip" and result.sequence == 1
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
        records = archive.read("records.json").decode("utf-8")
    assert names[0] == "mimetype"
    for required in ("package.json", "evaluation.json", "records.json", "SHA256SUMS", "SHA256SUMS.sig",
                     "signer.pem", "reports/tu-danh-gia.pdf", "reports/xep-loai-dang-vien.pdf"):
        assert required in names
    # 11 regular + 1 combined + 3 thematic + 12 committee meetings = 27 sets of minutes
    assert sum(1 for n in names if n.startswith("reports/bien-ban/")) == 27
    # Each regular sitting's resolution beside its minutes (same date, kind and meeting).
    resolutions = [n for n in names if n.startswith("reports/nghi-quyet/")]
    assert resolutions and all(n.replace("nghi-quyet", "bien-ban") in names for n in resolutions)
    assert "Đặng Thị Ngọc Ánh" in records
    assert "card" not in records and "phone" not in records and "birth" not in records


def test_verifier_accepts_it_and_reports_the_branch(exported):
    _db, _service, result, _out = exported
    verification = verify_package(result.path.read_bytes(), file=result.path.name)
    assert verification.valid, verification.problems
    assert (verification.branch_code, verification.year, verification.seq) == ("CB-TDP07", YEAR, 1)
    assert verification.fingerprint == result.fingerprint


@pytest.mark.skipif(not all(shutil.which(t) for t in ("unzip", "openssl", "sha256sum")),
                    reason="needs unzip, openssl and sha256sum")
def test_stock_tools_verify_it_exactly_as_the_readme_says(exported, tmp_path):
    _db, _service, result, _out = exported
    subprocess.run(["unzip", "-q", str(result.path), "-d", str(tmp_path)], check=True)
    signature = subprocess.run(
        ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "signer.pem", "-rawin",
         "-in", "SHA256SUMS", "-sigfile", "SHA256SUMS.sig"],
        cwd=tmp_path, capture_output=True, text=True,
    )
    assert signature.returncode == 0 and "Signature Verified Successfully" in signature.stdout
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True, text=True)
    assert sums.returncode == 0, sums.stdout + sums.stderr
    (tmp_path / "records.json").write_text("{}", encoding="utf-8")
    assert subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=tmp_path,
                          capture_output=True).returncode != 0


def test_year_is_locked_and_a_correction_supersedes(exported):
    db, service, first, out = exported
    meetings = MeetingService(db, clock=CLOCK)
    row = meetings.list_meetings(YEAR)[0]
    with pytest.raises(UserError, match="đã khóa"):
        meetings.correct(row.id)
    service.reopen(YEAR)
    new_id, _ = meetings.correct(row.id)
    meetings.adopt(new_id)
    second, _ = service.export(YEAR, PASS, out)
    assert second.sequence == 2 and second.supersedes == first.sha256
    assert service.state(YEAR).locked


def test_wrong_passphrase_writes_nothing(exported, tmp_path):
    _db, service, _result, _out = exported
    with pytest.raises(UserError, match="Mật khẩu không đúng"):
        service.export(YEAR, "sai mật khẩu", tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_inbox_accepts_the_export_and_refuses_a_changed_byte(exported, tmp_path):
    _db, _service, result, _out = exported
    inbox_db = open_database(tmp_path / "cap-tren.sqlite", create=True)
    try:
        inbox = InboxService(inbox_db, clock=SUITE_CLOCK)
        inbox.register_branch("CB-TDP07", "Chi bộ Tổ dân phố số 7")
        key_pem = zipfile.ZipFile(result.path).read("signer.pem")
        inbox.add_key("CB-TDP07", key_pem)
        data = bytearray(result.path.read_bytes())
        data[len(data) // 2] ^= 0x01
        changed = tmp_path / "sua.chibo.zip"
        changed.write_bytes(bytes(data))
        report, _ = inbox.import_packages([result.path, changed])
        assert [o.accepted for o in report.outcomes] == [True, False]
        assert report.outcomes[1].problems
        assert [r.code for r in inbox.results(YEAR)] == ["CB-TDP07"]
    finally:
        inbox_db.close()


def test_completeness_lists_what_is_missing(exported):
    _db, service, _result, _out = exported
    codes = {item.code for item in service.completeness(YEAR)}
    assert "no_key" not in codes
    assert codes <= {"missing_meeting", "draft_meeting", "unrated_member", "unjustified_score"}


def test_the_proposed_year_is_the_last_finished_one(tmp_path):
    """Last year, also in December while the current year's reviews are under way; in December
    the current year once its year-end work is done (here: every member rated)."""
    from desktop.domain.enums import Rating, ReviewStep
    from desktop.store.database import unit_of_work
    from desktop.store.models import RatingStep

    december = date(YEAR, 12, 20)
    db = open_database(tmp_path / "chibo.sqlite", create=True)
    try:
        build_demo(db, YEAR, today=december)
        assert PackageExportService(db, clock=Clock.fixed(date(YEAR, 11, 20))).default_year() == YEAR - 1
        service = PackageExportService(db, clock=Clock.fixed(december))
        unrated = [item for item in service.completeness(YEAR) if item.code == "unrated_member"]
        assert unrated  # the demo's reviews of the running year are not finished
        assert service.default_year() == YEAR - 1
        with unit_of_work(db) as s:
            for item in unrated:
                s.add(RatingStep(member_id=item.target_id, year=YEAR, step=ReviewStep.BRANCH,
                                 rating=Rating.HTTNV, decided_on=date(YEAR, 12, 18)))
        # Only the missing key is left, which is no part of the year's record.
        assert [item.code for item in service.completeness(YEAR)] == ["no_key"]
        assert service.default_year() == YEAR
        assert PackageExportService(db, clock=Clock.fixed(date(YEAR + 1, 1, 5))).default_year() == YEAR
    finally:
        db.close()
