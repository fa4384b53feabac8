"""Benchmark: a 2-page minutes through the kit vs a bare ReportLab document of the same text
and font, built in the same run. Prints both times and the ratio (target ≤ 1.5).

    python -m tests.benchmarks --only minutes       (not part of the default test run)
"""

from __future__ import annotations

import io
import subprocess
import sys
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.lib.enums import TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from desktop.documents.data import AgendaEntry, MinutesData, SpeechLine  # noqa: E402
from desktop.documents.fonts import ensure_registered  # noqa: E402
from desktop.documents.kit import DocumentBuilder, Letterhead, PageSetup  # noqa: E402
from desktop.documents.minutes import minutes_pdf  # noqa: E402
from desktop.domain.attendance import Mark, RosterMember, summarize  # noqa: E402
from desktop.domain.enums import AttendanceStatus, MeetingKind, MeetingStatus  # noqa: E402
from desktop.domain.quality import QualityInputs, score_meeting  # noqa: E402
from desktop.domain.situation import Situation, Standing  # noqa: E402
from desktop.domain.votes import VoteResult  # noqa: E402

NAMES = ("Đặng Thị Ngọc Ánh", "Nguyễn Hữu Quỳnh", "Phạm Thị Hương", "Lê Văn Tuấn",
         "Huỳnh Thị Yến", "Trần Văn An", "Lê Thị Cúc", "Ngô Văn Dũng", "Bùi Thị Én", "Võ Văn Phúc")
ROUNDS = 15


def two_page_minutes() -> MinutesData:
    roster = [RosterMember(n, name, Situation(Standing.OFFICIAL)) for n, name in enumerate(NAMES)]
    marks = [Mark(n, AttendanceStatus.EXCUSED if n == 2 else AttendanceStatus.PRESENT,
                  "ốm" if n == 2 else "") for n in range(len(NAMES))]
    summary = summarize(roster, marks)
    quality = score_meeting(QualityInputs(MeetingKind.REGULAR, 105, summary.rate, False, False,
                                          summary.present, 6))
    speeches = tuple(SpeechLine(NAMES[k % 10], "Đề nghị chi bộ quan tâm vận động nhân dân giữ "
                                "gìn vệ sinh ngõ xóm, phân loại rác tại nguồn.") for k in range(12))
    return MinutesData(
        letterhead=Letterhead("Đảng bộ phường Ba Đình", "Chi bộ Tổ dân phố số 7",
                              "Phường Ba Đình", date(2026, 11, 5), "Số 03-BB/CB"),
        branch_name="Chi bộ Tổ dân phố số 7", kind=MeetingKind.REGULAR,
        status=MeetingStatus.ADOPTED, held_on=date(2026, 11, 5), start_time=clock(19, 30),
        end_time=clock(21, 15), place="Nhà văn hóa Tổ dân phố số 7", topic="",
        chair=NAMES[0], chair_role="Bí thư chi bộ", minute_taker=NAMES[3], guests="",
        attendance=summary,
        agenda=(AgendaEntry("proceedings", "Thảo luận", "Các đồng chí phát biểu ý kiến.",
                            speeches, "Chi bộ thống nhất."),),
        ideology="Đảng viên yên tâm, tin tưởng.", conclusion="Chi bộ thống nhất ba nhiệm vụ.",
        votes=(VoteResult("Nghị quyết tháng 11", 8, 0, 0, 9),), quality=quality,
    )


def story_texts(data: MinutesData, setup: PageSetup, family) -> list[str]:  # noqa: ANN001
    """The markup of every paragraph the kit lays out (cells and kept blocks included)."""
    captured: list = []
    original = DocumentBuilder.build

    def capture(self: DocumentBuilder) -> bytes:
        captured.extend(self._story)
        return original(self)

    DocumentBuilder.build = capture
    try:
        minutes_pdf(data, setup, family)
    finally:
        DocumentBuilder.build = original
    texts: list[str] = []

    def walk(item: object) -> None:
        if isinstance(item, Paragraph):
            texts.append(item.text)
        elif isinstance(item, (list, tuple)):
            for child in item:
                walk(child)
        elif hasattr(item, "_cellvalues"):
            walk(item._cellvalues)
        elif hasattr(item, "_content"):
            walk(item._content)

    walk(captured)
    return texts


def bare(lines: list[str], font: str) -> bytes:
    """The same paragraphs, one justified style, no letterhead, table, keeping or numbering."""
    out = io.BytesIO()
    style = ParagraphStyle("p", fontName=font, fontSize=14, leading=17.5, alignment=TA_JUSTIFY)
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1)
    doc.build([Paragraph(line, style) for line in lines])
    return out.getvalue()


def timed(fn, rounds: int) -> float:  # noqa: ANN001
    fn()  # warm-up: font loading and first-use caches are not what we measure
    start = time.perf_counter()
    for _ in range(rounds):
        fn()
    return (time.perf_counter() - start) / rounds


def rows(quick: bool = False) -> list:
    from tests.benchmarks.table import Row

    kit, floor, pages = measure(ROUNDS // 3 if quick else ROUNDS)
    return [Row(f"minutes PDF ({pages} pages)", kit * 1000, "ms", floor * 1000,
                "bare ReportLab, same text+font", max_ratio=1.5)]


def measure(rounds: int = ROUNDS) -> tuple[float, float, int]:
    """(seconds per kit build, seconds per bare build, pages of the minutes)."""
    family = ensure_registered()
    data, setup = two_page_minutes(), PageSetup()
    pdf = minutes_pdf(data, setup, family)
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    pages = text.count("\f")
    lines = story_texts(data, setup, family)
    floor_pdf = bare(lines, family.name)
    floor_text = subprocess.run(["pdftotext", "-", "-"], input=floor_pdf, capture_output=True,
                                check=True).stdout.decode()
    assert " ".join(floor_text.split()).count("Đặng Thị Ngọc Ánh") == \
        " ".join(text.split()).count("Đặng Thị Ngọc Ánh")  # the same text on both sides
    kit = timed(lambda: minutes_pdf(data, setup, family), rounds)
    floor = timed(lambda: bare(lines, family.name), rounds)
    return kit, floor, pages


def main() -> int:
    kit, floor, pages = measure()
    ratio = kit / floor
    print(f"minutes ({pages} pages): {kit * 1000:.1f} ms; bare ReportLab, same text and font: "
          f"{floor * 1000:.1f} ms; ratio {ratio:.2f} (target ≤ 1.5)")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
