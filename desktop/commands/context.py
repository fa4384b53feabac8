"""What every subcommand needs: the data file (opened on first use), the clock and JSON output.

A command that creates the data file and then fails leaves nothing behind: `close(failed=True)`
deletes the file it created, with its lock (as the window's "new file" does).

An encrypted file is opened with the passphrase read from `--passphrase-file P` or the
environment variable CHIBO_PASSPHRASE, or with `--recovery-code-file R` (never from an argument:
other users of the computer see those). A new file made with a passphrase is encrypted; its
recovery code is printed once, on stderr.

A command group says which file it works on with `set_defaults(file_kind=BRANCH_FILE|INBOX_FILE)`:
a branch's book and a superior committee's inbox are both data files, and a command run on the
other kind would write rows its window never shows.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.clock import Clock
from desktop.paths import default_database_path
from desktop.store.cipher import FileKey
from desktop.store.database import Database
from desktop.wording import say

if TYPE_CHECKING:
    from desktop.services.file_secrets import FileSecret

_UNREAD = object()
BRANCH_FILE, INBOX_FILE = "branch", "inbox"  # a command group's `file_kind`


class CommandContext:
    def __init__(self, args: argparse.Namespace, clock: Clock):
        self._args = args
        self.clock = clock  # handed to every service a command builds
        self._db: Database | None = None
        self._created = False  # the file did not exist before this command opened it
        self._secret: object = _UNREAD

    @property
    def lang(self) -> str:
        """`--lang`: the language of refusals, errors and problem lines (default Vietnamese)."""
        return getattr(self._args, "lang", None) or "vi"

    @property
    def db_path(self) -> Path:
        return Path(self._args.db) if self._args.db else default_database_path()

    def secret(self) -> FileSecret | None:
        """The passphrase or recovery code this command was given for the data file, if any."""
        if self._secret is _UNREAD:
            # the store: only when a command opens a file
            from desktop.services.file_secrets import secret_from

            self._secret = secret_from(getattr(self._args, "db_passphrase_file", None),
                                       getattr(self._args, "db_recovery_code_file", None))
        return self._secret  # type: ignore[return-value]

    def file_key(self) -> FileKey | None:
        """The key of the data file without opening it (the data check reads it as it is): None
        for a file that is not an encrypted data file at all, which the check then describes."""
        # the store: only when a command opens a file
        from desktop.services.file_secrets import key_for_file
        from desktop.store.database import DataFileError
        from desktop.store.messages import ENCRYPTION_REASONS

        try:
            return key_for_file(self.db_path, self.secret())
        except DataFileError as exc:
            if exc.reason in ENCRYPTION_REASONS:
                raise
            return None

    def database(self, *, create: bool = False, with_secret: bool = True) -> Database:
        """The data file, opened (or made, with `create`) on first use. `with_secret=False`:
        the secret given is not this file's (`encrypt` reads it as the new passphrase)."""
        if self._db is None:
            # the store: only when a command opens a file
            from desktop.services.file_secrets import open_data_file, recovery_code_of

            path = self.db_path
            if create:
                path.parent.mkdir(parents=True, exist_ok=True)
            created = create and not path.exists()
            self._db = open_data_file(path, self.secret() if with_secret else None, create=create)
            self._created = created
            self._check_kind(getattr(self._args, "file_kind", None))
            if created and self._db.encrypted:
                print(say("encryption.new_file_code", path=self._db.path,
                          code=recovery_code_of(self._db.key)).render(self.lang), file=sys.stderr)
        return self._db

    def _check_kind(self, wanted: str | None) -> None:
        if wanted is None:
            return
        from desktop.services.branch import BranchService  # the store: only when a file is open
        from desktop.services.errors import UserError

        profile = BranchService(self._db).profile()
        mode = profile.mode if profile else BRANCH_FILE  # a file without a profile is a branch's
        if mode == wanted:
            return
        if wanted == BRANCH_FILE:
            raise UserError(say("cli.inbox_not_branch", path=self.db_path, name=profile.name))
        raise UserError(say("cli.not_an_inbox", path=self.db_path) if profile is None else
                        say("cli.branch_not_inbox", path=self.db_path, name=profile.name))

    def replace_database(self, db: Database) -> None:
        """After an action that reopened the file (encrypting it): this handle is the one the
        command closes."""
        self._db = db

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
