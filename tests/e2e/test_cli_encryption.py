"""Encryption as a user runs it from the command line: the passphrase from a file or the
environment (never an argument), encrypt, decrypt, change-passphrase, recovery-sheet, restore of
a backup made under the old passphrase; exit codes and one Vietnamese line for each refusal."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from encrypted_data import NAMES, NEW_PASSPHRASE, PASSPHRASE, leaks, make_branch
from pypdf import PdfReader
from suite_day import SUITE_CLOCK

from desktop.cli import main
from desktop.clock import Clock
from desktop.paths import user_config_dir, user_data_dir
from desktop.services.file_secrets import PASSPHRASE_ENV, FileSecret
from desktop.store.cipher import file_kind

YESTERDAY = Clock.fixed(SUITE_CLOCK.now().replace(day=17))


@pytest.fixture
def secrets(tmp_path) -> tuple[Path, Path]:
    old, new = tmp_path / "mat-khau.txt", tmp_path / "mat-khau-moi.txt"
    old.write_text(PASSPHRASE + "\n", encoding="utf-8")
    new.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    return old, new


def run(capsys, *argv: str, clock: Clock = SUITE_CLOCK) -> tuple[int, str, str]:
    code = main(list(argv), clock)
    out, err = capsys.readouterr()
    return code, out, err


def test_encrypt_then_every_command_needs_the_passphrase(tmp_path, secrets, capsys, monkeypatch):
    db, (pass_file, _new) = tmp_path / "chibo.sqlite", secrets
    make_branch(db, None)
    code, before, _ = run(capsys, "--db", str(db), "members", "list", "--json")
    assert code == 0
    code, out, err = run(capsys, "--db", str(db), "--passphrase-file", str(pass_file), "encrypt",
                         "--sheet", str(tmp_path / "phieu.pdf"))
    assert code == 0, err
    assert "Bản gốc chưa mã hóa đã được giữ riêng tới khi bản mã hóa qua kiểm tra toàn vẹn, rồi đã bị xóa" in out
    recovery = out.split("Mã khôi phục")[1].splitlines()[1].strip()
    assert len(recovery) == 69 and file_kind(db) == "encrypted"
    assert len(PdfReader(io.BytesIO((tmp_path / "phieu.pdf").read_bytes())).pages) == 1

    code, _, err = run(capsys, "--db", str(db), "members", "list")
    assert code == 1 and err == f"Lỗi: Tệp «{db.resolve()}» được mã hóa: cần cụm mật khẩu hoặc mã khôi phục để mở. Tệp không bị thay đổi.\n"
    assert run(capsys, "--db", str(db), "--passphrase-file", str(pass_file), "members", "list",
               "--json")[1] == before
    code_file = tmp_path / "ma.txt"
    code_file.write_text(recovery.lower(), encoding="utf-8")
    assert run(capsys, "--db", str(db), "--recovery-code-file", str(code_file), "members", "list",
               "--json")[1] == before
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert run(capsys, "--db", str(db), "members", "list", "--json")[1] == before
    code, _, err = run(capsys, "--db", str(db), "--recovery-code-file", str(code_file), "members", "list")
    assert code == 1 and "Chỉ cho một trong hai" in err
    monkeypatch.delenv(PASSPHRASE_ENV)
    assert leaks(tmp_path) == []


def test_the_passphrase_is_never_an_argument(tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(tmp_path / "a.sqlite"), "--passphrase", PASSPHRASE, "members", "list"], SUITE_CLOCK)
    assert caught.value.code == 2
    assert "Lỗi cú pháp lệnh" in capsys.readouterr().err


def test_wrong_passphrase_plain_file_and_truncated_file_each_say_which(tmp_path, secrets, capsys):
    pass_file, new_file = secrets
    encrypted, plain = tmp_path / "ma-hoa.sqlite", tmp_path / "thuong.sqlite"
    make_branch(encrypted, FileSecret.passphrase(PASSPHRASE))
    make_branch(plain, None)
    before = encrypted.read_bytes(), plain.read_bytes()
    code, _, err = run(capsys, "--db", str(encrypted), "--passphrase-file", str(new_file), "members", "list")
    assert code == 1 and "Cụm mật khẩu không mở được tệp" in err
    code, _, err = run(capsys, "--db", str(plain), "--passphrase-file", str(pass_file), "members", "list")
    assert code == 1 and "không được mã hóa" in err and "bỏ --passphrase-file" in err
    assert (encrypted.read_bytes(), plain.read_bytes()) == before
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(before[0][:5000])
    code, _, err = run(capsys, "--db", str(cut), "--passphrase-file", str(pass_file), "members", "list")
    assert code == 1 and "đã mã hóa nhưng bị cắt cụt (5000 byte" in err
    code, _, err = run(capsys, "--db", str(plain), "--passphrase-file", str(pass_file), "encrypt")
    assert code == 0  # for `encrypt` the passphrase is the new one
    code, _, err = run(capsys, "--db", str(plain), "encrypt")
    assert code == 1 and "--passphrase-file" in err  # already encrypted: it needs its passphrase first
    empty = tmp_path / "rong.txt"
    empty.write_text("\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(plain), "--passphrase-file", str(empty), "members", "list")
    assert code == 1 and "rỗng" in err


def test_change_passphrase_then_restore_yesterdays_backup(tmp_path, secrets, capsys):
    pass_file, new_file = secrets
    db = tmp_path / "chibo.sqlite"
    make_branch(db, FileSecret.passphrase(PASSPHRASE))
    assert run(capsys, "--db", str(db), "--passphrase-file", str(pass_file), "backup",
               clock=YESTERDAY)[0] == 0
    yesterday = next((tmp_path / "backups").glob("chibo-20261117-*.sqlite"))
    code, out, err = run(capsys, "--db", str(db), "--passphrase-file", str(pass_file), "change-passphrase",
                         "--new-passphrase-file", str(new_file))
    assert code == 0, err
    assert "không còn mở được tệp" in out and "before-passphrase-change" in out
    assert run(capsys, "--db", str(db), "--passphrase-file", str(pass_file), "members", "list")[0] == 1
    code, _, err = run(capsys, "--db", str(db), "--passphrase-file", str(new_file), "restore", str(yesterday))
    assert code == 1 and "cụm mật khẩu khác" in err
    code, out, err = run(capsys, "--db", str(db), "--passphrase-file", str(new_file), "restore",
                         str(yesterday), "--backup-passphrase-file", str(pass_file))
    assert code == 0, err
    assert run(capsys, "--db", str(db), "--passphrase-file", str(new_file), "check")[0] == 0
    code, out, _ = run(capsys, "--db", str(db), "--passphrase-file", str(new_file), "recovery-sheet",
                       "--out", str(tmp_path / "in-lai.pdf"))
    assert code == 0 and (tmp_path / "in-lai.pdf").exists()
    assert leaks(tmp_path, NAMES) == []


def test_decrypt_and_records_export_say_their_output_is_plain(tmp_path, secrets, capsys):
    pass_file, _new = secrets
    db = tmp_path / "chibo.sqlite"
    make_branch(db, FileSecret.passphrase(PASSPHRASE))
    code, out, err = run(capsys, "--db", str(db), "--passphrase-file", str(pass_file), "decrypt",
                         "--out", str(tmp_path / "thuong.sqlite"))
    assert code == 0 and "KHÔNG mã hóa" in out and file_kind(tmp_path / "thuong.sqlite") == "plain"
    code, out, err = run(capsys, "--db", str(db), "--passphrase-file", str(pass_file), "records", "export",
                         "--out", str(tmp_path / "ho-so.json"))
    assert code == 0 and "Đã xuất hồ sơ" in out
    assert "là văn bản thường" in err and "ho-so.json" in err
    assert json.loads((tmp_path / "ho-so.json").read_text(encoding="utf-8"))["format"]


def test_a_new_file_made_with_a_passphrase_is_encrypted_and_its_code_printed_once(tmp_path, secrets,
                                                                                  capsys):
    pass_file, _new = secrets
    db = tmp_path / "moi.sqlite"
    code, out, err = run(capsys, "--db", str(db), "--passphrase-file", str(pass_file), "demo", "--year", "2026")
    assert code == 0 and file_kind(db) == "encrypted"
    assert "Mã khôi phục" in err
    assert leaks(tmp_path, ("Đặng Thị Ngọc Ánh",)) == []


def test_the_passphrase_is_never_logged_nor_kept_in_settings(tmp_path, secrets, capsys):
    pass_file, new_file = secrets
    db = tmp_path / "chibo.sqlite"
    make_branch(db, FileSecret.passphrase(PASSPHRASE))
    run(capsys, "--db", str(db), "--passphrase-file", str(new_file), "members", "list")
    run(capsys, "--db", str(db), "--passphrase-file", str(pass_file), "members", "list")
    for folder in (user_config_dir(), user_data_dir()):
        if folder.exists():
            for path in folder.rglob("*"):
                if path.is_file():
                    data = path.read_bytes()
                    assert PASSPHRASE.encode() not in data and NEW_PASSPHRASE.encode() not in data
