"""Wording about the data file itself (who has it open)."""

MESSAGES = {
    "locked": "The data file is open in another Sổ Chi bộ window ({path}).",
    "locked_by": (
        "The data file is open by user “{user}” on computer “{host}” {since}. "
        "Close Sổ Chi bộ on that computer first, then open the file again."
    ),
    "locked_here": (
        "The data file is open in another Sổ Chi bộ window on this computer "
        "(user “{user}”, computer “{host}”, {since}). Use that window, or close it and open the file again."
    ),
    "since": "since {time} on {day}",
    "since_unknown": "since an unknown time",
}
