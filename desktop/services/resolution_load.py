"""Map a meeting, its tasks and its review to the resolution document's data."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.documents.resolution_data import NextTask, ResolutionData, ReviewedTask
from desktop.domain.adoption import TASK_KINDS
from desktop.domain.enums import DocumentType
from desktop.domain.numbering import BRANCH_ISSUER, number_code
from desktop.domain.tasks import on_time_share
from desktop.services.documents_load import branch_of, letterhead, meeting_of, secretary_on
from desktop.services.errors import UserError
from desktop.services.meeting_records import MeetingRules, figures_for_meeting, load_records
from desktop.services.tasks import load_review_of, load_tasks_of
from desktop.store.models import DocumentNumber, MeetingResolution, YearTarget
from desktop.wording import say


def resolution_code(s: Session, meeting_id: int) -> str:
    """"03-NQ/CB" once the minutes are adopted, else ""."""
    number = s.scalar(select(DocumentNumber).join(
        MeetingResolution, MeetingResolution.document_number_id == DocumentNumber.id).where(
        MeetingResolution.meeting_id == meeting_id))
    return number_code(number.seq, number.doc_type) if number is not None else ""


def resolution_number_text(s: Session, meeting_id: int) -> str:
    """"Số 03-NQ/CB" once the minutes are adopted; a blank to fill by hand before."""
    code = resolution_code(s, meeting_id)
    return f"Số {code}" if code else f"Số ……-{DocumentType.RESOLUTION.value}/{BRANCH_ISSUER}"


def resolution_data(s: Session, meeting_id: int, rules: MeetingRules) -> ResolutionData:
    meeting = meeting_of(s, meeting_id)
    if meeting.kind not in TASK_KINDS:
        raise UserError(say("resolution.not_regular", day=f"{meeting.held_on:%d/%m/%Y}"),
                        field="meeting_id")
    if meeting.superseded_by_id is not None:  # its tasks went to the correcting revision
        raise UserError(say("resolution.superseded", day=f"{meeting.held_on:%d/%m/%Y}",
                            newer=meeting.superseded_by_id), field="meeting_id")
    branch = branch_of(s)
    rs = load_records(s, meeting.held_on.year, extra_ids=[meeting.id])
    quality = figures_for_meeting(rs, meeting.id, rules).quality
    review = [r for r in load_review_of(s, meeting, meeting.held_on)
              if r.reviewed_at_meeting_id == meeting.id]
    targets = dict(s.execute(select(YearTarget.id, YearTarget.title)).all())
    return ResolutionData(
        letterhead=letterhead(branch, meeting.held_on, resolution_number_text(s, meeting.id)),
        branch_name=branch.name,
        held_on=meeting.held_on,
        status=meeting.status,
        reviewed=tuple(ReviewedTask(r.text, r.owner, r.due_on, r.status, r.review_note)
                       for r in review),
        on_time_share=on_time_share(r.status for r in review),
        tasks=tuple(NextTask(t.text, t.owner, t.due_on, targets.get(t.target_id, ""))
                    for t in load_tasks_of(s, meeting.id, meeting.held_on)),
        conclusion=meeting.conclusion or "",
        quality=quality,
        secretary=secretary_on(s, meeting.held_on),
    )
