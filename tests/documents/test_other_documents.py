"""Attendance sheet, year register and member forms, read back with pdftotext."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.clock import Clock
from desktop.domain.enums import Rating, ReviewStep
from desktop.services.documents import DocumentService
from desktop.services.errors import NotFound, UserError
from desktop.store.database import unit_of_work
from desktop.store.models import Commitment, RatingStep
from tests.documents.conftest import one_line, pdf_text


def test_attendance_sheet_lists_expected_members_in_name_order_and_exempt_apart(db, record, clock):
    text = one_line(pdf_text(DocumentService(db, clock=clock).attendance_sheet_pdf(record["meeting"])))
    assert "DANH SÁCH ĐẢNG VIÊN DỰ HỌP" in text and "Ký tên" in text
    assert "I. Đảng viên phải dự họp (9 đồng chí)" in text
    # Sorted by given name: An, Ánh, Cúc, Dũng, Én, Hương, Quỳnh, Tuấn, Yến.
    order = ["Trần Văn An", "Đặng Thị Ngọc Ánh", "Lê Thị Cúc", "Ngô Văn Dũng", "Bùi Thị Én",
             "Phạm Thị Hương", "Nguyễn Hữu Quỳnh", "Lê Văn Tuấn", "Huỳnh Thị Yến"]
    expected_part = text[:text.index("II. Đảng viên không tính")]
    positions = [expected_part.index(name) for name in order]
    assert positions == sorted(positions)
    assert "Vắng có lý do: ốm" in text and "Vắng không lý do" in text
    apart = text[text.index("II. Đảng viên không tính vào số phải dự (1 đồng chí)"):]
    assert "Võ Thị Bình" in apart and "Miễn công tác và sinh hoạt đảng" in apart
    assert "Võ Thị Bình" not in expected_part


def test_register_has_one_line_per_current_meeting(db, record):
    text = one_line(pdf_text(DocumentService(db, clock=Clock.fixed(date(2027, 3, 1))).register_pdf(2026)))
    assert "SỔ THEO DÕI SINH HOẠT CHI BỘ" in text and "Năm 2026" in text
    assert "05/11/2026" in text and "03-BB/CB" in text and "7/9" in text and "77,8%" in text
    assert "Tổng cộng 1 buổi" in text
    assert "chưa chấm" in text and "Kém" not in text  # its quality sheet was never scored
    # A past year's register is dated its last day, so reprinting it gives the same bytes.
    assert "ngày 31 tháng 12 năm 2026" in text
    assert "T/M CHI BỘ" in text and "Đặng Thị Ngọc Ánh" in text


def test_register_of_an_empty_year_says_so(db, record, clock):
    text = one_line(pdf_text(DocumentService(db, clock=clock).register_pdf(2024)))
    assert "Chưa có buổi sinh hoạt nào được ghi trong năm 2024" in text


def test_blank_forms_carry_every_heading_and_dots(db, record, clock):
    from desktop.domain.review_forms import COMMITMENT_STANDARDS, SELF_REVIEW_SECTIONS

    service = DocumentService(db, clock=clock)
    commitment = one_line(pdf_text(service.commitment_form_pdf(None, 2026)))
    assert "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU" in commitment and "Năm 2026" in commitment
    for item in COMMITMENT_STANDARDS:
        assert f"{item.number}. {item.title_vi}" in commitment
    assert "Họ và tên: ....." in commitment
    assert "ngày ....... tháng ....... năm 2026" in commitment
    review = one_line(pdf_text(service.self_review_form_pdf(None, 2026)))
    for item in SELF_REVIEW_SECTIONS:
        assert f"{item.number}. {item.title_vi}" in review
    assert "□ Hoàn thành xuất sắc nhiệm vụ (HTXSNV)" in review
    assert "NGƯỜI TỰ KIỂM ĐIỂM" in review


def test_prefilled_forms_print_the_member_and_what_was_written(db, record, clock):
    yen = record["Huỳnh Thị Yến"]
    with unit_of_work(db) as s:
        s.add(Commitment(member_id=yen, year=2026,
                         sections={"loyalty": "Tuyệt đối trung thành, giữ vững lập trường."}))
        s.add(RatingStep(member_id=yen, year=2026, step=ReviewStep.SELF, rating=Rating.HTTNV))
    service = DocumentService(db, clock=clock)
    commitment = one_line(pdf_text(service.commitment_form_pdf(yen, 2026)))
    assert "Họ và tên: Huỳnh Thị Yến" in commitment
    assert "Ngày sinh: 04/03/1964" in commitment and "Ngày vào Đảng: 02/09/2025" in commitment
    assert "Tuyệt đối trung thành, giữ vững lập trường." in commitment
    review = one_line(pdf_text(service.self_review_form_pdf(record["Đặng Thị Ngọc Ánh"], 2026)))
    assert "Chức vụ trong Đảng: Bí thư chi bộ" in review
    yen_review = one_line(pdf_text(service.self_review_form_pdf(yen, 2026)))
    assert "■ Hoàn thành tốt nhiệm vụ (HTTNV)" in yen_review
    assert "□ Hoàn thành tốt nhiệm vụ" not in yen_review


def test_unknown_ids_and_bad_years_are_user_errors(db, record, clock):
    service = DocumentService(db, clock=clock)
    with pytest.raises(NotFound, match="Không tìm thấy cuộc họp có mã 999"):
        service.minutes_pdf(999)
    with pytest.raises(NotFound, match="Không tìm thấy đảng viên có mã 999"):
        service.commitment_form_pdf(999, 2026)
    with pytest.raises(UserError, match="Năm không hợp lệ"):
        service.register_pdf(20260)


def test_without_a_branch_profile_the_message_says_what_to_do(db, clock):
    with pytest.raises(UserError, match="Chưa có hồ sơ chi bộ"):
        DocumentService(db, clock=clock).commitment_form_pdf(None, 2026)
