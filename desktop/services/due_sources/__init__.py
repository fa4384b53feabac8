"""Sources of the "due soon" list: the extension point other features plug into.

A source is any object with a `kind` (str) and a method

    collect(session, today, until) -> Iterable[DueItem]

that reads what it needs inside the given read-only session and returns the lines due on or
before `until` (overdue ones included). A module in this package that defines `SOURCES` (a
tuple of sources) is found by `discover()` on its own: a feature adds, say, `tasks.py` with
`SOURCES = (OverdueTasks(),)` and its lines appear on the overview and in `chibo due`, without
any other file being edited. Lines open their record through `DueItem.opens` (a page key of the
window and the record's id). Modules are read in name order; a source that fails is not hidden:
the error reaches the caller like any other.
"""

from __future__ import annotations

import pkgutil
from collections.abc import Iterable
from datetime import date
from importlib import import_module
from typing import Protocol

from sqlalchemy.orm import Session

from desktop.domain.due import DueItem


class DueSource(Protocol):
    kind: str

    def collect(self, session: Session, today: date, until: date) -> Iterable[DueItem]: ...


def discover() -> tuple[DueSource, ...]:
    found: list[DueSource] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = import_module(f"{__name__}.{info.name}")
        found.extend(getattr(module, "SOURCES", ()))
    return tuple(found)
