"""Every service the front ends use, built once per open data file by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.branch import BranchService
from desktop.services.overview import OverviewService
from desktop.store.database import Database


@dataclass(frozen=True)
class Services:
    db: Database
    branch: BranchService
    overview: OverviewService


def build_services(db: Database) -> Services:
    return Services(
        db=db,
        branch=BranchService(db),
        overview=OverviewService(db),
    )
