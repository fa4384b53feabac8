"""The one-page recovery sheet of an encrypted data file: its recovery code in print and as a
QR code, to keep sealed in a safe place. The code opens the file without the passphrase; a
forgotten passphrase would otherwise lose years of records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from desktop.documents.kit import (
    DocumentBuilder,
    DocumentMeta,
    Letterhead,
    PageSetup,
    Signature,
)

QR_SIZE_MM = 36
CODE_FONT = "Courier-Bold"  # the code is A–Z, 2–7 and dashes: Latin-1, and monospaced groups align


@dataclass(frozen=True)
class RecoverySheetData:
    branch_name: str
    superior_committee: str
    place_name: str
    issued_on: date
    file_name: str
    code_lines: tuple[str, ...]  # the code as printed, groups spaced (recovery_code.lines)
    code: str  # as the QR code holds it
    reason: str  # "created" | "converted" | "changed" | "reprinted"


_WHY = {
    "created": "Tệp được tạo có mã hóa ngày {day}.",
    "converted": "Tệp được chuyển sang dạng mã hóa ngày {day}.",
    "changed": "Cụm mật khẩu của tệp được đổi ngày {day}: phiếu này thay mọi phiếu khôi phục in "
               "trước đó (mã cũ không còn mở được tệp, chỉ còn mở được các bản sao lưu làm trước "
               "ngày đổi).",
    "reprinted": "Phiếu được in lại ngày {day}; mã không đổi so với phiếu trước.",
}


def _qr(text: str) -> Drawing:
    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    size = QR_SIZE_MM * mm
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    drawing.hAlign = "CENTER"
    return drawing


def recovery_sheet_pdf(data: RecoverySheetData, setup: PageSetup | None = None) -> bytes:
    head = Letterhead(data.superior_committee, data.branch_name, data.place_name, data.issued_on)
    meta = DocumentMeta("Phiếu khôi phục tệp dữ liệu", data.issued_on, author=data.branch_name)
    builder = DocumentBuilder(setup or PageSetup(), head, meta)
    builder.title("Phiếu khôi phục tệp dữ liệu Sổ Chi bộ")
    builder.subject("(Lưu giữ kín, cùng hồ sơ mật của chi bộ)")
    builder.labelled("Tệp dữ liệu: ", f"«{data.file_name}» của {data.branch_name}.")
    builder.paragraph(_WHY[data.reason].format(day=data.issued_on.strftime("%d/%m/%Y")))
    builder.paragraph(
        "Tệp được mã hóa: chỉ mở được bằng cụm mật khẩu, hoặc bằng mã khôi phục dưới đây. Không "
        "có một trong hai thứ đó thì không ai, kể cả người làm ra phần mềm, lấy lại được dữ liệu.")
    size = builder.styles.body.fontSize * 1.25
    code_style = ParagraphStyle("recovery-code", fontName=CODE_FONT, fontSize=size,
                                leading=size * 1.6, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
    for line in data.code_lines:
        builder.add(Paragraph(line, code_style))
    builder.add(_qr(data.code))
    builder.spacer(3)
    builder.paragraph(
        "Cách dùng: khi mở tệp, chọn «Mã khôi phục» và gõ mã trên (chữ hoa hay thường, dấu "
        "cách, gạch nối đều được). Mở được rồi, hãy đặt cụm mật khẩu mới (Công cụ → Mã hóa tệp "
        "dữ liệu → Đổi cụm mật khẩu) và in phiếu mới.")
    builder.paragraph(
        "Ai có phiếu này đều mở được tệp: cất trong phong bì dán kín, ở tủ có khóa, tách khỏi máy "
        "tính và các USB sao lưu; không chụp ảnh, không gửi qua mạng.")
    builder.signatures(
        [Signature(("NGƯỜI GIỮ PHIẾU",), hint="(Ký, ghi rõ họ tên)"),
         Signature(("T/M CHI BỘ", "BÍ THƯ"), hint="(Ký, ghi rõ họ tên)")],
        keep_with_last=0,
    )
    return builder.build()
