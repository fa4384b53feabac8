"""Rulebook files: bounds of their numbers and lists (desktop/domain/rulebook*.py)."""

MESSAGES = {
    "not_finite": "phải là một số hữu hạn trong khoảng {low}–{high}, không phải «{value}»",
    "out_of_range": "phải trong khoảng {low}–{high}, đang là {value}",
    "too_many": "nhiều nhất {limit} mục, đang có {count}",
    "text_too_long": "dài quá {limit} ký tự (đang có {length})",
    "total_too_large": "tổng điểm {total} vượt giới hạn {limit} điểm",
}
