"""A member's personal record on one A4 page (tóm tắt quá trình của đảng viên): identity,
admission and official dates, party age, positions, situation history, ratings by year,
discipline and badges. Long histories keep their latest lines, and ratings and badges run in
one paragraph, so the page stays one page."""

from __future__ import annotations

from dataclasses import replace

from desktop.documents.fonts import FontFamily
from desktop.documents.kit import Column, DocumentBuilder, DocumentMeta, PageSetup, Signature
from desktop.documents.kit.text import short_date
from desktop.documents.lifecycle_data import CardLine, MemberCardData

MAX_LINES = 4  # per section: the latest ones (the page holds five sections and a signature)
DATED = (Column("Thời gian", 1.1, "centre"), Column("Nội dung", 4.4))


def member_card_pdf(data: MemberCardData, setup: PageSetup, family: FontFamily | None = None) -> bytes:
    """One page: the body is set at most 13 pt, and smaller (down to 11 pt) for a long career."""
    pdf = b""
    for size in sorted({min(setup.font_size, 13.0), 12.0, 11.0}, reverse=True):
        doc = _card(data, replace(setup, font_size=min(setup.font_size, size)), family)
        pdf = doc.build()
        if doc.pages <= 1:
            break
    return pdf


def _card(data: MemberCardData, setup: PageSetup, family: FontFamily | None) -> DocumentBuilder:
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
        ("Tuổi đảng hiện nay:", data.party_age or "—"),
        ("Huy hiệu sắp tới:", data.next_badge or "—"),
    ]
    doc.table((Column("", 1.75), Column("", 1.45), Column("", 1.6), Column("", 2.0)),
              [[a[0], a[1], b[0], b[1]] for a, b in zip(facts[::2], facts[1::2])], header=False,
              padding=1.0)
    _section(doc, "I. Chức vụ trong chi bộ", data.positions)
    _section(doc, "II. Diễn biến sinh hoạt đảng", data.situations)
    _inline(doc, "III. Xếp loại chất lượng hằng năm", data.ratings, "{on}: {text}")
    _section(doc, "IV. Kỷ luật", data.discipline)
    _inline(doc, "V. Huy hiệu Đảng (mốc tuổi đảng đã đến)", data.badges, "{text} — dịp {on}")
    doc.signatures([Signature(("T/M Chi bộ", "Bí thư"), data.secretary)], keep_with_last=1)
    return doc


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


def _inline(doc: DocumentBuilder, heading: str, lines: tuple[CardLine, ...], form: str) -> None:
    """Short dated items (ratings by year, badges) in one paragraph: a whole career fits."""
    if not lines:
        doc.heading(f"{heading}: không có")
        return
    doc.heading(heading)
    doc.paragraph("; ".join(form.format(on=line.on, text=line.text) for line in lines) + ".",
                  indent=False)
