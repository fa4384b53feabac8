"""Check data: a vote's counts against the official members present."""

MESSAGES = {
    "for_exceeds_present": (
        "{meeting}, vote on “{subject}”: more votes for ({votes_for}) than official members "
        "present ({present}). Check the vote's counts or the meeting's attendance."
    ),
    "cast_exceeds_present": (
        "{meeting}, vote on “{subject}”: more votes in all ({votes_for} for, {votes_against} "
        "against, {abstentions} abstaining) than official members present ({present}). Check the "
        "vote's counts or the meeting's attendance."
    ),
}
