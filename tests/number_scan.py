"""Finding numbers written with a dot decimal («20.8%», «24.5/25») in text a user reads: the
window's widgets, the CLI's output, the PDFs. Vietnamese writes «20,8%»; a dot only groups
thousands («1.234»), which this does not report."""

from __future__ import annotations

import re
from collections.abc import Iterable

# A number with a dot and one or two decimals, or five or more (three are a thousands group),
# not inside a longer dotted run (a version "0.4.1", a file name, an address).
DOT_DECIMAL = re.compile(r"(?<![\w.])\d+\.(?:\d{1,2}|\d{4,})(?![\w.]|\.\d)")


def dot_decimals(texts: Iterable[str], codes: Iterable[str] = (), versions: Iterable[str] = ()) -> list[str]:
    """Each dot decimal found, with some text around it. `codes` are the rulebook's component
    codes ("2.2"), `versions` the version strings ("2026.2-mau"): dotted, but no decimals."""
    codes, versions = set(codes), tuple(versions)
    found = []
    for text in texts:
        for m in DOT_DECIMAL.finditer(text or ""):
            if m.group() in codes or any(text.startswith(v, m.start()) for v in versions):
                continue
            found.append(text[max(0, m.start() - 40):m.end() + 20].replace("\n", " "))
    return found
