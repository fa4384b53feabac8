"""Wording of the branch profile (the new-file form and Settings → Branch)."""

MESSAGES = {
    "missing": "Hãy điền đủ các mục còn trống: {fields}.",
    "field_name": "Tên chi bộ",
    "field_code": "Mã chi bộ",
    "field_superior_committee": "Cấp ủy cấp trên",
    "field_place_name": "Địa danh ghi trên văn bản",
    "field_path": "Nơi lưu tệp",
    "term_order": "Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.",
    "bad_mode": "Chế độ không hợp lệ: {mode}.",
}
