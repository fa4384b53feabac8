"""Restoring a data file from a backup (File → Restore, `chibo restore`)."""

MESSAGES = {
    "refused": "Cannot restore: {reason}",
    "same_file": "The file “{path}” cannot be restored from itself.",
    "backup_unreadable": (
        "The backup “{backup}” cannot be read ({reason}). Check that the file is still there "
        "and readable (the USB stick still plugged in), then try again. The data file was not "
        "changed."),
    "backup_missing": (
        "The backup “{backup}” is not there: the file was deleted or renamed, or the USB stick "
        "holding it was pulled out. The data file was not changed."),
    "backup_damaged": "The backup “{backup}” is damaged ({detail}); choose another one.",
    "keep_failed": (
        "No copy of “{path}” could be kept before restoring ({reason}), so nothing was restored. "
        "The data file was not changed."),
    "write_failed": (
        "The backup “{backup}” could not be written into “{path}” ({reason}). The data file "
        "still holds its previous records."),
    "written_wrong": (
        "“{path}” did not read back correctly after the backup “{backup}” was copied into it "
        "(the disk may be failing), so the previous records were put back. Check the disk and "
        "try again."),
    "reopen_failed": (
        "The records were restored into “{path}” but the file could not be opened again "
        "({reason}). Open the file again."),
    "copy_failed": (
        "The backup “{backup}” could not be copied to “{path}” ({reason}). No half-written file "
        "was left."),
    "replace_failed": (
        "The damaged file “{path}” could not be replaced by the backup ({reason}). An unchanged "
        "copy of the damaged file was kept as “{kept}”."),
    "target_exists": "The file “{path}” already exists; restoring into a new file never overwrites an old one.",
}
