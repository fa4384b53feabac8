"""The minutes as printed: every figure of the record, every name with its tone marks."""

from __future__ import annotations

import subprocess
import unicodedata

from desktop.documents.kit import PageSetup
from desktop.domain.enums import MeetingKind, MeetingStatus
from desktop.services.documents import DocumentService
from desktop.store.database import unit_of_work
from tests.documents.conftest import add_meeting, one_line, page_count, pdf_text

NAMES = ("Đặng Thị Ngọc Ánh", "Nguyễn Hữu Quỳnh", "Phạm Thị Hương", "Lê Văn Tuấn", "Huỳnh Thị Yến")


def test_minutes_text_matches_the_record(db, record, clock):
    pdf = DocumentService(db, clock=clock).minutes_pdf(record["meeting"], PageSetup())
    text = one_line(pdf_text(pdf))
    assert unicodedata.is_normalized("NFC", text)
    for name in NAMES:
        assert name in text
    assert "ĐẢNG BỘ PHƯỜNG BA ĐÌNH" in text and "CHI BỘ TỔ DÂN PHỐ SỐ 7" in text
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "Số 03-BB/CB" in text
    assert "Phường Ba Đình, ngày 05 tháng 11 năm 2026" in text
    assert "BIÊN BẢN" in text and "Sinh hoạt chi bộ thường kỳ tháng 11 năm 2026" in text
    assert "vào lúc 19 giờ 30 phút" in text and "21 giờ 15 phút" in text
    # 10 in the branch (9 official + 1 probationary), 1 exempt → 9 expected, 7 present = 77,8 %.
    assert "Tổng số đảng viên: 10 đồng chí (chính thức: 9; dự bị: 1)" in text
    assert "miễn công tác và sinh hoạt đảng (không tính vào số phải dự): 1 đồng chí (Võ Thị Bình)" in text
    assert "Số đảng viên phải dự họp: 9 đồng chí" in text
    assert "Có mặt: 7/9 đồng chí (chính thức: 6; dự bị: 1), đạt tỷ lệ 77,8%" in text
    assert "Vắng có lý do: 1 đồng chí: Phạm Thị Hương (ốm)" in text
    assert "Vắng không lý do: 1 đồng chí: Trần Văn An" in text
    assert "Khách mời: Đồng chí Hoàng Văn Khải" in text
    assert "Chủ trì: đồng chí Đặng Thị Ngọc Ánh, Bí thư chi bộ" in text
    # Voting base 9 − 1 exempt absent − 1 excused = 7; 6 for → passed.
    assert "tán thành 6/7 đồng chí" in text and "Kết quả: được thông qua" in text
    assert "Đồng chí Huỳnh Thị Yến: Ý kiến số 2" in text
    assert "Chi bộ thống nhất ba nhiệm vụ trọng tâm của tháng 12." in text
    # Nobody scored the committee's lines of this record: «chưa chấm», never «Kém».
    assert "Chất lượng buổi sinh hoạt: chưa chấm (7 mục của phiếu chấm điểm chưa chấm)." in text
    assert "Kém" not in text
    assert "THƯ KÝ" in text and "CHỦ TRÌ" in text
    assert "Biên bản đã được đọc lại" in text


def test_quality_line_is_the_domain_score(db, record, clock):
    from desktop.documents.kit.text import number
    from desktop.domain.quality import QualityRules
    from desktop.services.meeting_records import (
        default_rules,
        figures_for_meeting,
        load_records,
    )
    from desktop.store.models import QualityItem

    with unit_of_work(db) as s:  # the committee's scores, a few points off the results line
        for item in QualityRules().ticked_items:
            s.add(QualityItem(meeting_id=record["meeting"], code=item.code,
                              points=item.max_points - (4 if item.code == "results" else 0)))
    with unit_of_work(db) as s:
        figures = figures_for_meeting(load_records(s, 2026), record["meeting"], default_rules(2026))
    text = one_line(pdf_text(DocumentService(db, clock=clock).minutes_pdf(record["meeting"])))
    q = figures.quality
    assert q.scored and q.band_label in ("Khá", "Trung bình", "Tốt")
    assert f"đạt {number(q.total)}/{number(q.max_total)} điểm, xếp loại chất lượng: {q.band_label}" in text
    assert "chưa chấm" not in text


def test_same_record_same_bytes(db, record, clock):
    service = DocumentService(db, clock=clock)
    first = service.minutes_pdf(record["meeting"])
    assert service.minutes_pdf(record["meeting"]) == first
    assert DocumentService(db, clock=clock).minutes_pdf(record["meeting"]) == first
    assert b"D:20261105000000" in first  # creation date taken from the meeting


def test_forty_speakers_break_cleanly_with_signatures_on_the_last_page(db, record, clock):
    with unit_of_work(db) as s:
        long_id = add_meeting(s, record, speeches=40)
    pdf = DocumentService(db, clock=clock).minutes_pdf(long_id)
    pages = page_count(pdf)
    assert pages >= 3
    last = one_line(pdf_text(pdf, pages, pages))
    assert "THƯ KÝ" in last and "CHỦ TRÌ" in last
    assert "Lê Văn Tuấn" in last and "Đặng Thị Ngọc Ánh" in last
    # The sign-off stays with the closing lines, never alone on a page.
    assert "Biên bản được đọc lại" in last or "Biên bản đã được đọc lại" in last
    for page in range(1, pages):
        assert "THƯ KÝ" not in pdf_text(pdf, page, page)
    # Every speech made it, in order, across the page breaks.
    text = one_line(pdf_text(pdf))
    positions = [text.index(f"Ý kiến số {k}:") for k in range(1, 41)]
    assert positions == sorted(positions)
    # Page numbers from page 2, at the top: page 1 starts with the letterhead.
    assert pdf_text(pdf, 1, 1).lstrip().startswith("ĐẢNG BỘ")
    for page in range(2, pages + 1):
        assert pdf_text(pdf, page, page).split()[0] == str(page)


def test_every_kind_has_its_subject(db, record, clock):
    service = DocumentService(db, clock=clock)
    expected = {
        MeetingKind.THEMATIC: "Sinh hoạt chuyên đề quý IV năm 2026",
        MeetingKind.COMBINED: "Sinh hoạt thường kỳ kết hợp chuyên đề tháng 11 năm 2026",
        MeetingKind.COMMITTEE: "Họp chi ủy tháng 11 năm 2026",
        MeetingKind.EXTRAORDINARY: "Sinh hoạt bất thường ngày 05/11/2026",
    }
    for kind, subject in expected.items():
        with unit_of_work(db) as s:
            mid = add_meeting(s, record, kind=kind, status=MeetingStatus.DRAFT,
                              topic="Học tập và làm theo tư tưởng Hồ Chí Minh")
        text = one_line(pdf_text(service.minutes_pdf(mid)))
        assert subject in text, kind
        assert "(Dự thảo, chưa thông qua)" in text
        assert "Số ……-BB/CB" in text  # a draft has no number yet
        assert ("ĐÁNH GIÁ CHẤT LƯỢNG" in text) is (kind is not MeetingKind.COMMITTEE)


def test_fonts_are_all_embedded(db, record, clock):
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(DocumentService(db, clock=clock).minutes_pdf(record["meeting"])))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert len(fonts) >= 3  # regular, bold, italic at least
    for name, font in fonts.items():
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name


def test_page_renders_to_a_non_blank_image(db, record, tmp_path, clock):
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(DocumentService(db, clock=clock).minutes_pdf(record["meeting"]))
    # pdftoppm -gray writes a binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    raw = next(tmp_path.glob("page*.pgm")).read_bytes()
    magic, size, depth, pixels = raw.split(b"\n", 3)
    width, height = map(int, size.split())
    assert magic == b"P5" and depth == b"255" and len(pixels) == width * height
    dark = sum(1 for v in pixels if v < 128)
    assert dark > 0.01 * width * height  # text covers a visible share of the page
    assert dark < 0.5 * width * height  # and the page is not a black block
