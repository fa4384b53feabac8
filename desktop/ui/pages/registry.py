"""Navigation order of the main window's pages."""

from __future__ import annotations

from desktop.ui.pages import PageSpec


def page_specs() -> list[PageSpec]:
    from desktop.ui.pages import documents, inbox, overview
    from desktop.ui.pages import members
    from desktop.ui.pages import meetings, thematic_plan, year_view
    from desktop.ui.pages import reviews
    from desktop.ui.pages import evaluation

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
