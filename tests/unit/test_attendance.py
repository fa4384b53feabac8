"""Attendance base, rate and the three checks (DOMAIN.md §5), with worked examples."""

from __future__ import annotations

from desktop.domain.attendance import (
    AttendanceRules,
    Mark,
    RosterMember,
    summarize,
    trailing_absences,
)
from desktop.domain.enums import AttendanceStatus as A
from desktop.domain.situation import Situation, Standing

OFFICIAL = Situation(Standing.OFFICIAL)
PROBATIONARY = Situation(Standing.PROBATIONARY)
EXEMPT = Situation(Standing.OFFICIAL, exempt=True)
ATTACHED = Situation(Standing.OFFICIAL, attached_elsewhere=True)
SUSPENDED = Situation(Standing.OFFICIAL, suspended=True)
LEFT = Situation(Standing.LEFT)

NAMES = [
    "Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường", "Phạm Thị Hương", "Lê Văn Tuấn",
    "Huỳnh Thị Yến", "Đặng Thị Ngọc Ánh", "Nguyễn Hữu Quỳnh", "Võ Văn Dũng", "Bùi Thị Hoa",
]


def roster_of(situations):
    return [RosterMember(i + 1, NAMES[i], s) for i, s in enumerate(situations)]


def test_twenty_expected_two_excused_one_unexcused():
    # 20 members: 17 official, 1 probationary expected; 1 exempt, 1 attached elsewhere.
    sits = [OFFICIAL] * 17 + [PROBATIONARY, EXEMPT, ATTACHED]
    roster = [RosterMember(i + 1, f"Đảng viên {i + 1:02d}", s) for i, s in enumerate(sits)]
    marks = [Mark(i, A.PRESENT) for i in range(1, 19)]
    marks[2] = Mark(3, A.EXCUSED, "Ốm")
    marks[4] = Mark(5, A.EXCUSED, "Đi công tác")
    marks[6] = Mark(7, A.UNEXCUSED)
    s = summarize(roster, marks)
    # expected = 18 (exempt and attached left out); present = 18 − 3 = 15; rate 15/18 = 83.3 %
    assert (s.official, s.probationary, s.total) == (19, 1, 20)
    assert s.expected == 18
    assert s.present == 15 and s.present_official == 14 and s.present_probationary == 1
    assert abs(s.rate - 15 / 18) < 1e-9
    assert [a.reason for a in s.excused] == ["Ốm", "Đi công tác"]
    assert [p.member_id for p in s.unexcused] == [7]
    assert [p.member_id for p in s.exempt] == [19]
    assert [p.member_id for p in s.attached_elsewhere] == [20]
    assert not s.checks.rate_ok  # 83.3 % is not above 85 %
    assert not s.checks.no_unexcused and s.checks.unexcused[0].member_id == 7
    assert s.checks.no_long_runs
    assert not s.checks.passed


def test_exempt_member_who_attends_is_shown_but_not_counted():
    roster = roster_of([OFFICIAL] * 6 + [EXEMPT])
    marks = [Mark(i, A.PRESENT) for i in range(1, 7)] + [Mark(7, A.PRESENT, expected=False)]
    s = summarize(roster, marks)
    # base 6, present 6 → 100 %; Đặng Thị Ngọc Ánh (exempt) attended: listed, not counted
    assert s.expected == 6 and s.present == 6 and s.rate == 1.0
    assert [p.name for p in s.extra_present] == ["Đặng Thị Ngọc Ánh"]
    assert [p.name for p in s.exempt] == ["Đặng Thị Ngọc Ánh"]
    assert s.checks.passed


def test_rate_must_be_strictly_above_85_percent():
    # 20 expected, 17 present = 85.0 % exactly: not "more than 85 %".
    roster = [RosterMember(i, f"Đảng viên {i}", OFFICIAL) for i in range(1, 21)]
    marks = [Mark(i, A.PRESENT if i <= 17 else A.EXCUSED, "Ốm") for i in range(1, 21)]
    assert not summarize(roster, marks).checks.rate_ok
    # 18 of 20 = 90 %: fine
    marks = [Mark(i, A.PRESENT if i <= 18 else A.EXCUSED, "Ốm") for i in range(1, 21)]
    assert summarize(roster, marks).checks.rate_ok


def test_long_run_names_the_member_and_left_members_are_ignored():
    roster = roster_of([OFFICIAL] * 5 + [LEFT, SUSPENDED])
    marks = [Mark(i, A.PRESENT) for i in range(1, 5)] + [Mark(5, A.EXCUSED, "Ốm")]
    s = summarize(roster, marks, runs={5: 4, 1: 3})
    # Lê Văn Tuấn (id 5) absent 4 times in a row: more than 3 → fails; 3 in a row is allowed.
    assert not s.checks.no_long_runs
    assert [(r.name, r.count) for r in s.checks.long_runs] == [("Lê Văn Tuấn", 4)]
    assert s.total == 6  # the member who left is not in the branch
    assert [p.member_id for p in s.other_not_expected] == [7]  # suspended, listed apart


def test_rules_are_parameters():
    roster = roster_of([OFFICIAL] * 4)
    marks = [Mark(1, A.EXCUSED, "Ốm")] + [Mark(i, A.PRESENT) for i in range(2, 5)]
    # 3/4 = 75 %: fails at the default 85 %, passes with a 70 % rule
    assert not summarize(roster, marks).checks.rate_ok
    assert summarize(roster, marks, rules=AttendanceRules(min_rate=0.70)).checks.rate_ok


def test_unmarked_expected_member_is_reported_not_counted_present():
    roster = roster_of([OFFICIAL] * 3)
    s = summarize(roster, [Mark(1, A.PRESENT), Mark(2, A.PRESENT)])
    assert s.present == 2 and s.expected == 3
    assert [p.member_id for p in s.unmarked] == [3]


def test_nobody_expected_gives_no_rate():
    s = summarize(roster_of([EXEMPT]), [])
    assert s.rate is None and not s.checks.rate_ok


def test_names_sorted_by_given_name():
    roster = roster_of([OFFICIAL] * 3)  # An, Bình, Cường
    marks = [Mark(3, A.UNEXCUSED), Mark(2, A.UNEXCUSED), Mark(1, A.UNEXCUSED)]
    s = summarize(roster, marks)
    assert [p.name for p in s.unexcused] == ["Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường"]


def test_trailing_absences():
    P, E, U = A.PRESENT, A.EXCUSED, A.UNEXCUSED
    assert trailing_absences([]) == 0
    assert trailing_absences([E, E, E, E, P]) == 0  # an old run does not count now
    assert trailing_absences([P, E, U, E, E]) == 4
    # a month the member was not expected (None) neither breaks nor extends the run
    assert trailing_absences([E, None, E, E]) == 3
