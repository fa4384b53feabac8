"""Cells the app writes into a spreadsheet hold data, never formulas (issue 14).

openpyxl stores any text beginning with "=" as a formula, and Excel or LibreOffice run a cell
beginning with "=", "+", "-" or "@" typed back in: a member named `=HYPERLINK(...)` would become a
live link. Every text cell is therefore written with the string type, and one that begins like a
formula also gets the quote prefix, so the program shows it as text even when it is edited.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.domain.members import FORMULA_STARTS


def append_row(sheet: Any, values: Iterable[Any]) -> None:
    """`sheet.append(values)` with every text cell kept as text (an openpyxl worksheet)."""
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        as_text(cell)


def as_text(cell: Any) -> None:
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if cell.value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
