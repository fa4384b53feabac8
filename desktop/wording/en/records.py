"""The branch's whole record as open JSON: what is wrong in a records file, by JSON path
(desktop/services/records*.py, `chibo records`). Section titles come from the schema."""

MESSAGES = {
    "invalid": "The records {source} have {count} problems; nothing was imported: {problems}",
    "more_problems": " (and {count} more problems)",
    "cli_invalid": "Error: the records {file} have {count} problems; nothing was imported:",
    "kind": "records JSON",
    "not_utf8": "The file {file} is not UTF-8 text.",
    "not_json": "The file {file} is not valid JSON: line {line}, column {column}: {detail}.",
    "target_not_empty": "The data file {file} already holds data ({tables}…): records are imported "
                        "only into a new, empty file.",
    "rulebook_invalid": "the rulebook is not valid: {problem}",
    # the schema's words
    "quoted": "“{name}”",
    "missing_fields": "missing fields {fields}",
    "unknown_fields": "fields not in the format: {fields}",
    "wrong_type": "must be {kinds}, not “{value}”",
    "or": " or ",
    "type_string": "text",
    "type_integer": "a whole number",
    "type_number": "a number",
    "type_object": "an object",
    "type_array": "a list",
    "type_boolean": "true/false",
    "type_null": "null",
    "not_in_enum": "the value “{value}” is not one of: {choices}",
    "not_const": "must be “{expected}”, not “{value}”",
    "too_long": "longer than {limit} characters",
    "bad_pattern": "“{value}” does not have the required form",
    "object_or_null": "must be an object or null",
    # values, references, unique keys
    "bad_value": "“{value}” is not {form}",
    "form_Enum": "an allowed value",
    "form_Date": "a date (YYYY-MM-DD)",
    "form_Time": "a time (HH:MM:SS)",
    "form_UtcDateTime": "an ISO 8601 moment with a time zone",
    "form_DateTime": "an ISO 8601 moment with a time zone",
    "no_reference": "$.{section} has no entry with id {id} ({title})",
    "id_repeated": "{field} {value} repeats {first}",
    "unique_repeated": "({fields}) repeats {first}",
    "parent": "the parent entry",
}
