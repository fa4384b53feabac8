"""Headings of the annual commitment and the self-review form, as codes and Vietnamese titles.

The codes are the keys of `commitment.sections` and `self_review.sections` in the data file;
the documents engineer's printed forms and the review screen read these lists, so the order
here is the printed order.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FormSection:
    code: str
    number: str  # as printed: "1", "2", … or "I", "II", …
    title_vi: str
    source: str = ""


_QD144 = "Quy định 144-QĐ/TW (9/5/2024)"

# The five standards of revolutionary ethics of QĐ 144-QĐ/TW: one commitment heading each.
COMMITMENT_STANDARDS: tuple[FormSection, ...] = (
    FormSection("loyalty", "1", "Yêu nước, tôn trọng Nhân dân, tuyệt đối trung thành với Đảng, "
                "với Tổ quốc", _QD144),
    FormSection("courage", "2", "Bản lĩnh, đổi mới, sáng tạo, hội nhập", _QD144),
    FormSection("integrity", "3", "Cần, kiệm, liêm, chính, chí công vô tư", _QD144),
    FormSection("unity", "4", "Đoàn kết, kỷ cương, tình thương, trách nhiệm", _QD144),
    FormSection("example", "5", "Gương mẫu, khiêm tốn, tu dưỡng rèn luyện, học tập suốt đời", _QD144),
)

_HD43 = "Mẫu 2C, Hướng dẫn 43-HD/BTCTW (31/10/2025)"

# Mẫu 2C (members outside the state system): the usual sections of the self-review.
SELF_REVIEW_SECTIONS: tuple[FormSection, ...] = (
    FormSection("ideology", "1", "Về tư tưởng chính trị", _HD43),
    FormSection("ethics", "2", "Về phẩm chất đạo đức, lối sống", _HD43),
    FormSection("style", "3", "Về tác phong, lề lối làm việc", _HD43),
    FormSection("discipline", "4", "Về ý thức tổ chức kỷ luật", _HD43),
    FormSection("results", "5", "Kết quả thực hiện chức trách, nhiệm vụ được giao", _HD43),
    FormSection("limitations", "6", "Những hạn chế, khuyết điểm và nguyên nhân", _HD43),
    FormSection("remedies", "7", "Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm", _HD43),
    FormSection("self_rating", "8", "Tự nhận mức xếp loại chất lượng", _HD43),
)

# Sections whose content is free text written by the member (the last one is the rating itself).
SELF_REVIEW_TEXT_SECTIONS: tuple[FormSection, ...] = SELF_REVIEW_SECTIONS[:-1]

COMMITMENT_CODES = frozenset(s.code for s in COMMITMENT_STANDARDS)
SELF_REVIEW_CODES = frozenset(s.code for s in SELF_REVIEW_TEXT_SECTIONS)


def section(code: str, sections: tuple[FormSection, ...]) -> FormSection:
    for item in sections:
        if item.code == code:
            return item
    raise KeyError(code)
