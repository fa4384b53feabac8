"""Whatever bytes a member list, a records file or a rulebook holds, the reader returns data or
refuses with a UserError: no other exception reaches the user (issue 14)."""

from __future__ import annotations

import io
import zipfile

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.paths import resource_path
from desktop.services.errors import UserError
from desktop.services.member_import_sheet import read_sheet
from desktop.services.records import load
from desktop.services.rulebook_files import read_rulebook_bytes

FUZZ = settings(max_examples=150, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _member_list() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Ngày sinh", "Ngày vào Đảng", "Số thẻ đảng viên"])
    ws.append(["Nguyễn Văn An", "12/03/1958", "19/05/1980", "093001"])
    ws.append(["Lê Thị Bình", "02/09/1975", "03/02/2000", "093002"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


XLSX = _member_list()
# The parts openpyxl parses, stored uncompressed so that a flipped byte lands in XML, not in
# deflate's bit stream (which zipfile's CRC check would already catch).
with zipfile.ZipFile(io.BytesIO(XLSX)) as source:
    parts = [(i.filename, source.read(i)) for i in source.infolist()]
_stored = io.BytesIO()
with zipfile.ZipFile(_stored, "w", zipfile.ZIP_STORED) as target:
    for name, data in parts:
        target.writestr(name, data)
STORED_XLSX = _stored.getvalue()


def _mutated(data: bytes, edits: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for position, value in edits:
        out[position % len(out)] = value
    return bytes(out)


_edits = st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=6)


@FUZZ
@given(_edits, st.booleans())
def test_a_mutated_xlsx_is_read_or_refused(tmp_path_factory, edits, stored):
    path = tmp_path_factory.mktemp("xlsx") / "danh-sach.xlsx"
    path.write_bytes(_mutated(STORED_XLSX if stored else XLSX, edits))
    try:
        read_sheet(path)
    except UserError as exc:
        assert "danh-sach.xlsx" in exc.message


@FUZZ
@given(st.binary(max_size=400))
def test_any_csv_bytes_are_read_or_refused(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("csv") / "danh-sach.csv"
    path.write_bytes("Họ và tên;Ngày sinh\n".encode() + data)
    try:
        read_sheet(path)
    except UserError as exc:
        assert "danh-sach.csv" in exc.message


@FUZZ
@given(st.one_of(st.binary(max_size=300), st.text(alphabet='[]{}",:0123456789eE.-+ntrufalsNIiy\\', max_size=300)))
def test_any_records_bytes_are_parsed_or_refused(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("json") / "ho-so.json"
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    try:
        load(path)
    except UserError as exc:
        assert "ho-so.json" in exc.message


RULEBOOK = resource_path("rulebooks", "chi_bo_5_tot_mau.toml").read_bytes()


@FUZZ
@given(_edits)
def test_a_mutated_rulebook_is_read_or_refused(edits):
    try:
        read_rulebook_bytes(_mutated(RULEBOOK, edits), "bo-tieu-chi.toml")
    except UserError as exc:
        assert "bo-tieu-chi.toml" in exc.message
