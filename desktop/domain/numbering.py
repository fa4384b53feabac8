"""Document numbers: from 01 for each document type within a committee term (DOMAIN.md §9).

"Số 03-BB/CB": sequence (two digits at least), type code, issuer code (CB = chi bộ).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.enums import DocumentType

BRANCH_ISSUER = "CB"


@dataclass(frozen=True)
class TermSpan:
    term_id: int
    start_date: date
    end_date: date


def next_seq(used: Iterable[int]) -> int:
    """The next number of a type in a term: one past the highest ever given (never reused)."""
    return max(used, default=0) + 1


def number_code(seq: int, doc_type: DocumentType, issuer: str = BRANCH_ISSUER) -> str:
    return f"{seq:02d}-{doc_type.value}/{issuer}"


def number_text(seq: int, doc_type: DocumentType, issuer: str = BRANCH_ISSUER) -> str:
    """As printed under the issuer: "Số 03-BB/CB" (no colon after "Số")."""
    return f"Số {number_code(seq, doc_type, issuer)}"


def term_on(terms: Sequence[TermSpan], on: date) -> TermSpan | None:
    """The term containing `on`; when terms overlap (a congress day), the later one."""
    matches = [t for t in terms if t.start_date <= on <= t.end_date]
    return max(matches, key=lambda t: t.start_date, default=None)
