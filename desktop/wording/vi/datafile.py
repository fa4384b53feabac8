"""Wording about the data file itself (who has it open)."""

MESSAGES = {
    "locked": "Tệp dữ liệu đang được mở ở một cửa sổ Sổ Chi bộ khác ({path}).",
    "locked_by": (
        "Tệp dữ liệu đang được người dùng «{user}» mở trên máy tính «{host}» {since}. "
        "Hãy đóng Sổ Chi bộ trên máy đó trước, rồi mở lại tệp."
    ),
    "locked_here": (
        "Tệp dữ liệu đang được mở ở một cửa sổ Sổ Chi bộ khác trên chính máy này "
        "(người dùng «{user}», máy «{host}», {since}). Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại tệp."
    ),
    "since": "từ {time} ngày {day}",
    "since_unknown": "từ lúc không rõ",
}
