"""A year locked after its package was sent is shown on every page of that year, as soon as the
page shows it — not only when a change is refused — and no longer once the year is reopened."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from desktop.clock import Clock
from desktop.store.database import open_database, unit_of_work
from desktop.store.models import YearSetting
from desktop.ui.year_banner import where_to_unlock
from tests.suite_day import SUITE_CLOCK

SHOTS = os.environ.get("CHIBO_SHOTS")
YEAR_PAGES = ("meetings", "year_view", "thematic_plan", "reviews", "evaluation", "documents")


def lock(path: Path, year: int) -> None:
    with open_database(path) as db, unit_of_work(db) as s:
        setting = s.get(YearSetting, year) or YearSetting(year=year)  # the year's rulebook may be pinned
        setting.locked_at = datetime(year + 1, 1, 10, 2, 0, tzinfo=timezone.utc)
        s.add(setting)


def test_every_page_of_a_locked_year_says_so(qtbot, window, shell_branch_file):
    locked = Clock().today().year - 1
    lock(shell_branch_file, locked)
    window.resize(1366, 728)
    window.show()
    with qtbot.waitSignal(window.file_opened, timeout=10_000):
        window.open_file(shell_branch_file)
    banner = window.navigator.year_banner
    for key in YEAR_PAGES:
        window.go_to(key)
        page = window.navigator.page(key)
        page.year.setValue(locked)
        qtbot.waitUntil(lambda: banner.isVisible(), timeout=10_000)
        assert banner.year == locked
        text = banner.text.text()
        assert str(locked) in text and where_to_unlock() in text
        page.year.setValue(locked + 1)  # the year after is open: no banner
        assert not banner.isVisible() and banner.year is None
        page.year.setValue(locked)
        assert banner.isVisible()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / "year-locked-documents.png"))
    window.go_to("members")  # a page of no one year
    assert not banner.isVisible()

    # Reopened for a correction (from the wizard, here straight through the runner): gone.
    window.go_to("documents")
    assert banner.isVisible()
    from desktop.services.package_export import PackageExportService

    db = window.services.db
    window.runner.write(lambda: PackageExportService(db, clock=SUITE_CLOCK).reopen(locked))
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)


def test_the_unlock_path_names_the_menus_as_they_are():
    # File → Send the year's package → Reopen the year for a correction: the words the menu and
    # the wizard show (ellipses and accelerators dropped), so the user finds them.
    assert where_to_unlock() in ("File → Send the year's package → Reopen the year for a correction",
                                 "Tệp → Gửi hồ sơ năm → Mở lại năm để đính chính")  # (CHIBO_SHOTS)
