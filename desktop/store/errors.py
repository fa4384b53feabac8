"""Why a data file cannot be opened. Kept apart from `database` so that the window and the
command line can word these errors without loading SQLAlchemy."""

from __future__ import annotations

from pathlib import Path

from desktop.wording import Text


class DataFileError(Exception):
    """A data file that cannot be opened; `reason` is a code the front ends turn into a message."""

    def __init__(self, path: Path, reason: str, detail: str = "", *, backup: Path | None = None):
        self.path = path
        # not_sqlite | empty | damaged | not_chibo | newer | missing | migration_failed |
        # read_only_old (needs an upgrade it cannot get) | read_only_pending (a `-wal` it cannot read)
        # | encrypted (no key given) | wrong_key, wrong_passphrase, wrong_recovery_code |
        # not_encrypted (a key for a plain file; `detail` names what gave it) |
        # encrypted_truncated (`detail`: its size) | encrypted_damaged
        self.reason = reason
        self.detail = detail
        self.backup = backup  # migration_failed: the backup made just before
        super().__init__(f"{path}: {reason} {detail}".strip())


class StoreRefusal(Exception):
    """The store refuses an action or cannot finish it, for a reason the user can act on (a
    full disk, a read-only medium); `text` (from desktop.wording) says what happened and where.
    Front ends show it as they show a UserError."""

    def __init__(self, text: Text, path: Path | None = None):
        self.text = text
        self.path = path
        super().__init__(str(text))

    @property
    def message(self) -> str:
        return self.render()

    def render(self, lang: str = "vi") -> str:
        return self.text.render(lang)


class BackupFailed(StoreRefusal):
    """A backup could not be written; nothing of it was left behind (no `.partial`)."""

    def __init__(self, text: Text, target: Path, reason: str, detail: str = ""):
        super().__init__(text, target)
        self.reason = reason  # disk_full | read_only | failed
        self.detail = detail  # the system's words (failed)


class ReadOnlyDataFile(StoreRefusal):
    """A write to a data file that is open read-only (a read-only medium or file)."""
