"""Gửi hồ sơ năm: những việc còn thiếu trước khi gửi và những lần gửi bị từ chối."""

MESSAGES = {
    "no_key": "Chi bộ chưa có khóa ký: hãy tạo khóa (Công cụ → Khóa ký).",
    "draft_meeting": "{kind} ngày {day} chưa thông qua biên bản.",
    "unrated": "Đồng chí {name} chưa được xếp loại.",
    "unjustified": "Tiêu chí {code} «{title}» chưa được chấm hoặc chưa có giải trình.",
    "no_profile": "Chưa có hồ sơ chi bộ: hãy điền trong Cài đặt trước khi gửi hồ sơ.",
    "not_a_folder": "Thư mục «{folder}» không tồn tại hoặc không phải thư mục.",
    "not_locked": "Năm {year} chưa khóa.",
    "write_failed": "Không ghi được tệp «{path}»: {reason}.",
}
