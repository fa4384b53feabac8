"""Shared fixtures. Qt runs offscreen: set before any QApplication can exist."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop.store.database import Database, open_database  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "chibo.sqlite"


@pytest.fixture
def db(db_path: Path) -> Database:
    """A fresh, empty data file at the current schema."""
    database = open_database(db_path, create=True)
    yield database
    database.close()
