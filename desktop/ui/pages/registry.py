"""Navigation order of the main window's pages.

A page's module is imported when the page is first shown, not when the file opens: the window
lists every page at once, but the first screen costs only its own imports.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.ui.context import UiContext
from desktop.ui.pages import PageSpec

translate = QCoreApplication.translate  # lupdate finds literal translate("Context", "...") calls

# (key, page class in desktop/ui/pages/<key>.py, modes)
_PAGES = (
    ("overview", "OverviewPage", ("branch",)),
    ("members", "MembersPage", ("branch",)),
    ("candidates", "CandidatesPage", ("branch",)),
    ("meetings", "MeetingsPage", ("branch",)),
    ("year_view", "YearViewPage", ("branch",)),
    ("thematic_plan", "ThematicPlanPage", ("branch",)),
    ("reviews", "ReviewsPage", ("branch",)),
    ("dues", "DuesPage", ("branch",)),
    ("evaluation", "EvaluationPage", ("branch",)),
    ("documents", "DocumentsPage", ("branch",)),
    ("inbox", "InboxPage", ("inbox",)),
)
# The services each mode's first page reads at once: made on the worker that opens the file, so
# their modules (SQL, rules, rulebooks) are not imported on the GUI thread when it is built.
FIRST_PAGE_SERVICES = {"branch": ("overview", "evaluation", "dues"), "inbox": ("inbox", "inbox_reports")}


def _titles() -> dict[str, str]:
    return {
        "overview": translate("Navigation", "Overview"),
        "members": translate("Navigation", "Members"),
        "candidates": translate("Navigation", "Admissions and badges"),
        "meetings": translate("MeetingsPage", "Meetings"),
        "year_view": translate("YearViewPage", "Year at a glance"),
        "thematic_plan": translate("ThematicPlanPage", "Thematic plan"),
        "reviews": translate("ReviewsPage", "Annual review"),
        "dues": translate("DuesPage", "Party dues"),
        "evaluation": translate("EvaluationPage", "Self-evaluation"),
        "documents": translate("Navigation", "Documents"),
        "inbox": translate("InboxPage", "Received packages"),
    }


def page_title(key: str) -> str:
    """The page's name as the navigation shows it: a text that sends the user to a page names
    it with this, so the name it gives is one she can find."""
    return _titles()[key]


def page_module(key: str):  # noqa: ANN201 - a module
    return import_module(f"desktop.ui.pages.{key}")


def _builder(key: str, cls: str) -> Callable[[UiContext, QWidget | None], QWidget]:
    def build(ctx: UiContext, parent: QWidget | None) -> QWidget:
        return getattr(page_module(key), cls)(ctx, parent)

    return build


def page_specs() -> list[PageSpec]:
    return [PageSpec(key, lambda key=key: _titles()[key], _builder(key, cls), modes)
            for key, cls, modes in _PAGES]


def page_keys(mode: str) -> list[str]:
    return [key for key, _cls, modes in _PAGES if mode in modes]
