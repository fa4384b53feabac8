"""The inbox's summary as a spreadsheet and as a party-format PDF."""

from __future__ import annotations

import io
from datetime import date

from desktop.documents.kit import (
    Column,
    DocumentBuilder,
    DocumentMeta,
    Letterhead,
    PageSetup,
    Signature,
)
from desktop.clock import Clock
from desktop.domain.numbers import fraction
from desktop.services.branch import BranchService
from desktop.services.inbox import BranchResult, InboxService, summary_sentence
from desktop.store.database import Database


def _criteria_numbers(results: list[BranchResult]) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for r in results:
        for c in r.criteria:
            seen.setdefault(c.number, c.name)
    return sorted(seen.items(), key=lambda kv: (len(kv[0]), kv[0]))


class InboxReportService:
    def __init__(self, db: Database, *, clock: Clock):
        self._inbox = InboxService(db, clock=clock)
        self._branch = BranchService(db)

    def summary_xlsx(self, year: int) -> bytes:
        results = self._inbox.results(year)
        registered = self._inbox.branches()
        criteria = _criteria_numbers(results)
        # openpyxl (and the numpy it pulls in) costs ~250 ms to import: only when a sheet is asked for.
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        wb = Workbook()
        ws = wb.active
        ws.title = f"Tổng hợp {year}"
        ws.append([f"Tổng hợp tự đánh giá năm {year}: {summary_sentence(results, len(registered))}"])
        ws["A1"].font = Font(bold=True, size=13)
        header = ["Mã chi bộ", "Tên chi bộ", "Gói số"]
        header += [f"Tiêu chí {n}: {name}" for n, name in criteria]
        header += ["Kết quả"]
        ws.append(header)
        for cell in ws[2]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        red = PatternFill("solid", fgColor="F8D7DA")
        by_code = {r.code: r for r in results}
        for branch in registered:
            r = by_code.get(branch.code)
            if r is None:
                ws.append([branch.code, branch.name, None] + [None] * len(criteria) + ["Chưa nộp gói"])
                continue
            marks = {c.number: c for c in r.criteria}
            row = [r.code, r.name, r.seq]
            for n, _ in criteria:
                c = marks.get(n)
                row.append(None if c is None else f"{'Tốt' if c.good else 'Chưa tốt'} ({fraction(c.score, c.max)})")
            row.append("Đạt" if r.four_good else "Chưa đạt")
            ws.append(row)
            if not r.four_good:
                ws.cell(ws.max_row, len(row)).fill = red
        for code in sorted(set(by_code) - {b.code for b in registered}):
            r = by_code[code]
            ws.append([r.code, r.name, r.seq] + [None] * len(criteria) + ["Đạt" if r.four_good else "Chưa đạt"])
        widths = [14, 40, 8] + [22] * len(criteria) + [14]
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = "C3"
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()

    def summary_pdf(self, year: int, setup: PageSetup | None = None, on: date | None = None) -> bytes:
        results = self._inbox.results(year)
        registered = len(self._inbox.branches())
        profile = self._branch.profile()
        issued = on or date(year, 12, 31)
        committee = profile.name if profile else "Cấp ủy cấp trên"
        head = Letterhead(profile.superior_committee if profile else "", committee,
                          profile.place_name if profile else "", issued)
        builder = DocumentBuilder(setup or PageSetup(), head, DocumentMeta("Tổng hợp tự đánh giá", issued))
        builder.title("Báo cáo tổng hợp")
        builder.subject(f"Kết quả tự đánh giá chi bộ năm {year}")
        builder.paragraph(f"Đã nhận và kiểm tra gói hồ sơ của {len(results)} chi bộ; "
                          f"{summary_sentence(results, registered)}.")
        criteria = _criteria_numbers(results)
        columns = [Column("STT", 1.2, "centre"), Column("Chi bộ", 5)]
        columns += [Column(f"TC {n}", 1.2, "centre") for n, _ in criteria]
        columns += [Column("Kết quả", 1.8, "centre")]
        rows = []
        for i, r in enumerate(results, start=1):
            marks = {c.number: c for c in r.criteria}
            rows.append([str(i), r.name or r.code]
                        + ["Tốt" if marks.get(n) and marks[n].good else "–" for n, _ in criteria]
                        + ["Đạt" if r.four_good else "Chưa đạt"])
        builder.table(columns, rows)
        for n, name in criteria:
            builder.paragraph(f"TC {n}: {name}.", indent=False)
        builder.signatures([Signature(("T/M " + committee.upper(),), "")])
        return builder.build()
