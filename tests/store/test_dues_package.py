"""The year's dues summary joins the signed package: amounts and counts only (no names, no
bases), valid against the package schema, and the package still verifies."""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest
from sqlalchemy import select

from desktop.exchange.schemas import validate_payload
from desktop.exchange.verify import verify_package
from desktop.services.demo import build_demo
from desktop.services.keys import KeyService
from desktop.services.package_export import PackageExportService
from desktop.store.database import open_database, unit_of_work
from desktop.store.models import DuesBasis, Member
from desktop.clock import Clock
from tests.suite_day import SUITE_CLOCK

PASS = "mật khẩu của chi bộ"
TODAY = date(2026, 12, 20)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dues-export")
    db = open_database(folder / "chibo.sqlite", create=True)
    build_demo(db, 2026, today=TODAY)
    KeyService(db, clock=SUITE_CLOCK).create_key(PASS, "Nguyễn Hữu Quỳnh")
    out = folder / "usb"
    out.mkdir()
    result, _ = PackageExportService(db, clock=Clock.fixed(TODAY)).export(2026, PASS, out)
    with unit_of_work(db) as s:
        bases = {b.base for b in s.scalars(select(DuesBasis)) if b.base}
        names = set(s.scalars(select(Member.full_name)))
    yield result, bases, names
    db.close()


def test_the_dues_summary_is_in_records_json_and_valid(exported):
    result, _bases, _names = exported
    with zipfile.ZipFile(result.path) as archive:
        records = json.loads(archive.read("records.json"))
    dues = records["dues"]
    assert validate_payload("records.json", records) == []
    months = [m["month"] for m in dues["months"]]
    assert months[0] == "2026-02" and months[-1] == "2026-12"  # the sample schedule starts in February
    assert dues["members_at_removal_threshold"] == 1 and dues["removal_threshold"] == 3
    assert dues["totals"]["collected"] == sum(m["collected"] for m in dues["months"])
    assert dues["schedules"][0]["version"] == "2026.1-mau" and len(dues["schedules"][0]["sha256"]) == 64


def _values(node) -> list:  # noqa: ANN001 - JSON
    if isinstance(node, dict):
        return [v for value in node.values() for v in _values(value)]
    if isinstance(node, list):
        return [v for value in node for v in _values(value)]
    return [node]


def test_no_name_and_no_base_leaves_with_the_dues_summary(exported):
    result, bases, names = exported
    with zipfile.ZipFile(result.path) as archive:
        dues = json.loads(archive.read("records.json"))["dues"]
    values = _values(dues)
    assert not names & {v for v in values if isinstance(v, str)}
    assert not bases & {v for v in values if isinstance(v, int)}, "salaries and pensions stay here"


def test_the_package_still_verifies(exported):
    result, _bases, _names = exported
    verification = verify_package(result.path.read_bytes(), file=result.path.name)
    assert verification.valid, verification.problems


def test_a_package_without_a_dues_book_has_no_dues_key():
    """Older packages and branches without the book: the key is optional in the schema."""
    from tests.exchange.conftest import payload  # a package built by hand, before the dues book

    records = json.loads(payload("AAAA-BBBB-CCCC-DDDD")["records.json"])
    assert "dues" not in records and validate_payload("records.json", records) == []
