"""Data-file problems in words of the catalogue, shared by the CLI and the services (the window
translates the older reasons itself)."""

from __future__ import annotations

import errno

from desktop.store.errors import DataFileError
from desktop.store.lock import FileLockedError
from desktop.wording import Text, say

# The reasons an older version worded here; all are now sentences of the catalogue
# (desktop/wording/*/data_file.py), the encrypted ones of desktop/wording/*/encryption.py.
_REASONS = frozenset({"missing", "empty", "not_sqlite", "not_chibo", "damaged", "newer"})
# Newer reasons, worded through the catalogue (desktop/wording/*/data_file.py, and
# desktop/wording/*/encryption.py for an encrypted file).
ENCRYPTION_REASONS = {"encrypted", "wrong_passphrase", "wrong_recovery_code", "wrong_key",
                      "not_encrypted", "encrypted_truncated", "encrypted_damaged"}
SAID_REASONS = {"migration_failed", "read_only_old", "read_only_pending", *ENCRYPTION_REASONS}


def data_file_message(error: DataFileError, lang: str = "vi") -> str:
    return data_file_text(error).render(lang)


def data_file_text(error: DataFileError) -> Text:
    """A reason of `SAID_REASONS` as a sentence of the catalogue (the CLI renders it in its language)."""
    if error.reason in ENCRYPTION_REASONS:  # "not_encrypted" names, in `detail`, what gave a key
        return say(f"encryption.{error.reason}", path=error.path, detail=error.detail,
                   source=error.detail)
    reason = error.reason if error.reason in SAID_REASONS or error.reason in _REASONS else "cannot_open"
    return say(f"data_file.{reason}", path=error.path, detail=error.detail, backup=error.backup or "")


def locked_message(error: FileLockedError) -> str:
    """Who holds the file, on which computer and since when (local time); not the process id
    or the UTC stamp the lock file keeps for programs."""
    holder = error.holder
    if holder is None:
        return say("datafile.locked", path=error.path).render()
    opened = holder.opened_at()
    since = (say("datafile.since", time=f"{opened:%H:%M}", day=f"{opened:%d/%m/%Y}") if opened
             else say("datafile.since_unknown"))
    key = "datafile.locked_here" if holder.on_this_computer else "datafile.locked_by"
    return say(key, user=holder.user, host=holder.host, since=since).render()


_OS_REASONS = {
    errno.ENOSPC: "why_disk_full", getattr(errno, "EDQUOT", errno.ENOSPC): "why_disk_full",
    errno.EROFS: "why_read_only", errno.EACCES: "why_read_only", errno.EPERM: "why_read_only",
    errno.ENOENT: "why_missing",
}


def os_reason(error: OSError) -> Text | str:
    """Why a read or write failed, in the user's words where it is a common reason (a full
    disk, a read-only medium, a missing file) and the system's otherwise."""
    key = _OS_REASONS.get(error.errno)
    return say(f"storage.{key}") if key else (error.strerror or str(error))


def os_error_text(error: OSError) -> Text:
    """A failed read or write of a file, with the reason."""
    return say("storage.os_error", file=error.filename or "", reason=os_reason(error))
