"""Minutes a secretary could adopt: the conclusion written and the quality sheet scored, through
the services (adoption refuses an incomplete record)."""

from __future__ import annotations

from desktop.domain.quality import QualityRules
from desktop.services.meeting_minutes import MeetingMinutesService
from desktop.store.database import Database

CONCLUSION = ("Chi bộ thống nhất ban hành nghị quyết tháng, giao chi ủy phân công đảng viên "
              "thực hiện và báo cáo kết quả tại kỳ sinh hoạt sau.")


def complete_minutes(db: Database, meeting_id: int, *, points: float | None = None) -> None:
    """Conclusion and committee scores (full marks unless `points` is given) for one meeting."""
    minutes = MeetingMinutesService(db)
    minutes.set_conclusion(meeting_id, CONCLUSION)
    for item in QualityRules().ticked_items:
        minutes.set_quality_item(meeting_id, item.code,
                                 item.max_points if points is None else min(points, item.max_points))
