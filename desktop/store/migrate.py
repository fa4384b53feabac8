"""Alembic, configured in code so it works from a frozen build as well as from source.

The revision ids are also written here, so that opening a file that is already current never
loads Alembic (~90 ms and ~17 MB at start); `tests/store/test_migrations.py` proves they equal
what Alembic reads from `migrations/versions/`. A new migration adds its id to REVISIONS.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

REVISIONS = ("0001", "0002", "0003", "0004", "0005")  # oldest first; the last is the head


def alembic_config() -> Config:
    # alembic (~110 ms to import): only when a file is migrated
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    return REVISIONS[-1]


def known_revisions() -> set[str]:
    return set(REVISIONS)


def current_revision(connection: Connection) -> str | None:
    # alembic (~110 ms to import): only when asked
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    # alembic (~110 ms to import): only when a file is migrated
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
