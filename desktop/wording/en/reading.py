"""Reading a file the user hands in: limits and parser errors (desktop/services/file_limits.py
and the readers of rulebooks, records and member lists)."""

MESSAGES = {
    "missing": "The file {file} was not found.",
    "unreadable": "Could not read “{file}”: {reason}.",
    "too_large": "The file “{file}” is too large ({size}; the limit is {limit}); not opened.",
    "too_deep": "The file “{file}” nests too deep (over {limit} levels): it is not a Sổ Chi bộ {kind}.",
    "too_many_rows": "The file “{file}” has over {limit} rows of data: too long for a member list; "
                     "split it into several files.",
    "too_slow": "Reading “{file}” took over {seconds} seconds and was stopped: the file is too large or damaged.",
    "not_a_zip": "The file “{file}” is not a valid .xlsx workbook (it does not open as a zip archive).",
    "zip_entries": "The file “{file}” holds {count} parts (the limit is {limit}): not an ordinary workbook; not opened.",
    "zip_ratio": "The part “{entry}” of “{file}” unzips to {size}, {ratio} times its zipped size: "
                 "the mark of a malicious archive (zip bomb); not opened.",
    "zip_total": "The file “{file}” unzips to {size} (the limit is {limit}): the mark of a malicious archive (zip bomb); not opened.",
    "xml_declaration": "The file “{file}” has an XML DTD or entity declaration in the part “{entry}”, which "
                       "real workbooks never have (the mark of a malicious file); not opened.",
    "json_constant": "The file “{file}” holds the value “{value}”, which is not a valid JSON number (standard JSON has no NaN/Infinity).",
    "json_number": "The file “{file}” holds a number that is too long (over {limit} digits).",
}
