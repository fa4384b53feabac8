"""The superior committee's inbox: importing packages, the summary of the year."""

MESSAGES = {
    "summary": "{good}/{total} chi bộ đạt «{model}»",
    "summary_missing": "{count} chi bộ chưa nộp gói",
    "accepted": "NHẬN",
    "duplicate": "ĐÃ CÓ",
    "refused": "TỪ CHỐI",
    "outcome_line": "{mark}  {file}",
    "outcome_reasons": "{mark}  {file}: {reasons}",
    "totals": "Tổng: nhận {accepted}, từ chối {refused}, trên {files} tệp.",
    "backup": "Đã sao lưu tệp dữ liệu trước khi nhận gói: {path}",
    "already_received": "Gói này đã được nhận trước đó.",
    "not_found": "Không tìm thấy «{path}».",
    "folder_unwritable": "Không tạo được thư mục hộp thư «{path}»: {reason}.",
    "store_failed": "Không lưu được gói vào thư mục hộp thư «{path}»: {reason}.",
    "commit_failed": "Không ghi được vào tệp dữ liệu ({reason}); {recorded} gói nhận trước đó vẫn được giữ, "
                     "các gói của lượt đang ghi không được nhận.",
    "branch_reached": "  {code:<12} {name:<40} đạt «{model}»",
    "branch_not_reached": "  {code:<12} {name:<40} chưa đạt «{model}»",
    "code_and_name_needed": "Cần nhập cả mã và tên chi bộ.",
    "branch_not_registered": "Chưa đăng ký chi bộ có mã «{code}».",
    "key_registered": "Khóa {fingerprint} đã được đăng ký.",
    "key_unknown": "Không có khóa {fingerprint}.",
    "package_not_found": "Không tìm thấy gói đã nhận.",
}
