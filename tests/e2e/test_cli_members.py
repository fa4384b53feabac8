"""The member and records commands as a user runs them."""

from __future__ import annotations

import json

import openpyxl
from suite_day import SUITE_CLOCK

from desktop.cli import main


def write_list(path, bad_row=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH ĐẢNG VIÊN"])
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng", "Ngày chính thức",
               "Số thẻ đảng viên", "Điện thoại"])
    ws.append([1, "Nguyễn Văn An", "12/03/1958", "Nam", "19/05/1980", "19/05/1981", "093001",
               "0912345678"])
    ws.append([2, "Lê Thị Bình", "02/09/1975", "Nữ", "03/02/2000", "03/02/2001", "093002", ""])
    ws.append([3, "Trần Văn Cường", "01/07/1990", "Nam", "19/05/2015", "19/05/2016", "093003", ""])
    if bad_row:
        ws.append([4, "Phạm Thị Dung", "15/13/1980", "Nữ", "", "", "093004", ""])
    wb.save(path)
    return path


def test_import_with_a_bad_row_fails_then_skips(tmp_path, capsys):
    db = tmp_path / "cb.sqlite"
    src = write_list(tmp_path / "ds.xlsx")
    assert main(["--db", str(db), "members", "import", str(src)], SUITE_CLOCK) == 1
    out = capsys.readouterr().out
    assert "đọc 4 dòng, 3 dòng hợp lệ để nhập, 1 dòng lỗi" in out
    assert "dòng 6, Ngày sinh: «15/13/1980» không phải ngày có thật." in out
    # Nothing written, not even the data file the import had created (nor its lock).
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds.xlsx"]
    assert main(["--db", str(db), "members", "import", str(src), "--skip-bad-rows"], SUITE_CLOCK) == 0
    assert "Đã nhập 3 đảng viên, bỏ qua dòng 6" in capsys.readouterr().out
    assert main(["--db", str(db), "members", "list", "--json"], SUITE_CLOCK) == 0
    rows = json.loads(capsys.readouterr().out)
    # Sorted by given name: An, Bình, Cường.
    assert [r["full_name"] for r in rows] == ["Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường"]
    assert rows[0]["standing"] == "official" and rows[0]["expected_at_meetings"] is True
    # Importing again: every row is now a duplicate of the register.
    assert main(["--db", str(db), "members", "import", str(src), "--dry-run"], SUITE_CLOCK) == 1
    assert "Trùng lặp:" in capsys.readouterr().out
    assert main(["--db", str(db), "members", "import", str(src), "--dry-run",
                 "--skip-bad-rows"]) == 0
    assert "sẽ nhập 0 đảng viên; chưa ghi gì" in capsys.readouterr().out


def test_list_table_export_and_records_round_trip(tmp_path, capsys):
    db = tmp_path / "cb.sqlite"
    main(["--db", str(db), "members", "import", str(write_list(tmp_path / "ds.xlsx", False))], SUITE_CLOCK)
    capsys.readouterr()
    assert main(["--db", str(db), "members", "list"], SUITE_CLOCK) == 0
    table = capsys.readouterr().out
    assert "Họ và tên" in table and "Chính thức" in table and "Nguyễn Văn An" in table
    # Each line starts with the member's id, the one every command takes.
    assert main(["--db", str(db), "members", "list", "--json"], SUITE_CLOCK) == 0
    ids = {m["full_name"]: m["id"] for m in json.loads(capsys.readouterr().out)}
    lines = {line.split(None, 1)[1][:28].strip(): int(line.split()[0])
             for line in table.splitlines()[1:] if line.strip()}
    assert lines == ids and table.splitlines()[0].split()[0] == "Mã"
    out = tmp_path / "xuat.xlsx"
    assert main(["--db", str(db), "members", "export", "--out", str(out)], SUITE_CLOCK) == 0
    assert openpyxl.load_workbook(out).active["B2"].value == "Nguyễn Văn An"
    hoso = tmp_path / "hoso.json"
    assert main(["--db", str(db), "records", "export", "--out", str(hoso)], SUITE_CLOCK) == 0
    copy = tmp_path / "moi" / "copy.sqlite"  # does not exist yet: created by the import
    copy.parent.mkdir()
    assert main(["--db", str(copy), "records", "import", str(hoso)], SUITE_CLOCK) == 0
    again = tmp_path / "again.json"
    assert main(["--db", str(copy), "records", "export", "--out", str(again)], SUITE_CLOCK) == 0
    assert again.read_bytes() == hoso.read_bytes()
    capsys.readouterr()
    # Into a file that already has data: refused, exit 1, one Vietnamese line.
    assert main(["--db", str(copy), "records", "import", str(hoso)], SUITE_CLOCK) == 1
    assert "đã có dữ liệu" in capsys.readouterr().err


def test_records_import_lists_every_problem_with_its_path(tmp_path, capsys):
    db = tmp_path / "cb.sqlite"
    main(["--db", str(db), "members", "import", str(write_list(tmp_path / "ds.xlsx", False))], SUITE_CLOCK)
    hoso = tmp_path / "hoso.json"
    main(["--db", str(db), "records", "export", "--out", str(hoso)], SUITE_CLOCK)
    data = json.loads(hoso.read_text(encoding="utf-8"))
    data["members"][0]["sex"] = "nam"
    data["members"][2]["birth_date"] = "01/07/1990"
    hoso.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", str(tmp_path / "new.sqlite"), "records", "import", str(hoso)], SUITE_CLOCK) == 1
    assert not (tmp_path / "new.sqlite").exists()
    err = capsys.readouterr().err
    assert "có 2 lỗi, chưa nhập gì" in err
    assert "$.members[0].sex: giá trị «nam» không thuộc" in err
    assert "$.members[2].birth_date" in err
