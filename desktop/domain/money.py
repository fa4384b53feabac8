"""Amounts of money: whole đồng (int), written with Vietnamese thousands separators.

«1.250.000 đ» on screen and paper; typed amounts may carry the dots («62.000»), spaces or a
trailing «đ», but never a fraction of a đồng.
"""

from __future__ import annotations

import re

MAX_AMOUNT = 1_000_000_000  # one billion đồng a month: anything larger is a typing slip

_GROUPED = re.compile(r"^\d{1,3}([.,\s]\d{3})+$")


def group_thousands(amount: int) -> str:
    """1250000 → «1.250.000»; negative amounts keep their sign."""
    sign = "-" if amount < 0 else ""
    return sign + f"{abs(int(amount)):,}".replace(",", ".")


def format_dong(amount: int | None, empty: str = "—") -> str:
    """1250000 → «1.250.000 đ»; None → `empty`."""
    if amount is None:
        return empty
    return f"{group_thousands(amount)} đ"


class AmountError(ValueError):
    """Why a typed amount is not a whole, positive number of đồng: "empty", "not_integer",
    "negative", "zero" or "too_large"."""

    def __init__(self, reason: str, text: str):
        self.reason = reason
        self.text = text
        super().__init__(f"{reason}: {text!r}")


def parse_amount(text: str | int) -> int:
    """A typed amount in đồng: «62000», «62.000», «62 000 đ» → 62000.

    Dots, commas or spaces are accepted only as thousands separators (groups of three digits),
    so «62.5» or «62000,5» is refused as a fraction rather than read as 625 or 620005.
    """
    if isinstance(text, bool):
        raise AmountError("not_integer", str(text))
    if isinstance(text, int):
        value = text
    else:
        raw = str(text).strip()
        cleaned = re.sub(r"\s*(đ|đồng|d|vnd|vnđ)\s*$", "", raw, flags=re.IGNORECASE).strip()
        if not cleaned:
            raise AmountError("empty", raw)
        negative = cleaned.startswith("-")
        digits = cleaned.lstrip("+-").strip()
        if digits.isdigit():
            value = int(digits)
        elif _GROUPED.match(digits):
            value = int(re.sub(r"[.,\s]", "", digits))
        else:
            raise AmountError("not_integer", raw)
        if negative:
            value = -value
    if value < 0:
        raise AmountError("negative", str(text))
    if value == 0:
        raise AmountError("zero", str(text))
    if value > MAX_AMOUNT:
        raise AmountError("too_large", str(text))
    return value
