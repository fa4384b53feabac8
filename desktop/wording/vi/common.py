"""Wording shared by every area."""

MESSAGES = {
    "unexpected": "Đã xảy ra lỗi không mong muốn. Chi tiết đã được ghi vào «{log}».",
    "new_file_path_missing": "Hãy chọn nơi lưu tệp dữ liệu mới.",
    "new_file_exists": "Tệp «{path}» đã có. Hãy chọn tên khác: tệp mới không bao giờ ghi đè tệp cũ.",
}
