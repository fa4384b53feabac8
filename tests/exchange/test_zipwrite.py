"""The container writer makes, byte for byte, what Python's zipfile makes for the same stored
entries (so packages already sent stay canonical), and zipfile reads it back."""

from __future__ import annotations

import io
import zipfile
import zlib
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.exchange import layout, zipwrite
from desktop.exchange.build import assemble
from tests.exchange.conftest import CREATED


def zipfile_assemble(payload, sums, signature, signer, created_at) -> bytes:
    """The builder as it was written on zipfile, kept here as the reference."""
    stamp = created_at.timetuple()[:6]
    entries = [(layout.MIMETYPE, layout.MIMETYPE_VALUE), *sorted(payload.items()),
               (layout.SUMS, sums), (layout.SIGNATURE, signature), (layout.SIGNER, signer)]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            archive.writestr(info, data)
    return buffer.getvalue()


NAME = st.from_regex(r"\A(reports/)?[a-z0-9][a-z0-9._-]{0,30}\.(pdf|json)\Z")
STAMP = st.datetimes(min_value=datetime(1980, 1, 1), max_value=datetime(2107, 12, 31, 23, 59, 59),
                     timezones=st.sampled_from([UTC, timezone(timedelta(hours=7))]))


@settings(max_examples=150, deadline=None)
@given(payload=st.dictionaries(NAME, st.binary(max_size=3000), min_size=1, max_size=6),
       sums=st.binary(max_size=600), signature=st.binary(min_size=64, max_size=64),
       created=STAMP)
def test_same_bytes_as_zipfile(payload, sums, signature, created):
    signer = b"-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n"
    ours = assemble(payload, sums, signature, signer, created)
    assert ours == zipfile_assemble(payload, sums, signature, signer, created)
    with zipfile.ZipFile(io.BytesIO(ours)) as archive:
        assert archive.testzip() is None
        assert {n: archive.read(n) for n in payload} == payload


def test_layout_places_each_content_after_its_header():
    contents = [b"application/vnd.chibo.package+zip", b"", b"x" * 70_000]
    entries = [zipwrite.Entry(n, len(c), zlib.crc32(c)) for n, c in zip(["a", "b/c", "d"], contents)]
    plan = zipwrite.layout(entries, CREATED)
    data = zipwrite.join(plan, contents)
    assert len(data) == plan.size
    for index, content in enumerate(contents):
        start = plan.content_start(index)
        assert data[start : start + len(content)] == content
    assert data.endswith(plan.trailer)


@pytest.mark.parametrize("created", [datetime(1979, 12, 31, 23, 59), datetime(2108, 1, 1)])
def test_a_year_no_zip_can_hold_is_refused(created):
    with pytest.raises(ValueError):
        zipwrite.layout([zipwrite.Entry("a", 0, 0)], created)


def test_a_name_that_is_not_ascii_is_refused():
    with pytest.raises(ValueError):
        zipwrite.layout([zipwrite.Entry("báo-cáo.pdf", 0, 0)], CREATED)
