"""The error log: one file per day in the user's data folder, bounded, never itself a crash."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.clock import Clock
from desktop.errorlog import KEEP_DAYS, MAX_LOG_BYTES, log_folder, unexpected_text, write_unexpected


def _failure(text: str) -> Exception:
    try:
        raise RuntimeError(text)
    except RuntimeError as exc:
        return exc


def test_the_traceback_goes_to_todays_file_in_the_data_folder():
    clock = Clock.fixed(datetime(2026, 3, 2, 9, 15))
    path = write_unexpected(_failure("sổ đảng viên hỏng"), clock)
    assert path == log_folder() / "chibo-2026-03-02.log"
    text = path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: sổ đảng viên hỏng" in text and "2026-03-02 09:15:00" in text


def test_the_line_shown_names_the_log_and_holds_no_traceback():
    clock = Clock.fixed(datetime(2026, 3, 2, 9, 15))
    line = unexpected_text(_failure("x"), clock).render("vi")
    assert line == f"Đã xảy ra lỗi không mong muốn. Chi tiết đã được ghi vào «{log_folder() / 'chibo-2026-03-02.log'}»."
    assert "\n" not in line and "Traceback" not in line


def test_a_full_day_moves_aside_and_old_days_are_deleted(tmp_path):
    folder = tmp_path / "logs"
    start = datetime(2026, 1, 1, 8, 0)
    for day in range(KEEP_DAYS + 5):
        write_unexpected(_failure(f"ngày {day}"), Clock.fixed(start + timedelta(days=day)), folder)
    days = sorted(p.name for p in folder.glob("chibo-*.log"))
    assert len(days) == KEEP_DAYS and days[-1] == "chibo-2026-02-04.log"
    big = _failure("x" * (MAX_LOG_BYTES // 3))
    clock = Clock.fixed(start + timedelta(days=KEEP_DAYS + 4))
    for _ in range(4):
        write_unexpected(big, clock, folder)
    today = folder / "chibo-2026-02-04.log"
    assert today.stat().st_size <= MAX_LOG_BYTES
    assert today.with_name(today.name + ".1").stat().st_size <= MAX_LOG_BYTES


def test_an_unwritable_log_folder_still_gives_one_line(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    line = unexpected_text(_failure("x"), Clock.fixed(datetime(2026, 3, 2)), blocker / "logs").render("vi")
    assert line.startswith("Đã xảy ra lỗi không mong muốn (RuntimeError)") and "\n" not in line
