"""Issue 14's reproducers for files that crashed or poisoned the branch's app, as a user runs
them: each is refused or handled with a named one-line message, exit 1, no traceback."""

from __future__ import annotations

import errno
import hashlib
import json
import sqlite3
from datetime import date

import openpyxl
import pytest
from hostile_files import billion_laughs_xlsx, nested_json, nested_toml, rows_xml, xlsx, xlsx_bomb
from read_only import read_only_view

import desktop.store.backup as store_backup
import desktop.store.database as store_database
from desktop.cli import main
from desktop.paths import resource_path
from desktop.services.members import MembersService
from desktop.store.database import open_database, unit_of_work
from desktop.store.models import Member
from tests.suite_day import SUITE_CLOCK

SAMPLE = resource_path("rulebooks", "chi_bo_4_tot_mau.toml")


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.fixture
def branch(tmp_path, capsys):
    db = tmp_path / "cb.sqlite"
    assert main(["--db", str(db), "demo", "--year", "2025"]) == 0
    capsys.readouterr()
    return db


# --- third bullet: files that poisoned the app ----------------------------------------------
@pytest.mark.parametrize("value", ["inf", "nan", "1e308", "+inf"])
def test_a_rulebook_maximum_of_inf_nan_or_1e308_is_refused_by_check_and_import(value, branch, tmp_path, capsys):
    bad = tmp_path / "bo-tieu-chi.toml"
    bad.write_text(SAMPLE.read_text("utf-8").replace("max = 5\nmanual = true", f"max = {value}\nmanual = true", 1),
                   encoding="utf-8")
    assert main(["rulebook", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "(1 lỗi)" in err and "bo-tieu-chi.toml, khóa «criteria[0].components[0].max»" in err
    assert main(["--db", str(branch), "rulebook", "import", str(bad)]) == 1
    assert "bo-tieu-chi.toml, khóa «criteria[0].components[0].max»" in capsys.readouterr().err
    assert main(["--db", str(branch), "rulebook", "list", "--json"]) == 0
    bad_sha = hashlib.sha256(bad.read_bytes()).hexdigest()
    assert bad_sha not in {r["sha256"] for r in json.loads(capsys.readouterr().out)}
    assert not list((branch.parent / "backups").glob("*rulebook-import*"))  # refused before a backup


def test_a_valid_rulebook_import_is_backed_up_first(branch, tmp_path, capsys):
    official = tmp_path / "bo-chinh-thuc.toml"
    official.write_text(SAMPLE.read_text("utf-8").replace("sample = true", "sample = false")
                        .replace('version = "2026.1-mau"', 'version = "2026.1"'), encoding="utf-8")
    assert main(["--db", str(branch), "rulebook", "import", str(official)]) == 0
    assert "Đã nhập bộ tiêu chí" in capsys.readouterr().out
    backups = list((branch.parent / "backups").glob("cb-*-before-rulebook-import.sqlite"))
    assert len(backups) == 1


def test_member_names_starting_like_formulas_are_refused_on_import(branch, tmp_path, capsys):
    sheet = tmp_path / "danh-sach.csv"
    sheet.write_text("Họ và tên;Ngày sinh;Số thẻ đảng viên;Ghi chú\n"
                     '"=HYPERLINK(""http://x.example"",""Nguyễn Văn An"")";01/02/1960;;\n'
                     "@SUM(A1);01/02/1961;;\n"
                     "Lê Thị Bình;02/03/1970;+1+1;\n"
                     "Trần Văn Cường;04/05/1975;;=cmd|' /C calc'!A\n", encoding="utf-8")
    assert main(["--db", str(branch), "members", "import", str(sheet)]) == 1
    out = capsys.readouterr().out
    assert "dòng 2, Họ và tên:" in out and "dòng 3, Họ và tên: Họ và tên «@SUM(A1)» phải bắt đầu bằng một chữ cái." in out
    assert "dòng 4, Số thẻ đảng viên: Số thẻ đảng viên bắt đầu bằng «+»" in out
    assert "dòng 5, Ghi chú: Ghi chú bắt đầu bằng «=»" in out
    assert "đọc 4 dòng, 0 dòng hợp lệ" in out


def test_an_exported_member_sheet_holds_no_formula_cell(branch, tmp_path, capsys):
    # Rows stored before these rules (an older version's import) must still export as text.
    with open_database(branch) as db, unit_of_work(db) as s:
        s.add(Member(full_name='=HYPERLINK("http://x.example","Nguyễn Văn An")', card_number="+84 912",
                     phone="-1", notes="=cmd|' /C calc'!A0", birth_date=date(1960, 2, 1)))
        s.add(Member(full_name="@SUM(1+1)*cmd|' /C calc'!A0", notes="\t=1+1"))
    out = tmp_path / "dang-vien.xlsx"
    assert main(["--db", str(branch), "members", "export", "--out", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert len(cells) > 300 and not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value: c for c in cells if isinstance(c.value, str)}
    link = texts['=HYPERLINK("http://x.example","Nguyễn Văn An")']
    assert link.data_type == "s" and link.quotePrefix
    assert texts["+84 912"].quotePrefix and texts["=cmd|' /C calc'!A0"].quotePrefix
    assert texts["@SUM(1+1)*cmd|' /C calc'!A0"].quotePrefix and texts["-1"].data_type == "s"
    ordinary = texts["Đặng Thị Ngọc Ánh"]  # a demo member: plain text, no quote prefix needed
    assert ordinary.data_type == "s" and not ordinary.quotePrefix


def test_a_2_6_mb_xlsx_bomb_is_refused_before_it_is_parsed(branch, tmp_path, capsys, monkeypatch):
    bomb = xlsx_bomb(tmp_path / "danh-sach.xlsx", 2.6)
    assert 2_500_000 < bomb.stat().st_size < 2_700_000
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("openpyxl opened the bomb"))
    assert main(["--db", str(branch), "members", "import", str(bomb), "--dry-run"]) == 1
    err = one_line(capsys.readouterr().err)
    assert "Tệp «danh-sach.xlsx» giải nén ra 828.0 MB (giới hạn 30.0 MB)" in err


@pytest.mark.parametrize("name", ["Nguyễn\x00 Văn An", "Lê Thị\u202e Bình", "Trần\x07Văn Cường"])
def test_a_name_with_a_control_character_is_refused_by_import_and_records(name, branch, tmp_path, capsys):
    sheet = tmp_path / "ds.csv"
    sheet.write_text(f"Họ và tên;Ngày sinh\n{name};01/02/1960\n", encoding="utf-8")
    assert main(["--db", str(branch), "members", "import", str(sheet)]) == 1
    assert "dòng 2, Họ và tên: Họ và tên có ký tự điều khiển hoặc ký tự ẩn (U+" in capsys.readouterr().out
    records = _records_with(branch, tmp_path, capsys, full_name=name)
    assert main(["--db", str(tmp_path / "moi.sqlite"), "records", "import", str(records)]) == 1
    err = capsys.readouterr().err
    assert "$.members[0].full_name: Họ và tên có ký tự điều khiển" in err
    assert not (tmp_path / "moi.sqlite").exists()


@pytest.mark.parametrize(("field", "born", "value", "words"), [
    ("birth_date", "19/05/1800", "", "Ngày sinh 19/05/1800 không thể đúng"),
    ("admitted_on", "01/02/1950", "01/01/1961", "khi chưa đủ 16 tuổi"),
    ("admitted_on", "01/02/1910", "01/01/1929", "trước ngày thành lập Đảng (03/02/1930)"),
])
def test_impossible_dates_are_refused_by_import_and_records(field, born, value, words, branch, tmp_path, capsys):
    sheet = tmp_path / "ds.csv"
    sheet.write_text(f"Họ và tên;Ngày sinh;Ngày vào Đảng\nVũ Thị Hạnh;{born};{value}\n", encoding="utf-8")
    assert main(["--db", str(branch), "members", "import", str(sheet)]) == 1
    assert words in capsys.readouterr().out
    iso = {"birth_date": "1800-05-19", "admitted_on": "1961-01-01" if "16" in words else "1929-01-01"}
    records = _records_with(branch, tmp_path, capsys, **{field: iso[field]})
    assert main(["--db", str(tmp_path / "moi.sqlite"), "records", "import", str(records)]) == 1
    err = capsys.readouterr().err
    assert f"$.members[0].{field}: " in err and words.split(" (")[0].split(" 19/05")[0] in err


def _records_with(branch, tmp_path, capsys, **member) -> object:
    exported = tmp_path / "ho-so.json"
    assert main(["--db", str(branch), "records", "export", "--out", str(exported)]) == 0
    capsys.readouterr()
    data = json.loads(exported.read_text("utf-8"))
    data["members"][0].update(member)
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return exported


def test_a_records_file_cannot_bring_in_a_rulebook_with_infinite_points(branch, tmp_path, capsys):
    exported = tmp_path / "ho-so.json"
    assert main(["--db", str(branch), "evaluate", "--year", "2025", "--json"]) == 0  # stores the sample
    assert main(["--db", str(branch), "records", "export", "--out", str(exported)]) == 0
    capsys.readouterr()
    data = json.loads(exported.read_text("utf-8"))
    data["rulebooks"][0]["content"] = data["rulebooks"][0]["content"].replace("max = 5\n", "max = inf\n", 1)
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["--db", str(tmp_path / "moi.sqlite"), "records", "import", str(exported)]) == 1
    assert "$.rulebooks[0].content: bộ tiêu chí không hợp lệ" in capsys.readouterr().err


# --- fourth bullet: tracebacks where one line was promised ---------------------------------
def test_a_rulebook_nested_5000_deep_is_refused_by_name(tmp_path, capsys):
    deep = tmp_path / "long-nhau.toml"
    deep.write_text(nested_toml(5000), encoding="utf-8")
    assert main(["rulebook", "check", str(deep)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "long-nhau.toml" in err and "lồng nhau quá sâu" in err


def test_records_nested_100000_deep_are_refused_in_one_line(tmp_path, capsys):
    deep = tmp_path / "ho-so.json"
    deep.write_text(nested_json(100_000), encoding="utf-8")
    assert main(["--db", str(tmp_path / "moi.sqlite"), "records", "import", str(deep)]) == 1
    err = one_line(capsys.readouterr().err)
    assert "Tệp «ho-so.json» lồng nhau quá sâu (hơn 32 tầng)" in err
    assert not (tmp_path / "moi.sqlite").exists()


@pytest.mark.parametrize(("text", "shown"), [('{"x": NaN}', "NaN"), ('{"x": -Infinity}', "-Infinity"),
                                             ('{"x": 1e400}', "1e400")])
def test_records_with_non_finite_numbers_are_refused(text, shown, tmp_path, capsys):
    bad = tmp_path / "ho-so.json"
    bad.write_text(text, encoding="utf-8")
    assert main(["--db", str(tmp_path / "moi.sqlite"), "records", "import", str(bad)]) == 1
    assert f"Tệp «ho-so.json» có giá trị «{shown}»" in one_line(capsys.readouterr().err)


def test_an_xlsx_billion_laughs_is_refused_by_name(branch, tmp_path, capsys):
    bomb = billion_laughs_xlsx(tmp_path / "cuoi.xlsx")
    assert main(["--db", str(branch), "members", "import", str(bomb), "--dry-run"]) == 1
    err = one_line(capsys.readouterr().err)
    assert "Tệp «cuoi.xlsx» có khai báo DTD/thực thể XML trong phần «xl/worksheets/sheet1.xml»" in err


def test_a_broken_sheet_xml_is_a_damaged_file_not_a_traceback(branch, tmp_path, capsys):
    broken = xlsx(tmp_path / "hong.xlsx", rows_xml([["Họ và tên"], ["Nguyễn Văn An"]])[:-30])
    assert main(["--db", str(branch), "members", "import", str(broken), "--dry-run"]) == 1
    assert "Không đọc được tệp Excel hong.xlsx: tệp hỏng" in one_line(capsys.readouterr().err)


def test_a_read_only_data_file_serves_read_commands_and_refuses_writes(branch, capsys):
    with read_only_view(branch.parent) as view:
        db = str(view / branch.name)
        assert main(["--db", db, "members", "list", "--json"]) == 0
        assert len(json.loads(capsys.readouterr().out)) > 20
        assert main(["--db", db, "evaluate", "--year", "2025", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["year"] == 2025
        assert main(["--db", db, "check"]) == 0
        assert "không phát hiện vấn đề nào" in capsys.readouterr().out
        assert main(["--db", db, "targets", "admission", "--year", "2026", "--target", "2"]) == 1
        err = one_line(capsys.readouterr().err)
        assert "đang được mở chỉ để xem" in err and "hỏng" not in err


def test_a_full_disk_during_the_pre_import_backup_leaves_no_partial(branch, tmp_path, capsys, monkeypatch):
    sheet = tmp_path / "ds.csv"
    sheet.write_text("Họ và tên;Ngày sinh\nVũ Thị Hạnh;02/01/1980\n", encoding="utf-8")

    def disk_full(path):  # noqa: ANN001
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(store_backup, "_fsync", disk_full)
    assert main(["--db", str(branch), "members", "import", str(sheet)]) == 1
    captured = capsys.readouterr()
    assert one_line(captured.err).startswith("Lỗi: Ổ đĩa đã đầy: không ghi được bản sao lưu «cb-")
    assert not [p for p in tmp_path.rglob("*") if ".partial" in p.name]
    monkeypatch.undo()
    with open_database(branch) as db:
        assert "Vũ Thị Hạnh" not in {m.full_name for m in MembersService(db, clock=SUITE_CLOCK).list_members()}


def test_a_failed_migration_is_one_line_naming_the_backup(branch, capsys, monkeypatch):
    monkeypatch.setattr(store_database, "head_revision", lambda: "0002")

    def broken(engine):  # noqa: ANN001
        raise sqlite3.OperationalError("duplicate column name: title")

    monkeypatch.setattr(store_database, "upgrade_to_head", broken)
    assert main(["--db", str(branch), "members", "list"]) == 1
    err = one_line(capsys.readouterr().err)
    assert "Không nâng cấp được tệp" in err and "before-migration.sqlite" in err
