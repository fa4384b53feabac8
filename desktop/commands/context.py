"""What every subcommand needs: the data file (opened on first use), the clock and JSON output.

A command that creates the data file and then fails leaves nothing behind: `close(failed=True)`
deletes the file it created, with its lock (as the window's "new file" does).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.clock import Clock
from desktop.paths import default_database_path
from desktop.store.database import Database, open_database


class CommandContext:
    def __init__(self, args: argparse.Namespace, clock: Clock):
        self._args = args
        self.clock = clock  # handed to every service a command builds
        self._db: Database | None = None
        self._created = False  # the file did not exist before this command opened it

    @property
    def lang(self) -> str:
        """`--lang`: the language of refusals, errors and problem lines (default Vietnamese)."""
        return getattr(self._args, "lang", None) or "vi"

    @property
    def db_path(self) -> Path:
        return Path(self._args.db) if self._args.db else default_database_path()

    def database(self, *, create: bool = False) -> Database:
        if self._db is None:
            path = self.db_path
            if create:
                path.parent.mkdir(parents=True, exist_ok=True)
            created = create and not path.exists()
            self._db = open_database(path, create=create)
            self._created = created
        return self._db

    def this_year(self, year: int | None) -> int:
        """`--year` as given, else the clock's current year."""
        return year if year is not None else self.clock.today().year

    def close(self, *, failed: bool = False) -> None:
        """Close the data file; after a failed command, delete it if this command created it."""
        if self._db is not None:
            db, self._db = self._db, None
            if failed and self._created:
                db.discard()
            else:
                db.close()

    @staticmethod
    def print_json(data: Any) -> None:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
