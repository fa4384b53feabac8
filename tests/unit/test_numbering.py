from __future__ import annotations

from datetime import date

from desktop.domain.enums import DocumentType
from desktop.domain.numbering import (
    TermSpan,
    next_seq,
    number_code,
    number_text,
    term_on,
)


def test_format():
    assert number_text(3, DocumentType.MINUTES) == "Số 03-BB/CB"
    assert number_code(12, DocumentType.RESOLUTION) == "12-NQ/CB"
    assert number_text(105, DocumentType.MINUTES) == "Số 105-BB/CB"


def test_next_seq_is_one_past_the_highest_never_reused():
    assert next_seq([]) == 1
    assert next_seq([1, 2, 3]) == 4
    assert next_seq([1, 3]) == 4  # a gap is not filled


def test_term_on():
    old = TermSpan(1, date(2020, 8, 1), date(2025, 8, 15))
    new = TermSpan(2, date(2025, 8, 15), date(2030, 8, 15))
    assert term_on([old, new], date(2024, 1, 1)) is old
    assert term_on([old, new], date(2025, 8, 15)) is new  # congress day: the new term
    assert term_on([old, new], date(2031, 1, 1)) is None
