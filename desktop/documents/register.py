"""The year's meeting register: one line per meeting (date, kind, number, present/expected,
rate, quality), signed T/M CHI BỘ / BÍ THƯ."""

from __future__ import annotations

from collections import Counter
from datetime import date

from desktop.documents.data import RegisterData
from desktop.documents.fonts import FontFamily
from desktop.documents.kit import (
    Column,
    DocumentBuilder,
    DocumentMeta,
    PageSetup,
    Signature,
)
from desktop.documents.kit.text import number, percent, short_date
from desktop.domain.agenda import KIND_TITLES
from desktop.domain.enums import MeetingKind

COLUMNS = (
    Column("STT", 0.9, "centre"),
    Column("Ngày họp", 2.0, "centre"),
    Column("Loại", 2.1),
    Column("Số biên bản", 2.0, "centre"),
    Column("Có mặt / Phải dự", 1.6, "centre"),
    Column("Tỷ lệ", 1.3, "centre"),
    Column("Chất lượng", 1.9, "centre"),
)
# Short names keep one line per meeting in the table.
SHORT_KIND = {
    MeetingKind.REGULAR: "Thường kỳ",
    MeetingKind.THEMATIC: "Chuyên đề",
    MeetingKind.COMBINED: "Thường kỳ và chuyên đề",
    MeetingKind.COMMITTEE: "Họp chi ủy",
    MeetingKind.EXTRAORDINARY: "Bất thường",
}


def register_pdf(data: RegisterData, setup: PageSetup, family: FontFamily | None = None) -> bytes:
    title = f"Sổ theo dõi sinh hoạt chi bộ năm {data.year}"
    doc = DocumentBuilder(setup, data.letterhead,
                          DocumentMeta(title, data.letterhead.issued_on or date(data.year, 12, 31),
                                       author=data.branch_name, subject=title), family)
    doc.title("Sổ theo dõi sinh hoạt chi bộ").subject(f"Năm {data.year}")
    rows = []
    for n, r in enumerate(data.rows, start=1):
        quality = r.quality_band  # "chưa chấm" for a sheet not scored yet, "" for committee
        if r.quality_points is not None:
            quality = f"{number(r.quality_points)} – {r.quality_band}"
        kind = SHORT_KIND[r.kind] + ("" if r.adopted else " (dự thảo)")
        rows.append([str(n), short_date(r.held_on), kind, r.number or "—",
                     f"{r.present}/{r.expected}", percent(r.rate), quality or "—"])
    if rows:
        doc.table(COLUMNS, rows)
        counts = Counter(r.kind for r in data.rows)
        parts = [f"{KIND_TITLES[k].lower()}: {counts[k]}" for k in KIND_TITLES if counts[k]]
        doc.paragraph(f"Tổng cộng {len(data.rows)} buổi ({'; '.join(parts)}).", indent=False)
    else:
        doc.paragraph(f"Chưa có buổi sinh hoạt nào được ghi trong năm {data.year}.")
    doc.signatures([Signature(("T/M Chi bộ", "Bí thư"), data.secretary)], keep_with_last=1)
    return doc.build()
