"""Encrypted data files in the store: what the bytes show, what opens them and what does not, and
every bad input named in Vietnamese with the file untouched."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from encrypted_data import NAMES, NEW_PASSPHRASE, PASSPHRASE, copy_closed, leaks, make_branch

from desktop.services.backups import BackupService
from desktop.store.migrate import head_revision
from desktop.services.data_check import check_path
from desktop.services.errors import UserError
from desktop.services.file_secrets import FileSecret, key_for_file, new_file_key, open_data_file
from desktop.store.cipher import PAGE_SIZE, SQLITE_HEADER, export_into, file_kind, open_source
from desktop.store.database import DataFileError, inspect_file
from desktop.store.lock import FileLockedError
from desktop.store.messages import data_file_message
from desktop.store.migrate import head_revision

SECRET = FileSecret.passphrase(PASSPHRASE)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("encrypted-template")
    path = folder / "chibo.sqlite"
    code = make_branch(path, SECRET)
    return path, code


@pytest.fixture
def branch(template, tmp_path):
    source, code = template
    return copy_closed(source, tmp_path / "chibo.sqlite"), code


def refused(path, secret):
    before = path.read_bytes()
    with pytest.raises(DataFileError) as caught:
        open_data_file(path, secret)
    assert path.read_bytes() == before  # the file untouched, nothing written beside it
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # SQLite's empty WAL of a read, at most
    return caught.value, data_file_message(caught.value)


def test_an_encrypted_file_shows_only_its_salt_and_ciphertext(branch):
    path, _code = branch
    data = path.read_bytes()
    assert not data.startswith(SQLITE_HEADER) and len(data) % PAGE_SIZE == 0
    assert file_kind(path) == "encrypted"
    assert leaks(path.parent) == []
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()


def test_the_sqlite_shell_cannot_list_its_tables(branch):
    shell = shutil.which("sqlite3")
    if shell is None:
        pytest.skip("the sqlite3 command-line shell is not installed")
    path, _code = branch
    done = subprocess.run([shell, str(path), ".tables"], capture_output=True, text=True, timeout=30)
    assert done.returncode != 0 and "not a database" in done.stderr
    assert "member" not in done.stdout


def test_the_passphrase_and_the_recovery_code_open_it(branch):
    path, code = branch
    for secret in (SECRET, FileSecret.recovery_code(code.lower().replace("-", " "))):
        with open_data_file(path, secret) as db:
            assert db.encrypted and inspect_file(path, db.key) == head_revision()
    assert leaks(path.parent) == []  # nor its -wal and -shm once it was opened


def test_an_encrypted_file_without_a_passphrase_says_so(branch):
    path, _code = branch
    error, text = refused(path, None)
    assert error.reason == "encrypted"
    assert text == f"Tệp «{path}» được mã hóa: cần cụm mật khẩu hoặc mã khôi phục để mở. Tệp không bị thay đổi."


def test_a_wrong_passphrase_and_a_wrong_code_say_which(branch, template):
    path, code = branch
    error, text = refused(path, FileSecret.passphrase(NEW_PASSPHRASE))
    assert error.reason == "wrong_passphrase" and "Cụm mật khẩu không mở được tệp" in text and str(path) in text
    other = make_branch(path.parent / "khac.sqlite", FileSecret.passphrase(NEW_PASSPHRASE))
    error, text = refused(path, FileSecret.recovery_code(other))
    assert error.reason == "wrong_recovery_code" and "Mã khôi phục không mở được tệp" in text


def test_a_mistyped_recovery_code_is_named_before_it_is_tried(branch):
    path, code = branch
    groups = code.split("-")
    groups[3] = groups[3][::-1] if groups[3] != groups[3][::-1] else "AAAA"
    with pytest.raises(UserError, match="gõ sai"):
        open_data_file(path, FileSecret.recovery_code("-".join(groups)))
    with pytest.raises(UserError, match="56 ký tự"):
        open_data_file(path, FileSecret.recovery_code(code[:-5]))


def test_a_plain_file_opened_as_encrypted_says_so(tmp_path):
    path = tmp_path / "thuong.sqlite"
    make_branch(path, None)
    error, text = refused(path, FileSecret.passphrase(PASSPHRASE, "--passphrase-file"))
    assert error.reason == "not_encrypted"
    assert "không được mã hóa" in text and "--passphrase-file" in text


def test_a_truncated_encrypted_file_says_it_was_cut_short(branch):
    path, _code = branch
    path.write_bytes(path.read_bytes()[: PAGE_SIZE + 1000])
    error, text = refused(path, SECRET)
    assert error.reason == "encrypted_truncated"
    assert "đã mã hóa nhưng bị cắt cụt" in text and str(PAGE_SIZE + 1000) in text
    path.write_bytes(path.read_bytes()[:PAGE_SIZE])  # whole pages, the rest missing
    error, text = refused(path, SECRET)
    assert error.reason == "encrypted_damaged" and "bị hỏng hoặc bị cắt cụt" in text


def test_a_file_of_another_kind_is_not_taken_for_an_encrypted_one(tmp_path):
    notes = tmp_path / "ghi chép.sqlite"
    notes.write_text("Danh sách đảng viên: Nguyễn Đức Cường, Lê Thị Bình\n" * 200, encoding="utf-8")
    error, text = refused(notes, SECRET)
    assert error.reason == "not_sqlite" and "không phải tệp dữ liệu Sổ Chi bộ" in text
    zipped = tmp_path / "nen.sqlite"
    zipped.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 64)
    assert file_kind(zipped) == "foreign"


def test_the_lock_holds_for_an_encrypted_file(branch):
    path, _code = branch
    with open_data_file(path, SECRET):
        with pytest.raises(FileLockedError):
            open_data_file(path, SECRET)


def test_closing_the_file_wipes_its_key(branch):
    path, _code = branch
    db = open_data_file(path, SECRET)
    key = db.key
    db.close()
    assert key.wiped and bytes(key.raw) == bytes(32)
    with pytest.raises(ValueError):
        key.spec()
    assert "FileKey(<hidden>)" == repr(key) and PASSPHRASE not in repr(SECRET)


def test_backups_stay_encrypted_under_the_same_key_and_salt(branch, clock, tmp_path):
    path, code = branch
    usb = tmp_path / "usb"
    with open_data_file(path, SECRET) as db:
        backups = BackupService(db, clock=clock)
        backups.configure(None, [usb])
        made = backups.make("manual")
        assert made.copies and not made.copy_failures
        contents = backups.contents(made.path)
        assert contents.readable and contents.encrypted and contents.members == 5
    for copy in (made.path, *made.copies):
        assert copy.read_bytes()[:16] == path.read_bytes()[:16]  # the file's own salt
        for secret in (SECRET, FileSecret.recovery_code(code)):
            assert key_for_file(copy, secret) is not None
    assert leaks(tmp_path) == []


def test_the_second_folder_never_receives_a_plain_backup_of_an_encrypted_file(branch, clock, tmp_path,
                                                                              monkeypatch):
    path, _code = branch
    usb = tmp_path / "usb"
    with open_data_file(path, SECRET) as db:
        backups = BackupService(db, clock=clock)
        backups.configure(None, [usb])
        # A backup that came out plain (a fault of the program): the copy is refused, said so.
        monkeypatch.setattr("desktop.services.backups.file_kind", lambda p: "plain")
        made = backups.make("manual")
    assert made.copies == () and not usb.exists()
    assert "không được mang ra thư mục thứ hai" in made.copy_failures[0]


def test_the_data_check_reads_an_encrypted_file_with_its_key(branch, clock):
    path, _code = branch
    report = check_path(path, clock.now(), key_for_file(path, SECRET))
    assert report.ok
    with pytest.raises(DataFileError) as caught:
        check_path(path, clock.now(), key_for_file(path, None))
    assert caught.value.reason == "encrypted"


def test_an_older_encrypted_file_is_migrated_after_an_encrypted_backup(tmp_path, clock):
    old = Path(__file__).parent / "fixtures" / "schema-0001.sqlite"
    target = tmp_path / "cu.sqlite"
    key = new_file_key(PASSPHRASE)
    source = open_source(old, None)
    try:
        export_into(source, target, key)
    finally:
        source.close()
    with open_data_file(target, SECRET) as db:
        assert inspect_file(target, db.key) == head_revision()
    backup = next((tmp_path / "backups").glob("cu-*-before-migration.sqlite"))
    assert file_kind(backup) == "encrypted" and key_for_file(backup, SECRET) is not None
    assert leaks(tmp_path, NAMES) == []


def test_a_new_file_with_a_recovery_code_is_refused(tmp_path):
    with pytest.raises(UserError, match="bằng cụm mật khẩu"):
        open_data_file(tmp_path / "moi.sqlite", FileSecret.recovery_code("A" * 56), create=True)
    with pytest.raises(UserError, match="ít nhất 12 ký tự"):
        open_data_file(tmp_path / "moi.sqlite", FileSecret.passphrase("ngắn"), create=True)
    assert list(tmp_path.iterdir()) == []
