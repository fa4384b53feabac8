"""DocumentBuilder: the one way documents of the app are laid out.

    from desktop.documents.kit import DocumentBuilder, DocumentMeta, Letterhead, PageSetup, Signature

    pdf = (DocumentBuilder(PageSetup(), letterhead, DocumentMeta("Biên bản", date(2026, 11, 5)))
           .title("Biên bản").subject("Sinh hoạt chi bộ tháng 11 năm 2026")
           .heading("I. Thành phần").paragraph("Hôm nay, …")
           .table([Column("STT", 1, "centre"), Column("Họ và tên", 6)], [["1", "Lê Văn Tuấn"]])
           .signatures([Signature(("Thư ký",), "Lê Văn Tuấn"), Signature(("Chủ trì",), "…")])
           .build())

Text arguments are plain strings (normalised to NFC and escaped); pass `Markup` (see
`kit.text`: esc/b/i) for inline bold or italic. Pages from the second carry their number at the
top centre. Output is reproducible: `invariant` mode and the creation date from `meta`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import partial

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from desktop.documents.fonts import FontFamily, ensure_registered
from desktop.documents.kit.blocks import (
    Column,
    Signature,
    dot_leader,
    make_table,
    signature_table,
)
from desktop.documents.kit.letterhead import Letterhead, letterhead_flowable
from desktop.documents.kit.setup import DocumentMeta, PageSetup
from desktop.documents.kit.styles import Styles, make_styles
from desktop.documents.kit.text import Markup, as_markup, esc, nfc, upper


def _canvas_dated(meta: DocumentMeta, *args: object, **kwargs: object) -> Canvas:
    canvas = Canvas(*args, **kwargs)
    day = meta.created_on
    # The PDF's CreationDate/ModDate come from the record, not the clock.
    canvas.setDateFormatter(lambda *_: f"D:{day.year:04d}{day.month:02d}{day.day:02d}000000+00'00'")
    return canvas


class DocumentBuilder:
    def __init__(self, setup: PageSetup, letterhead: Letterhead | None, meta: DocumentMeta,
                 family: FontFamily | None = None):
        self.setup = setup
        self.family = ensure_registered(family)
        self.styles: Styles = make_styles(setup, self.family)
        self.width = setup.frame_width
        self._meta = meta
        self._story: list[Flowable] = []
        self.pages = 0
        if letterhead is not None:
            self._story.append(letterhead_flowable(letterhead, self.styles, self.family, self.width))

    # -- text -------------------------------------------------------------------------------
    def title(self, text: str) -> DocumentBuilder:
        """The document type ("BIÊN BẢN"): upper case, bold, centred."""
        return self.add(Paragraph(esc(upper(text)), self.styles.title))

    def subject(self, text: str | Markup) -> DocumentBuilder:
        return self.add(Paragraph(as_markup(text), self.styles.subject))

    def note(self, text: str | Markup) -> DocumentBuilder:
        """An italic centred line, e.g. "(Dự thảo)" under the subject."""
        return self.add(Paragraph(as_markup(text), self.styles.note))

    def heading(self, text: str | Markup) -> DocumentBuilder:
        """A bold section heading, kept with the paragraph after it."""
        return self.add(Paragraph(as_markup(text), self.styles.heading))

    def paragraph(self, text: str | Markup, *, indent: bool = True) -> DocumentBuilder:
        """A body paragraph: justified; first line indented 10 mm unless indent=False."""
        if not nfc(str(text)).strip():
            return self
        return self.add(Paragraph(as_markup(text), self.styles.body if indent else self.styles.plain))

    def labelled(self, label: str, value: str | Markup, *, indent: bool = True) -> DocumentBuilder:
        """"<b>Chủ trì:</b> đồng chí …" — a bold label followed by its text."""
        return self.paragraph(Markup(f"<b>{esc(label)}</b> {as_markup(value)}"), indent=indent)

    def bullet(self, text: str | Markup, *, lead: str = "-") -> DocumentBuilder:
        return self.paragraph(Markup(f"{esc(lead)} {as_markup(text)}"), indent=True)

    def field(self, label: str, value: str = "") -> DocumentBuilder:
        """A form line: "Họ và tên: Lê Văn Tuấn", or the label and dots to fill in by hand."""
        if nfc(value).strip():
            return self.paragraph(Markup(f"{esc(label)} <b>{esc(value)}</b>"), indent=False)
        return self.add(dot_leader(esc(label), nfc(label), self.styles, self.family.face(),
                                   self.width))

    def blank_lines(self, count: int) -> DocumentBuilder:
        """Dotted lines across the page to write on by hand."""
        for _ in range(count):
            self.add(dot_leader("", "", self.styles, self.family.face(), self.width))
        return self

    # -- blocks -----------------------------------------------------------------------------
    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str | Markup]], *,
              header: bool = True, bold_last_row: bool = False,
              padding: float = 2.5) -> DocumentBuilder:
        """A ruled table; the header row repeats on every page it spans. `padding` (points,
        above and below each cell) makes rows taller, e.g. to leave room for signatures."""
        table = make_table(columns, rows, self.styles, self.width, header=header,
                           bold_last_row=bold_last_row, padding=padding)
        last = self._story[-1] if self._story else None
        if isinstance(last, Paragraph) and getattr(last.style, "keepWithNext", 0):
            # keepWithNext would glue the heading to the *whole* table and push a long table to
            # a new page; instead keep the heading with room for its first rows.
            self._story.pop()
            loose = ParagraphStyle("heading_loose", parent=last.style, keepWithNext=0)
            row = self.setup.table_font_size * 1.25 + 5
            self.add(CondPageBreak(last.style.leading * 2 + row * 4))
            self.add(Paragraph(last.text, loose))
        self.add(table)
        return self.spacer(3)

    def signatures(self, blocks: Sequence[Signature], *, keep_with_last: int = 1,
                   recipients: Sequence[str] = ()) -> DocumentBuilder:
        """Signature blocks side by side, kept on one page with the last `keep_with_last`
        flowables before them (so a signature never stands alone on a page)."""
        keep = self._story[-keep_with_last:] if keep_with_last > 0 else []
        if keep:
            del self._story[-len(keep):]
        sig = signature_table(blocks, self.styles, self.width, recipients)
        return self.add(KeepTogether([*keep, Spacer(1, 4 * mm), sig]))

    def spacer(self, height_mm: float) -> DocumentBuilder:
        return self.add(Spacer(1, height_mm * mm))

    def page_break(self) -> DocumentBuilder:
        return self.add(PageBreak())

    def add(self, flowable: Flowable) -> DocumentBuilder:
        """Escape hatch for any ReportLab flowable built with `self.styles`."""
        self._story.append(flowable)
        return self

    # -- output -----------------------------------------------------------------------------
    def build(self) -> bytes:
        out = io.BytesIO()
        s = self.setup
        page_w, page_h = s.page_size
        doc = BaseDocTemplate(
            out, pagesize=s.page_size, topMargin=s.top_mm * mm, bottomMargin=s.bottom_mm * mm,
            leftMargin=s.left_mm * mm, rightMargin=s.right_mm * mm, invariant=1,
            title=nfc(self._meta.title), author=nfc(self._meta.author),
            subject=nfc(self._meta.subject), creator=nfc(self._meta.creator), lang="vi-VN",
            # Our own font as the initial one, or ReportLab references a non-embedded Helvetica.
            initialFontName=self.family.face(), initialFontSize=s.font_size,
        )
        # No frame padding: the margins printed are exactly the margins set.
        frame = Frame(s.left_mm * mm, s.bottom_mm * mm, self.width,
                      page_h - (s.top_mm + s.bottom_mm) * mm, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=self._page_number)])
        doc.build(list(self._story), canvasmaker=partial(_canvas_dated, self._meta))
        self.pages = doc.page  # pages written, for documents that must fit a number of pages
        return out.getvalue()

    def _page_number(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Page numbers from page 2, top centre, inside the top margin."""
        if doc.page < 2:
            return
        canvas.saveState()
        canvas.setFont(self.family.face(), self.setup.font_size - 1)
        _width, height = self.setup.page_size
        x = self.setup.left_mm * mm + self.width / 2
        canvas.drawCentredString(x, height - self.setup.top_mm * mm / 2, str(doc.page))
        canvas.restoreState()
