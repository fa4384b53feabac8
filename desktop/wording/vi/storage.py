"""The data file on its medium: backups on a full or read-only disk, a read-only data file,
a migration that failed (desktop/store/); a file the user named that cannot be written
(desktop/services/output_file.py)."""

MESSAGES = {
    "backup_disk_full": "Ổ đĩa đã đầy: không ghi được bản sao lưu «{file}» vào «{folder}». Không có gì "
                        "bị ghi dở và việc đang làm chưa được thực hiện; hãy giải phóng chỗ trống hoặc "
                        "chọn thư mục sao lưu khác rồi thử lại.",
    "backup_read_only": "Không ghi được vào thư mục sao lưu «{folder}» (ổ chỉ đọc hoặc không có quyền ghi); "
                        "việc đang làm chưa được thực hiện. Hãy chọn thư mục sao lưu khác.",
    "backup_failed": "Không sao lưu được vào «{folder}»: {detail}. Việc đang làm chưa được thực hiện.",
    "copy_failed": "Không chép được bản sao lưu vào thư mục «{folder}»: {reason}.",
    "why_disk_full": "ổ đĩa đã đầy",
    "why_read_only": "ổ chỉ đọc hoặc không có quyền ghi",
    "why_missing": "không tìm thấy tệp hoặc thư mục",
    "os_error": "Không đọc/ghi được «{file}»: {reason}.",
    "read_only_write": "Tệp «{path}» đang được mở chỉ để xem (nằm trên ổ chỉ đọc hoặc là tệp chỉ đọc): "
                       "không ghi được thay đổi. Hãy chép tệp sang ổ ghi được rồi mở bản chép để sửa.",
    "backup_file_exists": "Tệp «{path}» đã tồn tại; hãy chọn tên khác để không ghi đè.",
    "copy_to_folder_failed": "Không chép được bản sao lưu vào thư mục «{folder}»: {reason}.",
    "backup_unreadable": "Không đọc được bản sao lưu: {reason}",
    "backup_contents_unreadable": "Không đọc được nội dung bản sao lưu: {reason}",
    "out_is_folder": "Không ghi được «{path}»: đây là một thư mục; hãy ghi cả tên tệp, ví dụ «{example}».",
    "out_no_folder": (
        "Không ghi được tệp «{path}»: thư mục «{folder}» không tồn tại. Hãy tạo thư mục đó hoặc "
        "chọn nơi lưu khác."
    ),
    "out_not_a_file": "Không ghi được «{path}»: đây không phải một tệp thường (thiết bị hoặc đường ống); hãy chọn tên tệp khác.",
    "out_failed": "Không ghi được tệp «{path}»: {reason}. Không có tệp nào bị ghi dở.",
}
