"""The list of members proposed for the Party badge at the year's ceremony dates, to send to
the superior committee (danh sách đề nghị xét tặng Huy hiệu Đảng)."""

from __future__ import annotations

from datetime import date

from desktop.documents.fonts import FontFamily
from desktop.documents.kit import Column, DocumentBuilder, DocumentMeta, PageSetup, Signature
from desktop.documents.kit.text import short_date
from desktop.documents.lifecycle_data import BadgeListData

COLUMNS = (
    Column("STT", 0.8, "centre"),
    Column("Họ và tên", 3.2),
    Column("Ngày sinh", 2.3, "centre"),
    Column("Ngày vào Đảng", 2.3, "centre"),
    Column("Tuổi đảng", 1.9, "centre"),
    Column("Huy hiệu", 1.3, "centre"),
    Column("Dịp trao", 2.3, "centre"),
)


def badge_list_pdf(data: BadgeListData, setup: PageSetup, family: FontFamily | None = None) -> bytes:
    title = "Danh sách đề nghị xét tặng Huy hiệu Đảng"
    meta = DocumentMeta(f"{title} năm {data.year}", data.letterhead.issued_on or date(data.year, 1, 1),
                        author=data.branch_name, subject=title)
    doc = DocumentBuilder(setup, data.letterhead, meta, family)
    doc.title(title).subject(f"Các dịp trao năm {data.year}")
    if data.rows:
        rows = [[str(n), r.name, short_date(r.birth_date), short_date(r.admitted_on), r.party_age,
                 f"{r.years} năm", short_date(r.ceremony_on)] for n, r in enumerate(data.rows, start=1)]
        doc.table(COLUMNS, rows)
        doc.paragraph(f"Tổng cộng {len(data.rows)} đồng chí.", indent=False)
    else:
        doc.paragraph(f"Năm {data.year} chi bộ không có đảng viên đến mốc xét tặng Huy hiệu Đảng.")
    doc.note("(Tuổi đảng tại dịp trao, tính từ ngày vào Đảng, trừ thời gian không sinh hoạt đảng "
             "đã ghi trong sổ)")
    doc.signatures([Signature(("T/M Chi bộ", "Bí thư"), data.secretary)], keep_with_last=1,
                   recipients=("Cấp ủy cấp trên (để xét, đề nghị)", "Lưu chi bộ"))
    return doc.build()
