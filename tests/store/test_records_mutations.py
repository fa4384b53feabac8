"""A records file edited by hand, anywhere and with any kind of value, is either accepted or
refused with lines that name the place and can be said in both languages (a wrong type once
crashed while being worded: its «hoặc» was a Text)."""

from __future__ import annotations

import copy
import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import main
from desktop.wording import render

ODD_VALUES = st.sampled_from([1985, -1, 0.5, True, None, "", "x" * 3, "2026-02-30", "25:61:00",
                              [], {}, ["a"], {"a": 1}])


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("records")
    path, out = folder / "demo.sqlite", folder / "ho-so.json"
    assert main(["--db", str(path), "demo", "--year", "2025"]) == 0
    assert main(["--db", str(path), "records", "export", "--out", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _lines(data: dict) -> list[tuple[str, str, str]]:
    """Every problem the import finds (schema, rows, content), said in both languages."""
    from desktop.services.records import check_records

    problems = check_records(data, date(2026, 12, 31))[1]
    return [(p.path, p.render("vi"), p.render("en")) for p in problems]


@settings(max_examples=80, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.data())
def test_any_value_anywhere_is_accepted_or_refused_in_words(records, data):
    edited = copy.deepcopy(records)
    holder, key = edited, None
    node = edited
    while isinstance(node, (dict, list)) and node:
        keys = sorted(node) if isinstance(node, dict) else range(len(node))
        holder, key = node, data.draw(st.sampled_from(list(keys)))
        node = holder[key]
        if data.draw(st.booleans()):  # stop here: replace a whole object or list too
            break
    if key is None:
        return
    holder[key] = data.draw(ODD_VALUES)
    for path, vietnamese, english in _lines(edited):
        assert path.startswith("$")
        assert vietnamese and english


def test_a_number_where_text_is_wanted_is_named_in_both_languages(records):
    edited = copy.deepcopy(records)
    edited["members"][2]["birth_date"] = 1985
    assert _lines(edited) == [("$.members[2].birth_date", "phải là chuỗi hoặc null, không phải «1985»",
                               "must be text or null, not “1985”")]


@pytest.mark.parametrize(("text", "vietnamese", "english"), [
    ('{"format": "chibo-records", ', "dòng 1, cột 29: thiếu tên trường đặt trong ngoặc kép",
     "line 1, column 29: a field name in double quotes is missing"),
    ('{"format" "chibo-records"}', "dòng 1, cột 11: thiếu dấu «:»", "line 1, column 11: a “:” is missing"),
    ('{"format": "chibo-records"} {}', "dòng 1, cột 29: còn nội dung thừa sau dữ liệu",
     "line 1, column 29: extra content after the data"),
])
def test_a_broken_json_file_is_refused_in_words(tmp_path, text, vietnamese, english):
    from desktop.services.errors import UserError
    from desktop.services.records import load

    path = tmp_path / "ho-so.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as refused:
        load(path)
    assert refused.value.message == f"Tệp ho-so.json không phải JSON hợp lệ: {vietnamese}."
    assert str(render(refused.value.text, "en")) == f"The file ho-so.json is not valid JSON: {english}."


def test_a_meeting_day_that_does_not_exist_is_named_not_a_crash(records):
    """The day of a meeting that reviews tasks, 31 February: the day is refused with its path
    (the task checks read it and crashed)."""
    edited = copy.deepcopy(records)
    reviewing = {t["reviewed_at_meeting"] for t in edited["meeting_tasks"] if t.get("reviewed_at_meeting")}
    at = next(i for i, m in enumerate(edited["meetings"]) if m["id"] in reviewing)
    edited["meetings"][at]["held_on"] = "2025-02-31"
    from desktop.services.records import check_records

    _rows, problems = check_records(edited, date(2026, 12, 31))
    assert problems and all(p.line("vi") and p.line("en") for p in problems)
    assert any(p.path == f"$.meetings[{at}].held_on" for p in problems), problems


def test_a_review_note_longer_than_a_task_is_refused_with_its_path(records):
    edited = copy.deepcopy(records)
    at = next(i for i, t in enumerate(edited["meeting_tasks"]) if t.get("reviewed_at_meeting"))
    edited["meeting_tasks"][at]["review_note"] = "x" * 501
    paths = [path for path, _vi, _en in _lines(edited)]
    assert paths == [f"$.meeting_tasks[{at}].review_note"]
