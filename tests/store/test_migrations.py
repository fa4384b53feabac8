"""Migrations: the models and the migration scripts agree; a migration is preceded by a backup;
every released schema (a fixture file per revision) upgrades to head with its data."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from desktop.services.demo import build_demo
from desktop.store import database as database_module
from desktop.store.database import open_database, schema_is_current
from desktop.store.migrate import REVISIONS, alembic_config, head_revision, known_revisions
from desktop.store.models import Base

FIXTURES = Path(__file__).parent / "fixtures"


def test_models_and_migrations_agree(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "render_as_batch": True})
        assert compare_metadata(context, Base.metadata) == []
    assert schema_is_current(db)


def test_declared_revisions_are_alembics():
    """The ids the app checks without loading Alembic are exactly Alembic's, in order."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert list(REVISIONS) == [rev.revision for rev in reversed(list(scripts.walk_revisions()))]


def test_older_file_is_backed_up_before_it_is_migrated(tmp_path, monkeypatch, clock):
    """Only revision 0001 exists yet, so an "older" file is simulated: the app is told its head
    is a later revision, and the upgrade step records what existed when it ran."""
    path = tmp_path / "chibo.sqlite"
    with open_database(path, create=True) as db:
        build_demo(db, 2025, today=clock.today())
    seen: list[list[Path]] = []

    def fake_upgrade(engine):
        seen.append(sorted((tmp_path / "backups").glob("*.sqlite")))

    monkeypatch.setattr(database_module, "head_revision", lambda: "0002")
    monkeypatch.setattr(database_module, "upgrade_to_head", fake_upgrade)
    with open_database(path):
        pass
    assert len(seen) == 1 and len(seen[0]) == 1, "exactly one backup, made before the upgrade"
    backup = seen[0][0]
    assert "before-migration" in backup.name
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = {r[0] for r in conn.execute("SELECT full_name FROM member")}
        assert "Nguyễn Hữu Quỳnh" in names
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        conn.close()


def test_current_file_is_opened_without_backup(tmp_path):
    path = tmp_path / "chibo.sqlite"
    open_database(path, create=True).close()
    open_database(path).close()
    assert not (tmp_path / "backups").exists()


def _fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("schema-*.sqlite"))


def _table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_every_released_schema_upgrades_to_head(tmp_path):
    fixtures = _fixtures()
    if not fixtures:
        pytest.skip("no released schema yet: tests/store/fixtures/schema-<rev>.sqlite is added at release")
    for fixture in fixtures:
        revision = fixture.stem.removeprefix("schema-")
        assert revision in known_revisions(), f"{fixture.name}: unknown revision"
        work = tmp_path / fixture.name
        shutil.copyfile(fixture, work)  # never touch the committed file
        before = _table_counts(work)
        assert before.get("member", 0) > 0, f"{fixture.name} should hold a populated branch"
        with open_database(work) as db:
            assert schema_is_current(db)
        after = _table_counts(work)
        for table, count in before.items():
            assert after.get(table) == count, f"{fixture.name}: rows of {table} changed"
        conn = sqlite3.connect(work)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        finally:
            conn.close()


def test_fixture_names_match_their_revision():
    for fixture in _fixtures():
        conn = sqlite3.connect(f"file:{fixture}?mode=ro", uri=True)
        try:
            stored = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            conn.close()
        assert fixture.name == f"schema-{stored}.sqlite"
