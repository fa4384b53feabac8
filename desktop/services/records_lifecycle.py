"""What a records file's periods out of the party must respect beyond the schema: the checks the
member dialog runs on them (an end before the start, a start before admission or to come,
two periods that overlap), so that an import cannot bring in what the dialog refuses."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from desktop.domain.party_age import Break, check_breaks
from desktop.services.records_checks import RecordProblem
from desktop.store.models import Member, PartyBreak


def break_problems(rows: dict[str, list[dict]], today: date) -> list[RecordProblem]:
    members = {m["id"]: m for m in rows.get(Member.__tablename__, [])}
    by_member: dict[int, list[dict]] = defaultdict(list)
    for row in rows.get(PartyBreak.__tablename__, []):
        if row.get("start_date") is not None and row.get("member_id") in members:
            by_member[row["member_id"]].append(row)  # else: a reference other checks name
    found = []
    for member_id, breaks in by_member.items():
        member = members[member_id]
        first = min(breaks, key=lambda b: b["start_date"])
        for finding in check_breaks(member.get("full_name") or "", member.get("admitted_on"),
                                    [Break(b["start_date"], b.get("end_date")) for b in breaks], today):
            # each text names the member and the days: the first period of the member locates it
            found.append(RecordProblem(first["__path"], finding.text))
    return found
