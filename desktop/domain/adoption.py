"""What must be complete before the minutes of a meeting are adopted (a rule, not a screen).

Adopted minutes are the permanent record: printed, numbered, counted in the year's evaluation
and locked. So adoption is refused while the record would say something false or empty:
- the quality sheet of a branch sitting is not fully scored (it would be locked without a band,
  and a half-scored sheet totals less than the meeting earned);
- the meeting has no conclusion (the minutes' closing part, §4: every kind ends with one);
- a vote has no subject (a count nobody can tell the meaning of);
- a member marked absent has a speech (the minutes contradict their own attendance list).
Other gaps are facts of the meeting, not mistakes of the record: they are listed as warnings and
the secretary decides (attendance checks not met, no vote recorded at a meeting that usually
votes a resolution, a regular meeting without next month's tasks or with last month's tasks not
reviewed: only reminded, because a month may truly set no new task and a task may be reviewed
later, while a refusal would push the secretary to invent tasks to get the minutes adopted).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.enums import MeetingKind
from desktop.domain.quality import QualityScore
from desktop.wording import Text, say

# Kinds whose minutes normally end with a vote on the resolution (DOMAIN.md §4).
VOTING_KINDS = (MeetingKind.REGULAR, MeetingKind.COMBINED, MeetingKind.EXTRAORDINARY)
# Kinds whose resolution sets next month's tasks (HD 42's monthly resolution, part II).
TASK_KINDS = (MeetingKind.REGULAR, MeetingKind.COMBINED)


@dataclass(frozen=True)
class SpeechRef:
    """A speech as the check needs it: who (a member's id, or None for a guest) and where."""

    member_id: int | None
    speaker_name: str
    item_title: str


@dataclass(frozen=True)
class AdoptionIssue:
    code: str  # quality_unscored | no_conclusion | vote_without_subject | absent_speaker | ...
    blocking: bool
    text: Text


@dataclass(frozen=True)
class AdoptionCheck:
    issues: tuple[AdoptionIssue, ...] = ()

    @property
    def blocking(self) -> tuple[AdoptionIssue, ...]:
        return tuple(i for i in self.issues if i.blocking)

    @property
    def warnings(self) -> tuple[AdoptionIssue, ...]:
        return tuple(i for i in self.issues if not i.blocking)

    @property
    def allowed(self) -> bool:
        return not self.blocking


def check_adoption(
    *,
    kind: MeetingKind,
    conclusion: str,
    quality: QualityScore,
    vote_subjects: Sequence[str],
    speeches: Sequence[SpeechRef],
    absent_ids: Collection[int],
    attendance_ok: bool,
    task_count: int | None = None,
    unreviewed: int = 0,
) -> AdoptionCheck:
    issues: list[AdoptionIssue] = []
    if quality.rated and quality.unscored:
        issues.append(AdoptionIssue("quality_unscored", True, say(
            "adoption.quality_unscored", count=len(quality.unscored))))
    if not conclusion.strip():
        issues.append(AdoptionIssue("no_conclusion", True, say("adoption.no_conclusion")))
    for number, subject in enumerate(vote_subjects, start=1):
        if not subject.strip():
            issues.append(AdoptionIssue("vote_without_subject", True,
                                        say("adoption.vote_without_subject", number=number)))
    for speech in speeches:
        if speech.member_id is not None and speech.member_id in absent_ids:
            issues.append(AdoptionIssue("absent_speaker", True, say(
                "adoption.absent_speaker", name=speech.speaker_name, item=speech.item_title)))
    if not attendance_ok:
        issues.append(AdoptionIssue("attendance_checks", False, say("adoption.attendance_checks")))
    if kind in VOTING_KINDS and not vote_subjects:
        issues.append(AdoptionIssue("no_vote", False, say("adoption.no_vote")))
    if kind in TASK_KINDS and task_count == 0:
        issues.append(AdoptionIssue("no_tasks", False, say("resolution.no_tasks_reminder")))
    if unreviewed:
        issues.append(AdoptionIssue("open_reviews", False,
                                    say("resolution.open_reviews_reminder", count=unreviewed)))
    return AdoptionCheck(tuple(issues))


def refusal(held_on: date, blocking: Sequence[AdoptionIssue]) -> Text:
    """The refusal naming every blocking gap, in whichever language it is rendered."""
    return say("adoption.refused", day=held_on.strftime("%d/%m/%Y"),
               problems=_joined([issue.text for issue in blocking]))


def _joined(texts: Sequence[Text]) -> Text:
    # Nested Texts, so each part is rendered in the language of the whole.
    if len(texts) == 1:
        return texts[0]
    return say("adoption.and", first=texts[0], rest=_joined(texts[1:]))
