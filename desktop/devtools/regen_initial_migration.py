"""Regenerate migration 0001 from the models. Only allowed while 0001 is unreleased
(no fixture under tests/store/fixtures/ exists for it); afterwards add a new revision instead."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from desktop.devtools import source_root
from desktop.store.engine import create_file_engine
from desktop.store.migrate import alembic_config, migrations_dir


def main() -> int:
    if (source_root() / "tests" / "store" / "fixtures" / "schema-0001.sqlite").exists():
        print("0001 is released (fixture exists): write a new migration instead.", file=sys.stderr)
        return 1
    for old in (migrations_dir() / "versions").glob("0001_*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_file_engine(Path(tmp) / "empty.sqlite")
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.revision(cfg, message="initial schema", autogenerate=True, rev_id="0001")
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
