"""Importing member lists (.xlsx/.csv): preview, bad rows with row and field, duplicates,
nothing written unless valid or skipping; export to .xlsx imports back."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from desktop.clock import Clock
from desktop.domain.enums import Sex
from desktop.services.errors import UserError
from desktop.services.member_import import MemberImportService
from desktop.services.member_import_sheet import guess_mapping, parse_date
from desktop.services.members import MemberDraft, MembersService

TODAY = date(2026, 6, 1)
HEADERS = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Ngày vào Đảng", "Ngày chính thức",
           "Số thẻ đảng viên", "Điện thoại", "Ghi chú"]


@pytest.fixture
def importer(db):
    return MemberImportService(db, clock=Clock.fixed(TODAY))


@pytest.fixture
def register(db):
    return MembersService(db, clock=Clock.fixed(TODAY))


def write_xlsx(path, rows, title=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    if title:  # like the member database's exports: a title row above the header
        ws.append(["DANH SÁCH ĐẢNG VIÊN CHI BỘ TỔ DÂN PHỐ SỐ 5"])
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


GOOD = [
    [1, "Nguyễn Văn An", datetime(1958, 3, 12), "Nam", datetime(1980, 5, 19),
     datetime(1981, 5, 19), 93001, 912345678, "Cựu chiến binh"],
    [2, "Lê Thị Bình", "02/09/1975", "Nữ", "03/02/2000", "03/02/2001", "093002", "0987 654 321", ""],
    [3, "Trần Văn Cường", "1990-07-01", "nam", "19/05/2025", None, None, None, "Dự bị"],
]


def test_xlsx_valid_file_previews_and_imports_in_one_go(importer, register, tmp_path, db):
    path = write_xlsx(tmp_path / "ds.xlsx", GOOD)
    preview = importer.preview(path)
    assert preview.headers[1] == "Họ và tên"
    assert preview.mapping["full_name"] == 1 and preview.mapping["card_number"] == 6
    assert [r.row for r in preview.rows] == [3, 4, 5]  # title row 1, header row 2
    assert preview.problems == () and preview.to_import == 3
    result, notice = importer.import_file(path)
    assert result.imported == 3 and result.skipped_rows == ()
    assert "before-import" in result.backup
    rows = {r.full_name: r for r in register.list_members()}
    an = rows["Nguyễn Văn An"]
    assert an.birth_date == date(1958, 3, 12) and an.sex is Sex.MALE
    assert an.card_number == "93001" and an.phone == "0912345678"  # leading 0 restored
    assert rows["Lê Thị Bình"].card_number == "093002"
    assert rows["Trần Văn Cường"].situation.standing.value == "probationary"
    assert len(notice.ids) == 3


def test_one_bad_row_is_reported_with_row_and_field_and_nothing_written(importer, register,
                                                                        tmp_path):
    bad = [4, "Phạm Thị Dung", "31/02/1980", "Nữ", "01/01/2005", "01/01/2006", "093004", "", ""]
    path = write_xlsx(tmp_path / "ds.xlsx", GOOD + [bad])
    preview = importer.preview(path)
    assert [(p.row, p.field) for p in preview.problems] == [(6, "birth_date")]
    assert "31/02/1980" in preview.problems[0].message
    with pytest.raises(UserError) as err:
        importer.import_file(path)
    assert "Dòng 6" in err.value.message and "Ngày sinh" in err.value.message
    assert register.list_members() == []
    result, _ = importer.import_file(path, skip_bad_rows=True)
    assert result.imported == 3 and result.skipped_rows == (6,)


def test_duplicates_in_file_and_against_register(importer, register, tmp_path):
    register.create(MemberDraft("Lê Thị Bình", date(1975, 9, 2), card_number="777"))
    rows = GOOD + [
        [4, "Nguyen Van An", "12/03/1958", "Nam", "", "", "", "", ""],  # same person, no accents
        [5, "Hoàng Văn Em", "01/01/1970", "Nam", "", "", "93001", "", ""],  # card of row 3
    ]
    path = write_xlsx(tmp_path / "ds.xlsx", rows, title=False)
    preview = importer.preview(path)
    dup = {(p.row, p.field): p.message for p in preview.duplicates}
    assert "đã có trong sổ" in dup[(3, "full_name")]  # Bình, row 3 (header is row 1)
    assert "trùng với dòng 2" in dup[(5, "full_name")]
    assert "trùng với dòng 2" in dup[(6, "card_number")]
    assert preview.bad_rows == (3, 5, 6) and preview.to_import == 2


def test_csv_with_bom_and_semicolons_and_multiline_cell(importer, tmp_path):
    text = ("Họ tên;Ngày sinh;Giới tính;Số thẻ;Ghi chú\n"
            "Vũ Thị Ân;05/06/1966;Nữ;1001;\"Hai dòng\nghi chú\"\n"
            "Đỗ Đức Dũng;5-6-1967;Nam;1002;\n"
            "Bùi Văn Giang;1967;Nam;1003;\n")
    path = tmp_path / "ds.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    preview = importer.preview(path)
    assert preview.mapping["full_name"] == 0 and preview.mapping["card_number"] == 3
    assert [r.row for r in preview.rows] == [2, 4, 5]  # row 2 spans two lines
    assert [(p.row, p.field) for p in preview.problems] == [(5, "birth_date")]
    assert "chỉ có năm" in preview.problems[0].message  # "1967" alone is not a birth date
    assert preview.rows[1].draft.birth_date == date(1967, 6, 5)


def test_csv_comma_without_bom_and_english_headers(importer, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Full name,Date of birth,Sex,Phone\nNguyễn Thị Hoa,1980-01-02,F,0912345678\n",
                    encoding="utf-8")
    preview = importer.preview(path)
    assert preview.problems == ()
    assert preview.rows[0].draft.sex is Sex.FEMALE


def test_missing_name_column_and_wrong_formats(importer, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("Cột A,Cột B\n1,2\n", encoding="utf-8")
    with pytest.raises(UserError) as err:
        importer.preview(path)
    assert "Họ và tên" in err.value.message
    # The user can map the column by hand in the preview.
    assert importer.preview(path, {"full_name": 0}).problems[0].field == "full_name"
    cp1258_csv = tmp_path / "y.csv"
    # Windows' Vietnamese code page, as old Excel saves "CSV": refused with advice.
    cp1258_csv.write_bytes(b"H\xf2 v\xe0 t\xean\nNguy\xean\n")
    with pytest.raises(UserError, match="UTF-8"):
        importer.preview(cp1258_csv)
    with pytest.raises(UserError, match=".xls"):
        (tmp_path / "z.xls").write_bytes(b"x")
        importer.preview(tmp_path / "z.xls")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(UserError, match="Excel"):
        importer.preview(broken)


def test_excel_serial_dates_and_year_only():
    # 25569 days after 30/12/1899 is 01/01/1970 (the Unix epoch) — a date cell without format.
    assert parse_date(25569) == (date(1970, 1, 1), None)
    assert str(parse_date(1985)[1]).startswith("«1985» chỉ có năm")
    assert parse_date("19.05.1985") == (date(1985, 5, 19), None)


def test_guess_mapping_from_vietnamese_headers_with_variants():
    mapping = guess_mapping(("TT", "HỌ VÀ TÊN", "Ngày, tháng, năm sinh", "Nam/Nữ",
                             "Ngày kết nạp Đảng", "Ngày công nhận chính thức", "Số thẻ Đảng",
                             "SĐT", "Ghi chú"))
    assert mapping == {"full_name": 1, "birth_date": 2, "sex": 3, "admitted_on": 4,
                       "official_on": 5, "card_number": 6, "phone": 7, "notes": 8}


def test_export_xlsx_imports_back(importer, register, tmp_path, db):
    importer.import_file(write_xlsx(tmp_path / "ds.xlsx", GOOD))
    out = tmp_path / "xuat.xlsx"
    assert importer.export_xlsx(out) == 3
    ws = openpyxl.load_workbook(out).active
    assert ws["B1"].value == "Họ và tên" and ws["B2"].value == "Nguyễn Văn An"
    assert ws["C2"].value.date() == date(1958, 3, 12)  # a real Excel date
    # Into another register: the same three members come back.
    other_path = tmp_path / "other.sqlite"
    from desktop.store.database import open_database

    with open_database(other_path, create=True) as other:
        MemberImportService(other, clock=Clock.fixed(TODAY)).import_file(out)
        names = [r.full_name for r in MembersService(other, clock=Clock.fixed(TODAY)).list_members()]
    assert names == [r.full_name for r in register.list_members()]
