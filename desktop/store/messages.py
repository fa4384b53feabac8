"""Vietnamese wording for data-file problems, shared by the CLI (the window translates its own)."""

from __future__ import annotations

from desktop.store.errors import DataFileError
from desktop.store.lock import FileLockedError

_REASONS = {
    "missing": "Không tìm thấy tệp dữ liệu «{path}».",
    "empty": "Tệp «{path}» rỗng (0 byte): đây không phải tệp dữ liệu Sổ Chi bộ. Tệp không bị thay đổi.",
    "not_sqlite": "Tệp «{path}» không phải tệp dữ liệu Sổ Chi bộ (không phải cơ sở dữ liệu SQLite). Tệp không bị thay đổi.",
    "not_chibo": "Tệp «{path}» là cơ sở dữ liệu SQLite nhưng không phải của Sổ Chi bộ. Tệp không bị thay đổi.",
    "damaged": "Tệp «{path}» bị hỏng hoặc không đầy đủ ({detail}). Tệp không bị thay đổi; hãy khôi phục từ bản sao lưu.",
    "newer": "Tệp «{path}» được tạo bởi phiên bản Sổ Chi bộ mới hơn (lược đồ {detail}). Hãy cập nhật phần mềm để mở tệp này.",
}


def data_file_message(error: DataFileError) -> str:
    template = _REASONS.get(error.reason, "Không mở được tệp «{path}»: {detail}")
    return template.format(path=error.path, detail=error.detail)


def locked_message(error: FileLockedError) -> str:
    holder = error.holder
    if holder is None:
        return f"Tệp dữ liệu đang được mở ở một cửa sổ Sổ Chi bộ khác ({error.path})."
    return (
        f"Tệp dữ liệu đang được mở bởi người dùng «{holder.user}» trên máy «{holder.host}» "
        f"(tiến trình {holder.pid}, từ {holder.since}). Hãy đóng cửa sổ đó trước."
    )
