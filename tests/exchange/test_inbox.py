"""The inbox: register a branch and its key, import packages, keep the accepted, list the rest."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.exchange.build import build_package
from desktop.exchange.keys import unlock_private_key
from desktop.services.inbox import InboxService, summary_sentence
from tests.suite_day import SUITE_CLOCK
from tests.exchange.conftest import CREATED, PASSPHRASE, payload


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_import_accepts_registered_and_rejects_the_rest(db, tmp_path, signed):
    inbox = InboxService(db, clock=SUITE_CLOCK)
    inbox.register_branch("CB-TDP07", "Chi bộ Tổ dân phố số 7")
    fingerprint, _ = inbox.add_key("CB-TDP07", signed.key.public_pem.encode(), date(2025, 1, 1))
    assert fingerprint == signed.key.fingerprint
    good = write(tmp_path, "tdp07.chibo.zip", signed.data)
    tampered = bytearray(signed.data)
    tampered[len(tampered) // 2] ^= 0x01
    bad = write(tmp_path, "tdp07-sua.chibo.zip", bytes(tampered))
    report, _ = inbox.import_packages([good, bad])
    assert (report.accepted, report.rejected) == (1, 1)
    rejected = [o for o in report.outcomes if not o.accepted][0]
    assert rejected.file == "tdp07-sua.chibo.zip" and rejected.problems

    results = inbox.results(2026)
    assert [(r.code, r.four_good, r.seq) for r in results] == [("CB-TDP07", True, 1)]
    assert summary_sentence(results, registered=3) == "1/3 chi bộ đạt «Chi bộ 4 tốt»"
    assert inbox.report(results[0].package_id, "reports/tu-danh-gia.pdf").startswith(b"%PDF")
    assert [o.file for o in inbox.rejected()] == ["tdp07-sua.chibo.zip"]


def test_same_file_twice_is_a_duplicate_and_lower_sequence_is_refused(db, tmp_path, signed):
    inbox = InboxService(db, clock=SUITE_CLOCK)
    inbox.register_branch("CB-TDP07", "Chi bộ Tổ dân phố số 7")
    inbox.add_key("CB-TDP07", signed.key.public_pem.encode(), date(2025, 1, 1))
    private = unlock_private_key(signed.key.encrypted_private_pem, PASSPHRASE)
    second = build_package(payload(signed.key.fingerprint, seq=2), private, CREATED)
    first, again = write(tmp_path, "a.zip", signed.data), write(tmp_path, "b.zip", signed.data)
    newer = write(tmp_path, "c.zip", second)
    report, _ = inbox.import_packages([newer, first, again])
    assert [o.accepted for o in report.outcomes] == [True, False, False]
    assert "không lớn hơn" in report.outcomes[1].problems[0]
    # the same refused bytes again are judged again, and refused for the same reason
    assert not report.outcomes[2].duplicate and "không lớn hơn" in report.outcomes[2].problems[0]
    assert [r.seq for r in inbox.results(2026)] == [2]
    report, _ = inbox.import_packages([write(tmp_path, "d.zip", second)])
    assert report.outcomes[0].duplicate  # received: a duplicate


def test_a_package_refused_for_its_key_is_received_once_the_key_is_registered(db, tmp_path, signed):
    """The superior imports before registering the branch's key: refused; registered, the same
    file is received (it was called «already received» for ever, and never was)."""
    inbox = InboxService(db, clock=SUITE_CLOCK)
    inbox.register_branch("CB-TDP07", "Chi bộ Tổ dân phố số 7")
    path = write(tmp_path, "a.zip", signed.data)
    report, _ = inbox.import_packages([path])
    assert report.accepted == 0 and "chưa được đăng ký" in report.outcomes[0].problems[0]
    assert [o.file for o in inbox.rejected()] == ["a.zip"]
    inbox.add_key("CB-TDP07", signed.key.public_pem.encode(), date(2025, 1, 1))
    report, _ = inbox.import_packages([path])
    assert report.accepted == 1 and not report.outcomes[0].duplicate
    assert [r.seq for r in inbox.results(2026)] == [1] and inbox.rejected() == []
    report, _ = inbox.import_packages([path])
    assert report.outcomes[0].duplicate


def test_a_revoked_key_refuses_even_a_package_refused_before(db, tmp_path, signed):
    inbox = InboxService(db, clock=SUITE_CLOCK)
    inbox.register_branch("CB-TDP07", "Chi bộ Tổ dân phố số 7")
    path = write(tmp_path, "a.zip", signed.data)
    inbox.import_packages([path])
    inbox.add_key("CB-TDP07", signed.key.public_pem.encode(), date(2025, 1, 1))
    inbox.revoke_key(signed.key.fingerprint)
    report, _ = inbox.import_packages([write(tmp_path, "a2.zip", signed.data)])
    assert report.accepted == 0 and not report.outcomes[0].duplicate and report.outcomes[0].problems
    assert len(inbox.rejected()) == 1  # one row for those bytes: the latest verdict


def test_progress_and_cancel(db, tmp_path, signed):
    inbox = InboxService(db, clock=SUITE_CLOCK)
    paths = [write(tmp_path, f"{i}.zip", signed.data + bytes([0]) * i) for i in range(3)]
    seen = []
    report, _ = inbox.import_packages(paths, on_progress=lambda done, total: seen.append((done, total)))
    assert seen == [(3, 3)] and len(report.outcomes) == 3
    report, _ = inbox.import_packages(paths, should_cancel=lambda: True)
    assert report.cancelled and report.outcomes == ()


def test_reports_are_named_by_their_titles():
    from desktop.services.package_payload import report_order, report_title

    assert report_title("reports/tu-danh-gia.pdf") == "Báo cáo tự đánh giá, xếp loại chi bộ"
    assert report_title("reports/bien-ban/2025-03-03-chi-uy-12.pdf") == "Biên bản họp chi ủy ngày 03/03/2025"
    assert (report_title("reports/bien-ban/2025-09-18-ket-hop-40.pdf")
            == "Biên bản sinh hoạt thường kỳ kết hợp chuyên đề ngày 18/09/2025")
    # A report this version does not know (a later version's package): its file name.
    assert report_title("reports/phu-luc/danh-sach-moi.pdf") == "danh-sach-moi.pdf"
    assert (report_title("reports/nghi-quyet/2025-02-05-thuong-ky-3.pdf")
            == "Nghị quyết sinh hoạt chi bộ thường kỳ ngày 05/02/2025")
    names = ["reports/nghi-quyet/2025-01-05-thuong-ky-1.pdf",
             "reports/bien-ban/2025-02-05-thuong-ky-3.pdf", "reports/so-sinh-hoat.pdf",
             "reports/bien-ban/2025-01-05-thuong-ky-1.pdf", "reports/tu-danh-gia.pdf"]
    assert sorted(names, key=report_order) == [
        "reports/tu-danh-gia.pdf", "reports/so-sinh-hoat.pdf",
        "reports/bien-ban/2025-01-05-thuong-ky-1.pdf", "reports/nghi-quyet/2025-01-05-thuong-ky-1.pdf",
        "reports/bien-ban/2025-02-05-thuong-ky-3.pdf"]
