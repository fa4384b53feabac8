"""Kiểm tra tệp lưu trữ: những lỗi SQLite tìm thấy trong tệp dữ liệu."""

MESSAGES = {
    "unreadable": "SQLite không đọc được tệp (tệp bị hỏng hoặc không phải cơ sở dữ liệu): {detail}. Hãy "
                  "khôi phục từ bản sao lưu gần nhất.",
    "index": "Một chỉ mục (bảng tra cứu phụ) không khớp với dữ liệu; dữ liệu vẫn nguyên vẹn và có thể sửa an "
             "toàn bằng cách dựng lại chỉ mục. Chi tiết: {detail}",
    "foreign_key": "Dòng {row_id} của bảng «{table}» trỏ tới một dòng không còn tồn tại trong bảng «{parent}» "
                   "(bản ghi mồ côi).",
    "structure": "Cấu trúc tệp bị hỏng (một trang dữ liệu bị ghi sai); không sửa tự động được mà không mất dữ "
                 "liệu. Hãy khôi phục từ bản sao lưu gần nhất. Chi tiết: {detail}",
}
