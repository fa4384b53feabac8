"""Editing a meeting: actions refused so that the minutes do not contradict themselves."""

MESSAGES = {
    "speaker_absent": (
        "Comrade {name} was not present at the meeting of {day} (by the attendance), so a "
        "speech cannot be recorded. If the comrade did attend, correct the attendance first."
    ),
    "duplicate_vote": (
        "The vote “{subject}” with {votes_for} for, {votes_against} against and {abstentions} "
        "abstaining is already recorded. To change it, select that vote in the table."
    ),
}
