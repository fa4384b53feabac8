"""The records export is valid under validators other than ours, with formats checked: the
`check-jsonschema` command and jsonschema's own Draft 2020-12 validator with a FormatChecker."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from desktop.cli import main
from desktop.paths import resource_path
from desktop.services.records_spec import SCHEMA_FILE

SCHEMA = resource_path(*SCHEMA_FILE)


@pytest.fixture(scope="module")
def demo_records(tmp_path_factory):
    folder = tmp_path_factory.mktemp("records")
    path, out = folder / "demo.sqlite", folder / "ho-so.json"
    assert main(["--db", str(path), "demo", "--year", "2025"]) == 0
    assert main(["--db", str(path), "records", "export", "--out", str(out)]) == 0
    return out


def check_jsonschema(*files) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--schemafile", str(SCHEMA),
                           *map(str, files)], capture_output=True, text=True, timeout=300)


def test_the_demo_export_passes_check_jsonschema(demo_records):
    done = check_jsonschema(demo_records)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok -- validation done" in done.stdout


# FormatChecker() holds every draft's checkers (its "time" is draft 3's, without an offset);
# the draft's own FORMAT_CHECKER has RFC 3339's "time", which requires one.
CHECKERS = {"FormatChecker()": FormatChecker(), "draft 2020-12": Draft202012Validator.FORMAT_CHECKER}


@pytest.mark.parametrize("checker", CHECKERS.values(), ids=CHECKERS.keys())
def test_the_demo_export_passes_jsonschema_with_formats_checked(demo_records, checker):
    data = json.loads(demo_records.read_text(encoding="utf-8"))
    assert any(m["start_time"] for m in data["meetings"])  # times of day are in the check
    validator = Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")),
                                     format_checker=checker)
    assert [e.message for e in validator.iter_errors(data)] == []


def test_both_validators_do_check_formats(demo_records, tmp_path):
    # A day that does not exist and a month 13: right by the patterns, wrong by the formats.
    data = json.loads(demo_records.read_text(encoding="utf-8"))
    bad = copy.deepcopy(data)
    bad["members"][0]["birth_date"] = "1958-02-30"
    bad["meetings"][0]["created_at"] = "2025-13-01T08:00:00+00:00"
    bad_file = tmp_path / "sai.json"
    bad_file.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    done = check_jsonschema(bad_file)
    assert done.returncode == 1
    assert "$.members[0].birth_date" in done.stdout and "$.meetings[0].created_at" in done.stdout
    for checker in CHECKERS.values():
        validator = Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")),
                                         format_checker=checker)
        assert sorted(e.json_path for e in validator.iter_errors(bad)) == [
            "$.meetings[0].created_at", "$.members[0].birth_date"]
