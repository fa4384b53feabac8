"""Backups through SQLite's online backup API: never a copy of a live file."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


def backup_file(source: Path, target: Path) -> Path:
    """Copy a consistent snapshot of `source` into `target` (written beside, then renamed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def backup_name(source: Path, reason: str, when: datetime) -> str:
    """`chibo-20261123-104501-migration.sqlite`: sortable, says why it was made."""
    return f"{source.stem}-{when:%Y%m%d-%H%M%S}-{reason}.sqlite"
