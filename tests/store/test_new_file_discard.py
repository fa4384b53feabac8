"""A data file this process has just created and could not fill is deleted with its SQLite side
files and its lock file; an existing file is never deleted on a failure."""

from __future__ import annotations

import pytest

from desktop.store import database
from desktop.store.errors import DataFileError
from desktop.store.database import open_database, unit_of_work
from desktop.store.lock import DataFileLock
from desktop.store.models import Branch


def test_a_new_file_whose_schema_cannot_be_made_leaves_nothing(tmp_path, monkeypatch):
    def broken(engine):
        raise RuntimeError("migration failed")

    monkeypatch.setattr(database, "upgrade_to_head", broken)
    with pytest.raises(RuntimeError, match="migration failed"):
        open_database(tmp_path / "moi.sqlite", create=True)
    assert list(tmp_path.iterdir()) == []


def test_discard_removes_the_file_its_side_files_and_its_lock(tmp_path):
    path = tmp_path / "chi-bo.sqlite"
    db = open_database(path, create=True)
    with unit_of_work(db) as s:  # something written, so the WAL and its index exist
        s.add(Branch(name="Chi bộ Khu phố 3", code="CB-KP3",
                     superior_committee="Đảng ủy phường Bến Nghé", place_name="Phường Bến Nghé"))
    assert path.exists() and path.with_name(path.name + ".lock").exists()
    db.discard()
    assert list(tmp_path.iterdir()) == []
    open_database(path, create=True).close()  # the name is free again


def test_a_failed_migration_of_an_existing_file_keeps_it(tmp_path, monkeypatch):
    path = tmp_path / "cu.sqlite"
    open_database(path, create=True).close()
    before = path.read_bytes()

    def broken(engine):
        raise RuntimeError("migration failed")

    monkeypatch.setattr(database, "head_revision", lambda: "9999")  # a newer program's schema
    monkeypatch.setattr(database, "upgrade_to_head", broken)
    with pytest.raises(DataFileError) as refused:
        open_database(path, backup_dir=tmp_path / "backups")
    assert refused.value.reason == "migration_failed" and "migration failed" in refused.value.detail
    assert path.read_bytes() == before
    lock = DataFileLock(path)
    lock.acquire()  # released by the failed open: nobody holds the file
    lock.release()
