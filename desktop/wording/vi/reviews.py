"""The annual review: who is reviewed, the forms' headings, ratings step by step, discipline
(desktop/domain/review_*.py, services/reviews*.py, services/discipline.py)."""

MESSAGES = {
    # who is reviewed, and why the others are not
    "scope_reviewed": "Thuộc diện kiểm điểm, xếp loại.",
    "scope_transferred_in": "Chuyển sinh hoạt đến trong năm: chi bộ này kiểm điểm, có tham khảo "
                            "nhận xét của nơi sinh hoạt trước.",
    "scope_attached_elsewhere": "Đang sinh hoạt tạm thời nơi khác: chi bộ này kiểm điểm, có nhận xét "
                                "của nơi sinh hoạt tạm thời.",
    "scope_new_member": "Mới kết nạp chưa đủ 6 tháng tính đến ngày xét: chưa xếp loại năm nay.",
    "scope_exempt": "Được miễn công tác và sinh hoạt đảng: không kiểm điểm, xếp loại.",
    "scope_suspended": "Đang bị đình chỉ sinh hoạt: không kiểm điểm, xếp loại.",
    "scope_transferred_out": "Đã chuyển sinh hoạt đi: chi bộ mới kiểm điểm, xếp loại.",
    "scope_deceased": "Đã từ trần: không kiểm điểm.",
    "scope_expelled": "Đã bị khai trừ: không kiểm điểm.",
    "scope_removed": "Đã bị xóa tên khỏi danh sách đảng viên: không kiểm điểm.",
    "scope_joins_later": "Vào chi bộ sau ngày xét: kiểm điểm từ năm sau.",
    # the headings of the commitment (QĐ 144-QĐ/TW) and of the self-review (Mẫu 2C)
    "section_loyalty": "Yêu nước, tôn trọng Nhân dân, tuyệt đối trung thành với Đảng, với Tổ quốc",
    "section_courage": "Bản lĩnh, đổi mới, sáng tạo, hội nhập",
    "section_integrity": "Cần, kiệm, liêm, chính, chí công vô tư",
    "section_unity": "Đoàn kết, kỷ cương, tình thương, trách nhiệm",
    "section_example": "Gương mẫu, khiêm tốn, tu dưỡng rèn luyện, học tập suốt đời",
    "section_ideology": "Về tư tưởng chính trị",
    "section_ethics": "Về phẩm chất đạo đức, lối sống",
    "section_style": "Về tác phong, lề lối làm việc",
    "section_discipline": "Về ý thức tổ chức kỷ luật",
    "section_results": "Kết quả thực hiện chức trách, nhiệm vụ được giao",
    "section_limitations": "Những hạn chế, khuyết điểm và nguyên nhân",
    "section_remedies": "Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm",
    "section_self_rating": "Tự nhận mức xếp loại chất lượng",
    # forms of discipline
    "discipline_khien_trach": "khiển trách",
    "discipline_canh_cao": "cảnh cáo",
    "discipline_cach_chuc": "cách chức",
    "discipline_khai_tru": "khai trừ",
    "discipline_decision": "{form} theo quyết định số {number} ngày {date} của {body}",
    "discipline_short": "Kỷ luật {form} ({number})",
    # the steps of a rating
    "step_self": "tự xếp loại",
    "step_branch": "chi bộ biểu quyết",
    "step_committee": "chi ủy đề xuất",
    "step_superior": "cấp ủy cấp trên quyết định",
    "step_rating": "{step}: {rating}",
    # refusals
    "no_member": "Không tìm thấy đảng viên có mã {member_id}.",
    "not_in_branch": "{name} không sinh hoạt ở chi bộ trong năm {year}.",
    "not_reviewed": "{name} không thuộc diện xếp loại năm {year}: {reason}",
    "what_locked": "kiểm điểm, xếp loại",
    "disciplined_cap": "{name} bị kỷ luật {discipline}: năm {year} chỉ được xếp loại KHTNV (không "
                       "hoàn thành nhiệm vụ), không thể {step} {rating}.",
    "score_range": "{label} phải từ 0 đến 100 (đã nhập {value}).",
    "votes_for": "Số tán thành",
    "votes_against": "Số không tán thành",
    "abstentions": "Số không biểu quyết",
    "self_has_no_vote": "Bước tự xếp loại không có biểu quyết.",
    "votes_negative": "{label} không được âm (đã nhập {value}).",
    "date_outside": "Ngày {date} không hợp lệ cho kiểm điểm năm {year} (từ 01/01/{year} đến 31/12/{next}).",
    "commitment": "Bản cam kết",
    "self_review": "Bản tự kiểm điểm",
    "unknown_sections": "{form}: mục không có trong mẫu: {codes}.",
    "signed_outside": "Ngày ký cam kết {date} không thuộc năm {year} hoặc cuối năm trước.",
    "self_score": "Điểm tự chấm",
    "tasks_exceeded": "Tỷ lệ nhiệm vụ vượt",
    "score": "Điểm",
    # discipline decisions
    "no_discipline": "Không tìm thấy quyết định kỷ luật có mã {discipline_id}.",
    "discipline_no_number": "Số quyết định kỷ luật không được để trống.",
    "discipline_no_body": "Cơ quan ra quyết định kỷ luật không được để trống.",
    "discipline_bad_form": "Hình thức kỷ luật không hợp lệ: {form}.",
    "discipline_in_future": "Ngày quyết định {date} ở tương lai.",
    "rated_above_khtnv": "{name} đã được xếp loại năm {year} cao hơn KHTNV ({ratings}). Đảng viên bị "
                         "kỷ luật trong năm chỉ được xếp loại KHTNV: hãy sửa các xếp loại này trước "
                         "khi ghi quyết định {number}.",
}
