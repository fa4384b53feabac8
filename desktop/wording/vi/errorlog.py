"""Unexpected errors (desktop/errorlog.py)."""

MESSAGES = {
    "unexpected_unlogged": "Đã xảy ra lỗi không mong muốn ({kind}) và không ghi được nhật ký lỗi "
                           "(thư mục dữ liệu của người dùng không ghi được).",
}
