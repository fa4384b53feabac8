"""Load the members' dated history as domain facts (one query per table, no lazy loads)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, String, select, type_coerce
from sqlalchemy.orm import Session

from desktop.domain.enums import SituationEventKind
from desktop.domain.situation import Event, MemberFacts
from desktop.store.models import Member, SituationEvent


# Core execution and the event kind read as text: every screen and the evaluation load the
# whole history (thousands of rows at 1,000 members), and the ORM's per-row work dominated.
# The statements are built once (building one and its cache key costs ~0.1 ms each call).
_EVENTS = select(SituationEvent.member_id, type_coerce(SituationEvent.kind, String), SituationEvent.on)
_MEMBERS = select(Member.id, Member.admitted_on, Member.official_on)
_MEMBERS_AND_NAMES = select(Member.id, Member.admitted_on, Member.official_on, Member.full_name)


def _events(conn: Connection) -> dict[int, list[Event]]:
    kind_of = {k.value: k for k in SituationEventKind}
    events: dict[int, list[Event]] = defaultdict(list)
    for member_id, kind, on in conn.execute(_EVENTS).all():
        events[member_id].append(Event(kind_of[kind], on))
    return events


def load_member_facts(session: Session) -> list[MemberFacts]:
    session.flush()  # Core reads skip the ORM's autoflush: include the caller's pending changes
    conn = session.connection()
    events = _events(conn)
    return [
        MemberFacts(mid, admitted, official, tuple(events.get(mid, ())))
        for mid, admitted, official in conn.execute(_MEMBERS).all()
    ]


def load_member_facts_and_names(session: Session) -> tuple[list[MemberFacts], dict[int, str]]:
    """`load_member_facts` and every member's full name by id, from the same read of the members."""
    session.flush()
    conn = session.connection()
    events = _events(conn)
    facts, names = [], {}
    for mid, admitted, official, name in conn.execute(_MEMBERS_AND_NAMES).all():
        facts.append(MemberFacts(mid, admitted, official, tuple(events.get(mid, ()))))
        names[mid] = name
    return facts, names
