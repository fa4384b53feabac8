"""The attendance sheet members sign on paper: members expected on the date, then those listed
apart (exempt, attached elsewhere, suspended, special duty) who are not in the base."""

from __future__ import annotations

from desktop.documents.data import AttendanceSheetData, SheetRow
from desktop.documents.fonts import FontFamily
from desktop.documents.kit import (
    Column,
    DocumentBuilder,
    DocumentMeta,
    PageSetup,
    Signature,
)
from desktop.documents.kit.text import nfc, time_words
from desktop.documents.wording import attendee_noun, meeting_subject, topic_line

COLUMNS = (
    Column("STT", 0.9, "centre"),
    Column("Họ và tên", 4.0),
    Column("Chính thức / Dự bị", 1.9, "centre"),
    Column("Ký tên", 2.6),
    Column("Ghi chú", 2.9),
)
SIGN_PADDING = 6  # points above and below each name: room to sign by hand


def _rows(rows: tuple[SheetRow, ...]) -> list[list[str]]:
    return [[str(n), r.name, r.standing, "", r.note] for n, r in enumerate(rows, start=1)]


def attendance_sheet_pdf(data: AttendanceSheetData, setup: PageSetup,
                         family: FontFamily | None = None) -> bytes:
    subject = meeting_subject(data.kind, data.held_on)
    noun = attendee_noun(data.kind)
    doc = DocumentBuilder(setup, data.letterhead,
                          DocumentMeta(f"Danh sách {noun} dự họp", data.held_on,
                                       author=data.branch_name, subject=subject), family)
    doc.title(f"Danh sách {noun} dự họp").subject(subject)
    if data.topic.strip():
        doc.subject(topic_line(data.topic))
    place = nfc(data.place).strip() or "……"
    doc.paragraph(f"Thời gian: {time_words(data.start_time)}, ngày {data.held_on.day:02d}/"
                  f"{data.held_on.month:02d}/{data.held_on.year}. Địa điểm: {place}.",
                  indent=False)
    doc.heading(f"I. {noun.capitalize()} phải dự họp ({len(data.expected)} đồng chí)")
    doc.table(COLUMNS, _rows(data.expected), padding=SIGN_PADDING)
    if data.apart:
        doc.heading(f"II. Đảng viên không tính vào số phải dự ({len(data.apart)} đồng chí)")
        doc.table(COLUMNS, _rows(data.apart), padding=SIGN_PADDING)
    doc.paragraph(f"Tổng số {noun} phải dự: {len(data.expected)} đồng chí; có mặt: ……… "
                  "đồng chí; vắng có lý do: ……… đồng chí; vắng không lý do: ……… đồng chí.",
                  indent=False)
    doc.signatures([Signature(("Thư ký",), data.minute_taker),
                    Signature(("Chủ trì",), data.chair)], keep_with_last=1)
    return doc.build()
