"""Navigation order of the main window's pages."""

from __future__ import annotations

from desktop.ui.pages import PageSpec


def page_specs() -> list[PageSpec]:
    from desktop.ui.pages import overview

    return [
        overview.PAGE,
    ]
