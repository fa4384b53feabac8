"""Load the members' dated history as domain facts (one query per table, no lazy loads)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.situation import Event, MemberFacts
from desktop.store.models import Member, SituationEvent


def load_member_facts(session: Session) -> list[MemberFacts]:
    events: dict[int, list[Event]] = defaultdict(list)
    for member_id, kind, on in session.execute(
        select(SituationEvent.member_id, SituationEvent.kind, SituationEvent.on)
    ):
        events[member_id].append(Event(kind, on))
    return [
        MemberFacts(mid, admitted, official, tuple(events.get(mid, ())))
        for mid, admitted, official in session.execute(
            select(Member.id, Member.admitted_on, Member.official_on)
        )
    ]
