"""A command that creates the data file and then fails leaves nothing behind: no data file, no
SQLite side file, no lock (as the window's «new file» does). A file that existed is kept."""

from __future__ import annotations

import hashlib

from desktop import paths
from desktop.cli import main


def test_a_failed_demo_leaves_no_file_and_no_lock(tmp_path, monkeypatch, capsys):
    # What an install without its resources did: the demo failed on the sample rulebook, once
    # the file had been created.
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "no-resources")
    folder = tmp_path / "du-lieu"
    assert main(["--db", str(folder / "chi-bo-mau.sqlite"), "demo", "--year", "2025"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and "chi_bo_4_tot_mau.toml" in err and "Traceback" not in err
    assert list(folder.iterdir()) == []


def test_an_interrupted_demo_leaves_nothing_either(tmp_path, monkeypatch, capsys):
    import desktop.services.demo as demo

    def interrupt(session, branch):  # Ctrl+C while the demo's reviews are being written
        raise KeyboardInterrupt

    monkeypatch.setattr(demo, "STEPS", (demo.STEPS[0], interrupt))
    assert main(["--db", str(tmp_path / "demo.sqlite"), "demo", "--year", "2025"]) == 1
    assert capsys.readouterr().err == "Đã dừng theo yêu cầu.\n"
    assert list(tmp_path.iterdir()) == []


def test_a_failed_command_keeps_a_file_it_did_not_create(tmp_path, capsys):
    path = tmp_path / "chi-bo.sqlite"
    assert main(["--db", str(path), "demo", "--year", "2025"]) == 0
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["--db", str(path), "demo", "--year", "2025"]) == 1  # refused: already filled
    assert "đã có dữ liệu" in capsys.readouterr().err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
