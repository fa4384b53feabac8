"""Headings of the annual commitment and the self-review form, as codes and titles.

The codes are the keys of `commitment.sections` and `self_review.sections` in the data file;
the documents engineer's printed forms and the review screen read these lists, so the order
here is the printed order.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.wording import Text, say


@dataclass(frozen=True)
class FormSection:
    code: str
    number: str  # as printed: "1", "2", … or "I", "II", …
    title: Text
    source: str = ""

    @property
    def title_vi(self) -> str:
        """As printed on the Vietnamese form."""
        return self.title.render("vi")


def _section(code: str, number: str, source: str) -> FormSection:
    return FormSection(code, number, say(f"reviews.section_{code}"), source)


# The documents the headings come from, cited by their Vietnamese names.
_QD144 = "Quy định 144-QĐ/TW (9/5/2024)"

# The five standards of revolutionary ethics of QĐ 144-QĐ/TW: one commitment heading each.
COMMITMENT_STANDARDS: tuple[FormSection, ...] = (
    _section("loyalty", "1", _QD144),
    _section("courage", "2", _QD144),
    _section("integrity", "3", _QD144),
    _section("unity", "4", _QD144),
    _section("example", "5", _QD144),
)

_HD43 = "Mẫu 2C, Hướng dẫn 43-HD/BTCTW (31/10/2025)"

# Mẫu 2C (members outside the state system): the usual sections of the self-review.
SELF_REVIEW_SECTIONS: tuple[FormSection, ...] = (
    _section("ideology", "1", _HD43),
    _section("ethics", "2", _HD43),
    _section("style", "3", _HD43),
    _section("discipline", "4", _HD43),
    _section("results", "5", _HD43),
    _section("limitations", "6", _HD43),
    _section("remedies", "7", _HD43),
    _section("self_rating", "8", _HD43),
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
