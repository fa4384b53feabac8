"""Pages of the main window. Each page module exposes `PAGE = PageSpec(...)`;
`registry.page_specs()` lists them in navigation order. A page appears only once it is real."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desktop.ui.context import UiContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # translated at call time, so a language change re-titles it
    build: Callable[[UiContext, QWidget | None], QWidget]
    modes: tuple[str, ...] = ("branch",)  # "branch" and/or "inbox"
