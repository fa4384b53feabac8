"""Why a data file cannot be opened. Kept apart from `database` so that the window and the
command line can word these errors without loading SQLAlchemy."""

from __future__ import annotations

from pathlib import Path


class DataFileError(Exception):
    """A data file that cannot be opened; `reason` is a code the front ends turn into a message."""

    def __init__(self, path: Path, reason: str, detail: str = ""):
        self.path = path
        self.reason = reason  # not_sqlite | empty | damaged | not_chibo | newer | missing
        self.detail = detail
        super().__init__(f"{path}: {reason} {detail}".strip())
