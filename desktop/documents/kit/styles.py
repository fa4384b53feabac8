"""Paragraph styles of a party document (DOMAIN.md §9), sized from the PageSetup."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from desktop.documents.fonts import FontFamily
from desktop.documents.kit.setup import PageSetup

LEADING = 1.25  # room for stacked Vietnamese tone marks (Ễ, Ậ) without crowding lines


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle  # justified, first-line indent 10 mm
    plain: ParagraphStyle  # justified, no indent (lists, labelled lines)
    dots: ParagraphStyle  # left-aligned lines of dots to write on by hand
    heading: ParagraphStyle  # bold section heading ("I. THÀNH PHẦN")
    title: ParagraphStyle  # document type: upper, 16, bold, centred
    subject: ParagraphStyle  # bold, centred
    centred: ParagraphStyle
    note: ParagraphStyle  # italic, centred, smaller ("(Dự thảo)")
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    head_left: ParagraphStyle  # letterhead, 14
    head_right: ParagraphStyle  # letterhead "ĐẢNG CỘNG SẢN VIỆT NAM", 15 bold
    head_date: ParagraphStyle  # italic place-and-date line, 14
    sign_role: ParagraphStyle
    sign_name: ParagraphStyle
    recipients: ParagraphStyle
    page_number: ParagraphStyle


def make_styles(setup: PageSetup, family: FontFamily) -> Styles:
    size = setup.font_size
    regular, bold = family.face(), family.face(bold=True)
    italic = family.face(italic=True)

    def style(name: str, font: str = regular, fs: float = size, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=fs, leading=fs * LEADING, **kw)

    tsize = setup.table_font_size
    return Styles(
        body=style("body", alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=size * 0.3),
        plain=style("plain", alignment=TA_JUSTIFY, spaceAfter=size * 0.2),
        dots=style("dots", alignment=TA_LEFT, spaceAfter=size * 0.35),
        heading=style("heading", bold, alignment=TA_LEFT, spaceBefore=size * 0.5,
                      spaceAfter=size * 0.3, keepWithNext=1),
        title=style("title", bold, 16, alignment=TA_CENTER, spaceBefore=size * 1.2),
        subject=style("subject", bold, size, alignment=TA_CENTER, spaceAfter=size * 0.9),
        centred=style("centred", alignment=TA_CENTER),
        note=style("note", italic, size - 1, alignment=TA_CENTER, spaceAfter=size * 0.5),
        cell=style("cell", fs=tsize, alignment=TA_LEFT),
        cell_centre=style("cell_centre", fs=tsize, alignment=TA_CENTER),
        cell_right=style("cell_right", fs=tsize, alignment=TA_RIGHT),
        cell_head=style("cell_head", bold, tsize, alignment=TA_CENTER),
        head_left=style("head_left", fs=14, alignment=TA_CENTER),
        head_right=style("head_right", bold, 15, alignment=TA_CENTER),
        head_date=style("head_date", italic, 14, alignment=TA_CENTER),
        sign_role=style("sign_role", bold, size, alignment=TA_CENTER),
        sign_name=style("sign_name", bold, size, alignment=TA_CENTER),
        recipients=style("recipients", fs=12, alignment=TA_LEFT),
        page_number=style("page_number", fs=size - 1, alignment=TA_CENTER),
    )
