"""`chibo [--db FILE] [--lang vi|en]` opens the window through a small parser; everything else
goes to the full command parser, which words errors and help."""

from __future__ import annotations

import pytest

from desktop.cli import window_arguments


@pytest.mark.parametrize("argv, db, lang", [
    ([], None, None),
    (["--db", "chi-bo.sqlite"], "chi-bo.sqlite", None),
    (["--db=chi bộ.sqlite", "--lang", "en"], "chi bộ.sqlite", "en"),
    (["--lang", "vi"], None, "vi"),
])
def test_window_options_are_recognised(argv, db, lang):
    args = window_arguments(argv)
    assert args is not None and (args.db, args.lang) == (db, lang)


@pytest.mark.parametrize("argv", [
    ["demo"], ["--db", "x.sqlite", "members", "list"], ["--help"], ["--version"], ["--db"],
    ["--lang", "fr"], ["--d", "x.sqlite"],
])
def test_anything_else_goes_to_the_full_parser(argv):
    assert window_arguments(argv) is None
