"""The demo branch: `build_demo(db, year)` fills an empty data file with a realistic branch.

It is a short list of steps, one module per area; later areas (reviews, targets…) add a step.
The story it tells (issues 3, 5, 6): the previous year is the showcase (`style.SHOWCASE`) — a
well-kept year whose only gap is the thematic session of Quý III, so criterion 2 is short on 2.2
alone; the current year is ordinary, with absences without a reason, a disciplined member rated
KHTNV and the reviews under way, a probation ending soon, a badge to propose, transfers in and
out and two candidates for admission (issue 18).
`generate_branch` (the general generator, any size and number of years) is exported for tests
and benchmarks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.services.demo import dues, evaluation, lifecycle, reviews
from desktop.services.demo.generator import GeneratedBranch, generate_branch
from desktop.services.demo.style import SHOWCASE
from desktop.services.errors import UserError
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Branch
from desktop.wording import say

DEMO_MEMBERS = 30
FIRST_DEMO_YEAR = 2000
# One step per area, each `add_demo(session, branch)`, run in order after the generator.
STEPS = (reviews.add_demo, evaluation.add_demo, dues.add_demo, lifecycle.add_demo)


@dataclass(frozen=True)
class DemoSummary:
    branch_name: str
    members: int
    meetings: int
    first_year: int = 0
    last_year: int = 0


def check_demo_year(year: int, today: date) -> None:
    if not FIRST_DEMO_YEAR <= year <= today.year:
        raise UserError(say("demo.bad_year", year=year, first=FIRST_DEMO_YEAR, last=today.year), field="year")


def build_demo(db: Database, year: int, *, today: date) -> DemoSummary:
    """The previous year in full and `year` (up to `today` when it is the current year)."""
    check_demo_year(year, today)
    with unit_of_work(db) as session:
        existing = session.scalars(select(Branch.name)).first()
        if existing is not None:
            raise UserError(say("demo.file_not_empty", path=db.path, branch=existing), field="db")
        branch = generate_branch(session, members=DEMO_MEMBERS, years=2, last_year=year,
                                 seed=f"chibo-demo-{year}", today=today, styles={year - 1: SHOWCASE})
        for step in STEPS:
            step(session, branch)
    return DemoSummary(branch.branch_name, branch.members, branch.meetings,
                       branch.first_year, branch.last_year)


__all__ = ["DemoSummary", "GeneratedBranch", "build_demo", "check_demo_year", "generate_branch"]
