"""The branch profile, its signing key, and what printing needs first (desktop/services/branch.py,
keys.py, documents*.py, reviews_report.py)."""

MESSAGES = {
    "name_empty": "Tên chi bộ không được để trống.",
    "code_empty": "Mã chi bộ không được để trống.",
    "superior_committee_empty": "Cấp ủy cấp trên không được để trống.",
    "place_name_empty": "Địa danh ghi trên văn bản không được để trống.",
    "term_reversed": "Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.",
    "bad_mode": "Chế độ không hợp lệ: {mode}",
    "profile_missing_documents": "Chưa có hồ sơ chi bộ: hãy nhập tên chi bộ, cấp ủy cấp trên và "
                                 "địa danh trong phần Cài đặt trước khi in văn bản.",
    "profile_missing_report": "Chưa có hồ sơ chi bộ: hãy nhập tên chi bộ, cấp ủy cấp trên và địa "
                              "danh trong phần Cài đặt trước khi in báo cáo.",
    "bad_year": "Năm không hợp lệ: {year} (cần từ {first} đến {last}).",
    "no_meeting": "Không tìm thấy cuộc họp có mã {meeting_id} (xem danh sách bằng lệnh «chibo meetings list»).",
    "no_member": "Không tìm thấy đảng viên có mã {member_id}.",
    # the signing key
    "no_key_create": "Chi bộ chưa có khóa ký. Hãy tạo khóa trước (chibo keys init).",
    "no_key_backup": "Chi bộ chưa có khóa ký để sao lưu.",
    "no_key": "Chi bộ chưa có khóa ký.",
    "key_form_needs": "Cần hồ sơ chi bộ và khóa ký trước khi in phiếu đăng ký khóa.",
}
