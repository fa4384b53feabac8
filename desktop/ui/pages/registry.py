"""Navigation order of the main window's pages."""

from __future__ import annotations

from desktop.ui.pages import PageSpec


def page_specs() -> list[PageSpec]:
    from desktop.ui.pages import (
        documents,
        evaluation,
        inbox,
        meetings,
        members,
        overview,
        reviews,
        thematic_plan,
        year_view,
    )

    return [
        overview.PAGE,
        members.PAGE,
        meetings.PAGE,
        year_view.PAGE,
        thematic_plan.PAGE,
        reviews.PAGE,
        evaluation.PAGE,
        documents.PAGE,
        inbox.PAGE,
    ]
