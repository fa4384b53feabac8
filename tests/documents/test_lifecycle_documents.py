"""Transfer letter with its receipt slip, badge proposal list and personal record: one A4 page
each, in the party's format, read back with pdftotext and rendered to PNG."""

from __future__ import annotations

import subprocess
from datetime import date

from desktop.clock import Clock
from desktop.domain.enums import DisciplineForm, Position, Rating, ReviewStep
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.transfers import TransferDirection, TransferKind
from desktop.services.lifecycle_documents import LifecycleDocumentService
from desktop.services.transfers import TransferDraft, TransferService
from desktop.store.database import unit_of_work
from desktop.store.models import Discipline, Member, MemberPosition, RatingStep, SituationEvent
from tests.documents.conftest import one_line, page_count, pdf_text

CLOCK = Clock.fixed(date(2026, 11, 20))


def test_transfer_letter_and_receipt_slip_on_one_page(db, record, tmp_path):
    tuan = record["Lê Văn Tuấn"]
    row, _ = TransferService(db, clock=CLOCK).record(tuan, TransferDraft(
        TransferDirection.OUT, TransferKind.OFFICIAL, date(2026, 11, 12), "Đảng bộ xã Thanh Trì",
        "17-GGT/ĐU", reason="Chuyển nơi cư trú"))
    pdf = LifecycleDocumentService(db, clock=CLOCK).transfer_letter_pdf(row.id)
    assert page_count(pdf) == 1
    text = one_line(pdf_text(pdf))
    for expected in ("ĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ TỔ DÂN PHỐ SỐ 7", "Số 17-GGT/ĐU",
                     "ngày 12 tháng 11 năm 2026", "GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG CHÍNH THỨC",
                     "Lê Văn Tuấn", "Đến sinh hoạt tại: Đảng bộ xã Thanh Trì", "Lý do: Chuyển nơi cư trú",
                     "T/M CHI BỘ", "PHIẾU BÁO ĐÃ NHẬN SINH HOẠT ĐẢNG",
                     "đã nhận giấy giới thiệu sinh hoạt đảng chính thức số 17-GGT/ĐU"):
        assert expected in text
    png = tmp_path / "letter"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", "-", str(png)], input=pdf, check=True)
    assert (tmp_path / "letter.png").stat().st_size > 5000


def test_personal_record_fits_one_page_with_a_long_history(db, record):
    quynh = record["Nguyễn Hữu Quỳnh"]
    with unit_of_work(db) as s:
        member = s.get(Member, quynh)
        member.admitted_on, member.official_on = date(1976, 11, 6), date(1977, 11, 30)
        for year in range(2008, 2026):
            s.add(RatingStep(member_id=quynh, year=year, step=ReviewStep.SUPERIOR,
                             rating=Rating.HTTNV if year % 3 else Rating.HTXSNV))
        for k in range(6):
            s.add(SituationEvent(member_id=quynh, kind=K.ATTACHED_FROM, on=date(2010 + 2 * k, 3, 1),
                                 note="Sinh hoạt tạm thời nơi công tác"))
            s.add(SituationEvent(member_id=quynh, kind=K.ATTACHED_TO, on=date(2010 + 2 * k, 9, 1)))
        s.add(MemberPosition(member_id=quynh, position=Position.COMMITTEE, start_date=date(2015, 5, 1),
                             end_date=date(2020, 4, 30)))
        s.add(Discipline(member_id=quynh, form=DisciplineForm.REPRIMAND, decision_number="02-QĐ/CB",
                         decided_on=date(2019, 3, 1), issuing_body="Chi bộ", reason="Vắng sinh hoạt"))
    pdf = LifecycleDocumentService(db, clock=CLOCK).member_card_pdf(quynh)
    assert page_count(pdf) == 1
    text = one_line(pdf_text(pdf))
    for expected in ("PHIẾU TÓM TẮT QUÁ TRÌNH CỦA ĐẢNG VIÊN", "Nguyễn Hữu Quỳnh", "06/11/1976",
                     "Tuổi đảng hiện nay: 50 năm", "55 năm (dịp 07/11/2031)",
                     "2008: HTTNV; 2009: HTTNV; 2010: HTXSNV", "2025: HTXSNV.", "Khiển trách — quyết định số 02-QĐ/CB", "Chi ủy viên (đến 30/04/2020)",
                     "50 năm — dịp 07/11/2026", "(và 8 dòng trước đó)", "T/M CHI BỘ"):
        assert expected in text


def test_badge_list_names_the_milestone_and_its_ceremony(db, record):
    with unit_of_work(db) as s:
        s.get(Member, record["Bùi Thị Én"]).admitted_on = date(1996, 9, 10)
    pdf = LifecycleDocumentService(db, clock=CLOCK).badge_list_pdf(2026)
    assert page_count(pdf) == 1
    text = one_line(pdf_text(pdf))
    assert "DANH SÁCH ĐỀ NGHỊ XÉT TẶNG HUY HIỆU ĐẢNG" in text and "Các dịp trao năm 2026" in text
    assert "Bùi Thị Én" in text and "30 năm" in text and "07/11/2026" in text
    assert "Nơi nhận:" in text
