"""The thematic plan of a year: per quarter a topic, a presenter, a planned month, and the held
sessions linked to it (`Meeting.thematic_plan_id`). Topics come from the shipped bank
(`resources/thematic_topics.json`), from the user's own topics, or are typed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.domain.agenda import holds_thematic
from desktop.domain.collation import fold, sort_key
from desktop.domain.year_view import quarter_of
from desktop.paths import resource_path
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import NotFound, UserError
from desktop.services.meeting_guard import nfc
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Meeting, ThematicPlanEntry, ThematicTopic
from desktop.wording import say


@dataclass(frozen=True)
class TopicOption:
    title: str
    user_topic_id: int | None  # None: from the shipped bank


@dataclass(frozen=True)
class HeldSession:
    meeting_id: int
    held_on: date
    topic: str


@dataclass(frozen=True)
class PlanEntry:
    id: int
    year: int
    quarter: int
    topic: str
    presenter: str
    planned_month: int | None
    held: tuple[HeldSession, ...]  # current sessions linked to this entry


@dataclass(frozen=True)
class PlanEntryInput:
    year: int
    quarter: int
    topic: str
    presenter: str = ""
    planned_month: int | None = None
    entry_id: int | None = None  # None: a new entry


def load_topic_bank(path: Path | None = None) -> list[str]:
    data = json.loads((path or resource_path("thematic_topics.json")).read_text(encoding="utf-8"))
    return [nfc(t) for t in data["topics"]]


class ThematicService:
    def __init__(self, db: Database, bank_path: Path | None = None):
        self._db = db
        self._bank_path = bank_path

    def topics(self) -> list[TopicOption]:
        """Shipped and user topics, once each, in Vietnamese order."""
        with unit_of_work(self._db) as s:
            user = s.execute(select(ThematicTopic.id, ThematicTopic.title)).all()
        options = {fold(t): TopicOption(t, None) for t in load_topic_bank(self._bank_path)}
        for topic_id, title in user:
            options.setdefault(fold(title), TopicOption(title, topic_id))
        return sorted(options.values(), key=lambda o: sort_key(o.title))

    def add_topic(self, title: str) -> tuple[int, ChangeNotice]:
        title = nfc(title)
        if not title:
            raise UserError(say("year.topic_empty"), field="title")
        if any(fold(o.title) == fold(title) for o in self.topics()):
            raise UserError(say("year.topic_exists", title=title), field="title")
        with unit_of_work(self._db) as s:
            topic = ThematicTopic(title=title)
            s.add(topic)
            s.flush()
            return topic.id, ChangeNotice.of(Changed.THEMATIC_PLAN)

    def remove_topic(self, topic_id: int) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            topic = s.get(ThematicTopic, topic_id)
            if topic is None:
                raise NotFound(say("year.no_topic", topic_id=topic_id), field="topic_id")
            s.delete(topic)
        return ChangeNotice.of(Changed.THEMATIC_PLAN)

    def plan(self, year: int) -> list[PlanEntry]:
        with unit_of_work(self._db) as s:
            entries = s.scalars(
                select(ThematicPlanEntry)
                .where(ThematicPlanEntry.year == year)
                .order_by(ThematicPlanEntry.quarter, ThematicPlanEntry.id)
            ).all()
            held: dict[int, list[HeldSession]] = {}
            if entries:
                for mid, entry_id, held_on, topic in s.execute(
                    select(Meeting.id, Meeting.thematic_plan_id, Meeting.held_on, Meeting.topic)
                    .where(Meeting.thematic_plan_id.in_([e.id for e in entries]))
                    .where(Meeting.superseded_by_id.is_(None))
                    .order_by(Meeting.held_on)
                ):
                    held.setdefault(entry_id, []).append(HeldSession(mid, held_on, topic or ""))
            return [
                PlanEntry(e.id, e.year, e.quarter, e.topic, e.presenter or "", e.planned_month,
                          tuple(held.get(e.id, ())))
                for e in entries
            ]

    def save_entry(self, entry: PlanEntryInput) -> tuple[int, ChangeNotice]:
        topic, presenter = nfc(entry.topic), nfc(entry.presenter)
        if entry.quarter not in (1, 2, 3, 4):
            raise UserError(say("year.bad_quarter", quarter=entry.quarter), field="quarter")
        if not topic:
            raise UserError(say("year.quarter_no_topic", quarter=entry.quarter), field="topic")
        month = entry.planned_month
        if month is not None and (not 1 <= month <= 12 or quarter_of(month) != entry.quarter):
            raise UserError(say("year.month_not_in_quarter", month=month, quarter=entry.quarter),
                            field="planned_month")
        with unit_of_work(self._db) as s:
            if entry.entry_id is None:
                row = ThematicPlanEntry(year=entry.year)
                s.add(row)
            else:
                row = s.get(ThematicPlanEntry, entry.entry_id)
                if row is None:
                    raise NotFound(say("year.no_plan_entry", entry_id=entry.entry_id))
            row.quarter, row.topic, row.presenter, row.planned_month = (
                entry.quarter, topic, presenter, month,
            )
            s.flush()
            return row.id, ChangeNotice.of(Changed.THEMATIC_PLAN, ids=(row.id,))

    def remove_entry(self, entry_id: int) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            row = s.get(ThematicPlanEntry, entry_id)
            if row is None:
                raise NotFound(say("year.no_plan_entry", entry_id=entry_id))
            linked = s.scalar(select(Meeting.id).where(Meeting.thematic_plan_id == entry_id).limit(1))
            if linked is not None:
                raise UserError(say("year.plan_entry_held", quarter=row.quarter))
            s.delete(row)
        return ChangeNotice.of(Changed.THEMATIC_PLAN, ids=(entry_id,))

    def entry_for(self, held_on: date) -> PlanEntry | None:
        """The plan entry a thematic session on this date most likely belongs to (its quarter)."""
        entries = [e for e in self.plan(held_on.year) if e.quarter == quarter_of(held_on.month)]
        return entries[0] if entries else None


def is_thematic(meeting_kind) -> bool:
    return holds_thematic(meeting_kind)
