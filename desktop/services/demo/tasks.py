"""The demo's monthly resolutions: tasks with owners and deadlines, reviewed at the next regular
meeting (mostly done, some late, a few not done, some carried over, one of them twice)."""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta
from typing import Any

from desktop.domain.enums import TaskStatus
from desktop.services.demo.rows import IdSource

TASKS = (
    "Tuyên truyền, vận động các hộ gia đình thực hiện phân loại rác tại nguồn",
    "Hoàn thành thu quỹ và các khoản đóng góp của tổ dân phố",
    "Nắm tình hình tư tưởng đảng viên và nhân dân, báo cáo chi ủy",
    "Vận động đoàn viên thanh niên tham gia hiến máu tình nguyện",
    "Chuẩn bị hồ sơ quần chúng ưu tú đề nghị kết nạp Đảng",
    "Phối hợp Mặt trận tổ dân phố thăm hỏi các gia đình chính sách",
    "Đôn đốc đảng viên nộp bản cam kết rèn luyện năm",
    "Kiểm tra việc giữ gìn vệ sinh môi trường các tuyến ngõ",
    "Tổ chức cho đảng viên nghiên cứu nghị quyết mới của cấp trên",
    "Vận động nhân dân hưởng ứng phong trào xây dựng đời sống văn hóa",
)
NOTES = {
    TaskStatus.DONE: ("Đã hoàn thành đúng hạn.", "Hoàn thành, kết quả tốt.", ""),
    TaskStatus.LATE: ("Hoàn thành chậm một tuần do thời tiết.", "Hoàn thành sau thời hạn."),
    TaskStatus.CARRIED: ("Đang thực hiện, chuyển sang tháng sau.",),
    TaskStatus.NOT_DONE: ("Chưa thực hiện được, chi ủy giao lại ở nghị quyết sau.",),
}


def _month_end(day: date) -> date:
    """The demo's sittings are early in the month and decide that month's tasks: due by its
    end, before the next sitting reviews them."""
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


class TaskWriter:
    """Rows of `meeting_task`, written with the meetings (ids handed out in memory)."""

    def __init__(self, rng: random.Random, ids: IdSource, model: type):
        self.rng, self.ids, self.model = rng, ids, model
        self.rows: list[dict[str, Any]] = []
        self._open: list[dict[str, Any]] = []  # decided at the last regular meeting
        self._carried_twice = False

    def regular_meeting(self, meeting_id: int, day: date, owners: list[int]) -> None:
        """Review what the previous regular meeting decided, then decide this month's tasks."""
        rng = self.rng
        position = 0
        for task in self._open:
            status = self._status(task)
            task.update(status=status, review_note=rng.choice(NOTES[status]),
                        reviewed_at_meeting_id=meeting_id)
            if status is TaskStatus.CARRIED:
                position += 1
                self.rows.append(self._row(
                    meeting_id, position, task["text"], task["owner_id"],
                    max(task["due_on"], _month_end(day)), carried_from=task["id"]))
        for text in rng.sample(TASKS, 3):
            position += 1
            # One task each month is for the coming week; the others for the month.
            due = day + timedelta(days=7) if position == 1 else _month_end(day)
            self.rows.append(self._row(meeting_id, position, text, rng.choice(owners), due))
        self._open = [r for r in self.rows if r["meeting_id"] == meeting_id]

    def _status(self, task: dict[str, Any]) -> TaskStatus:
        if task["carried_from_id"] is not None:
            original = next(r for r in self.rows if r["id"] == task["carried_from_id"])
            if original["carried_from_id"] is None and not self._carried_twice:
                self._carried_twice = True  # one task is carried over twice, then done late
                return TaskStatus.CARRIED
            return TaskStatus.LATE
        roll = self.rng.random()
        if roll < 0.74:
            return TaskStatus.DONE
        if roll < 0.88:
            return TaskStatus.LATE
        if roll < 0.95:
            return TaskStatus.CARRIED
        return TaskStatus.NOT_DONE

    def _row(self, meeting_id: int, position: int, text: str, owner: int, due: date,
             carried_from: int | None = None) -> dict[str, Any]:
        return dict(id=self.ids.take(self.model), meeting_id=meeting_id, position=position,
                    text=text, owner_id=owner, due_on=due, target_id=None,
                    carried_from_id=carried_from, status=TaskStatus.OPEN, review_note="",
                    reviewed_at_meeting_id=None)
