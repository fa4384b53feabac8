"""A member's profile: characters and dates that cannot be (desktop/domain/members.py)."""

MESSAGES = {
    "hidden_character": "{field} có ký tự điều khiển hoặc ký tự ẩn ({code}) ở vị trí {position}; "
                        "hãy gõ lại ô này.",
    "name_start": "Họ và tên «{name}» phải bắt đầu bằng một chữ cái.",
    "formula_start": "{field} bắt đầu bằng «{first}»: chương trình bảng tính sẽ coi ô như vậy là "
                     "công thức; hãy bỏ ký tự đó ở đầu ô.",
    "birth_too_early": "Ngày sinh {date} không thể đúng (hơn {age} tuổi).",
    "admitted_before_party": "Ngày vào Đảng {date} trước ngày thành lập Đảng ({founded}).",
    "admitted_too_young": "Ngày vào Đảng {date} khi chưa đủ {age} tuổi (sinh {birth}).",
}
