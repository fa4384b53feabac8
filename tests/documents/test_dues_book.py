"""The dues book (a month, a year) read back with poppler, its figures checked by hand against
the bases, and the dues line of the regular meeting's minutes."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from desktop.clock import Clock
from desktop.services.documents import DocumentService
from desktop.services.dues import DuesService
from tests.documents.conftest import MEETING_DAY, one_line, page_count, pdf_text

# The worked month (November 2026): bases from February, so November pays on October's basis.
BASES = {
    "Đặng Thị Ngọc Ánh": ("insured", 7_234_567),  # 1% → 72.345,67 → 72.346 đ
    "Nguyễn Hữu Quỳnh": ("pensioner", 5_437_000),  # 0,5% → 27.185 đ
    "Phạm Thị Hương": ("sick_leave", 4_500_000),  # 1% of the allowance → 45.000 đ
    "Lê Văn Tuấn": ("insured", 9_000_000),  # 90.000 đ
    "Huỳnh Thị Yến": ("student", None),  # 5.000 đ
    "Trần Văn An": ("pensioner", 3_200_000),  # 16.000 đ, not paid
}


@pytest.fixture
def dues_month(db, record):
    dues = DuesService(db, clock=Clock.fixed(date(2026, 12, 15)))
    dues.set_figure("branch_keeps_percent", "30")
    for name, (category, base) in BASES.items():
        dues.set_basis(record[name], category, base, "2026-02")
    paid_on = MEETING_DAY
    dues.pay(record["Đặng Thị Ngọc Ánh"], "2026-11", 72_346, on=paid_on)
    dues.pay(record["Nguyễn Hữu Quỳnh"], "2026-11", 27_185, on=paid_on)
    dues.pay(record["Phạm Thị Hương"], "2026-11", 45_000, on=date(2026, 11, 3))
    dues.pay(record["Lê Văn Tuấn"], "2026-11", 100_000, on=paid_on)  # more than due
    dues.pay(record["Huỳnh Thị Yến"], "2026-11", 5_000, on=date(2026, 11, 20))  # after the meeting
    dues.pay(record["Trần Văn An"], "2026-03", 16_000, on=date(2026, 3, 5))  # and nothing else
    dues.remit("2026-10", "2026-10", 120_000, date(2026, 10, 20), "PT-10")
    return dues


def test_the_month_book_checks_by_hand_against_the_bases(db, record, dues_month):
    docs = DocumentService(db, clock=Clock.fixed(date(2026, 12, 15)))
    pdf = docs.dues_book_pdf(2026, 11)
    text = one_line(pdf_text(pdf))
    assert "SỔ THU, NỘP ĐẢNG PHÍ" in text and "Tháng 11 năm 2026" in text
    assert "ĐẢNG BỘ PHƯỜNG BA ĐÌNH" in text and "CHI BỘ TỔ DÂN PHỐ SỐ 7" in text
    # Each base and its 1% (0,5% for a pensioner): the figures a secretary checks by hand.
    for base, due in (("7.234.567", "72.346"), ("5.437.000", "27.185"), ("4.500.000", "45.000"),
                      ("9.000.000", "90.000"), ("3.200.000", "16.000")):
        assert base in text and due in text, (base, due)
    assert "nộp cao hơn 10.000 đ" in text.lower()
    assert "Số đảng viên phải đóng: 9; đã nộp: 5; chưa nộp: 4" in text
    assert "Tổng số thu: 249.531 đ" in text
    assert "Chi bộ được để lại: 74.859 đ; phải nộp cấp ủy cấp trên: 174.672 đ" in text
    assert "1% tiền lương làm căn cứ đóng bảo hiểm xã hội bắt buộc của tháng trước" in text
    assert "NGƯỜI THU" in text and "T/M CHI BỘ" in text and "Đặng Thị Ngọc Ánh" in text
    assert pdf == docs.dues_book_pdf(2026, 11), "the same record gives the same bytes"


def test_the_year_book_lists_every_month_and_the_remittances(db, record, dues_month, tmp_path):
    pdf = DocumentService(db, clock=Clock.fixed(date(2026, 12, 15))).dues_book_pdf(2026)
    text = one_line(pdf_text(pdf))
    assert "Năm 2026" in text and "Từ tháng 01 đến tháng 06" in text and "Từ tháng 07 đến tháng 12" in text
    assert "Tổng hợp theo tháng" in text and "Ngày 20/10/2026: 120.000 đ cho kỳ 10/2026, chứng từ PT-10" in text
    assert page_count(pdf) >= 2
    # Twelve months of amounts stay inside the right margin (15 mm, ~23 px at 40 dpi).
    path = tmp_path / "book.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", "1", "-l", "1", str(path),
                    str(tmp_path / "page")], check=True)
    raw = next(tmp_path.glob("page*.pgm")).read_bytes()
    _magic, size, _depth, pixels = raw.split(b"\n", 3)
    width, height = map(int, size.split())
    margin = [pixels[y * width + x] for y in range(height) for x in range(width - 20, width)]
    assert min(margin) > 200, "nothing drawn in the right margin"
    assert sum(1 for v in pixels if v < 128) > 0.01 * width * height


def test_the_minutes_open_with_the_months_dues_report(db, record, dues_month):
    pdf = DocumentService(db, clock=Clock.fixed(date(2026, 12, 15))).minutes_pdf(record["meeting"])
    text = one_line(pdf_text(pdf))
    line = text[text.index("Báo cáo thu, nộp đảng phí tháng 11/2026:"):]
    # As of the meeting (05/11): four had paid; Huỳnh Thị Yến paid on the 20th, after it.
    assert line.startswith("Báo cáo thu, nộp đảng phí tháng 11/2026: đến hết ngày họp, chi bộ đã thu "
                           "244.531 đ của 4/9 đồng chí phải đóng; còn 5 đồng chí chưa nộp")
    assert "Huỳnh Thị Yến" in line.split("Lần nộp")[0]
    assert "Lần nộp cấp ủy cấp trên gần nhất: ngày 20/10/2026, 120.000 đ (kỳ 10/2026)" in line
    assert "Trần Văn An (tháng 02, 04, 05, 06, 07, 08, 09, 10)" in line


def test_minutes_without_a_dues_book_have_no_dues_line(db, record):
    text = pdf_text(DocumentService(db, clock=Clock.fixed(date(2026, 12, 15))).minutes_pdf(record["meeting"]))
    assert "đảng phí" not in text
