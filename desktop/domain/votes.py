"""The voting base and whether a resolution passed (DOMAIN.md §5; QĐ 24-QĐ/TW point 9.3.2).

Only official members vote. The base is every official member in the roster, less:
- those attached elsewhere;
- exempt members who are absent (an exempt member who attends counts);
- members suspended, prosecuted or detained;
- official members absent for the whole meeting with an accepted reason (excused), and members
  on special duty who are absent (their absence is accepted by definition).
Official members absent *without* a reason stay in the base. A resolution passes when the votes
for are more than half of the base: for × 2 > base.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.domain.attendance import Mark, RosterMember
from desktop.domain.enums import AttendanceStatus
from desktop.wording import Text, say


@dataclass(frozen=True)
class VotingBase:
    """`base` = official − attached − suspended − exempt_absent − excused_absent.

    `present_voters`: official members present (exempt ones who attended included): the most
    hands that can be counted.
    """

    official: int
    attached_elsewhere: int
    suspended: int
    exempt_absent: int
    excused_absent: int
    present_voters: int

    @property
    def base(self) -> int:
        return (
            self.official
            - self.attached_elsewhere
            - self.suspended
            - self.exempt_absent
            - self.excused_absent
        )


@dataclass(frozen=True)
class VoteResult:
    subject: str
    votes_for: int
    votes_against: int
    abstentions: int
    base: int

    @property
    def passed(self) -> bool:
        return passes(self.votes_for, self.base)

    @property
    def cast(self) -> int:
        return self.votes_for + self.votes_against + self.abstentions

    @property
    def share_for(self) -> float | None:
        return self.votes_for / self.base if self.base else None


def passes(votes_for: int, base: int) -> bool:
    """More than half of the base; an empty base passes nothing."""
    return base > 0 and votes_for * 2 > base


def voting_base(roster: Sequence[RosterMember], marks: Sequence[Mark]) -> VotingBase:
    status: Mapping[int, AttendanceStatus] = {m.member_id: m.status for m in marks}
    official = attached = suspended = exempt_absent = excused_absent = present = 0
    for member in roster:
        sit = member.situation
        if not (sit.in_branch and sit.is_official):
            continue
        official += 1
        mark = status.get(member.member_id)
        here = mark is AttendanceStatus.PRESENT
        # Each member is subtracted once, for the first reason that applies.
        if sit.attached_elsewhere:
            attached += 1
        elif sit.suspended:
            suspended += 1
        elif sit.exempt:
            if here:
                present += 1
            else:
                exempt_absent += 1
        elif here:
            present += 1
        elif mark is AttendanceStatus.EXCUSED or (sit.special_duty and mark is None):
            excused_absent += 1
    return VotingBase(official, attached, suspended, exempt_absent, excused_absent, present)


def check_vote(votes_for: int, votes_against: int, abstentions: int, base: VotingBase) -> Text | None:
    """What is wrong when the counts cannot be right, else None."""
    counts = (votes_for, votes_against, abstentions)
    if any(n < 0 for n in counts):
        return say("meetings.votes_negative")
    if sum(counts) > base.present_voters:
        return say("meetings.votes_exceed", cast=sum(counts), present=base.present_voters)
    return None
