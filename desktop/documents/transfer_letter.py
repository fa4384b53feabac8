"""The introduction letter for a transfer of party activity and, below a cut line, the receipt
slip the receiving organisation sends back (giấy giới thiệu sinh hoạt đảng / phiếu báo đã nhận
sinh hoạt đảng), on one A4 page in the party's format (HD 36-HD/VPTW)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable

from desktop.documents.fonts import FontFamily
from desktop.documents.kit import Column, DocumentBuilder, DocumentMeta, PageSetup, Signature
from desktop.documents.kit.text import DOTS, date_words, short_date
from desktop.documents.lifecycle_data import TransferLetterData

FACT_COLUMNS = (Column("", 1.6), Column("", 1.5), Column("", 1.6), Column("", 1.5))


def _kind_words(data: TransferLetterData) -> str:
    return "tạm thời" if data.temporary else "chính thức"


def transfer_letter_pdf(data: TransferLetterData, setup: PageSetup,
                        family: FontFamily | None = None) -> bytes:
    title = f"Giấy giới thiệu sinh hoạt đảng {_kind_words(data)}"
    meta = DocumentMeta(f"{title} — {data.member_name}", data.letter_on or data.moved_on,
                        author=data.branch_name, subject=title)
    doc = DocumentBuilder(setup, data.letterhead, meta, family)
    if data.out:
        _letter(doc, data)
        _cut_line(doc)
        _receipt(doc, data, filled=False)
    else:
        _receipt(doc, data, filled=True)
    return doc.build()


def _letter(doc: DocumentBuilder, data: TransferLetterData) -> None:
    doc.title(f"Giấy giới thiệu sinh hoạt đảng {_kind_words(data)}")
    doc.paragraph(f"{data.branch_name} trân trọng giới thiệu đồng chí {data.member_name}:", indent=False)
    facts = [("Ngày sinh:", short_date(data.birth_date) or "—"),
             ("Là đảng viên:", data.standing),
             ("Ngày vào Đảng:", short_date(data.admitted_on) or "—"),
             ("Ngày chính thức:", short_date(data.official_on) or "—"),
             ("Số thẻ đảng viên:", data.card_number or "—"),
             ("Ngày chuyển đi:", short_date(data.moved_on))]
    doc.table(FACT_COLUMNS, [[a[0], a[1], b[0], b[1]] for a, b in zip(facts[::2], facts[1::2])],
              header=False, padding=1.0)
    doc.field("Đến sinh hoạt tại:", data.organisation)
    if data.temporary and data.expected_return:
        doc.field("Sinh hoạt tạm thời đến ngày:", short_date(data.expected_return))
    if data.reason:
        doc.field("Lý do:", data.reason)
    doc.paragraph(f"Đề nghị {data.organisation} tiếp nhận, quản lý đồng chí {data.member_name} và "
                  "gửi lại chi bộ phiếu báo đã nhận sinh hoạt đảng ở phần dưới.")
    doc.signatures([Signature(("T/M Chi bộ", "Bí thư"), data.secretary)], keep_with_last=1)


def _cut_line(doc: DocumentBuilder) -> None:
    doc.spacer(2)
    doc.note("(cắt theo đường này, nơi nhận gửi lại chi bộ)")
    doc.add(HRFlowable(width="100%", thickness=0.6, dash=(3, 3), spaceBefore=1 * mm, spaceAfter=3 * mm))


def _receipt(doc: DocumentBuilder, data: TransferLetterData, *, filled: bool) -> None:
    if filled:
        doc.title("Phiếu báo đã nhận sinh hoạt đảng")
    else:
        doc.subject("PHIẾU BÁO ĐÃ NHẬN SINH HOẠT ĐẢNG")
    letter = f"số {data.letter_number}" if data.letter_number else "số " + DOTS
    letter_day = f" {date_words(data.letter_on)}" if data.letter_on else ""
    if filled:
        doc.paragraph(f"{data.branch_name} đã nhận giấy giới thiệu sinh hoạt đảng "
                      f"{_kind_words(data)} {letter}{letter_day} của {data.organisation}, "
                      f"giới thiệu đồng chí {data.member_name} đến sinh hoạt từ "
                      f"{date_words(data.moved_on)}.")
        doc.signatures([Signature(("T/M Chi bộ", "Bí thư"), data.secretary)], keep_with_last=1)
        return
    doc.paragraph(f"Tổ chức đảng {DOTS}{DOTS} đã nhận giấy giới thiệu sinh hoạt đảng "
                  f"{_kind_words(data)} {letter}{letter_day} của {data.branch_name}, giới thiệu "
                  f"đồng chí {data.member_name}, và đã tiếp nhận đồng chí vào sinh hoạt từ ngày "
                  f"{DOTS[:4]} tháng {DOTS[:4]} năm {DOTS[:4]}.")
    doc.signatures([Signature(("T/M Tổ chức đảng nơi đến",), "", "(Ký tên, đóng dấu)")],
                   keep_with_last=1)
