"""The monthly resolution (NGHỊ QUYẾT) of a regular meeting, in four parts (HD 42-HD/BTCTW):
I. last month's results (the review), II. next month's tasks with owner and deadline,
III. the organisation of the work, IV. the meeting's quality self-assessment;
signed T/M CHI BỘ / BÍ THƯ."""

from __future__ import annotations

from desktop.documents.fonts import FontFamily
from desktop.documents.kit import Column, DocumentBuilder, DocumentMeta, PageSetup, Signature
from desktop.documents.kit.text import number, percent, short_date
from desktop.documents.resolution_data import ResolutionData
from desktop.domain.enums import MeetingStatus, TaskStatus

STATUS_WORDS = {
    TaskStatus.OPEN: "Chưa kiểm điểm",
    TaskStatus.DONE: "Hoàn thành",
    TaskStatus.LATE: "Hoàn thành chậm",
    TaskStatus.CARRIED: "Đang thực hiện, chuyển tháng sau",
    TaskStatus.NOT_DONE: "Không thực hiện",
}
REVIEW_COLUMNS = (Column("STT", 1.1, "centre"), Column("Nhiệm vụ", 4.4),
                  Column("Phụ trách", 2.6), Column("Thời hạn", 2.2, "centre"),
                  Column("Kết quả", 3.0))
TASK_COLUMNS = (Column("STT", 1.1, "centre"), Column("Nhiệm vụ, giải pháp", 6.0),
                Column("Người thực hiện", 3.0), Column("Thời hạn", 2.2, "centre"))


def resolution_pdf(data: ResolutionData, setup: PageSetup, family: FontFamily | None = None) -> bytes:
    # The monthly resolution is named for the month of its sitting (as the branch's vote is).
    subject = f"Về nhiệm vụ tháng {data.held_on.month:02d}/{data.held_on.year}"
    doc = DocumentBuilder(setup, data.letterhead,
                          DocumentMeta(f"Nghị quyết {subject[:1].lower()}{subject[1:]}",
                                       data.held_on, author=data.branch_name, subject=subject),
                          family)
    doc.title("Nghị quyết").subject(subject)
    if data.status is not MeetingStatus.ADOPTED:
        doc.note("(Dự thảo, chưa thông qua)")
    doc.paragraph(f"Căn cứ Điều lệ Đảng và Quy định thi hành Điều lệ Đảng; căn cứ kết quả "
                  f"sinh hoạt chi bộ ngày {short_date(data.held_on)}, {data.branch_name} "
                  "quyết nghị:")
    _results(doc, data)
    _tasks(doc, data)
    doc.heading("III. TỔ CHỨC THỰC HIỆN")
    if data.conclusion.strip():
        doc.paragraph(data.conclusion)
    doc.paragraph("Chi ủy chỉ đạo, đôn đốc các đồng chí được phân công triển khai thực hiện "
                  "nghị quyết; các đồng chí phụ trách báo cáo kết quả tại kỳ sinh hoạt chi bộ "
                  "tháng sau.")
    doc.heading("IV. TỰ ĐÁNH GIÁ CHẤT LƯỢNG SINH HOẠT")
    q = data.quality
    if q is not None and q.scored:
        doc.paragraph(f"Buổi sinh hoạt chi bộ đạt {number(q.total)}/{number(q.max_total)} điểm, "
                      f"xếp loại chất lượng: {q.band_label}.")
    else:
        doc.paragraph("Chất lượng buổi sinh hoạt: chưa chấm.")
    doc.signatures([Signature(("T/M Chi bộ", "Bí thư"), data.secretary)], keep_with_last=2)  # heading IV too
    return doc.build()


def _results(doc: DocumentBuilder, data: ResolutionData) -> None:
    doc.heading("I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG TRƯỚC")
    if not data.reviewed:
        doc.paragraph("Tháng trước không có nhiệm vụ nào phải kiểm điểm.")
        return
    counts = {s: sum(t.status is s for t in data.reviewed) for s in STATUS_WORDS}
    share = "" if data.on_time_share is None else (
        f", đạt tỷ lệ hoàn thành đúng hạn {percent(data.on_time_share)}")
    doc.paragraph(f"Chi bộ kiểm điểm {len(data.reviewed)} nhiệm vụ: hoàn thành đúng hạn "
                  f"{counts[TaskStatus.DONE]}, hoàn thành chậm {counts[TaskStatus.LATE]}, "
                  f"chuyển tháng sau {counts[TaskStatus.CARRIED]}, không thực hiện "
                  f"{counts[TaskStatus.NOT_DONE]}{share}.")
    rows = []
    for n, t in enumerate(data.reviewed, start=1):
        result = STATUS_WORDS[t.status] + (f" ({t.note.strip()})" if t.note.strip() else "")
        rows.append([str(n), t.text, t.owner, short_date(t.due_on), result])
    doc.table(REVIEW_COLUMNS, rows)


def _tasks(doc: DocumentBuilder, data: ResolutionData) -> None:
    doc.heading("II. NHIỆM VỤ, GIẢI PHÁP THÁNG TỚI")
    if not data.tasks:
        doc.paragraph("Chưa ghi nhiệm vụ tháng tới.")
        return
    rows = []
    for n, t in enumerate(data.tasks, start=1):
        text = t.text + (f" (chỉ tiêu: {t.target})" if t.target else "")
        rows.append([str(n), text, f"Đồng chí {t.owner}", short_date(t.due_on)])
    doc.table(TASK_COLUMNS, rows)
