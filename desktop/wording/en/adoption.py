"""Adopting the minutes: what is still missing (blocking, or a reminder only)."""

MESSAGES = {
    "quality_unscored": "The quality sheet has {count} lines not scored yet (the “Quality” tab).",
    "no_conclusion": "The meeting's conclusion (resolution) is not written on the “Conclusion and vote” tab.",
    "vote_without_subject": "Vote number {number} has no subject.",
    "absent_speaker": (
        "Comrade {name} is marked absent but has a speech under “{item}”: correct the "
        "attendance or remove the speech."
    ),
    "attendance_checks": "The meeting does not meet the attendance requirements (see the “Attendance” tab).",
    "no_vote": "No vote is recorded.",
    "and": "{first} {rest}",
    "refused": "The minutes of the meeting of {day} cannot be adopted yet: {problems}",
}
