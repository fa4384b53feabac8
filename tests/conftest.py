"""Shared fixtures. Qt runs offscreen: set before any QApplication can exist.

No test reads the real date: the services and the window under test get `clock` (or a
`Clock.fixed(...)` of their own), so the suite passes on any day, as CI checks under faketime.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from suite_day import SUITE_CLOCK  # noqa: E402

from desktop.clock import Clock  # noqa: E402
from desktop.store.database import Database, open_database  # noqa: E402


@pytest.fixture
def clock() -> Clock:
    """The suite's day (suite_day.py), for the services and the window under test."""
    return SUITE_CLOCK


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "chibo.sqlite"


@pytest.fixture
def db(db_path: Path) -> Database:
    """A fresh, empty data file at the current schema."""
    database = open_database(db_path, create=True)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Tests never read or write the user's real settings, nor its data/cache folders."""
    root = tmp_path_factory.mktemp("chibo-user")
    monkeypatch.setenv("CHIBO_CONFIG_DIR", str(root / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "cache"))
    yield root


# --- meetings: a branch of 32 members (30 expected, 1 exempt, 1 attached elsewhere) ----------
MEETINGS_BRANCH_NAMES = (
    "Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường", "Phạm Thị Hương", "Lê Văn Tuấn",
    "Huỳnh Thị Yến", "Đặng Thị Ngọc Ánh", "Nguyễn Hữu Quỳnh", "Võ Văn Dũng", "Bùi Thị Hoa",
    "Đỗ Minh Đức", "Hoàng Thị Lan", "Phan Văn Long", "Vũ Thị Mai", "Trương Công Nam",
    "Đinh Thị Oanh", "Lý Văn Phúc", "Ngô Thị Quyên", "Dương Văn Sơn", "Tạ Thị Thảo",
    "Hồ Văn Thắng", "Mai Thị Uyên", "Lương Văn Vinh", "Chu Thị Xuân", "Cao Văn Hải",
    "Kiều Thị Hằng", "Tô Văn Khải", "La Thị Liên", "Quách Văn Minh", "Đoàn Thị Nga",
    "Lâm Văn Thọ", "Văn Thị Tuyết",
)


@pytest.fixture
def meetings_branch(db: Database) -> dict[str, int]:
    """Branch, term 2025–2030, 32 members: ids 1–28 official, 29–30 probationary (admitted
    1/10/2025), 31 exempt since 2024, 32 attached elsewhere in 2026; id 1 secretary, 2 deputy,
    3–5 committee. Returns member ids by full name."""
    from datetime import date

    from desktop.domain.enums import Position, SituationEventKind
    from desktop.store.database import unit_of_work
    from desktop.store.models import (
        Branch,
        Member,
        MemberPosition,
        SituationEvent,
        Term,
    )

    ids: dict[str, int] = {}
    with unit_of_work(db) as s:
        s.add(Branch(name="Chi bộ Tổ dân phố số 7", code="CB-TDP07",
                     superior_committee="Đảng bộ phường Ba Đình", place_name="Phường Ba Đình"))
        s.add(Term(start_date=date(2025, 8, 1), end_date=date(2030, 7, 31), label="2025–2030"))
        for i, name in enumerate(MEETINGS_BRANCH_NAMES, start=1):
            probationary = i in (29, 30)
            m = Member(full_name=name, admitted_on=date(2025, 10, 1) if probationary else date(2000 + i % 20, 5, 19),
                       official_on=None if probationary else date(2001 + i % 20, 5, 19))
            if i == 31:
                m.events.append(SituationEvent(kind=SituationEventKind.EXEMPT_FROM, on=date(2024, 1, 1)))
            if i == 32:
                m.events.append(SituationEvent(kind=SituationEventKind.ATTACHED_FROM, on=date(2026, 1, 1)))
                m.events.append(SituationEvent(kind=SituationEventKind.ATTACHED_TO, on=date(2026, 12, 31)))
            if i <= 5:
                pos = {1: Position.SECRETARY, 2: Position.DEPUTY}.get(i, Position.COMMITTEE)
                m.positions.append(MemberPosition(position=pos, start_date=date(2025, 8, 1)))
            s.add(m)
            s.flush()
            ids[name] = m.id
    return ids


# --- shell: a small closed data file with a branch, members in every situation, meetings -----
@pytest.fixture
def shell_branch_file(tmp_path: Path, clock: Clock) -> Path:
    """Branch "Chi bộ Khu phố 3" with, on the `clock`'s day: 4 official members (one exempt, one
    attached elsewhere), 1 probationary, 1 transferred out; this year 3 regular meetings (plus
    one superseded correction), 1 thematic, 2 committee; last year 1 regular. Returns the
    path of the closed file (the shell opens it itself, on the same clock)."""
    from datetime import date, timedelta

    from desktop.domain.enums import MeetingKind
    from desktop.domain.enums import SituationEventKind as K
    from desktop.services.branch import BranchProfile, BranchService
    from desktop.store.database import unit_of_work
    from desktop.store.models import Meeting, Member, SituationEvent

    today = clock.today()
    path = tmp_path / "Chi bộ Khu phố 3.sqlite"
    database = open_database(path, create=True)
    BranchService(database).save_profile(BranchProfile(
        "Chi bộ Khu phố 3", "KP03", "Đảng bộ phường Bến Nghé", "Phường Bến Nghé",
        date(2025, 1, 1), date(2030, 12, 31)))
    with unit_of_work(database) as s:
        def member(name, official=True, *events):
            m = Member(full_name=name, admitted_on=date(1995, 3, 1),
                       official_on=date(1996, 3, 1) if official else None)
            m.events = [SituationEvent(kind=k, on=on) for k, on in events]
            s.add(m)

        member("Nguyễn Văn Ân")
        member("Trần Thị Bích")
        member("Phạm Thị Dung", True, (K.EXEMPT_FROM, date(2020, 1, 1)))
        member("Đỗ Minh Đức", True, (K.ATTACHED_FROM, today - timedelta(days=30)))
        member("Lê Hoàng Cường", False, (K.ADMITTED, today - timedelta(days=60)))
        member("Vũ Thị Hạnh", True, (K.TRANSFERRED_OUT, date(2023, 6, 1)))
        year_day = lambda n: date(today.year, 1, 1) + timedelta(days=n)  # noqa: E731
        kinds = [MeetingKind.REGULAR] * 2 + [MeetingKind.THEMATIC] + [MeetingKind.COMMITTEE] * 2
        for n, kind in enumerate(kinds):
            s.add(Meeting(kind=kind, held_on=year_day(n)))
        newer = Meeting(kind=MeetingKind.REGULAR, held_on=year_day(0))  # the 3rd regular one
        s.add(newer)
        s.flush()
        s.add(Meeting(kind=MeetingKind.REGULAR, held_on=year_day(0), superseded_by_id=newer.id))
        s.add(Meeting(kind=MeetingKind.REGULAR, held_on=date(today.year - 1, 6, 1)))
    database.close()
    return path
