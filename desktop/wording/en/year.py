"""The year's records: the locked year, the year view's gaps, resolution targets, the thematic
plan and the committee's manual scores (desktop/domain/year_view.py, services/year_lock.py,
targets.py, thematic.py, manual_scores.py)."""

MESSAGES = {
    "locked": "The year {year} is locked since its package was sent to the superior committee: "
              "{what} of that year cannot be changed. To correct them, reopen the year (File → Send "
              "the year's package → Reopen the year for a correction); the next package replaces "
              "the previous one.",
    "what_records": "the records",
    "bad_year": "Not a valid year: {year}.",
    # what the year view finds missing
    "gap_regular": "Month {month} has no regular branch meeting yet",
    "gap_committee": "Month {month} has no committee meeting yet",
    "gap_thematic": "Quarter {quarter} has no thematic session yet",
    # the resolution's targets
    "what_targets": "the resolution's targets",
    "what_admission_target": "the admission target",
    "target_of_year": "Target of {year}",
    "target_titled": "Target “{title}”",
    "target_row": "Targets of {year}, row {row}",
    "target_no_title": "{where}: the target's name is required.",
    "target_title_long": "{where}: the target's name is {length} characters long, at most {limit}.",
    "target_unit_long": "{where}: the unit is {length} characters long, at most {limit}.",
    "target_no_plan": "{where}: the planned value is missing.",
    "target_planned_negative": "{where}: the planned value must be a number not below zero, found {value}.",
    "target_achieved_negative": "{where}: the achieved value must be a number not below zero, found {value}.",
    "admission_target_negative": "The admission target of {year} must be a number not below zero, found {value}.",
    "no_target": "There is no target number {target_id}.",
    "target_gone": "{where}: the target number {target_id} is no longer in this year.",
    # the thematic plan
    "topic_empty": "Write the topic's name.",
    "topic_exists": "The topic “{title}” is already in the list of suggestions.",
    "no_topic": "There is no topic number {topic_id}.",
    "bad_quarter": "The quarter must be 1 to 4 ({quarter} was entered).",
    "quarter_no_topic": "Choose or write a topic for quarter {quarter}.",
    "month_not_in_quarter": "The planned month {month} is not in quarter {quarter}.",
    "no_plan_entry": "There is no plan entry number {entry_id}.",
    "plan_entry_held": "The topic of quarter {quarter} already has a session linked to it and cannot be removed.",
    # the committee's manual scores
    "component_of_year": "Component {code} of {year}",
    "no_component": "The rulebook “{rulebook}” has no component {code}.",
    "component_automatic": "{where} is computed from the records, not scored by hand.",
    "scores_locked": "The year {year} is locked since its package was sent; its scores cannot be changed.",
    "score_range": "{where}: the score must be from 0 to {max}, found {value}.",
    "score_needs_reason": "{where}: a score of {value}/{max} (below the maximum) needs a reason.",
    "score_needs_scorer": "{where}: write the name of who scored it.",
}
