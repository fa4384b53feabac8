"""How well the branch kept a generated year: the knobs the generator and the demo steps read.

An ordinary year has the small lapses of real life (a meeting cut short, a few absences without
a reason, a thin discussion now and then, one target missed). The demo's previous year is the
*showcase* (issue 5): a branch that did everything well but hold a thematic session in Quý III,
so its evaluation shows exactly one criterion short — 2.2 — and adding that session makes it a
"Chi bộ 4 tốt".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class YearStyle:
    # Meetings (schedule, roll call, discussion, the committee's quality ticks).
    unexcused_absences: int = 2  # regular meetings with one member absent without a reason
    excused_share: float = 0.07  # chance of each member being excused at a branch meeting
    # When set: each branch meeting has exactly one of these numbers of excused absences
    # (drawn in turn), and nobody is absent at two branch meetings in a row.
    excused_counts: tuple[int, ...] = ()
    skipped_thematic_quarter: int | None = None  # planned, never held
    short_meeting_chance: float = 0.5  # one regular meeting of the year under 90 minutes
    thin_discussion_chance: float = 0.2  # a meeting where fewer than half the attendees speak
    late_documents_chance: float = 0.08
    minutes_slip_chance: float = 0.1  # minutes or chairing a point short
    # Evaluation step: targets of the annual resolution missed in a finished year.
    targets_missed: int = 1
    # Reviews step: share of the reviewed members finally rated HTNV (rounded down).
    htnv_share: float = 0.12


ORDINARY = YearStyle()

# The showcase year: at most 2 of ~27 excused at any meeting (≥ 92.6 %, full attendance line)
# and 12 absences over 12 meetings (≈ 96 % on average, ≥ 95 % for 5 points on 2.4); no
# unexcused absence, no short meeting, more than half the attendees speak every time, the
# minutes complete — so every regular meeting is rated Tốt; all targets met; 8 % HTNV at most
# (≥ 90 % HTTNV or better, 8 points on 4.2). No thematic session in Quý III.
SHOWCASE = YearStyle(
    unexcused_absences=0,
    excused_counts=(0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2),
    skipped_thematic_quarter=3,
    short_meeting_chance=0.0,
    thin_discussion_chance=0.0,
    late_documents_chance=0.0,
    minutes_slip_chance=0.0,
    targets_missed=0,
    htnv_share=0.08,
)
