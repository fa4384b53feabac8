"""Sending the year's package: what is missing before it is sent, and refused sendings."""

MESSAGES = {
    "no_key": "The branch has no signing key yet: create one (Tools → Signing key).",
    "draft_meeting": "{kind} of {day}: the minutes are not adopted yet.",
    "unrated": "{name} has not been rated yet.",
    "unjustified": "Criterion {code} «{title}» is not scored yet or its score has no explanation.",
    "no_profile": "The branch profile is missing: fill it in under Settings before sending the package.",
    "not_a_folder": "The folder «{folder}» does not exist or is not a folder.",
    "not_locked": "The year {year} is not locked.",
    "write_failed": "Could not write the file «{path}»: {reason}.",
}
