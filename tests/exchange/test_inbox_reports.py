"""The inbox summary as a spreadsheet and as a party-format PDF."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook

from desktop.services.branch import BranchProfile, BranchService
from desktop.services.inbox import InboxService
from desktop.services.inbox_reports import InboxReportService
from tests.suite_day import SUITE_CLOCK


@pytest.fixture
def inbox(db, tmp_path, signed):
    BranchService(db).save_profile(BranchProfile(
        "Đảng ủy phường Ba Đình", "DU-BD", "Thành ủy Hà Nội", "Phường Ba Đình",
        date(2025, 5, 1), date(2030, 4, 30), "inbox"))
    service = InboxService(db, clock=SUITE_CLOCK)
    service.register_branch("CB-TDP07", "Chi bộ Tổ dân phố số 7")
    service.register_branch("CB-TDP08", "Chi bộ Tổ dân phố số 8")
    service.add_key("CB-TDP07", signed.key.public_pem.encode())
    package = tmp_path / "goi.chibo.zip"
    package.write_bytes(signed.data)
    service.import_packages([package])
    return db


def test_spreadsheet_lists_every_registered_branch(inbox):
    book = load_workbook(io.BytesIO(InboxReportService(inbox, clock=SUITE_CLOCK).summary_xlsx(2026)))
    rows = [[c.value for c in row] for row in book.active.iter_rows()]
    assert "1/2 chi bộ đạt «Chi bộ 4 tốt»" in rows[0][0]
    assert rows[2][0] == "CB-TDP07" and rows[2][-1] == "Đạt"
    assert rows[3][0] == "CB-TDP08" and rows[3][-1] == "Chưa nộp gói"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_pdf_is_a_party_document_with_the_summary(inbox, tmp_path):
    pdf = tmp_path / "tong-hop.pdf"
    pdf.write_bytes(InboxReportService(inbox, clock=SUITE_CLOCK).summary_pdf(2026, on=date(2026, 12, 31)))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY PHƯỜNG BA ĐÌNH", "BÁO CÁO TỔNG HỢP",
                     "Chi bộ Tổ dân phố số 7", "1/2 chi bộ đạt «Chi bộ 4 tốt»", "T/M ĐẢNG ỦY PHƯỜNG BA ĐÌNH"):
        assert expected in text
