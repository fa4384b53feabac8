"""The self-evaluation report PDF: text read back with a real extractor, reproducible bytes."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from desktop.services.evaluation_pdf import evaluation_pdf
from tests.ui.test_evaluation_page import good_year


def test_report_reads_the_table_verdict_shortfalls_and_signature(db, clock):
    good_year(db, clock)
    pdf = evaluation_pdf(db, 2025, date(2026, 2, 1), clock=clock)
    assert pdf == evaluation_pdf(db, 2025, date(2026, 2, 1), clock=clock)  # same data, same bytes
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    assert "BÁO CÁO" in text and "Tự đánh giá, xếp loại «Chi bộ 4 tốt» năm 2025" in text
    assert "Tiêu chí 2. Chất lượng sinh hoạt tốt" in text and "23,5" in text
    assert "2.2: Quý III chưa có sinh hoạt chuyên đề — 3/4 quý — 3/4 điểm" in text
    assert "Chưa đạt «Chi bộ 4 tốt» — các tiêu chí 2, 3 chưa tốt" in text
    assert "T/M CHI BỘ" in text and "BÍ THƯ" in text
    assert "bộ tiêu chí mẫu" in text  # the sample is never passed off as a committee's rulebook
