"""Every reason a package can be refused: a code, the ETSI-style indication it leads to, and its
wording (desktop/wording/<lang>/exchange.py, one sentence per code).

Indications follow ETSI EN 319 102-1: a package is PASSED, FAILED (proven wrong: altered,
malformed, signed by a key that may not sign it, contradicting itself) or INDETERMINATE (could
not be decided: the file cannot be read, is beyond the limits, the key is unknown, or the check
itself broke). Both refusals exit with 1; an internal error exits with 3.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.wording import DEFAULT_LANGUAGE, Text, render, say

PASSED, FAILED, INDETERMINATE = "passed", "failed", "indeterminate"
INTERNAL_ERROR = "internal_error"

# Codes that leave the question open (as "untrusted", the warning of a package checked without
# a registry: no trust anchor); every other code is a proven failure.
_INDETERMINATE = frozenset({
    "file_not_found", "not_a_file", "unreadable_file", INTERNAL_ERROR,
    "package_too_large", "too_many_entries", "entry_too_large", "total_too_large", "zip_unsupported",
    "unknown_key", "untrusted",
})


@dataclass(frozen=True)
class Problem:
    """`detail` names what is wrong (an entry, a path, a fingerprint); `values` fill the rest of
    the sentence (numbers, or Texts rendered in the reader's language)."""

    code: str
    detail: str | Text = ""
    values: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, code: str, detail: str | Text = "", **values: Any) -> Problem:
        return cls(code, detail, tuple(values.items()))

    @property
    def indication(self) -> str:
        return INDETERMINATE if self.code in _INDETERMINATE else FAILED

    @property
    def text(self) -> Text:
        return say(f"exchange.{self.code}", detail=self.detail, **dict(self.values))

    @property
    def message(self) -> str:
        return self.text.render(DEFAULT_LANGUAGE)

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.text.render(lang)

    def as_dict(self, lang: str = DEFAULT_LANGUAGE) -> dict[str, str]:
        return {"code": self.code, "indication": self.indication, "detail": str(render(self.detail, lang)),
                "message": self.render(lang)}


def indication_of(problems: tuple[Problem, ...] | list[Problem]) -> tuple[str, str | None]:
    """(indication, reason): PASSED without problems; else FAILED if any problem proves the
    package wrong, INDETERMINATE if none does; the reason is the first such problem's code."""
    for wanted in (FAILED, INDETERMINATE):
        for problem in problems:
            if problem.indication == wanted:
                return wanted, problem.code
    return PASSED, None
