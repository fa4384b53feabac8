"""Kiểm tra dữ liệu (Công cụ → Kiểm tra dữ liệu, `chibo check`): what is wrong across the records
(desktop/domain/invariants.py) and what the check and its repair say (services/data_check.py)."""

MESSAGES = {
    "meeting": "Cuộc họp",
    "meeting_regular": "Buổi sinh hoạt thường kỳ",
    "meeting_thematic": "Buổi sinh hoạt chuyên đề",
    "meeting_combined": "Buổi sinh hoạt thường kỳ kết hợp chuyên đề",
    "meeting_committee": "Cuộc họp chi ủy",
    "meeting_extraordinary": "Buổi sinh hoạt bất thường",
    "meeting_on": "{meeting} ngày {date} (mã {id})",
    "member": "Đảng viên {name} (mã {id})",
    "member_problem": "{member}: {problem}",
    "term_dates": "Nhiệm kỳ {term}: ngày kết thúc {end} không sau ngày bắt đầu {start}.",
    "meeting_times": "{meeting}: giờ kết thúc {end} không sau giờ bắt đầu {start}.",
    "documents_late": "{meeting}: ngày gửi tài liệu {sent} sau ngày họp.",
    "posted_early": "{meeting}: ngày đăng tài liệu hoàn chỉnh {posted} trước ngày họp.",
    "supersede_cycle": "{meeting}: chuỗi các bản sửa biên bản quay vòng, không có bản hiện hành. "
                       "Cần kiểm tra lại các bản sửa của cuộc họp này.",
    "attendance_of": "{meeting}, điểm danh đảng viên {name}",
    "attendance_not_member": "{where}: ngày {date} người này không phải đảng viên của chi bộ (chưa "
                             "vào hoặc đã rời chi bộ). Hãy kiểm tra ngày vào/ra trong hồ sơ đảng "
                             "viên hoặc danh sách điểm danh.",
    "expected": "thuộc diện phải dự họp",
    "not_expected": "không thuộc diện phải dự họp (miễn sinh hoạt, sinh hoạt nơi khác, đình chỉ "
                    "hoặc công tác đặc biệt)",
    "attendance_expected_flag": "{where}: ngày {date} người này {what}, nhưng dòng điểm danh ghi "
                                "ngược lại, nên tỷ lệ dự họp bị tính sai.",
    "repair_expected": "Tính lại cột «phải dự họp» theo tình trạng của đảng viên vào ngày họp.",
    "number": "Số {code}",
    "number_duplicate": "{number} được cấp hơn một lần trong nhiệm kỳ {term}.",
    "number_outside_term": "{number} cấp ngày {date}, ngoài nhiệm kỳ {term} ({start}–{end}).",
    "number_shared": "Một số văn bản (mã {id}) được dùng cho nhiều biên bản hiện hành: {meetings}.",
    # the check itself (services/data_check.py)
    "repair_reindex": "Dựng lại các chỉ mục (REINDEX); dữ liệu không thay đổi.",
    "repair_orphan": "Làm như khi xóa dòng cha: xóa dòng mồ côi hoặc bỏ tham chiếu tới dòng đã mất.",
    "file_missing": "Không tìm thấy tệp dữ liệu «{path}».",
    "records_unreadable": "Không đọc được các bản ghi để kiểm tra (tệp của phiên bản khác, hoặc bị "
                          "sửa ngoài phần mềm).",
    "cannot_repair": "Tệp dữ liệu bị hỏng ở mức cấu trúc, không sửa an toàn được. Bản sao của tệp "
                     "hỏng đã được giữ tại «{copy}». Hãy dùng Tệp → Khôi phục để lấy lại bản sao "
                     "lưu gần nhất.",
    "nothing_to_repair": "Không có lỗi nào sửa tự động được an toàn.",
    # the command line's report (`chibo check`)
    "cli_ok": "Kiểm tra «{path}»: không phát hiện vấn đề nào.",
    "cli_found": "Kiểm tra «{path}»: phát hiện {count} vấn đề.",
    "cli_storage": "Tệp",
    "cli_records": "Dữ liệu",
    "cli_finding": "{n}. [{where}] {problem}",
    "cli_repair": "   Cách sửa an toàn: {repair}",
    "cli_damaged_copy": "Bản sao nguyên trạng của tệp hỏng được giữ tại «{copy}».",
    "cli_repairable": "Có {count} vấn đề sửa được an toàn: chạy lại với «--repair».",
}
