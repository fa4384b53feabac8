"""Reading a member list spreadsheet: .xlsx (openpyxl) or .csv (UTF-8 with or without BOM,
`,` or `;`), finding the header row, guessing the column mapping, parsing cells.

Spreadsheets from the member database often start with title rows ("DANH SÁCH ĐẢNG VIÊN…"),
so the header is the first row that has a name column, not necessarily row 1.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop.domain.collation import fold
from desktop.domain.enums import Sex
from desktop.domain.members import clean_text
from desktop.services.errors import UserError
from desktop.services.file_limits import MB, Deadline, check_size, check_zip, read_bounded
from desktop.wording import Text, say

# Limits of a member list file (issue 14): a hostile or broken file is refused in seconds, named.
# A branch's list has tens of rows, a ward's a few hundred; 5,000 rows as .xlsx take 250 KB on
# disk, unzip to 2.7 MB (11× smaller zipped) and read in 0.25 s here.
MAX_FILE_BYTES = 10 * MB  # the file itself, .xlsx or .csv: 40× the 5,000-row list
MAX_XLSX_INFLATED = 30 * MB  # every part of the .xlsx unzipped (declared sizes, checked before
# openpyxl opens it): 10× the 5,000-row list, ~3 s of parsing; a 2.6 MB bomb declares GBs
MAX_XLSX_PARTS = 1_000  # files inside the .xlsx: Excel and LibreOffice write 10–30
MAX_XLSX_RATIO = 500  # a part over 1 MB inflating more than this: sheets zip 5–30×, bombs 1,000×
MAX_ROWS = 5_000  # non-empty rows: a ward's list fits several times
MAX_COLUMNS = 60  # columns read per row: the list has 8 fields, exports add a few
MAX_SECONDS = 20.0  # reading stops after this: 80× the 5,000-row list here, for a slow PC
XML_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")  # never in a real .xlsx; entity bombs need them

FIELDS = ("full_name", "birth_date", "sex", "admitted_on", "official_on", "card_number",
          "phone", "notes")
# Also the headers of an exported list (in Vietnamese), which the importer reads back.
FIELD_LABELS: dict[str, Text] = {field: say(f"members.field_{field}") for field in FIELDS}
# Folded header texts, longest first wins; short ones only match a whole header.
_ALIASES = {
    "full_name": ("ho va ten", "ho ten", "ho va ten dang vien", "ten dang vien", "full name",
                  "name"),
    "birth_date": ("ngay sinh", "ngay thang nam sinh", "sinh ngay", "date of birth",
                   "birth date", "dob"),
    "sex": ("gioi tinh", "gioi", "nam/nu", "sex", "gender"),
    "admitted_on": ("ngay vao dang", "ngay ket nap", "ngay ket nap dang", "admission date",
                    "admitted on", "admitted"),
    "official_on": ("ngay chinh thuc", "ngay cong nhan chinh thuc", "ngay dang vien chinh thuc",
                    "official date", "official on", "official"),
    "card_number": ("so the dang vien", "so the dang", "so the", "the dang vien",
                    "card number", "card no", "card"),
    "phone": ("so dien thoai", "dien thoai", "sdt", "dt", "phone", "telephone", "mobile"),
    "notes": ("ghi chu", "notes", "note", "remarks"),
}
_HEADER_SEARCH_ROWS = 20
_NON_WORD = re.compile(r"[^a-z0-9/]+")
_EXCEL_EPOCH = date(1899, 12, 30)
_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")


@dataclass(frozen=True)
class SheetData:
    source: str  # file name, for messages
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple], ...]  # (row number as the user sees it, cells)


def read_sheet(path: Path) -> SheetData:
    path = Path(path)
    if not path.exists():
        raise UserError(say("reading.missing", file=path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        numbered = _read_xlsx(path)
    elif suffix == ".csv":
        numbered = _read_csv(path)
    elif suffix == ".xls":
        raise UserError(say("members.old_excel", file=path.name))
    else:
        raise UserError(say("members.wrong_kind", file=path.name))
    return _with_header(path.name, numbered)


def _read_xlsx(path: Path) -> list[tuple[int, tuple]]:
    check_size(path, MAX_FILE_BYTES)
    check_zip(path, max_total=MAX_XLSX_INFLATED, max_entries=MAX_XLSX_PARTS, max_ratio=MAX_XLSX_RATIO)
    _refuse_xml_declarations(path)
    import openpyxl  # imported here: a few hundred ms, only needed when importing

    deadline = Deadline(path.name, MAX_SECONDS)
    # openpyxl's own errors on a broken file are of many kinds (zip, XML, KeyError, TypeError…):
    # the file is what is wrong, so every one of them is said as a damaged file, by name.
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - see above
        raise _damaged(path, exc) from exc
    try:
        ws = wb.worksheets[0]
        rows: list[tuple[int, tuple]] = []
        for n, cells in enumerate(ws.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
            if n % 256 == 0:
                deadline.check()
            if any(c is not None and c != "" for c in cells):
                _count_row(path, len(rows))
                rows.append((n, tuple(cells)))
        return rows
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - as above, while reading the rows
        raise _damaged(path, exc) from exc
    finally:
        wb.close()


def _damaged(path: Path, exc: Exception) -> UserError:
    return UserError(say("members.excel_damaged", file=path.name, error=type(exc).__name__))


def _refuse_xml_declarations(path: Path) -> None:
    """A DTD or an entity declaration in a part: no spreadsheet program writes one, and the
    "billion laughs" bomb needs one. Read in chunks (the sizes are already bounded)."""
    try:
        with zipfile.ZipFile(path) as archive:
            for entry in archive.infolist():
                if entry.filename.lower().endswith((".xml", ".rels", ".vml")):
                    _scan_part(path, archive, entry)
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - zip, inflate or encryption errors: a broken file
        raise _damaged(path, exc) from exc


def _scan_part(path: Path, archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> None:
    tail = b""
    with archive.open(entry) as part:
        while chunk := part.read(1 << 16):
            window = tail + chunk
            if any(mark in window for mark in XML_DECLARATIONS):
                raise UserError(say("reading.xml_declaration", file=path.name, entry=entry.filename))
            tail = window[-16:]


def _count_row(path: Path, rows_so_far: int) -> None:
    if rows_so_far >= MAX_ROWS:
        raise UserError(say("reading.too_many_rows", file=path.name, limit=f"{MAX_ROWS:,}".replace(",", ".")))


def _read_csv(path: Path) -> list[tuple[int, tuple]]:
    raw = read_bounded(path, MAX_FILE_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise UserError(say("members.csv_not_utf8", file=path.name, line=line)) from exc
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count) if first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    deadline = Deadline(path.name, MAX_SECONDS)
    rows, start = [], 1
    try:
        for record in reader:
            if reader.line_num % 256 == 0:
                deadline.check()
            if any(cell.strip() for cell in record):
                _count_row(path, len(rows))
                rows.append((start, tuple(record[:MAX_COLUMNS])))
            start = reader.line_num + 1  # a quoted cell may span lines: number from its start
    except csv.Error as exc:
        detail = (say("members.csv_cell_too_long", limit=f"{csv.field_size_limit():,}".replace(",", "."))
                  if "field limit" in str(exc) else str(exc))
        raise UserError(say("members.csv_error", file=path.name, line=reader.line_num, detail=detail)) from exc
    return rows


def _with_header(source: str, numbered: list[tuple[int, tuple]]) -> SheetData:
    nonempty = [(n, cells) for n, cells in numbered if any(text_of(c) for c in cells)]
    if not nonempty:
        raise UserError(say("members.sheet_empty", file=source))
    header_at = 0
    for i, (_, cells) in enumerate(nonempty[:_HEADER_SEARCH_ROWS]):
        if guess_mapping(tuple(text_of(c) for c in cells)).get("full_name") is not None:
            header_at = i
            break
    else:  # no recognisable header: the first row with two or more cells
        header_at = next((i for i, (_, c) in enumerate(nonempty[:_HEADER_SEARCH_ROWS])
                          if sum(1 for x in c if text_of(x)) >= 2), 0)
    headers = [text_of(c) for c in nonempty[header_at][1]]
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    rows = tuple((n, tuple(cells[:width]) + (None,) * (width - len(cells)))
                 for n, cells in nonempty[header_at + 1:])
    return SheetData(source, tuple(headers), rows)


def guess_mapping(headers: tuple[str, ...]) -> dict[str, int | None]:
    """Column index for each field from the header texts (Vietnamese or English)."""
    # Punctuation in headers varies ("Ngày, tháng, năm sinh", "Số thẻ (*)"): compare words only.
    folded = [" ".join(_NON_WORD.sub(" ", fold(h)).split()) for h in headers]
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    taken: set[int] = set()
    candidates = []  # (exactness, alias length, field, column)
    for field, aliases in _ALIASES.items():
        for alias in aliases:
            for col, h in enumerate(folded):
                if h == alias:
                    candidates.append((1, len(alias), field, col))
                elif len(alias) >= 4 and alias in h:
                    candidates.append((0, len(alias), field, col))
    for _, _, field, col in sorted(candidates, key=lambda c: (-c[0], -c[1], c[3])):
        if mapping[field] is None and col not in taken:
            mapping[field] = col
            taken.add(col)
    return mapping


def parse_date(value: object) -> tuple[date | None, Text | None]:
    """A date from a cell: a real Excel date, dd/mm/yyyy (/, - or .), yyyy-mm-dd."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1000 <= value <= 2999 and float(value).is_integer():
            return None, say("members.year_only", value=int(value))
        if 1 <= value < 2958466:  # an Excel serial number in a cell without date format
            return _EXCEL_EPOCH + timedelta(days=int(value)), None
    raw = clean_text(str(value))
    if re.fullmatch(r"\d{4}", raw):
        return None, say("members.year_only", value=raw)
    match = _DMY.match(raw)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO.match(raw)
        if not match:
            return None, say("members.not_a_date", value=raw)
        year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day), None
    except ValueError:
        return None, say("members.no_such_date", value=raw)


def parse_sex(value: object) -> tuple[Sex | None, Text | None]:
    key = fold(text_of(value))
    if not key:
        return None, None
    if key in ("nam", "m", "male", "trai"):
        return Sex.MALE, None
    if key in ("nu", "f", "female", "gai"):
        return Sex.FEMALE, None
    return None, say("members.not_a_sex", value=text_of(value))


def text_of(value: object, *, phone: bool = False) -> str:
    """A cell as NFC text; numbers typed into Excel lose their form, so rebuild it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    text = clean_text(str(value))
    # Excel drops the leading 0 of a mobile number stored as a number: 912345678 → 0912345678.
    if phone and text.isdigit() and len(text) == 9 and not isinstance(value, str):
        text = "0" + text
    return text
