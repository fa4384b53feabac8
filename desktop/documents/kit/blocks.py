"""Blocks a document is made of besides paragraphs: tables, signature blocks, blanks to fill."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.documents.kit.styles import Styles
from desktop.documents.kit.text import Markup, as_markup, esc, upper

SIGNATURE_SPACE_MM = 24  # room for a handwritten signature


@dataclass(frozen=True)
class Column:
    """A table column: title, relative width, alignment ("left", "centre", "right")."""

    title: str
    width: float = 1.0
    align: str = "left"


@dataclass(frozen=True)
class Signature:
    """One signature block: role lines in bold capitals, room to sign, then the name.

    roles: ("T/M CHI BỘ", "BÍ THƯ") or ("CHỦ TRÌ",); hint: an italic line under the roles,
    e.g. "(Ký, ghi rõ họ tên)"; name: printed under the space (empty: left to write by hand).
    """

    roles: tuple[str, ...]
    name: str = ""
    hint: str = ""


def make_table(columns: Sequence[Column], rows: Sequence[Sequence[str | Markup]],
               styles: Styles, width: float, *, header: bool = True,
               bold_last_row: bool = False, padding: float = 2.5) -> Table:
    if not columns:
        raise ValueError("Bảng cần ít nhất một cột.")
    cell_style = {"left": styles.cell, "centre": styles.cell_centre, "right": styles.cell_right}
    total = sum(c.width for c in columns)
    widths = [width * c.width / total for c in columns]
    data: list[list[Paragraph]] = []
    if header:
        data.append([Paragraph(esc(c.title), styles.cell_head) for c in columns])
    for r, row in enumerate(rows):
        if len(row) != len(columns):
            raise ValueError(f"Dòng {r + 1} của bảng có {len(row)} ô, cần {len(columns)}.")
        strong = bold_last_row and r == len(rows) - 1
        data.append([
            Paragraph(f"<b>{as_markup(v)}</b>" if strong else as_markup(v),
                      cell_style.get(c.align, styles.cell))
            for c, v in zip(columns, row)
        ])
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="CENTER",
                  spaceBefore=4)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.cell.fontName, styles.cell.fontSize),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 1),
    ]))
    return table


def _signature_cell(sig: Signature, styles: Styles, roles: int, hint: bool) -> list[Flowable]:
    """`roles` / `hint`: lines every block of the row has, so that the names line up."""
    cell: list[Flowable] = [Paragraph(esc(upper(r)), styles.sign_role) for r in sig.roles]
    cell += [Paragraph("&nbsp;", styles.sign_role) for _ in range(roles - len(sig.roles))]
    if hint:
        cell.append(Paragraph(f"<i>{esc(sig.hint)}</i>" if sig.hint else "&nbsp;", styles.centred))
    cell.append(Spacer(1, SIGNATURE_SPACE_MM * mm))
    name = esc(sig.name) if sig.name.strip() else "." * 30
    cell.append(Paragraph(name, styles.sign_name if sig.name.strip() else styles.centred))
    return cell


def signature_table(blocks: Sequence[Signature], styles: Styles, width: float,
                    recipients: Sequence[str] = ()) -> Table:
    """Blocks side by side; a single block sits on the right, with "Nơi nhận:" on the left."""
    if not blocks:
        raise ValueError("Cần ít nhất một chữ ký.")
    roles, hint = max(len(s.roles) for s in blocks), any(s.hint for s in blocks)
    cells: list[object] = [_signature_cell(s, styles, roles, hint) for s in blocks]
    if len(blocks) == 1:
        left: list[Flowable] = []
        if recipients:
            left.append(Paragraph("<b><i>Nơi nhận:</i></b>", styles.recipients))
            left += [Paragraph(f"- {esc(r)}", styles.recipients) for r in recipients]
        cells = [left, cells[0]]
    table = Table([cells], colWidths=[width / len(cells)] * len(cells), hAlign="CENTER")
    table.setStyle(TableStyle([
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("FONT", (0, 0), (-1, -1), styles.cell.fontName, styles.cell.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def dot_leader(prefix_markup: str, prefix_plain: str, styles: Styles, font: str,
               width: float) -> Paragraph:
    """A line starting with `prefix` and filled with dots to the right margin, to write on."""
    size = styles.plain.fontSize
    room = width - stringWidth(prefix_plain + " ", font, size) - size * 0.6
    dots = "." * max(3, int(room / stringWidth(".", font, size)))
    return Paragraph(f"{prefix_markup} {dots}" if prefix_markup else dots, styles.dots)
