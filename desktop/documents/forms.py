"""Member forms written by hand or pre-filled: the annual commitment (five standards of
QĐ 144-QĐ/TW) and the self-review (Mẫu 2C sections of HD 43-HD/BTCTW).

A blank form (no member) leaves dots after every label; a pre-filled one prints the member's
details, and any section text already recorded; other sections get dotted lines to write on.
"""

from __future__ import annotations

from datetime import date

from desktop.documents.data import MemberFormData
from desktop.documents.fonts import FontFamily
from desktop.documents.kit import DocumentBuilder, DocumentMeta, PageSetup, Signature
from desktop.documents.kit.text import short_date
from desktop.domain.enums import Rating
from desktop.domain.rating import RATING_ORDER, RATING_TITLES_VI
from desktop.domain.review_forms import (
    COMMITMENT_STANDARDS,
    SELF_REVIEW_SECTIONS,
    SELF_REVIEW_TEXT_SECTIONS,
    FormSection,
)

COMMITMENT_LINES = 5  # dotted lines under each heading of a blank form
SELF_REVIEW_LINES = 4
SIGN_HINT = "(Ký, ghi rõ họ tên)"


def _start(data: MemberFormData, setup: PageSetup, family: FontFamily | None,
           title: str) -> DocumentBuilder:
    # A form's PDF date: the start of its year (there is no record date to take).
    who = f" — {data.member.name}" if data.member else ""
    meta = DocumentMeta(f"{title} năm {data.year}{who}", date(data.year, 1, 1),
                        author=data.branch_name, subject=title)
    doc = DocumentBuilder(setup, data.letterhead, meta, family)
    doc.title(title).subject(f"Năm {data.year}")
    return doc


def _details(doc: DocumentBuilder, data: MemberFormData) -> None:
    m = data.member
    doc.spacer(2)
    doc.field("Họ và tên:", m.name if m else "")
    doc.field("Ngày sinh:", short_date(m.birth_date) if m else "")
    doc.field("Ngày vào Đảng:", short_date(m.admitted_on) if m else "")
    doc.field("Ngày chính thức:", short_date(m.official_on) if m else "")
    doc.field("Chức vụ trong Đảng:", m.position if m else "")
    doc.field("Sinh hoạt tại:", data.branch_name)


def _sections(doc: DocumentBuilder, sections: tuple[FormSection, ...], written: dict[str, str],
              blank_lines: int) -> None:
    for item in sections:
        doc.heading(f"{item.number}. {item.title_vi}")
        text = written.get(item.code, "").strip()
        if text:
            for para in text.split("\n"):
                doc.paragraph(para)
        else:
            doc.blank_lines(blank_lines)


def commitment_pdf(data: MemberFormData, setup: PageSetup, family: FontFamily | None = None) -> bytes:
    doc = _start(data, setup, family, "Bản cam kết tu dưỡng, rèn luyện, phấn đấu")
    _details(doc, data)
    doc.paragraph(
        "Căn cứ Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách "
        "mạng của cán bộ, đảng viên trong giai đoạn mới, tôi xin cam kết tu dưỡng, rèn luyện, "
        f"phấn đấu năm {data.year} với những nội dung sau:"
    )
    _sections(doc, COMMITMENT_STANDARDS, dict(data.sections), COMMITMENT_LINES)
    doc.paragraph("Tôi xin hứa thực hiện nghiêm túc những nội dung đã cam kết; đề nghị chi ủy, "
                  "chi bộ theo dõi, giám sát, giúp đỡ tôi thực hiện.")
    name = data.member.name if data.member else ""
    doc.signatures([Signature(("Xác nhận của chi bộ", "T/M Chi bộ"), ""),
                    Signature(("Người cam kết",), name, SIGN_HINT)], keep_with_last=1)
    return doc.build()


def _rating_lines(chosen: str) -> list[str]:
    """One box per rating, the member's choice filled in (■) when already recorded."""
    return [f"{'■' if chosen == r.value else '□'} {RATING_TITLES_VI[Rating(r)]} ({r.value})"
            for r in RATING_ORDER]


def self_review_pdf(data: MemberFormData, setup: PageSetup, family: FontFamily | None = None) -> bytes:
    doc = _start(data, setup, family, "Bản tự kiểm điểm đảng viên")
    # "Mẫu 2C, Hướng dẫn 43-HD/BTCTW (31/10/2025)" → "… 43-HD/BTCTW ngày 31/10/2025"
    source = SELF_REVIEW_SECTIONS[0].source.replace(" (", " ngày ").rstrip(")")
    doc.note(f"(Dùng cho đảng viên ngoài khu vực nhà nước — {source})")
    _details(doc, data)
    _sections(doc, SELF_REVIEW_TEXT_SECTIONS, dict(data.sections), SELF_REVIEW_LINES)
    last = SELF_REVIEW_SECTIONS[-1]
    doc.heading(f"{last.number}. {last.title_vi}")
    for line in _rating_lines(data.self_rating):
        doc.paragraph(line)
    doc.heading("Nhận xét, đánh giá của chi bộ")
    doc.blank_lines(3)
    doc.field("Chi bộ đề nghị xếp loại:")
    name = data.member.name if data.member else ""
    doc.signatures([Signature(("T/M Chi bộ",), ""),
                    Signature(("Người tự kiểm điểm",), name, SIGN_HINT)], keep_with_last=5)
    return doc.build()
