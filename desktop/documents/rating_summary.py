"""The branch's report on the year's member ratings (báo cáo tổng hợp kết quả xếp loại).

Data in (plain frozen dataclasses filled by `services/reviews_report.py`), PDF bytes out; the
figures are the review service's own, so the report prints what the screen shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.documents.fonts import FontFamily
from desktop.documents.kit import (
    Column,
    DocumentBuilder,
    DocumentMeta,
    Letterhead,
    PageSetup,
    Signature,
)
from desktop.documents.kit.text import short_date
from desktop.domain.numbers import percent_value

TITLE = "Báo cáo"


@dataclass(frozen=True)
class RatingCount:
    code: str  # "HTXSNV"
    title: str  # "Hoàn thành xuất sắc nhiệm vụ"
    count: int
    percent: float  # of the members reviewed, one decimal


@dataclass(frozen=True)
class MemberLine:
    name: str
    self_rating: str
    branch_rating: str
    committee_rating: str
    superior_rating: str
    final_rating: str
    note: str = ""  # short, e.g. "Kỷ luật khiển trách (35-QĐ/ĐU)"


@dataclass(frozen=True)
class LeftOut:
    name: str
    reason: str  # one Vietnamese sentence
    since: str = ""  # "08/07/2025": the date that explains the reason


@dataclass(frozen=True)
class RatingSummaryData:
    letterhead: Letterhead
    branch_name: str
    year: int
    issued_on: date
    reference_date: date
    reviewed: int
    unrated: int
    counts: tuple[RatingCount, ...]
    members: tuple[MemberLine, ...]
    left_out: tuple[LeftOut, ...]
    cap_warning: str = ""  # "3 HTXSNV, giới hạn 20% của 12 HTTNV = 2" when past the cap
    secretary: str = ""


def rating_summary_pdf(data: RatingSummaryData, setup: PageSetup,
                       family: FontFamily | None = None) -> bytes:
    subject = f"Kết quả kiểm điểm, xếp loại chất lượng đảng viên năm {data.year}"
    meta = DocumentMeta(f"{TITLE} {subject.lower()}", data.issued_on, author=data.branch_name,
                        subject=subject)
    doc = DocumentBuilder(setup, data.letterhead, meta, family)
    doc.title(TITLE).subject(subject)
    doc.heading("I. Số đảng viên được kiểm điểm, xếp loại")
    doc.paragraph(
        f"Tính đến ngày {short_date(data.reference_date)}, chi bộ có {data.reviewed} đảng viên "
        f"thuộc diện kiểm điểm, xếp loại chất lượng; {len(data.left_out)} đảng viên không xếp "
        f"loại tại chi bộ (nêu ở mục III)"
        + (f"; {data.unrated} đảng viên chưa có kết quả xếp loại." if data.unrated else ".")
    )
    doc.heading("II. Kết quả xếp loại")
    rows = [[str(i), f"{c.title} ({c.code})", str(c.count), percent_value(c.percent)]
            for i, c in enumerate(data.counts, start=1)]
    rated = sum(c.count for c in data.counts)
    # The total's share is computed, not summed: rounded shares can add up to 99,9%.
    rows.append(["", "Tổng số", str(rated), percent_value(100 * rated / data.reviewed if data.reviewed else 0)])
    doc.table([Column("STT", 0.6, "centre"), Column("Mức xếp loại", 5), Column("Số lượng", 1.3, "centre"),
               Column("Tỷ lệ", 1.2, "centre")], rows, bold_last_row=True)
    if data.cap_warning:
        doc.paragraph(f"Lưu ý: số đảng viên hoàn thành xuất sắc nhiệm vụ vượt giới hạn "
                      f"({data.cap_warning}).")
    doc.heading("Danh sách đảng viên và kết quả từng bước")
    lines = [[str(i), m.name, m.self_rating, m.branch_rating, m.committee_rating, m.superior_rating,
              m.note] for i, m in enumerate(data.members, start=1)]
    doc.table([Column("STT", 1.05, "centre"), Column("Họ và tên", 3.6),
               Column("Tự nhận", 1.75, "centre"), Column("Chi bộ", 1.75, "centre"),
               Column("Chi ủy", 1.75, "centre"), Column("Cấp trên", 1.75, "centre"),
               Column("Ghi chú", 1.9)], lines)
    doc.note("(Tự nhận: đảng viên tự xếp loại; Chi bộ: chi bộ biểu quyết; Chi ủy: chi ủy đề nghị; "
             "Cấp trên: cấp ủy cấp trên quyết định.)")
    doc.heading("III. Đảng viên không xếp loại tại chi bộ")
    if data.left_out:
        for item in data.left_out:
            since = f" (từ ngày {item.since})" if item.since else ""
            doc.bullet(f"{item.name}{since}: {item.reason}")
    else:
        doc.paragraph("Không có.")
    doc.signatures([Signature(("T/M CHI BỘ", "BÍ THƯ"), data.secretary)],
                   recipients=(f"{data.letterhead.superior} (để báo cáo)", "Lưu chi bộ"))
    return doc.build()
