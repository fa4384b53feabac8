"""The command line's own refusals and errors (desktop/cli.py, desktop/commands/). Its help and
report lines stay Vietnamese; what it refuses speaks `--lang`."""

MESSAGES = {
    "error": "Lỗi: {text}",
    "usage_error": "Lỗi cú pháp lệnh: {message}\nXem «chibo --help».",
    "stopped": "Đã dừng theo yêu cầu.",
    "not_a_date": "«{value}» không phải ngày dạng YYYY-MM-DD",
    "not_an_integer": "«{value}» không phải số nguyên",
    "votes_negative": "số phiếu {value} không được âm",
    "passphrase_unreadable": "Không đọc được tệp mật khẩu «{path}»: {reason}.",
    "key_unreadable": "Không đọc được tệp khóa «{path}»: {reason}.",
    "inbox_file_exists": "Tệp «{path}» đã có; hộp thư chỉ tạo trên tệp mới.",
    "missing_item": "Còn thiếu: {item}",
    "no_key": "Chi bộ chưa có khóa ký (tạo bằng: chibo keys init --passphrase-file P).",
    "exported": "Gói số {sequence}, {size} byte, khóa {fingerprint}",
    "exported_superseding": "{exported}; thay thế gói {previous}…",
    "warning": "Cảnh báo: {text}",
}
