"""Restoring a data file from a backup (Tệp → Khôi phục, `chibo restore`)."""

MESSAGES = {
    "refused": "Không khôi phục được: {reason}",
    "same_file": "Không thể khôi phục tệp «{path}» từ chính nó.",
    "backup_unreadable": (
        "Không đọc được bản sao lưu «{backup}» ({reason}). Hãy kiểm tra tệp còn đó và đọc được "
        "(ổ USB còn cắm), rồi thử lại. Tệp dữ liệu không bị thay đổi."),
    "backup_missing": (
        "Không tìm thấy bản sao lưu «{backup}»: tệp đã bị xóa, đổi tên, hoặc ổ USB chứa nó đã "
        "được rút ra. Tệp dữ liệu không bị thay đổi."),
    "backup_damaged": "Bản sao lưu «{backup}» bị hỏng ({detail}); hãy chọn bản khác.",
    "keep_failed": (
        "Không giữ lại được bản sao của tệp «{path}» trước khi khôi phục ({reason}), nên chưa "
        "khôi phục. Tệp dữ liệu không bị thay đổi."),
    "write_failed": (
        "Không ghi được bản sao lưu «{backup}» vào tệp «{path}» ({reason}). Tệp dữ liệu vẫn "
        "giữ nguyên dữ liệu cũ."),
    "written_wrong": (
        "Tệp «{path}» đọc lại không đúng sau khi chép bản sao lưu «{backup}» vào (ổ đĩa có thể "
        "bị lỗi), nên phần mềm đã đưa dữ liệu cũ trở lại tệp. Hãy kiểm tra ổ đĩa rồi thử lại."),
    "reopen_failed": (
        "Đã khôi phục dữ liệu vào tệp «{path}» nhưng không mở lại được tệp ({reason}). "
        "Hãy mở lại tệp."),
    "copy_failed": (
        "Không chép được bản sao lưu «{backup}» thành tệp «{path}» ({reason}). Không có tệp "
        "nào bị ghi dở."),
    "replace_failed": (
        "Không thay được tệp hỏng «{path}» bằng bản sao lưu ({reason}). Bản sao nguyên trạng "
        "của tệp hỏng được giữ tại «{kept}»."),
    "target_exists": "Tệp «{path}» đã tồn tại; khôi phục vào tệp mới không bao giờ ghi đè tệp cũ.",
}
