"""The demo branch: what refuses to build it (desktop/services/demo/). The demo's own records are
sample content and stay Vietnamese."""

MESSAGES = {
    "bad_year": "Năm dữ liệu mẫu {year} không hợp lệ: chọn một năm từ {first} đến {last}.",
    "file_not_empty": "Tệp «{path}» đã có dữ liệu của «{branch}»: chỉ tạo chi bộ mẫu trên tệp trống. "
                      "Hãy chọn một tệp mới.",
}
