"""Why a data file cannot be opened: the reasons worded through the catalogue
(desktop/store/messages.py holds the older ones)."""

MESSAGES = {
    "migration_failed": "Không nâng cấp được tệp «{path}» lên phiên bản hiện tại ({detail}). Tệp không bị "
                        "thay đổi; bản sao lưu ngay trước khi nâng cấp: «{backup}».",
    "read_only_old": "Tệp «{path}» nằm trên ổ chỉ đọc (hoặc là tệp chỉ đọc) và được tạo bởi phiên bản cũ "
                     "(lược đồ {detail}) nên cần nâng cấp, mà không ghi được. Hãy chép tệp sang ổ ghi được "
                     "rồi mở bản chép.",
    "read_only_pending": "Tệp «{path}» nằm trên ổ chỉ đọc và còn phần dữ liệu chưa gộp vào tệp (tệp «-wal» "
                         "bên cạnh), nên không đọc được tại chỗ. Tệp không hỏng: hãy chép cả tệp và các tệp "
                         "«-wal», «-shm» đi kèm sang ổ ghi được rồi mở bản chép.",
    "missing": "Không tìm thấy tệp dữ liệu «{path}».",
    "empty": "Tệp «{path}» rỗng (0 byte): đây không phải tệp dữ liệu Sổ Chi bộ. Tệp không bị thay đổi.",
    "not_sqlite": "Tệp «{path}» không phải tệp dữ liệu Sổ Chi bộ (không phải cơ sở dữ liệu SQLite). Tệp "
                  "không bị thay đổi.",
    "not_chibo": "Tệp «{path}» là cơ sở dữ liệu SQLite nhưng không phải của Sổ Chi bộ. Tệp không bị thay đổi.",
    "damaged": "Tệp «{path}» bị hỏng hoặc không đầy đủ ({detail}). Tệp không bị thay đổi; hãy khôi phục từ "
               "bản sao lưu.",
    "newer": "Tệp «{path}» được tạo bởi phiên bản Sổ Chi bộ mới hơn (lược đồ {detail}). Hãy cập nhật phần "
             "mềm để mở tệp này.",
    "cannot_open": "Không mở được tệp «{path}»: {detail}",
}
