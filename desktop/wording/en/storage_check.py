"""The storage check: what SQLite finds wrong in a data file."""

MESSAGES = {
    "unreadable": "SQLite cannot read the file (it is damaged or not a database): {detail}. Restore it "
                  "from the latest backup.",
    "index": "An index (a lookup table) does not match the data; the data itself is whole and can be "
             "repaired safely by rebuilding the index. Details: {detail}",
    "foreign_key": "Row {row_id} of the table «{table}» points to a row that no longer exists in the table "
                   "«{parent}» (an orphan record).",
    "structure": "The file's structure is damaged (a data page was written wrongly); it cannot be repaired "
                 "automatically without losing data. Restore it from the latest backup. Details: {detail}",
}
