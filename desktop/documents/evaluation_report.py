"""The branch's annual self-evaluation report ("Chi bộ 4 tốt" or the model of the rulebook).

Data in (plain frozen dataclasses filled by `services/evaluation_pdf.py` from the evaluation
result, so the report prints what the screen shows), PDF bytes out: the component table, the
vetoes, the verdict, what is missing, and "T/M CHI BỘ / BÍ THƯ".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.documents.fonts import FontFamily
from desktop.documents.kit import (
    Column,
    DocumentBuilder,
    DocumentMeta,
    Letterhead,
    Markup,
    PageSetup,
    Signature,
    b,
    esc,
)
from desktop.documents.kit.text import short_date

TITLE = "Báo cáo"


@dataclass(frozen=True)
class ComponentLine:
    code: str
    title: str
    max: str  # "5"
    score: str  # "4,5"
    how: str  # "Tự động" / "Chi ủy chấm"


@dataclass(frozen=True)
class CriterionBlock:
    number: int
    name: str
    max: str
    score: str
    good: bool
    components: tuple[ComponentLine, ...]


@dataclass(frozen=True)
class EvaluationReportData:
    letterhead: Letterhead
    branch_name: str
    year: int
    issued_on: date
    as_of: date
    in_progress: bool
    model_name: str  # "Chi bộ 4 tốt"
    rulebook: str  # "Bộ tiêu chí «Chi bộ 4 tốt» (mẫu), phiên bản 2026.1-mau"
    rulebook_issuer: str  # empty for the shipped sample (no committee issued it)
    rulebook_sha256: str
    pass_rule: str  # one sentence
    criteria: tuple[CriterionBlock, ...]
    total: str
    total_max: str
    vetoes: tuple[str, ...]  # sentences of triggered vetoes
    verdict: str
    reached: bool
    shortfalls: tuple[str, ...]
    still_reachable: tuple[str, ...]
    drafts: tuple[str, ...]
    secretary: str = ""


def evaluation_report_pdf(data: EvaluationReportData, setup: PageSetup, family: FontFamily | None = None) -> bytes:
    subject = f"Tự đánh giá, xếp loại «{data.model_name}» năm {data.year}"
    meta = DocumentMeta(f"{TITLE} {subject}", data.issued_on, author=data.branch_name, subject=subject)
    doc = DocumentBuilder(setup, data.letterhead, meta, family)
    doc.title(TITLE).subject(subject)
    if data.in_progress:
        doc.note(f"(Số liệu tạm tính đến ngày {short_date(data.as_of)})")
    source = (f"{data.rulebook} do {data.rulebook_issuer} ban hành" if data.rulebook_issuer
              else f"{data.rulebook} (bộ tiêu chí mẫu, chưa phải văn bản của cấp ủy)")
    doc.paragraph(
        f"Căn cứ {source}; {data.pass_rule} "
        f"{data.branch_name} tự đánh giá kết quả năm {data.year} trên cơ sở sổ sách của chi bộ như sau:"
    )
    doc.heading("I. Kết quả chấm điểm")
    rows: list[list[str | Markup]] = []
    for crit in data.criteria:
        mark = "Tốt" if crit.good else "Chưa tốt"
        rows.append([Markup(b(str(crit.number))), Markup(b(f"Tiêu chí {crit.number}. {crit.name}")),
                     Markup(b(crit.max)), Markup(b(crit.score)), Markup(b(mark))])
        rows += [[c.code, c.title, c.max, c.score, c.how] for c in crit.components]
    rows.append(["", "Tổng cộng", data.total_max, data.total, ""])
    doc.table([Column("Mã", 0.8, "centre"), Column("Tiêu chí", 5.8), Column("Tối đa", 1.1, "centre"),
               Column("Đạt", 1.0, "centre"), Column("Cách chấm", 2.0, "centre")], rows, bold_last_row=True)
    if data.vetoes:
        doc.heading("Điều kiện loại trừ")
        for line in data.vetoes:
            doc.bullet(line)
    doc.heading("II. Những tiêu chí còn thiếu")
    if data.shortfalls:
        for line in data.shortfalls:
            doc.bullet(line)
    else:
        doc.paragraph("Không có tiêu chí nào còn thiếu.")
    if data.in_progress and data.still_reachable:
        doc.heading("Những điểm còn có thể đạt trong năm")
        for line in data.still_reachable:
            doc.bullet(line)
    if data.drafts:
        doc.paragraph(f"Lưu ý: đã tính cả các cuộc họp có biên bản chưa thông qua: {'; '.join(data.drafts)}.")
    doc.heading("III. Tự đánh giá")
    doc.paragraph(Markup(f"Chi bộ tự đánh giá: {b(esc(data.verdict))} (tổng {esc(data.total)}/{esc(data.total_max)} điểm)."))
    doc.note(f"(Bộ tiêu chí sử dụng, mã SHA-256: {data.rulebook_sha256})")
    doc.signatures([Signature(("T/M CHI BỘ", "BÍ THƯ"), data.secretary)],
                   recipients=(f"{data.letterhead.superior} (để báo cáo)", "Lưu chi bộ"))
    return doc.build()
