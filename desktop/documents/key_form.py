"""The one-page key registration form the secretary signs and sends on paper.

The superior committee compares the fingerprint read from this page (or scanned from the QR
code, which holds the whole public key) with the `signer.pem` it registers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm

from desktop.documents.kit import (
    Column,
    DocumentBuilder,
    DocumentMeta,
    Letterhead,
    PageSetup,
    Signature,
)

QR_SIZE_MM = 55


@dataclass(frozen=True)
class KeyFormData:
    branch_name: str
    branch_code: str
    superior_committee: str
    place_name: str
    issued_on: date
    fingerprint: str
    public_pem: str
    holder_name: str


def _qr(text: str) -> Drawing:
    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    size = QR_SIZE_MM * mm
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    drawing.hAlign = "CENTER"
    return drawing


def key_registration_pdf(data: KeyFormData, setup: PageSetup | None = None) -> bytes:
    head = Letterhead(data.superior_committee, data.branch_name, data.place_name, data.issued_on)
    meta = DocumentMeta("Phiếu đăng ký khóa ký", data.issued_on, author=data.branch_name)
    builder = DocumentBuilder(setup or PageSetup(), head, meta)
    builder.title("Phiếu đăng ký khóa ký hồ sơ")
    builder.subject(f"Kính gửi: {data.superior_committee}")
    builder.paragraph(
        f"{data.branch_name} đăng ký khóa dùng để ký các gói hồ sơ gửi cấp ủy cấp trên. "
        "Khi nhận gói, cấp trên chỉ chấp nhận gói được ký bằng khóa có dấu vân tay dưới đây."
    )
    builder.table(
        [Column("Thông tin", 2), Column("Nội dung", 5)],
        [
            ["Chi bộ", data.branch_name],
            ["Mã chi bộ", data.branch_code],
            ["Người giữ khóa", data.holder_name or "…………………………"],
            ["Dấu vân tay khóa", data.fingerprint],
            ["Ngày lập khóa", data.issued_on.strftime("%d/%m/%Y")],
        ],
    )
    builder.paragraph(
        "Mã QR dưới đây chứa toàn bộ khóa công khai (tệp signer.pem). Khi đọc dấu vân tay qua "
        "điện thoại, đọc từng nhóm 4 ký tự."
    )
    builder.add(_qr(data.public_pem))
    builder.spacer(4)
    builder.signatures(
        [
            Signature(("CẤP ỦY CẤP TRÊN",), hint="(Xác nhận, ký, ghi rõ họ tên)"),
            Signature(("T/M CHI BỘ", "BÍ THƯ"), data.holder_name),
        ],
        keep_with_last=0,
    )
    return builder.build()
