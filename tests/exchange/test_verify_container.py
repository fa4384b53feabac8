"""The verifier's fast paths keep its answers: the whole-file SHA-256 on demand, the signed list
read in one pass, the canonical check on rebuilt headers only, odd signed packages refused
without a crash."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zipfile
import zlib
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.exchange import layout
from desktop.exchange.build import assemble, build_package, json_bytes
from desktop.exchange.keys import unlock_private_key
from desktop.exchange.verify import _parse_sums, _parse_sums_by_line, verify_package
from desktop.exchange.zipread import Refused
from tests.exchange.conftest import CREATED, PASSPHRASE, payload


def codes(result) -> list[str]:
    return [p.code for p in result.problems]


def test_the_whole_file_digest_is_not_worked_out_by_the_verification(signed):
    for data in (signed.data, signed.data[:-30], b"not a zip"):
        result = verify_package(data)
        assert result.sha256 is None and result.as_json()["sha256"] is None


def test_a_digest_the_caller_has_is_handed_on(signed):
    digest = hashlib.sha256(signed.data).hexdigest()
    result = verify_package(signed.data, sha256=digest)
    assert result.valid and result.sha256 == result.as_json()["sha256"] == digest


HEX = "0123456789abcdef"
LINE = st.builds(lambda d, n: f"{d}  {n}\n", st.text(HEX, min_size=64, max_size=64),
                 st.sampled_from(["package.json", "records.json", "reports/a.pdf", "SHA256SUMS", "x"]))
NOISE = st.sampled_from(["", " ", "\n", "\r\n", "../a", "A" * 64, "  ", "\t", "é", "/x"])


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(LINE, max_size=5), noise=st.lists(st.tuples(st.integers(0, 400), NOISE), max_size=2))
def test_the_signed_list_reads_the_same_in_one_pass_as_line_by_line(lines, noise):
    text = "".join(lines)
    for at, extra in noise:
        at = min(at, len(text))
        text = text[:at] + extra + text[at:]

    def outcome(parse, arg):
        try:
            return parse(arg)
        except Refused as refused:
            return refused.problem

    assert outcome(_parse_sums, text.encode("utf-8")) == outcome(_parse_sums_by_line, text)


def rebuilt(signed, change) -> bytes:
    """The signed package taken apart, one entry changed by `change`, put back with zipfile."""
    with zipfile.ZipFile(io.BytesIO(signed.data)) as archive:
        entries = [(i, archive.read(i)) for i in archive.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for info, content in entries:
            change(info)
            out.writestr(info, content)
    return buffer.getvalue()


def test_a_deflated_entry_is_read_but_the_container_is_not_the_canonical_one(signed):
    def deflate_pdf(info):
        if info.filename.endswith(".pdf"):
            info.compress_type = zipfile.ZIP_DEFLATED

    assert codes(verify_package(rebuilt(signed, deflate_pdf), trust=signed.trust)) == ["container_altered"]


def test_a_crc_changed_in_both_headers_is_still_found(signed):
    data = bytearray(signed.data)
    name = b"reports/tu-danh-gia.pdf"
    wrong = zlib.crc32(b"something else")
    local = data.index(name) - 30  # the first time the name appears: its local header
    central = data.rindex(name) - 46  # the last: its record in the central directory
    struct.pack_into("<L", data, local + 14, wrong)
    struct.pack_into("<L", data, central + 16, wrong)
    assert codes(verify_package(bytes(data), trust=signed.trust)) == ["entry_corrupted"]


def signed_with(key, change_manifest=None, files=None) -> bytes:
    private = unlock_private_key(key.encrypted_private_pem, PASSPHRASE)
    contents = payload(key.fingerprint)
    created = CREATED
    if change_manifest:
        manifest = json.loads(contents["package.json"])
        change_manifest(manifest)
        contents["package.json"] = json_bytes(manifest)
        created = datetime(1980, 1, 1, tzinfo=UTC)  # any time a zip can hold
    contents.update(files or {})
    return build_package(contents, private, created)


def test_a_signed_date_no_zip_can_hold_is_refused_not_a_crash(key):
    # The signer claims 1970; no canonical container carries that date, whatever the zip says.
    data = signed_with(key, lambda m: m.update(created_at="1970-01-01T00:00:00+00:00"))
    assert codes(verify_package(data)) == ["container_altered"]


def test_json_nested_too_deep_to_read_is_refused_not_a_crash(key):
    data = signed_with(key, files={"evaluation.json": b"[" * 100_000 + b"]" * 100_000})
    assert codes(verify_package(data)) == ["json_invalid"]


def test_the_headers_rebuilt_alone_match_the_whole_container(signed):
    # The check compares headers only; the package it accepts is the one assemble() rebuilds.
    with zipfile.ZipFile(io.BytesIO(signed.data)) as archive:
        entries = {i.filename: archive.read(i) for i in archive.infolist()}
    control = {n: entries.pop(n) for n in layout.CONTROL_ENTRIES}
    again = assemble(entries, control[layout.SUMS], control[layout.SIGNATURE], control[layout.SIGNER], CREATED)
    assert again == signed.data and verify_package(again).valid


@pytest.mark.parametrize("where", ["gap", "tail", "comment"])
def test_bytes_outside_the_entries_are_refused(signed, where):
    data = bytearray(signed.data)
    if where == "gap":  # a byte slipped in before the central directory
        at = data.index(b"PK\x01\x02")
        data[at:at] = b"\0"
    elif where == "tail":
        data += b"\0"
    else:  # an archive comment
        struct.pack_into("<H", data, len(data) - 2, 4)
        data += b"note"
    result = verify_package(bytes(data), trust=signed.trust)
    assert not result.valid
