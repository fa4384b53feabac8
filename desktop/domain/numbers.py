"""Numbers written the Vietnamese way, the same in the window, the CLI's text and every PDF.

A decimal comma and no trailing zeros ("4,5", "20,8%", "24,5/25"), whole numbers bare ("5",
"100%"), thousands grouped with a dot ("1.234"). JSON keeps plain numbers: only what a person
reads goes through here. Typed numbers are read back with `parse_number`, which takes a comma or
a dot.
"""

from __future__ import annotations


def number(x: float, places: int = 2) -> str:
    """4.5 → "4,5"; 5.0 → "5"; 2.25 → "2,25"; 1/3 → "0,33" (rounded to `places` decimals)."""
    text = f"{float(x):.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",")


def percent(ratio: float, places: int = 1) -> str:
    """A ratio as a percentage: 0.885 → "88,5%"; 0.9 → "90%"."""
    return number(100 * ratio, places) + "%"


def percent_value(value: float, places: int = 1) -> str:
    """A value already in percent: 20.8 → "20,8%"."""
    return number(value, places) + "%"


def fraction(part: float, whole: float) -> str:
    """24.5, 25 → "24,5/25"."""
    return f"{number(part)}/{number(whole)}"


def grouped(n: int) -> str:
    """1234567 → "1.234.567" (the Vietnamese thousands separator)."""
    return f"{int(n):,}".replace(",", ".")


def parse_number(text: str) -> float | None:
    """"96,5" or "96.5" → 96.5; "" → None; anything else raises ValueError."""
    text = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    return float(text) if text else None
