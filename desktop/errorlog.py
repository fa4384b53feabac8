"""Unexpected errors: the traceback goes to a log file in the user's data folder and the user
reads one line naming that file, never the traceback itself.

Every front end ends here (the CLI's `run_command`, the window's error texts and the GUI's
`sys.excepthook`). Files are `logs/chibo-YYYY-MM-DD.log`, one per day, bounded in size and in
number, so a program that fails in a loop cannot fill the disk.
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path

from desktop import __version__
from desktop.clock import Clock
from desktop.paths import user_data_dir
from desktop.wording import Text, say

LOG_FOLDER = "logs"
LOG_PREFIX = "chibo-"
# A day's tracebacks are a few kB each; 1 MB is hundreds of them. Past it the day's file moves
# to `.1` (replacing an older one), so a day never takes more than twice this.
MAX_LOG_BYTES = 1_000_000
KEEP_DAYS = 30  # day files kept; older ones are deleted when a new day's file starts


def log_folder() -> Path:
    return user_data_dir() / LOG_FOLDER


def write_unexpected(error: BaseException, clock: Clock | None = None,
                     folder: Path | None = None) -> Path | None:
    """Append `error`'s traceback to today's log; the log's path, or None if nothing could be
    written (a full or read-only disk must not turn one error into two)."""
    clock = clock or Clock()
    folder = folder or log_folder()
    now = clock.now()
    path = folder / f"{LOG_PREFIX}{now:%Y-%m-%d}.log"
    lines = traceback.format_exception(type(error), error, error.__traceback__)
    entry = f"--- {now:%Y-%m-%d %H:%M:%S} chibo {__version__} (pid {os.getpid()})\n" + "".join(lines)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        new_day = not path.exists()
        if not new_day and path.stat().st_size + len(entry) > MAX_LOG_BYTES:
            path.replace(path.with_name(path.name + ".1"))
        with path.open("a", encoding="utf-8") as fh:
            fh.write(entry)
        if new_day:
            _forget_old_days(folder)
    except OSError:
        return None
    return path


def unexpected_text(error: BaseException, clock: Clock | None = None,
                    folder: Path | None = None) -> Text:
    """Log `error` and return the one line to show instead of it."""
    path = write_unexpected(error, clock, folder)
    if path is None:
        return say("errorlog.unexpected_unlogged", kind=type(error).__name__)
    return say("common.unexpected", log=path)


def _forget_old_days(folder: Path) -> None:
    days = sorted(p for p in folder.glob(f"{LOG_PREFIX}*.log") if p.is_file())
    for old in days[:-KEEP_DAYS]:
        for leftover in (old, old.with_name(old.name + ".1")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                continue  # tried again when the next day starts
