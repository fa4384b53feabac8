"""The recovery sheet: one A4 page, in the party's layout, with the code in print and in a QR."""

from __future__ import annotations

import io
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.documents.recovery_sheet import RecoverySheetData, recovery_sheet_pdf
from desktop.exchange.recovery_code import encode, lines

CODE = encode(bytes(range(32)))


def sheet(reason: str) -> bytes:
    return recovery_sheet_pdf(RecoverySheetData(
        "Chi bộ Tổ dân phố số 5", "Đảng ủy phường Kim Mã", "Phường Kim Mã", date(2026, 11, 18),
        "chibo.sqlite", tuple(lines(CODE)), CODE, reason))


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "phieu.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize("reason", ["created", "converted", "changed", "reprinted"])
def test_the_sheet_is_one_page_with_the_code_and_what_it_is_for(reason, tmp_path):
    pdf = sheet(reason)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = " ".join(text_of(pdf, tmp_path).split())
    assert "PHIẾU KHÔI PHỤC TỆP DỮ LIỆU SỔ CHI BỘ" in text and "«chibo.sqlite»" in text
    for group in CODE.split("-"):
        assert group in text
    assert "không ai, kể cả người làm ra phần mềm, lấy lại được dữ liệu" in text
    assert "ĐẢNG ỦY PHƯỜNG KIM MÃ" in text and "ngày 18 tháng 11 năm 2026" in text


def test_a_changed_passphrase_says_the_old_sheet_is_void(tmp_path):
    text = " ".join(text_of(sheet("changed"), tmp_path).split())
    assert "phiếu này thay mọi phiếu khôi phục in trước đó" in text


def test_the_same_data_gives_the_same_bytes():
    assert sheet("created") == sheet("created")
