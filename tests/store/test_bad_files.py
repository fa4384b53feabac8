"""Files that are not a Sổ Chi bộ database: refused with the right reason, bytes unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop.services.demo import build_demo
from desktop.store.database import DataFileError, open_database
from desktop.store.messages import data_file_message


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(path: Path, reason: str) -> DataFileError:
    digest = _sha(path)
    lock = path.with_name(path.name + ".lock")
    lock.unlink(missing_ok=True)
    with pytest.raises(DataFileError) as info:
        open_database(path)
    assert info.value.reason == reason
    assert _sha(path) == digest
    assert not lock.exists()  # refused before locking
    assert not (path.parent / "backups").exists()
    assert str(path) in data_file_message(info.value)
    return info.value


def test_text_file(tmp_path):
    path = tmp_path / "danh-sach.sqlite"
    path.write_text("Họ và tên;Ngày sinh\nNguyễn Văn An;01/02/1960\n", encoding="utf-8")
    assert "không phải tệp dữ liệu Sổ Chi bộ" in data_file_message(_refused(path, "not_sqlite"))


def test_empty_file(tmp_path):
    path = tmp_path / "rong.sqlite"
    path.touch()
    assert "rỗng" in data_file_message(_refused(path, "empty"))


def test_missing_file(tmp_path):
    with pytest.raises(DataFileError) as info:
        open_database(tmp_path / "khong-co.sqlite")
    assert info.value.reason == "missing"


def test_truncated_file(tmp_path, clock):
    whole = tmp_path / "whole.sqlite"
    with open_database(whole, create=True) as db:
        build_demo(db, 2025, today=clock.today())
    data = whole.read_bytes()
    assert len(data) > 100_000
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(data[: len(data) * 2 // 5])  # a copy interrupted at 40%
    message = data_file_message(_refused(cut, "damaged"))
    assert "bị hỏng" in message and "sao lưu" in message


def test_foreign_sqlite_database(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Trần Văn Bình')")
    conn.commit()
    conn.close()
    assert "không phải của Sổ Chi bộ" in data_file_message(_refused(path, "not_chibo"))


def test_file_from_a_newer_version(tmp_path):
    path = tmp_path / "newer.sqlite"
    open_database(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    error = _refused(path, "newer")
    assert error.detail == "0099" and "phiên bản Sổ Chi bộ mới hơn" in data_file_message(error)
