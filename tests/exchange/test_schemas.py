"""The compiled schema check (jsonschema-rs) and the full one (jsonschema) give the same
verdict on valid and mutated documents, and a refused document always gets jsonschema's
complete, path-precise list of errors."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.exchange import layout
from desktop.exchange.build import build_package
from desktop.exchange.keys import unlock_private_key
from desktop.exchange.schemas import full_errors, is_valid, validate_payload
from desktop.exchange.verify import verify_package
from tests.exchange.conftest import CREATED, PASSPHRASE, payload

FINGERPRINT = "K7QH-2M4P-ZXWA-B3TD"
DOCS = {name: json.loads(content) for name, content in payload(FINGERPRINT).items()
        if name in layout.REQUIRED_PAYLOAD}

# (entry, path, new value or DELETE, what is wrong) — each is refused by both validators.
DELETE = object()
INVALID = [
    ("package.json", ["format_version"], 2, "const"),
    ("package.json", ["format_version"], True, "const: true is not 1"),
    ("package.json", ["format_version"], 1.5, "const"),
    ("package.json", ["branch", "code"], "", "minLength"),
    ("package.json", ["branch", "extra"], "x", "additionalProperties"),
    ("package.json", ["year"], 1999, "minimum"),
    ("package.json", ["year"], 2026.5, "type integer"),
    ("package.json", ["sequence"], False, "type integer: a boolean is not"),
    ("package.json", ["supersedes"], "b" * 63, "oneOf / pattern"),
    ("package.json", ["created_at"], "2026-12-20 09:30:00Z", "pattern"),
    ("package.json", ["created_at"], "2026-02-30T09:30:00Z", "format date-time"),
    ("package.json", ["key_fingerprint"], "k7qh-2M4P-ZX9A-B3TD", "pattern"),
    ("package.json", ["app_version"], DELETE, "required"),
    ("evaluation.json", ["criteria"], [], "minItems"),
    ("evaluation.json", ["criteria", 0, "score"], -1, "minimum"),
    ("evaluation.json", ["criteria", 0, "number"], None, "type"),
    ("evaluation.json", ["criteria", 0, "components", 0, "kind"], "tự động", "enum"),
    ("evaluation.json", ["criteria", 0, "components", 0, "missing"], 3, "type"),
    ("evaluation.json", ["four_good"], 1, "type boolean"),
    ("records.json", ["members", "official"], -1, "minimum"),
    ("records.json", ["meetings", 0, "date"], "2026-02-30", "format date"),
    ("records.json", ["meetings", 0, "date"], "05/01/2026", "format date"),
    ("records.json", ["meetings", 0, "kind"], "Regular", "enum"),
    ("records.json", ["meetings", 0, "present"], 2.5, "type integer"),
    ("records.json", ["meetings", 0, "status"], DELETE, "required"),
    ("records.json", ["ratings", 0, "final_rating"], "HTT", "enum"),
    ("records.json", ["ratings", 0, "disciplined"], 0, "type boolean"),
    ("records.json", ["ratings", 0, "phone"], "0912 345 678", "additionalProperties"),
    ("records.json", ["ratings"], {"name": "x"}, "type array"),
]


def changed(document, path, value):
    out = copy.deepcopy(document)
    target = out
    for key in path[:-1]:
        target = target[key]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return out


def test_the_payload_documents_are_valid_both_ways():
    for name, document in DOCS.items():
        assert is_valid(name, document) and full_errors(name, document) == [], name


@pytest.mark.parametrize(("entry", "path", "value", "why"), INVALID)
def test_each_invalid_document_is_refused_both_ways_with_the_full_list(entry, path, value, why):
    document = changed(DOCS[entry], path, value)
    errors = full_errors(entry, document)
    assert errors, why
    assert not is_valid(entry, document), why
    assert validate_payload(entry, document) == errors


def test_every_error_is_listed_not_only_the_first():
    document = changed(changed(DOCS["records.json"], ["year"], "2026"), ["members", "exempt"], -2)
    assert validate_payload("records.json", document) == [
        "$.members.exempt: -2 is less than the minimum of 0",
        "$.year: '2026' is not of type 'integer'",
    ]


def test_a_package_with_an_invalid_document_reports_the_full_list(key):
    private = unlock_private_key(key.encrypted_private_pem, PASSPHRASE)
    files = payload(key.fingerprint)
    records = changed(changed(DOCS["records.json"], ["meetings", 0, "date"], "2026-02-30"),
                      ["ratings", 0, "final_rating"], "HTT")
    files["records.json"] = json.dumps(records, ensure_ascii=False).encode("utf-8")
    result = verify_package(build_package(files, private, CREATED))
    assert [p.code for p in result.problems] == ["schema_invalid", "schema_invalid"]
    assert [p.detail for p in result.problems] == [
        f"«records.json», {e}" for e in full_errors("records.json", records)]
    assert "$.meetings[0].date" in result.problems[0].message


@pytest.mark.parametrize(("entry", "path", "value"), [
    # Python's "$" also matches before a final "\n": both checks read it as the very end.
    ("package.json", ["rulebook", "sha256"], "a" * 64 + "\n"),
    ("package.json", ["created_at"], "2026-12-20T09:30:00+00:00\n"),
    ("package.json", ["key_fingerprint"], FINGERPRINT + "\n"),
    ("package.json", ["supersedes"], "b" * 64 + "\n"),
    ("records.json", ["meetings", 0, "date"], "2026-01-05\n"),
    # \d is 0-9 in both, not every Unicode digit.
    ("package.json", ["created_at"], "٢٠٢٦-12-20T09:30:00Z"),
    ("records.json", ["meetings", 0, "date"], "٢٠٢٦-01-05"),
    # Dates are read by desktop.exchange.dates in both: a zone is required, seconds too.
    ("package.json", ["created_at"], "2026-12-20T09:30:00"),
    ("package.json", ["created_at"], "2026-12-20t09:30:00z"),
    ("package.json", ["created_at"], "2026-12-20T09:30:60Z"),
    ("package.json", ["created_at"], "2026-12-20T09:30:00+24:00"),
])
def test_a_final_newline_or_a_foreign_digit_is_refused_both_ways(entry, path, value):
    document = changed(DOCS[entry], path, value)
    assert not is_valid(entry, document)
    assert full_errors(entry, document) == validate_payload(entry, document) != []


def test_where_only_jsonschema_accepts_its_answer_stands():
    # json.loads reads NaN (the verifier's reader does not); jsonschema lets it pass "minimum".
    document = changed(DOCS["evaluation.json"], ["criteria", 0, "score"], float("nan"))
    assert not is_valid("evaluation.json", document)
    assert full_errors("evaluation.json", document) == validate_payload("evaluation.json", document) == []


def test_a_key_that_a_rust_string_cannot_hold_is_refused_not_a_crash():
    document = changed(DOCS["records.json"], ["\ud800"], 1)  # json.loads accepts "\\ud800"
    assert not is_valid("records.json", document)
    assert validate_payload("records.json", document) == full_errors("records.json", document) != []


NEAR_MISSES = st.sampled_from([
    "", "a" * 64, "A" * 64, "a" * 63, "2026-01-05", "2026-02-29", "2026-13-01", "2026-12-20T09:30:00Z",
    "2026-12-20T09:30:00+07:00", "2026-12-20T09:30:00", "K7QH-2M4P-ZXWA-B3TD", "regular", "HTTNV",
    "auto", "adopted", "١٢٣٤-01-05", 0, 1, -1, 1.0, 2000, 2100, 2101, True, False, None, [], {},
    "a" * 64 + "\n", "2026-12-20T09:30:00Z\n", "2026-01-05\n", "2026-12-20T09:30:00.5+07:00",
    1000000, 1000001, 1e308, 10000, 10000.5,
])
LEAVES = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | NEAR_MISSES
          | st.text(max_size=70))
VALUES = st.recursive(LEAVES, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=6)


def paths(document, prefix=()):
    yield prefix
    items = document.items() if isinstance(document, dict) else (
        enumerate(document) if isinstance(document, list) else ())
    for key, value in items:
        yield from paths(value, (*prefix, key))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_documents_get_the_same_verdict_both_ways(data):
    entry = data.draw(st.sampled_from(sorted(DOCS)))
    document = DOCS[entry]
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        path = list(data.draw(st.sampled_from(list(paths(document)))))
        kind = data.draw(st.sampled_from(["same_kind"] * 5 + ["replace", "delete", "add"]))
        if kind == "same_kind" and path:  # often still valid: the verdicts must agree there too
            document = changed(document, path, data.draw(_same_kind(_at(document, path))))
        elif not path:
            document = data.draw(VALUES)
        elif kind == "delete" and isinstance(path[-1], str):
            document = changed(document, path, DELETE)
        elif kind == "add":
            parent = path if isinstance(_at(document, path), dict) else path[:-1]
            if isinstance(_at(document, parent), dict):
                document = changed(document, [*parent, data.draw(st.text(max_size=12))], data.draw(VALUES))
        else:
            document = changed(document, path, data.draw(VALUES))
    errors = full_errors(entry, document)
    assert is_valid(entry, document) == (not errors), errors
    assert validate_payload(entry, document) == errors


def _same_kind(value):
    if isinstance(value, bool) or value is None:
        return st.sampled_from([True, False, None])
    if isinstance(value, int):
        return st.integers(min_value=-2, max_value=3000) | st.sampled_from([0.0, 7.0, 2.5])
    if isinstance(value, float):
        return st.floats(min_value=-1, max_value=200) | st.integers(min_value=0, max_value=100)
    if isinstance(value, str):
        return NEAR_MISSES | st.text(max_size=20)
    return VALUES


def _at(document, path):
    for key in path:
        document = document[key]
    return document
