"""The layout kit on its own: letterhead, margins, page numbers, NFC, fonts, reproducibility."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date

import pytest
from reportlab.lib.units import mm

from desktop.documents.fonts import bundled_family, choose_family, find_times_new_roman
from desktop.documents.kit import (
    Column,
    DocumentBuilder,
    DocumentMeta,
    Letterhead,
    PageSetup,
    Signature,
)
from desktop.documents.kit.text import percent, place_and_date
from tests.documents.conftest import one_line, page_count, pdf_text

HEAD = Letterhead("Đảng bộ phường Ba Đình", "Chi bộ Tổ dân phố số 7", "Phường Ba Đình",
                  date(2026, 11, 5), "Số 03-BB/CB")


def _doc(setup: PageSetup = PageSetup(), paragraphs: int = 3, text: str = "Nội dung") -> bytes:
    doc = DocumentBuilder(setup, HEAD, DocumentMeta("Thử", date(2026, 11, 5)))
    doc.title("Báo cáo").subject("Kết quả năm 2026")
    for n in range(paragraphs):
        doc.paragraph(f"{text} {n}: " + "chi bộ lãnh đạo thực hiện nhiệm vụ chính trị " * 8)
    doc.table([Column("STT", 1, "centre"), Column("Họ và tên", 5)], [["1", "Lê Văn Tuấn"]])
    doc.signatures([Signature(("T/M Chi bộ", "Bí thư"), "Đặng Thị Ngọc Ánh")],
                   recipients=["Đảng ủy phường Ba Đình;", "Lưu chi bộ."])
    return doc.build()


def _min_x(pdf: bytes) -> float:
    """Leftmost word of page 1, in points, from `pdftotext -bbox`."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", "-", "-"], input=pdf,
                         capture_output=True, check=True).stdout.decode()
    return min(float(part.split('"')[1]) for part in out.split("xMin=")[1:])


def test_letterhead_and_signature_text():
    text = one_line(pdf_text(_doc()))
    assert text.startswith("ĐẢNG BỘ PHƯỜNG BA ĐÌNH")
    for part in ("CHI BỘ TỔ DÂN PHỐ SỐ 7", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 03-BB/CB",
                 "Phường Ba Đình, ngày 05 tháng 11 năm 2026", "BÁO CÁO", "T/M CHI BỘ", "BÍ THƯ",
                 "Đặng Thị Ngọc Ánh", "Nơi nhận:", "- Lưu chi bộ."):
        assert part in text


def test_left_margin_follows_the_page_setup():
    # 30 mm = 85.0 pt; 50 mm = 141.7 pt. The leftmost text sits exactly on the margin.
    assert _min_x(_doc(PageSetup(left_mm=30))) == pytest.approx(30 * mm, abs=1.5)
    assert _min_x(_doc(PageSetup(left_mm=50))) == pytest.approx(50 * mm, abs=1.5)


def test_bigger_font_makes_more_pages():
    assert page_count(_doc(PageSetup(font_size=16), paragraphs=20)) > \
        page_count(_doc(PageSetup(font_size=12), paragraphs=20))


def test_page_numbers_from_page_two():
    pdf = _doc(paragraphs=25)
    assert page_count(pdf) >= 2
    assert not pdf_text(pdf, 1, 1).split()[0].isdigit()
    assert pdf_text(pdf, 2, 2).split()[0] == "2"


def test_decomposed_input_comes_out_composed():
    nfd = unicodedata.normalize("NFD", "Nguyễn Hữu Quỳnh")
    text = pdf_text(_doc(text=nfd))
    assert "Nguyễn Hữu Quỳnh" in text and unicodedata.is_normalized("NFC", text)


def test_reproducible_bytes():
    assert _doc() == _doc()


def test_bad_page_setup_is_refused():
    with pytest.raises(ValueError, match="Lề trang"):
        PageSetup(left_mm=2)
    with pytest.raises(ValueError, match="Cỡ chữ"):
        PageSetup(font_size=40)


def test_page_setup_from_settings():
    from desktop.settings import Settings

    setup = PageSetup.from_settings(Settings(margin_left_mm=25.0, body_font_size=13.0))
    assert (setup.left_mm, setup.font_size, setup.top_mm) == (25.0, 13.0, 20.0)


def test_text_helpers():
    assert percent(7 / 9) == "77,8%" and percent(1.0) == "100%" and percent(None) == "—"
    assert place_and_date("Phường Ba Đình", date(2026, 3, 7)) == \
        "Phường Ba Đình, ngày 07 tháng 03 năm 2026"


def test_times_new_roman_is_preferred_when_all_four_styles_are_there(tmp_path):
    bundled = bundled_family()
    names = {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf",
             "bold_italic": "timesbi.ttf"}
    for style, path in bundled.files().items():  # stand-ins with Vietnamese glyphs
        shutil.copy(path, tmp_path / names[style])
    found = find_times_new_roman([tmp_path])
    assert found is not None and found.name == "TimesNewRoman"
    assert found.bold.name == "timesbd.ttf"
    (tmp_path / "timesbi.ttf").unlink()  # one style missing → not used
    assert find_times_new_roman([tmp_path]) is None
    assert choose_family([tmp_path]).name == "LiberationSerif"
