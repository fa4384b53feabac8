"""Why a data file cannot be opened: the reasons worded through the catalogue
(desktop/store/messages.py holds the older ones)."""

MESSAGES = {
    "migration_failed": "The file “{path}” could not be upgraded to this version ({detail}). The file was "
                        "not changed; the backup made just before the upgrade: “{backup}”.",
    "read_only_old": "The file “{path}” is on a read-only disk (or is a read-only file) and was made by an "
                     "older version (schema {detail}), so it needs an upgrade that cannot be written. Copy "
                     "the file to a writable disk and open the copy.",
    "read_only_pending": "The file “{path}” is on a read-only disk and part of its data is still in the "
                         "“-wal” file beside it, which cannot be read there. The file is not damaged: copy "
                         "it with its “-wal” and “-shm” files to a writable disk and open the copy.",
    "missing": "The data file «{path}» was not found.",
    "empty": "The file «{path}» is empty (0 bytes): it is not a Sổ Chi bộ data file. The file was not changed.",
    "not_sqlite": "The file «{path}» is not a Sổ Chi bộ data file (not an SQLite database). The file was "
                  "not changed.",
    "not_chibo": "The file «{path}» is an SQLite database but not a Sổ Chi bộ one. The file was not changed.",
    "damaged": "The file «{path}» is damaged or incomplete ({detail}). The file was not changed; restore "
               "it from a backup.",
    "newer": "The file «{path}» was made by a newer version of Sổ Chi bộ (schema {detail}). Update the "
             "program to open it.",
    "cannot_open": "Could not open the file «{path}»: {detail}",
}
