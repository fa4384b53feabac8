"""The two-column letterhead of a party document (HD 36-HD/VPTW; DOMAIN.md §9).

    ĐẢNG BỘ PHƯỜNG BA ĐÌNH          ĐẢNG CỘNG SẢN VIỆT NAM
    CHI BỘ TỔ DÂN PHỐ SỐ 7          ──────────────────────   (as long as the text)
            ───                                               (short rule)
        Số 03-BB/CB          Phường Ba Đình, ngày 05 tháng 11 năm 2026
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Table, TableStyle

from desktop.documents.fonts import FontFamily
from desktop.documents.kit.styles import Styles
from desktop.documents.kit.text import esc, nfc, place_and_date, upper

PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
LEFT_SHARE = 0.44  # the right column needs room for the long place-and-date line


@dataclass(frozen=True)
class Letterhead:
    """Who issues the document, where and when.

    superior: "Đảng bộ phường Ba Đình" (printed upper case);
    issuer: "Chi bộ Tổ dân phố số 7" (upper case, bold);
    place: "Phường Ba Đình" — the place in the date line;
    issued_on: the date in the date line, None for a form dated by hand;
    number: "Số 03-BB/CB", empty for documents without a number;
    year: the year printed in a blank date line ("ngày … tháng … năm 2026").
    """

    superior: str
    issuer: str
    place: str
    issued_on: date | None = None
    number: str = ""
    year: int | None = None


def letterhead_flowable(head: Letterhead, styles: Styles, family: FontFamily,
                        width: float) -> Flowable:
    left_w = width * LEFT_SHARE
    issuer = upper(head.issuer)
    issuer_w = stringWidth(issuer, family.face(bold=True), styles.head_left.fontSize)
    short_rule = max(15 * mm, min(issuer_w, left_w) * 0.3)
    party_w = stringWidth(PARTY, family.face(bold=True), styles.head_right.fontSize)

    def rule(length: float) -> HRFlowable:
        return HRFlowable(width=length, thickness=0.6, color=colors.black, lineCap="butt",
                          spaceBefore=3, spaceAfter=2, hAlign="CENTER")

    left_top: list[Flowable] = []
    if nfc(head.superior).strip():
        left_top.append(Paragraph(esc(upper(head.superior)), styles.head_left))
    left_top += [Paragraph(f"<b>{esc(issuer)}</b>", styles.head_left), rule(short_rule)]
    right_top = [Paragraph(f"<b>{PARTY}</b>", styles.head_right), rule(party_w)]
    number = Paragraph(esc(head.number), styles.head_left) if head.number else ""
    dated = Paragraph(f"<i>{esc(place_and_date(head.place, head.issued_on, head.year))}</i>",
                      styles.head_date)
    table = Table(
        [[left_top, right_top], [number, dated]],
        colWidths=[left_w, width - left_w],
        hAlign="CENTER",
    )
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.cell.fontName, styles.cell.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),  # centres the rules inside their column
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 1), (-1, 1), 6),  # air between the rules and the number/date line
    ]))
    return table
