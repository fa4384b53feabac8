"""The CLI as a user runs it: version, demo on a fresh path, refusals with one Vietnamese line."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from suite_day import SUITE_CLOCK

from desktop import __version__
from desktop.cli import main


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version_through_python_m():
    done = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0
    assert done.stdout.strip() == f"chibo {__version__}"


def test_demo_creates_the_file_then_refuses_to_fill_it_twice(tmp_path, capsys):
    path = tmp_path / "sub" / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--year", "2025"], SUITE_CLOCK) == 0
    out = capsys.readouterr().out
    assert "Chi bộ Tổ dân phố số 7" in out and "năm 2024 và năm 2025" in out
    digest = _sha(path)

    assert main(["--db", str(path), "demo", "--year", "2025"], SUITE_CLOCK) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and "đã có dữ liệu" in err and "Traceback" not in err
    assert err.count("\n") == 1

    # The README's first command is safe to repeat: --if-empty leaves a filled file alone.
    assert main(["--db", str(path), "demo", "--if-empty"], SUITE_CLOCK) == 0
    assert "giữ nguyên" in capsys.readouterr().out
    assert _sha(path) == digest


def test_bad_year_creates_nothing(tmp_path, capsys):
    path = tmp_path / "x.sqlite"
    assert main(["--db", str(path), "demo", "--year", "1999"], SUITE_CLOCK) == 1
    assert "Năm dữ liệu mẫu 1999 không hợp lệ" in capsys.readouterr().err
    assert not path.exists()


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["demo", "--year", "hai nghìn"], SUITE_CLOCK)
    assert exit_info.value.code == 2
    assert "Lỗi cú pháp lệnh" in capsys.readouterr().err


def test_demo_on_a_file_that_is_not_ours(tmp_path, capsys):
    path = tmp_path / "ghi-chu.sqlite"
    path.write_text("Danh sách đảng viên\n", encoding="utf-8")
    digest = _sha(path)
    assert main(["--db", str(path), "demo"], SUITE_CLOCK) == 1
    err = capsys.readouterr().err
    assert "không phải tệp dữ liệu Sổ Chi bộ" in err and "Traceback" not in err
    assert _sha(path) == digest


def test_demo_subprocess_exit_code_and_message(tmp_path):
    path = tmp_path / "demo.sqlite"
    run = [sys.executable, "-m", "desktop", "--db", str(path), "demo", "--year", "2024"]
    first = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    second = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert second.returncode == 1
    assert second.stderr.startswith("Lỗi: ") and "Traceback" not in second.stderr
