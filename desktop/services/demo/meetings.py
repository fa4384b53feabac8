"""Rows for a generated year of sittings: meetings with agenda, speeches, roll call, votes,
the committee's quality ticks, minutes numbers and the thematic plan.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from desktop.domain.enums import (
    AttendanceStatus,
    DocumentType,
    MeetingKind,
    MeetingStatus,
)
from desktop.domain.quality import QualityRules
from desktop.services.demo import texts
from desktop.services.demo.attendance import RollCall, Situations, roll_call
from desktop.services.demo.people import OFFICER, Roster, TermSpec
from desktop.services.demo.rows import IdSource, insert_rows
from desktop.services.demo.schedule import Sitting, plan_year
from desktop.services.demo.style import ORDINARY, YearStyle
from desktop.services.demo.tasks import TaskWriter
from desktop.store.models import (
    AgendaItem,
    Attendance,
    DocumentNumber,
    Meeting,
    MeetingResolution,
    MeetingTask,
    QualityItem,
    Speech,
    ThematicPlanEntry,
    Vote,
)

VIETNAM = timezone(timedelta(hours=7))
_KIND_WORDS = {
    MeetingKind.REGULAR: "sinh hoạt chi bộ thường kỳ",
    MeetingKind.COMBINED: "sinh hoạt chi bộ thường kỳ kết hợp sinh hoạt chuyên đề",
    MeetingKind.THEMATIC: "sinh hoạt chuyên đề",
    MeetingKind.COMMITTEE: "họp chi ủy",
}
_MAX_SPEAKERS = 40


def _stamp(day: date, at: time) -> datetime:
    return datetime.combine(day, at, VIETNAM)


class MeetingWriter:
    """Collects the rows of every generated year, then writes them table by table."""

    def __init__(self, rng: random.Random, ids: IdSource, roster: Roster, terms: list[TermSpec],
                 situations: Situations, *, place: str):
        self.rng, self.ids, self.roster, self.terms = rng, ids, roster, terms
        self.situations = situations
        self.place = place
        self.names = {m.id: m.full_name for m in roster.members}
        self.plain_members = {m.id for m in roster.members if m.role != OFFICER}
        self.rows: dict[type, list[dict[str, Any]]] = defaultdict(list)
        self._seq: dict[int, int] = defaultdict(int)
        self._resolution_seq: dict[int, int] = defaultdict(int)  # NQ: its own counter per term
        self.meetings = 0
        self._style = ORDINARY
        self._excused_by_month: dict[int, int] = {}
        self._last_away: set[int] = set()  # excused at the previous branch meeting
        self.tasks = TaskWriter(rng, ids, MeetingTask)


    # -- a year ---------------------------------------------------------------------------
    def write_year(self, year: int, last_day: date, style: YearStyle = ORDINARY) -> None:
        rng = self.rng
        self._style = style
        plan = plan_year(rng, year, last_day, style)
        topics = rng.sample(texts.THEMATIC_TOPICS, 4)
        plan_ids: dict[int, tuple[int, str, str]] = {}
        for entry, topic in zip(plan.plan, topics):
            plan_id = self.ids.take(ThematicPlanEntry)
            presenter = self.names[rng.choice(self.roster.officers[:3])]
            plan_ids[entry.quarter] = (plan_id, topic, presenter)
            self.rows[ThematicPlanEntry].append(dict(
                id=plan_id, year=year, quarter=entry.quarter, topic=topic,
                presenter=presenter, planned_month=entry.month))
        regular_days = [s.held_on for s in plan.sittings if s.kind in (MeetingKind.REGULAR, MeetingKind.COMBINED)]
        unexcused_days = set(rng.sample(regular_days, min(style.unexcused_absences, len(regular_days))))
        counts = list(style.excused_counts)
        rng.shuffle(counts)
        # One count per month, so the regular meetings' absences add up to the style's total.
        self._excused_by_month = dict(zip(range(1, 13), counts))
        exempt_day = rng.choice(regular_days) if regular_days else None
        # Finished documents: posted 1–2 days after, one sitting late (4 days), and in the year
        # still under way the newest sitting not posted yet.
        branch_days = [s.held_on for s in plan.sittings if s.kind is not MeetingKind.COMMITTEE]
        self._late_post_day = branch_days[len(branch_days) // 2] if branch_days else None
        self._unposted_day = (branch_days[-1] if branch_days and last_day < date(year, 12, 31)
                              else None)
        self._last_day = last_day  # a posting day after it has not come yet
        committee_id: int | None = None
        for sitting in plan.sittings:
            if sitting.kind is MeetingKind.COMMITTEE:
                committee_id = self._committee(sitting)
                continue
            thematic = plan_ids[sitting.quarter] if sitting.kind is not MeetingKind.REGULAR else None
            prepared_by = committee_id if sitting.kind is not MeetingKind.THEMATIC else None
            self._branch_meeting(sitting, thematic, prepared_by,
                                 unexcused=sitting.held_on in unexcused_days,
                                 exempt_guest=sitting.held_on == exempt_day)

    # -- one sitting ----------------------------------------------------------------------
    def _meeting_row(self, sitting: Sitting, **fields: Any) -> int:
        meeting_id = self.ids.take(Meeting)
        term = next(t for t in self.terms if t.start <= sitting.held_on <= t.end)
        self._seq[term.id] += 1
        number_id = self.ids.take(DocumentNumber)
        month = f"{sitting.held_on.month}/{sitting.held_on.year}"
        self.rows[DocumentNumber].append(dict(
            id=number_id, term_id=term.id, doc_type=DocumentType.MINUTES, seq=self._seq[term.id],
            issued_on=sitting.held_on, subject=f"Biên bản {_KIND_WORDS[sitting.kind]} tháng {month}"))
        row = dict(
            id=meeting_id, kind=sitting.kind, status=MeetingStatus.ADOPTED, held_on=sitting.held_on,
            start_time=sitting.start, end_time=sitting.end, place=self.place, topic="",
            chair_id=self.roster.secretary, minute_taker_id=self.roster.minute_taker, guests="",
            ideology_notes="", conclusion="", documents_sent_on=None, documents_posted_on=None,
            prepared_by_id=None,
            thematic_plan_id=None, document_number_id=number_id, revision=1, superseded_by_id=None,
            created_at=_stamp(sitting.held_on, sitting.start),
            adopted_at=_stamp(sitting.held_on, sitting.end))
        row.update(fields)
        self.rows[Meeting].append(row)
        self.meetings += 1
        return meeting_id

    def _resolution_number(self, meeting_id: int, day: date) -> None:
        term = next(t for t in self.terms if t.start <= day <= t.end)
        self._resolution_seq[term.id] += 1
        number_id = self.ids.take(DocumentNumber)
        self.rows[DocumentNumber].append(dict(
            id=number_id, term_id=term.id, doc_type=DocumentType.RESOLUTION,
            seq=self._resolution_seq[term.id], issued_on=day,
            subject=f"Nghị quyết tháng {day.month}/{day.year}"))
        self.rows[MeetingResolution].append(dict(
            id=self.ids.take(MeetingResolution), meeting_id=meeting_id, document_number_id=number_id))

    def _committee(self, sitting: Sitting) -> int:
        day = sitting.held_on
        expected = self.situations.expected(day, among=set(self.roster.officers))
        call = roll_call(self.rng, expected, always_present=set(self.roster.officers[:2]), excused_share=0.05)
        # The committee sits a few days before the branch meeting of the same month.
        conclusion = texts.COMMITTEE_CONCLUSION.format(
            month=day.month, taker=self.names[self.roster.minute_taker])
        meeting_id = self._meeting_row(
            sitting, place=f"Phòng họp {self.place}", minute_taker_id=self.roster.deputy,
            conclusion=conclusion)
        self._attendance(meeting_id, call)
        prev = (day.month - 2) % 12 + 1
        context = dict(prev=prev, month=day.month, conclusion=conclusion)
        self._agenda(meeting_id, texts.COMMITTEE_AGENDA, context, speakers={})
        return meeting_id

    def _branch_meeting(self, sitting: Sitting, thematic: tuple[int, str, str] | None,
                        prepared_by: int | None, *, unexcused: bool, exempt_guest: bool) -> None:
        rng, day, kind = self.rng, sitting.held_on, sitting.kind
        expected = self.situations.expected(day)
        chair = self.roster.secretary if rng.random() < 0.9 else self.roster.deputy
        plan_id, topic, presenter = thematic if thematic else (None, "", "")
        presenter_id = next((m for m, n in self.names.items() if n == presenter), None)
        absent_candidates = [m for m in expected if m in self.plain_members]
        guest_candidates = self.situations.exempt_present_candidates(day) if exempt_guest else []
        style = self._style
        excused = None
        if style.excused_counts:
            excused = (self._excused_by_month.get(day.month, 0) if kind is not MeetingKind.THEMATIC
                       else rng.choice(style.excused_counts))
        call = roll_call(
            rng, expected, always_present={chair, self.roster.minute_taker, presenter_id},
            unexcused=rng.choice(absent_candidates) if unexcused and absent_candidates else None,
            exempt_guest=rng.choice(guest_candidates) if guest_candidates else None,
            excused=excused, not_excused=self._last_away)
        self._last_away = {m for m, (s, _) in call.statuses.items() if s is not AttendanceStatus.PRESENT}
        regular = kind is not MeetingKind.THEMATIC
        conclusion = (texts.CONCLUSION.format(month=day.month % 12 + 1) if regular
                      else texts.THEMATIC_CONCLUSION.format(topic=topic))
        if kind is MeetingKind.COMBINED:
            conclusion += " " + texts.THEMATIC_CONCLUSION.format(topic=topic)
        late_documents = regular and rng.random() < style.late_documents_chance
        sent_on = day if late_documents else day - timedelta(days=rng.choice((2, 3, 3, 4)))
        posted_on = None
        if day != self._unposted_day:  # no draw for it, so the rest of the demo stays the same
            posted_on = day + timedelta(days=4 if day == self._late_post_day else rng.choice((1, 1, 2)))
            posted_on = posted_on if posted_on <= self._last_day else None
        meeting_id = self._meeting_row(
            sitting, topic=topic, chair_id=chair, conclusion=conclusion, documents_sent_on=sent_on,
            documents_posted_on=posted_on,
            guests=rng.choice(texts.GUESTS) if regular and rng.random() < 0.25 else "",
            ideology_notes=rng.choice(texts.IDEOLOGY_NOTES) if regular else "",
            prepared_by_id=prepared_by, thematic_plan_id=plan_id)
        self._attendance(meeting_id, call)
        attendees = call.present()
        present = [m for m in attendees if m != chair]
        rng.shuffle(present)
        # Most meetings hear more than half of those present; in an ordinary year about one in
        # five fewer.
        thin = rng.random() < style.thin_discussion_chance
        share = rng.uniform(0.3, 0.45) if thin else rng.uniform(0.52, 0.7)
        speakers = present[: max(2, min(_MAX_SPEAKERS, int(len(attendees) * share) + 1))]
        context = dict(
            attendance=self._attendance_text(day, call), taker=self.names[self.roster.minute_taker],
            report=texts.REPORT_CONTENT.format(prev=(day.month - 2) % 12 + 1, done=rng.randint(4, 5), total=5),
            ideology=rng.choice(texts.IDEOLOGY_NOTES), tasks=texts.TASKS_CONTENT.format(month=day.month % 12 + 1),
            conclusion=conclusion, presenter=presenter, topic=topic)
        if kind is MeetingKind.REGULAR:
            agenda = texts.REGULAR_AGENDA
            by_item = {"Thảo luận": [(m, rng.choice(texts.SPEECH_GISTS)) for m in speakers]}
        else:
            half = len(speakers) // 2 if regular else 0
            by_item = {
                "Thảo luận": [(m, rng.choice(texts.SPEECH_GISTS)) for m in speakers[:half]],
                "Thảo luận, liên hệ thực tiễn": [(m, rng.choice(texts.THEMATIC_GISTS)) for m in speakers[half:]],
                "Báo cáo chuyên đề": [(presenter_id, f"Trình bày chuyên đề \"{topic}\".")],
            }
            if regular:
                agenda = texts.REGULAR_AGENDA[:7] + texts.THEMATIC_AGENDA + texts.REGULAR_AGENDA[7:]
            else:
                agenda = texts.THEMATIC_FRAME_OPEN + texts.THEMATIC_AGENDA + texts.THEMATIC_FRAME_CLOSE
        self._agenda(meeting_id, agenda, context, speakers=by_item)
        if regular:
            self._vote(meeting_id, day, call)
            self.tasks.regular_meeting(meeting_id, day, [m for m in attendees if m != chair])
            self._resolution_number(meeting_id, day)
        self._quality(meeting_id, late_documents)

    # -- child rows -----------------------------------------------------------------------
    def _attendance(self, meeting_id: int, call: RollCall) -> None:
        rows = self.rows[Attendance]
        first = self.ids.take(Attendance, len(call.statuses) + len(call.extra))
        for offset, (member_id, (status, reason)) in enumerate(call.statuses.items()):
            rows.append(dict(id=first + offset, meeting_id=meeting_id, member_id=member_id,
                             status=status, reason=reason, expected=1))
        for offset, member_id in enumerate(call.extra, start=len(call.statuses)):
            rows.append(dict(id=first + offset, meeting_id=meeting_id, member_id=member_id,
                             status=AttendanceStatus.PRESENT, reason="", expected=0))

    def _attendance_text(self, day: date, call: RollCall) -> str:
        situations = self.situations.on(day)
        in_branch = [s for s in situations.values() if s.in_branch]
        official = sum(1 for s in in_branch if s.is_official)
        not_expected = sum(1 for s in in_branch if not s.expected_at_meetings)
        excused = [f"{self.names[m]} ({r.lower()})" for m, (s, r) in call.statuses.items()
                   if s is AttendanceStatus.EXCUSED]
        unexcused = [self.names[m] for m, (s, _) in call.statuses.items() if s is AttendanceStatus.UNEXCUSED]
        text = (f"Tổng số đảng viên: {len(in_branch)} (chính thức {official}, dự bị {len(in_branch) - official}); "
                f"miễn sinh hoạt, sinh hoạt nơi khác: {not_expected}; phải có mặt: {len(call.statuses)}; "
                f"có mặt: {len(call.present()) - len(call.extra)}; vắng có lý do: {len(excused)}")
        text += f" ({', '.join(excused)})" if excused else ""
        text += f"; vắng không lý do: {len(unexcused)}" + (f" ({', '.join(unexcused)})" if unexcused else "")
        if call.extra:
            text += f"; đảng viên miễn sinh hoạt đến dự: {', '.join(self.names[m] for m in call.extra)}"
        return text + "."

    def _agenda(self, meeting_id: int, agenda: tuple, context: dict[str, Any],
                speakers: dict[str, list[tuple[int | None, str]]]) -> None:
        for position, (section, title, content) in enumerate(agenda, start=1):
            item_id = self.ids.take(AgendaItem)
            title = title.format(**context)
            self.rows[AgendaItem].append(dict(
                id=item_id, meeting_id=meeting_id, position=position, section=section, title=title,
                content=content.format(**context), conclusion=""))
            for order, (member_id, gist) in enumerate(speakers.get(title, ()), start=1):
                self.rows[Speech].append(dict(
                    id=self.ids.take(Speech), agenda_item_id=item_id, position=order,
                    member_id=member_id, speaker_name=self.names.get(member_id, context["presenter"]),
                    gist=gist))

    def _vote(self, meeting_id: int, day: date, call: RollCall) -> None:
        situations = self.situations.on(day)
        voters = sum(1 for m in call.present() if situations[m].is_official)
        abstain = 1 if voters > 3 and self.rng.random() < 0.1 else 0
        self.rows[Vote].append(dict(
            id=self.ids.take(Vote), meeting_id=meeting_id,
            subject=f"Nghị quyết chi bộ tháng {day.month}/{day.year}",
            votes_for=voters - abstain, votes_against=0, abstentions=abstain))

    def _quality(self, meeting_id: int, late_documents: bool) -> None:
        """The committee's ticks on the lines the rules leave to it (codes and maxima from the
        domain's sample sheet), mostly full marks with a few points off here and there."""
        rng = self.rng
        for item in QualityRules().ticked_items:
            code, maximum = item.code, item.max_points
            points, note = float(maximum), ""
            if code == "preparation" and late_documents:  # the documents line itself scores 0
                points, note = maximum - 1.0, "Tài liệu gửi đảng viên chậm, trong ngày sinh hoạt."
            elif code in ("results", "conduct") and rng.random() < 0.4:
                points = float(maximum - rng.choice((1, 2, 3)))
            elif code == "leadership" and rng.random() < 0.1:
                points = float(maximum - 1)
            elif code == "minutes" and rng.random() < self._style.minutes_slip_chance:
                points = float(maximum - 1)
            self.rows[QualityItem].append(dict(
                id=self.ids.take(QualityItem), meeting_id=meeting_id, code=code, points=points, note=note))

    def flush(self, session) -> None:  # noqa: ANN001
        for model in (ThematicPlanEntry, DocumentNumber, Meeting, AgendaItem, Speech,
                      Attendance, Vote, QualityItem, MeetingResolution):
            insert_rows(session, model, self.rows.pop(model, []))
        insert_rows(session, MeetingTask, self.tasks.rows)
        self.tasks.rows = []
