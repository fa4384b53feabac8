"""One error path on the command line: a refusal is exit 1 with one line; a fault of the program
is exit 3 with one line naming the error log, which holds the traceback."""

from __future__ import annotations

from desktop.cli import EXIT_FAILURE, EXIT_INTERNAL, main
from desktop.errorlog import log_folder
from desktop.services.members import MembersService


def test_an_unexpected_error_prints_one_line_naming_the_log_and_exits_3(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "cb.sqlite")
    assert main(["--db", db, "demo", "--year", "2025"]) == 0
    capsys.readouterr()

    def broken(self, on=None):  # noqa: ANN001, ARG001
        raise ZeroDivisionError("chia cho số đảng viên bằng 0")

    monkeypatch.setattr(MembersService, "list_members", broken)
    assert main(["--db", db, "members", "list"]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    logs = sorted(log_folder().glob("chibo-*.log"))
    assert len(logs) == 1
    assert err == f"Lỗi: Đã xảy ra lỗi không mong muốn. Chi tiết đã được ghi vào «{logs[0]}».\n"
    written = logs[0].read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in written and "in broken" in written
    assert "ZeroDivisionError: chia cho số đảng viên bằng 0" in written


def test_english_names_the_log_in_english(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "cb.sqlite")
    main(["--db", db, "demo", "--year", "2025"])
    capsys.readouterr()
    monkeypatch.setattr(MembersService, "list_members", lambda self, on=None: 1 / 0)
    assert main(["--lang", "en", "--db", db, "members", "list"]) == EXIT_INTERNAL
    assert capsys.readouterr().err.startswith("Error: An unexpected error occurred. The details were written to")


def test_a_refusal_is_exit_1_and_writes_no_log(tmp_path, capsys):
    missing = tmp_path / "không có.sqlite"
    assert main(["--db", str(missing), "members", "list"]) == EXIT_FAILURE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Không tìm thấy tệp dữ liệu" in err
    assert not list(log_folder().glob("*.log"))
