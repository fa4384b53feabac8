"""A member's personal record on one A4 page (tóm tắt quá trình của đảng viên): identity,
admission and official dates, party age, positions, situation history, ratings by year,
discipline and badges. Long histories keep their latest lines so the page stays one page."""

from __future__ import annotations

from desktop.documents.fonts import FontFamily
from desktop.documents.kit import Column, DocumentBuilder, DocumentMeta, PageSetup, Signature
from desktop.documents.kit.text import short_date
from desktop.documents.lifecycle_data import CardLine, MemberCardData

MAX_LINES = 5  # per section: the latest ones (the page holds five sections and a signature)
DATED = (Column("Thời gian", 1.35, "centre"), Column("Nội dung", 4.0))


def member_card_pdf(data: MemberCardData, setup: PageSetup, family: FontFamily | None = None) -> bytes:
    title = "Phiếu tóm tắt quá trình của đảng viên"
    meta = DocumentMeta(f"{title} — {data.name}", data.printed_on, author=data.branch_name,
                        subject=title)
    doc = DocumentBuilder(setup, data.letterhead, meta, family)
    doc.title(title).subject(data.name)
    facts = [
        ("Ngày sinh:", short_date(data.birth_date) or "—"), ("Giới tính:", data.sex or "—"),
        ("Số thẻ đảng viên:", data.card_number or "—"),
        ("Ngày vào Đảng:", short_date(data.admitted_on) or "—"),
        ("Ngày chính thức:", short_date(data.official_on) or "—"),
        ("Tình trạng:", data.standing),
        ("Tuổi đảng:", (f"{data.party_age} (đến {short_date(data.printed_on)})" if data.party_age else "—")),
        ("Huy hiệu sắp tới:", data.next_badge or "—"),
    ]
    doc.table((Column("", 1.75), Column("", 1.45), Column("", 1.6), Column("", 2.0)),
              [[a[0], a[1], b[0], b[1]] for a, b in zip(facts[::2], facts[1::2])], header=False,
              padding=1.0)
    _section(doc, "I. Chức vụ trong chi bộ", data.positions)
    _section(doc, "II. Diễn biến sinh hoạt đảng", data.situations)
    _section(doc, "III. Xếp loại chất lượng hằng năm", data.ratings)
    _section(doc, "IV. Kỷ luật", data.discipline)
    _section(doc, "V. Huy hiệu Đảng", data.badges)
    doc.signatures([Signature(("T/M Chi bộ", "Bí thư"), data.secretary)], keep_with_last=1)
    return doc.build()


def _section(doc: DocumentBuilder, heading: str, lines: tuple[CardLine, ...]) -> None:
    if not lines:
        doc.heading(f"{heading}: không có")
        return
    doc.heading(heading)
    shown = lines[-MAX_LINES:]
    rows = [[line.on, line.text] for line in shown]
    if len(lines) > len(shown):
        rows.insert(0, ["…", f"(và {len(lines) - len(shown)} dòng trước đó)"])
    doc.table(DATED, rows, header=False, padding=1.0)
