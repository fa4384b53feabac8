"""Voting base of DOMAIN.md §5 and the "more than half" rule, with worked examples."""

from __future__ import annotations

from desktop.domain.attendance import Mark, RosterMember
from desktop.domain.enums import AttendanceStatus as A
from desktop.domain.situation import Situation, Standing
from desktop.domain.votes import VoteResult, check_vote, passes, voting_base

OFF = Situation(Standing.OFFICIAL)


def test_base_subtracts_each_category_once():
    roster = [
        RosterMember(1, "Nguyễn Văn An", OFF),
        RosterMember(2, "Lê Thị Bình", OFF),
        RosterMember(3, "Trần Văn Cường", OFF),  # excused: out of the base
        RosterMember(4, "Phạm Thị Hương", OFF),  # unexcused: stays in the base
        RosterMember(5, "Lê Văn Tuấn", Situation(Standing.OFFICIAL, exempt=True)),  # absent
        RosterMember(6, "Huỳnh Thị Yến", Situation(Standing.OFFICIAL, exempt=True)),  # attends
        RosterMember(7, "Đặng Thị Ngọc Ánh", Situation(Standing.OFFICIAL, attached_elsewhere=True)),
        RosterMember(8, "Nguyễn Hữu Quỳnh", Situation(Standing.OFFICIAL, suspended=True)),
        RosterMember(9, "Võ Văn Dũng", Situation(Standing.PROBATIONARY)),  # does not vote
        RosterMember(10, "Bùi Thị Hoa", Situation(Standing.LEFT)),
    ]
    marks = [
        Mark(1, A.PRESENT), Mark(2, A.PRESENT), Mark(3, A.EXCUSED, "Ốm"), Mark(4, A.UNEXCUSED),
        Mark(6, A.PRESENT, expected=False), Mark(9, A.PRESENT),
    ]
    vb = voting_base(roster, marks)
    # official = 8 (ids 1–8); base = 8 − attached 1 − suspended 1 − exempt absent 1 − excused 1 = 4
    assert (vb.official, vb.attached_elsewhere, vb.suspended) == (8, 1, 1)
    assert (vb.exempt_absent, vb.excused_absent) == (1, 1)
    assert vb.base == 4
    # hands that can be raised: An, Bình and the exempt Yến who attended
    assert vb.present_voters == 3


def test_passes_needs_more_than_half():
    assert not passes(2, 4)  # 2 of 4 is half, not more
    assert passes(3, 4)
    assert passes(3, 5) and not passes(2, 5)
    assert not passes(0, 0)
    r = VoteResult("Nghị quyết tháng 3", 15, 1, 2, 25)
    # 15 × 2 = 30 > 25 → passed; 18 hands cast
    assert r.passed and r.cast == 18 and abs(r.share_for - 0.6) < 1e-9


def test_check_vote_refuses_more_hands_than_voters_present():
    roster = [RosterMember(i, f"Đảng viên {i}", OFF) for i in range(1, 4)]
    vb = voting_base(roster, [Mark(i, A.PRESENT) for i in range(1, 4)])
    assert check_vote(3, 0, 0, vb) is None
    assert "vượt" in check_vote(3, 1, 0, vb).render() and "more than" in check_vote(3, 1, 0, vb).render("en")
    assert "âm" in check_vote(-1, 0, 0, vb).render()
