"""Each reader's limits, one by one, with the limit lowered so the files stay small: every
refusal is a UserError naming the file (issue 14)."""

from __future__ import annotations

import itertools

import pytest
from hostile_files import entry, rows_xml, write_zip, xlsx

import desktop.services.member_import_sheet as sheet_reader
import desktop.services.records as records_reader
import desktop.services.rulebook_files as rulebook_reader
from desktop.paths import resource_path
from desktop.services.errors import UserError
from desktop.services.file_limits import Deadline, depth_exceeds
from desktop.services.member_import_sheet import read_sheet
from desktop.services.records import load
from desktop.services.rulebook_files import RulebookFileError, load_rulebook_file

NAMES = ["Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường", "Phạm Thị Dung"]


def _csv(tmp_path, rows: int):
    path = tmp_path / "danh-sach.csv"
    lines = [f"{name} {n};01/02/1960" for n, name in zip(range(rows), itertools.cycle(NAMES))]
    path.write_text("Họ và tên;Ngày sinh\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_list_longer_than_the_row_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_reader, "MAX_ROWS", 50)
    assert len(read_sheet(_csv(tmp_path, 49)).rows) == 49
    with pytest.raises(UserError, match="Tệp «danh-sach.csv» có hơn 50 dòng dữ liệu"):
        read_sheet(_csv(tmp_path, 50))
    big = xlsx(tmp_path / "danh-sach.xlsx", rows_xml([["Họ và tên"]] + [[n] for n in NAMES * 13]))
    with pytest.raises(UserError, match="Tệp «danh-sach.xlsx» có hơn 50 dòng dữ liệu"):
        read_sheet(big)


def test_a_slow_read_stops_at_its_deadline(tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_reader, "MAX_SECONDS", -1.0)  # already past at the first check
    with pytest.raises(UserError, match="Đọc tệp «danh-sach.csv» quá -1 giây nên đã dừng"):
        read_sheet(_csv(tmp_path, 300))
    clock = iter([0.0, 5.0, 31.0])
    deadline = Deadline("ds.xlsx", 30, timer=lambda: next(clock))
    deadline.check()
    with pytest.raises(UserError, match="«ds.xlsx» quá 30 giây"):
        deadline.check()


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_reader, "MAX_FILE_BYTES", 100)
    with pytest.raises(UserError, match=r"Tệp «danh-sach.csv» quá lớn \(.*; giới hạn 100 byte\)"):
        read_sheet(_csv(tmp_path, 10))


def test_an_xlsx_with_too_many_parts_or_a_suspicious_ratio_is_refused(tmp_path, monkeypatch):
    many = write_zip(tmp_path / "nhieu.xlsx", [entry(f"xl/p{n}.xml", b"<a/>") for n in range(30)])
    monkeypatch.setattr(sheet_reader, "MAX_XLSX_PARTS", 20)
    with pytest.raises(UserError, match="Tệp «nhieu.xlsx» chứa 30 phần"):
        read_sheet(many)
    squeezed = xlsx(tmp_path / "nen.xlsx", rows_xml([["Họ và tên"]]), [entry("xl/media/pad.xml", b"a" * 3_000_000)])
    with pytest.raises(UserError, match="Phần «xl/media/pad.xml» trong tệp «nen.xlsx» giải nén ra 2.9 MB"):
        read_sheet(squeezed)


def test_a_file_that_is_not_a_zip_is_named(tmp_path):
    fake = tmp_path / "gia.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(UserError, match="Tệp «gia.xlsx» không phải tệp Excel .xlsx hợp lệ"):
        read_sheet(fake)


def test_records_over_the_size_limit_or_with_endless_integers_are_refused(tmp_path, monkeypatch):
    path = tmp_path / "ho-so.json"
    path.write_text('{"format": "chibo-records", "version": ' + "9" * 25 + "}", encoding="utf-8")
    with pytest.raises(UserError, match="Tệp «ho-so.json» có một số quá dài"):
        load(path)
    monkeypatch.setattr(records_reader, "MAX_RECORDS_BYTES", 20)
    with pytest.raises(UserError, match="Tệp «ho-so.json» quá lớn"):
        load(path)


def test_a_rulebook_over_the_size_limit_is_refused_by_name(tmp_path, monkeypatch):
    path = tmp_path / "bo-tieu-chi.toml"
    path.write_bytes(resource_path("rulebooks", "chi_bo_4_tot_mau.toml").read_bytes())
    assert load_rulebook_file(path).rulebook.total == 100
    monkeypatch.setattr(rulebook_reader, "MAX_RULEBOOK_BYTES", 1000)
    with pytest.raises(RulebookFileError) as refused:
        load_rulebook_file(path)
    assert "Tệp «bo-tieu-chi.toml» quá lớn" in refused.value.message


def test_depth_is_measured_without_recursion():
    deep: list = []
    cursor = deep
    for _ in range(100_000):
        cursor.append([])
        cursor = cursor[0]
    assert depth_exceeds(deep, 32)
    assert not depth_exceeds({"members": [{"events": [{"on": "2025-01-01"}]}]}, 5)  # 5 levels
    assert depth_exceeds({"members": [{"events": [{"on": ["x"]}]}]}, 5)
