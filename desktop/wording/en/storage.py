"""The data file on its medium: backups on a full or read-only disk, a read-only data file,
a migration that failed (desktop/store/); a file the user named that cannot be written
(desktop/services/output_file.py)."""

MESSAGES = {
    "backup_disk_full": "The disk is full: the backup “{file}” could not be written to “{folder}”. "
                        "Nothing was left half-written and the action was not done; free some space "
                        "or choose another backup folder, then try again.",
    "backup_read_only": "The backup folder “{folder}” cannot be written (a read-only disk or no "
                        "permission); the action was not done. Choose another backup folder.",
    "backup_failed": "Could not back up into “{folder}”: {detail}. The action was not done.",
    "copy_failed": "The backup could not be copied to the folder “{folder}”: {reason}.",
    "why_disk_full": "the disk is full",
    "why_read_only": "a read-only disk or no permission",
    "why_missing": "the file or folder does not exist",
    "os_error": "Could not read or write “{file}”: {reason}.",
    "read_only_write": "The file “{path}” is open for viewing only (it is on a read-only disk or is a "
                       "read-only file): changes cannot be written. Copy the file to a writable disk "
                       "and open the copy to edit it.",
    "backup_file_exists": "The file «{path}» already exists; choose another name so that nothing is overwritten.",
    "copy_to_folder_failed": "Could not copy the backup into the folder «{folder}»: {reason}.",
    "backup_unreadable": "Could not read the backup: {reason}",
    "backup_contents_unreadable": "Could not read what the backup holds: {reason}",
    "out_is_folder": "Cannot write «{path}»: it is a folder; give a file name too, e.g. «{example}».",
    "out_no_folder": (
        "Cannot write the file «{path}»: the folder «{folder}» does not exist. Create it or "
        "choose another place."
    ),
    "out_not_a_file": "Cannot write «{path}»: it is not a regular file (a device or a pipe); choose another file name.",
    "out_failed": "Cannot write the file «{path}»: {reason}. Nothing was left half-written.",
}
