"""The evaluation opens on last year until its package is sent, then on the current year."""

from __future__ import annotations

from datetime import date

from desktop.clock import Clock
from desktop.services.demo import build_demo
from desktop.services.evaluation import EvaluationService
from desktop.services.keys import KeyService
from desktop.services.package_export import PackageExportService

TODAY = date(2026, 11, 23)
CLOCK = Clock.fixed(TODAY)


def test_last_year_until_its_package_is_sent(db, tmp_path):
    build_demo(db, 2026, today=TODAY)
    service = EvaluationService(db, clock=CLOCK)
    assert service.focus_year() == 2025
    KeyService(db, clock=CLOCK).create_key("mật khẩu đủ dài", "Bí thư")
    PackageExportService(db, clock=CLOCK).export(2025, "mật khẩu đủ dài", tmp_path)
    assert service.focus_year() == 2026


def test_a_new_branch_without_last_year_opens_on_this_year(db):
    assert EvaluationService(db, clock=CLOCK).focus_year() == 2026
