"""Backup thinning, with worked examples (now = Wednesday 18 Nov 2026, 10:00), and its
invariants on any day."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.store.backup_policy import backups_to_delete, months_before, period_of

NOW = datetime(2026, 11, 18, 10, 0)


def entry(stamp: str) -> tuple[Path, datetime]:
    when = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return Path(f"chibo-{when:%Y%m%d-%H%M%S}-auto.sqlite"), when


def names(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def test_everything_from_today_is_kept():
    today = [entry("2026-11-18 08:00"), entry("2026-11-18 08:30"), entry("2026-11-18 09:59")]
    assert backups_to_delete(today, NOW) == []


def test_one_a_day_for_two_weeks_keeps_the_newest_of_each_day():
    # 17 Nov: three backups -> keep 17:00 only; 4 Nov is exactly 14 days back -> still daily.
    items = [
        entry("2026-11-17 09:00"),
        entry("2026-11-17 12:00"),
        entry("2026-11-17 17:00"),
        entry("2026-11-04 08:00"),
        entry("2026-11-04 20:00"),
    ]
    assert names(backups_to_delete(items, NOW)) == [
        "chibo-20261104-080000-auto.sqlite",
        "chibo-20261117-090000-auto.sqlite",
        "chibo-20261117-120000-auto.sqlite",
    ]


def test_one_a_week_between_two_weeks_and_three_months():
    # 3 Nov is 15 days back -> weekly zone. ISO week 45 of 2026 is Mon 2 Nov .. Sun 8 Nov, so
    # 2 Nov and 3 Nov share a week: 3 Nov (newer) stays. 18 Aug is exactly 3 months back (kept
    # as its own week 34); 17 Aug is before it -> monthly zone (August).
    items = [
        entry("2026-11-03 10:00"),
        entry("2026-11-02 10:00"),
        entry("2026-10-27 10:00"),  # week 44, alone
        entry("2026-08-18 10:00"),
        entry("2026-08-17 10:00"),
    ]
    assert names(backups_to_delete(items, NOW)) == ["chibo-20261102-100000-auto.sqlite"]
    assert period_of(date(2026, 8, 18), NOW.date()) == ("week", 2026, 34)
    assert period_of(date(2026, 8, 17), NOW.date()) == ("month", 2026, 8)


def test_one_a_month_for_three_years_then_deleted():
    # Monthly zone: 10 Jul and 25 Jul 2026 share July -> keep 25 Jul. 18 Nov 2023 is exactly three
    # years back (kept); 17 Nov 2023 is older -> deleted.
    items = [
        entry("2026-11-18 07:00"),  # newest, today
        entry("2026-07-25 10:00"),
        entry("2026-07-10 10:00"),
        entry("2023-11-18 10:00"),
        entry("2023-11-17 10:00"),
    ]
    assert names(backups_to_delete(items, NOW)) == [
        "chibo-20231117-100000-auto.sqlite",
        "chibo-20260710-100000-auto.sqlite",
    ]


def test_the_newest_backup_survives_even_when_very_old():
    # Nobody opened the file for five years: its last backups are all too old, yet the newest stays.
    items = [entry("2021-03-01 10:00"), entry("2021-02-01 10:00")]
    assert names(backups_to_delete(items, NOW)) == ["chibo-20210201-100000-auto.sqlite"]


def test_a_year_of_hourly_backups_thins_to_the_expected_count():
    # One backup an hour from 1 Jan 2026 to now. Kept: today's 10 (00:00..09:00), one per day for
    # 17 Nov back to 4 Nov (14), one per ISO week from 3 Nov back to 18 Aug (weeks 34..45 = 12),
    # one per month for Aug (only 1..17 Aug left for it) and back to Jan 2026 (8 months): 44.
    start = datetime(2026, 1, 1, 0, 0)
    hours = int((NOW - start).total_seconds() // 3600)
    items = [entry(f"{start + timedelta(hours=h):%Y-%m-%d %H:%M}") for h in range(hours)]
    doomed = backups_to_delete(items, NOW)
    assert len(items) - len(doomed) == 10 + 14 + 12 + 8


def test_months_before_clamps_to_the_end_of_month():
    assert months_before(date(2026, 5, 31), 3) == date(2026, 2, 28)
    assert months_before(date(2024, 5, 31), 3) == date(2024, 2, 29)
    assert months_before(date(2026, 1, 15), 36) == date(2023, 1, 15)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=5 * 365 * 24), min_size=1, max_size=60, unique=True))
def test_thinning_is_idempotent_and_keeps_the_newest(hours_back):
    items = [entry(f"{NOW - timedelta(hours=h):%Y-%m-%d %H:%M}") for h in hours_back]
    doomed = set(backups_to_delete(items, NOW))
    kept = [item for item in items if item[0] not in doomed]
    newest = max(items, key=lambda item: item[1])
    assert newest in kept
    assert backups_to_delete(kept, NOW) == []  # a second pass deletes nothing more


def test_a_pinned_backup_is_kept_besides_the_one_its_period_keeps():
    # Week 44 holds 27 and 29 Oct: the newer stays by the policy, the older because it is pinned.
    items = [entry("2026-10-29 10:00"), entry("2026-10-27 10:00"), entry("2026-10-26 10:00")]
    pinned = {items[1][0]}
    assert names(backups_to_delete(items, NOW, pinned)) == ["chibo-20261026-100000-auto.sqlite"]


def at(when: datetime) -> tuple[Path, datetime]:
    return Path(f"chibo-{when:%Y%m%d-%H%M%S}-auto.sqlite"), when


@settings(max_examples=300, deadline=None)
@given(
    now=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31, 23, 59)),
    # Minutes before "now"; a few after it, as a PC whose clock was put back leaves them.
    minutes_back=st.lists(st.integers(min_value=-3 * 24 * 60, max_value=4 * 366 * 24 * 60),
                          min_size=1, max_size=50, unique=True),
    picks=st.sets(st.integers(min_value=0, max_value=49), max_size=6),
)
@example(now=datetime(2026, 12, 31, 23, 59), minutes_back=[0, 60, 7 * 24 * 60, 400 * 24 * 60],
         picks={3})
@example(now=datetime(2028, 2, 29, 0, 0), minutes_back=[1, 24 * 60, 92 * 24 * 60, 93 * 24 * 60],
         picks=set())
@example(now=datetime(2027, 1, 1, 0, 30), minutes_back=[31, 60 * 24 * 3, 60 * 24 * 4], picks={1})
def test_thinning_invariants_on_any_day(now, minutes_back, picks):
    items = [at(now - timedelta(minutes=m)) for m in minutes_back]
    pinned = {items[i][0] for i in picks if i < len(items)}
    doomed = backups_to_delete(items, now, pinned)
    gone = set(doomed)
    assert len(gone) == len(doomed) and gone <= {path for path, _ in items}
    kept = [(path, when) for path, when in items if path not in gone]
    today = now.date()

    newest = max(items, key=lambda item: item[1])
    assert newest in kept
    assert not gone & pinned
    assert all(when.date() < today for path, when in items if path in gone)  # today's all stay

    # At most one per period, as the policy defines periods (pinned ones come on top); too old
    # for any period (None) only the newest overall may stay.
    counted = Counter(period_of(when.date(), today) for path, when in kept
                      if path not in pinned and period_of(when.date(), today) != ("today",))
    assert all(n == 1 for n in counted.values()), counted
    # ... and the one a period keeps is its newest.
    for period in {period_of(when.date(), today) for _, when in items} - {None, ("today",)}:
        in_period = [item for item in items if period_of(item[1].date(), today) == period]
        assert max(in_period, key=lambda item: item[1]) in kept

    # A second pass deletes nothing more (the pins still held).
    assert backups_to_delete(kept, now, pinned) == []
