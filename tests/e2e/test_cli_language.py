"""`--lang en` says the core's refusals and validation errors in English («Error:» for «Lỗi:»);
without it, the same commands speak Vietnamese, the default. The command's own report lines
stay Vietnamese either way (README)."""

from __future__ import annotations

import argparse

import pytest

from desktop.cli import EXIT_FAILURE, EXIT_USAGE, build_parser, main
from tests.suite_day import SUITE_CLOCK


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("lang") / "demo.sqlite"
    assert main(["--db", str(path), "demo"], SUITE_CLOCK) == 0
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args), SUITE_CLOCK)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_refusal_in_english_and_in_vietnamese(demo, capsys):
    capsys.readouterr()
    code, _, err = run(capsys, "--lang", "en", "--db", str(demo), "demo")
    assert code == EXIT_FAILURE
    assert err == (f"Error: The file “{demo}” already holds the records of “Chi bộ Tổ dân phố số 7”: the demo "
                   "branch is only created in an empty file. Choose a new file.\n")
    code, _, err = run(capsys, "--db", str(demo), "demo")
    assert code == EXIT_FAILURE
    assert err == (f"Lỗi: Tệp «{demo}» đã có dữ liệu của «Chi bộ Tổ dân phố số 7»: chỉ tạo chi bộ mẫu trên "
                   "tệp trống. Hãy chọn một tệp mới.\n")


def test_a_validation_error_in_english_and_in_vietnamese(demo, capsys):
    args = ("targets", "add", "--year", "2026", "--title", "Thu quỹ đền ơn đáp nghĩa", "--planned", "-5")
    code, _, err = run(capsys, "--lang", "en", "--db", str(demo), *args)
    assert code == EXIT_FAILURE
    assert err == "Error: Target of 2026: the planned value must be a number not below zero, found -5.\n"
    code, _, err = run(capsys, "--db", str(demo), *args)
    assert code == EXIT_FAILURE
    assert err == "Lỗi: Chỉ tiêu năm 2026: giá trị kế hoạch phải là số không âm, đang là -5.\n"


def test_a_bad_argument_in_english_and_in_vietnamese(demo, capsys):
    args = ("members", "official", "3", "--vote-for", "mười", "--vote-against", "0", "--on", "2026-11-02")
    with pytest.raises(SystemExit) as stopped:
        main(["--lang", "en", "--db", str(demo), *args], SUITE_CLOCK)
    assert stopped.value.code == EXIT_USAGE
    assert capsys.readouterr().err.endswith("Command line error: argument --vote-for: “mười” is not a "
                                            "whole number\nSee “chibo --help”.\n")
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(demo), *args], SUITE_CLOCK)
    assert stopped.value.code == EXIT_USAGE
    assert capsys.readouterr().err.endswith("Lỗi cú pháp lệnh: tham số --vote-for: «mười» không phải số nguyên\n"
                        "Xem «chibo --help».\n")


@pytest.mark.parametrize(("args", "vietnamese", "english"), [
    (("meetings", "posted", "1"), "cần một trong các tham số --on --clear",
     "one of the arguments --on --clear is required"),
    (("meetings", "posted"), "thiếu tham số bắt buộc: id",
     "the following arguments are required: id"),
    (("meetings", "posted", "1", "--on", "2026-01-05", "--clear"),
     "tham số --clear: không dùng cùng với --on", "argument --clear: not allowed with argument --on"),
    (("meetings", "list", "--year"), "tham số --year: cần một giá trị đi kèm",
     "argument --year: expected one argument"),
    (("members", "list", "--sort"), "không hiểu tham số: --sort", "unrecognized arguments: --sort"),
    (("meetings", "shwo"), "tham số LỆNH: «shwo» không phải lựa chọn hợp lệ (chọn một trong: ",
     "argument LỆNH: invalid choice: “shwo” (choose from "),
])
def test_argparse_sentences_are_said_in_the_language_asked(demo, capsys, args, vietnamese, english):
    """argparse writes its own usage errors in English: a secretary reads them in Vietnamese."""
    for lang, expected in (("vi", vietnamese), ("en", english)):
        with pytest.raises(SystemExit) as stopped:
            main(["--lang", lang, "--db", str(demo), *args], SUITE_CLOCK)
        assert stopped.value.code == EXIT_USAGE
        err = capsys.readouterr().err
        assert expected in err, err


def test_the_rows_of_a_bad_member_list_in_english(demo, tmp_path, capsys):
    sheet = tmp_path / "danh_sach.csv"
    sheet.write_text("Họ và tên,Ngày sinh,Giới tính\nVũ Thị Hạnh,1985,Nữ\nHồ Văn Khánh,12/03/1979,Nam\n",
                     encoding="utf-8")
    db = str(demo)
    code, out, _ = run(capsys, "--lang", "en", "--db", db, "members", "import", str(sheet), "--dry-run")
    assert code == EXIT_FAILURE
    assert "The file danh_sach.csv: 2 rows read, 1 valid rows to import, 1 bad rows." in out
    assert ("  row 2, Date of birth: “1985” is only a year; a day/month/year is needed "
            "(for example 19/05/1985).") in out
    assert out.endswith("Nothing was imported: fix the rows above, or run again with --skip-bad-rows.\n")
    code, out, _ = run(capsys, "--db", db, "members", "import", str(sheet), "--dry-run")
    assert code == EXIT_FAILURE
    assert "  dòng 2, Ngày sinh: «1985» chỉ có năm; cần ngày/tháng/năm (ví dụ 19/05/1985)." in out


@pytest.mark.parametrize(("args", "vietnamese"), [
    (("meetings", "list", "--year", "0"), "tham số --year: «0» không phải một năm (từ 1900 đến 2999)"),
    (("evaluate", "--year", "10000"), "tham số --year: «10000» không phải một năm (từ 1900 đến 2999)"),
    (("meetings", "show", "99999999999999999999"), "số «99999999999999999999» quá lớn"),
    (("tasks", "review", "1", "1", "--status", "done", "--note", "ab\udcffcd"),
     "tham số «ab\ufffdcd» không phải văn bản UTF-8"),
])
def test_a_number_or_text_no_file_can_hold_is_a_usage_error(demo, capsys, args, vietnamese):
    """A year 0, an id of twenty digits, bytes that are not UTF-8: a usage error naming the
    value (they were «lỗi không mong muốn», exit 3)."""
    try:
        code = main(["--db", str(demo), *args], SUITE_CLOCK)
    except SystemExit as stopped:  # argparse's own exit
        code = stopped.code
    assert code == EXIT_USAGE
    assert vietnamese in capsys.readouterr().err


def _every_parser(parser, path=("chibo",)):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helped = {a.dest for a in action._choices_actions if a.help}
            for name, child in action.choices.items():
                assert name in helped, f"«{' '.join(path)} {name}» has no help line"
                yield from _every_parser(child, (*path, name))


def test_every_command_option_and_argument_has_its_help_line():
    for path, parser in _every_parser(build_parser()):
        for action in parser._actions:
            if not isinstance(action, argparse._SubParsersAction):
                assert action.help, f"«{' '.join(path)}» {action.option_strings or action.dest}: no help"


def test_help_headings_are_in_the_language_asked(capsys):
    with pytest.raises(SystemExit):
        main(["members", "official", "--help"], SUITE_CLOCK)
    out = capsys.readouterr().out
    assert out.startswith("cách dùng: chibo members official")
    assert "\ntham số:\n" in out and "\ntùy chọn:\n" in out and "in hướng dẫn này rồi thoát" in out
    assert "usage" not in out and "options" not in out and "positional" not in out
    with pytest.raises(SystemExit):
        main(["--lang", "en", "members", "official", "--help"], SUITE_CLOCK)
    out = capsys.readouterr().out
    assert out.startswith("usage: chibo members official") and "\noptions:\n" in out
