"""The core's wording: both languages say the same things, and every key the code uses exists."""

from __future__ import annotations

import ast
import string
from importlib import import_module
from pathlib import Path

import pytest

from desktop.services.errors import UserError
from desktop.wording import LANGUAGES, Text, catalogue, joined, render, say

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"


def areas(lang: str) -> set[str]:
    return {p.stem for p in (PACKAGE / "wording" / lang).glob("*.py") if p.stem != "__init__"}


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_language_has_the_same_areas():
    assert areas("vi") == areas("en")


@pytest.mark.parametrize("area", sorted(areas("vi")))
def test_every_key_has_the_same_placeholders_in_every_language(area):
    vi = import_module(f"desktop.wording.vi.{area}").MESSAGES
    for lang in LANGUAGES[1:]:
        other = import_module(f"desktop.wording.{lang}.{area}").MESSAGES
        assert set(other) == set(vi), f"{lang}/{area}.py: keys differ from vi"
        for key, template in vi.items():
            assert placeholders(other[key]) == placeholders(template), f"{lang}/{area}.py: {key}"


def _said_keys() -> list[tuple[Path, int, str]]:
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                found.append((path, node.lineno, node.args[0].value))
    return found


def test_every_key_said_in_the_code_has_wording():
    keys = _said_keys()
    assert keys, "no say(...) call found: the scan is broken"
    missing = [f"{p.relative_to(PACKAGE)}:{line} {key}" for p, line, key in keys
               if key.partition(".")[2] not in catalogue("vi", key.partition(".")[0])]
    assert not missing


def test_every_say_gives_exactly_the_values_its_sentence_names():
    """A value left out fails only when the sentence is shown; one too many is a misspelt name."""
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                continue
            if any(k.arg is None for k in node.keywords):  # say(key, **values): not checkable here
                continue
            area, _, name = node.args[0].value.partition(".")
            template = catalogue("vi", area).get(name)
            given = {k.arg for k in node.keywords}
            if template is not None and placeholders(template) != given:
                wrong.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.args[0].value}: "
                             f"names {sorted(placeholders(template))}, given {sorted(given)}")
    assert not wrong


def test_joined_texts_render_in_the_language_of_their_sentence():
    items = joined([say("reviews.step_self"), "HTTNV"], "; ")
    assert render(items, "vi") == "tự xếp loại; HTTNV"
    assert render(items, "en") == "self-rating; HTTNV"
    assert say("members.unknown_fields", fields=items).render("en") == "Fields not in the list: self-rating; HTTNV."


def test_a_text_renders_in_each_language_and_nests():
    text = say("common.new_file_exists", path="/tmp/a.sqlite")
    assert "đã có" in text.render("vi")
    assert "already exists" in text.render("en")
    assert str(text) == text.render("vi")
    assert render(say("common.new_file_exists", path=text), "en").count("already exists") == 2


def test_an_unknown_key_fails_where_it_is_said():
    with pytest.raises(KeyError):
        say("common.no_such_sentence")


def test_user_error_keeps_the_text_for_every_front_end():
    error = UserError(say("common.new_file_path_missing"), field="path")
    assert error.message == "Hãy chọn nơi lưu tệp dữ liệu mới."
    assert error.render("en") == "Choose where to save the new data file."
    assert isinstance(error.text, Text) and error.field == "path"
    assert UserError("Chuỗi cũ").render("en") == "Chuỗi cũ"
