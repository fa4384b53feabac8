"""Round trip, then every tampering the issue lists, each refused with its own named reason."""

from __future__ import annotations

import io
import zipfile
from datetime import date

from desktop.exchange.build import assemble, build_package
from desktop.exchange.keys import generate_key_pair, unlock_private_key
from desktop.exchange.trust import StaticTrust, TrustedKey
from desktop.exchange.verify import verify_package
from desktop.exchange.zipread import Limits
from tests.exchange.conftest import CREATED, PASSPHRASE, payload


def codes(result) -> list[str]:
    return [p.code for p in result.problems]


def rezip(entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=CREATED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else method
            archive.writestr(info, data)
    return buffer.getvalue()


def entries_of(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(i.filename, archive.read(i)) for i in archive.infolist()]


def test_round_trip_is_valid_and_reports_contents(signed):
    result = verify_package(signed.data, file="goi.zip", trust=signed.trust)
    assert result.valid, result.problems
    assert (result.branch_code, result.year, result.seq, result.four_good) == ("CB-TDP07", 2026, 1, True)
    assert result.reports == ("reports/tu-danh-gia.pdf",)
    assert result.as_json()["problems"] == []


def test_same_inputs_give_same_bytes(signed):
    private = unlock_private_key(signed.key.encrypted_private_pem, PASSPHRASE)
    assert build_package(payload(signed.key.fingerprint), private, CREATED) == signed.data


def test_a_byte_changed_in_each_entry_is_refused(signed):
    for name, content in entries_of(signed.data):
        altered = bytearray(signed.data)
        at = signed.data.index(content) + len(content) // 2
        altered[at] ^= 0x20
        result = verify_package(bytes(altered), trust=signed.trust)
        assert not result.valid, name
        assert codes(result)[0] in {"entry_corrupted", "mimetype_bad", "bad_signature"}, (name, codes(result))


def test_changed_content_with_recomputed_crc_is_a_hash_mismatch(signed):
    entries = entries_of(signed.data)
    entries = [(n, b.replace(b"a report", b"A REPORT")) if n.endswith(".pdf") else (n, b) for n, b in entries]
    assert codes(verify_package(rezip(entries), trust=signed.trust)) == ["hash_mismatch"]


def test_extra_entry_is_refused(signed):
    entries = entries_of(signed.data) + [("reports/them.pdf", b"%PDF extra")]
    assert codes(verify_package(rezip(entries), trust=signed.trust)) == ["extra_entry"]


def test_missing_entry_is_refused(signed):
    entries = [(n, b) for n, b in entries_of(signed.data) if n != "records.json"]
    assert codes(verify_package(rezip(entries), trust=signed.trust)) == ["missing_entry"]


def test_duplicate_names_are_refused(signed):
    entries = entries_of(signed.data)
    pdf = [(n, b) for n, b in entries if n.endswith(".pdf")][0]
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate we make on purpose
        assert codes(verify_package(rezip(entries + [pdf]), trust=signed.trust)) == ["duplicate_name"]
        upper = [(pdf[0].upper(), pdf[1])]
        assert codes(verify_package(rezip(entries + upper), trust=signed.trust)) == ["duplicate_name_case"]


def test_unsafe_names_are_refused(signed):
    for bad in ("../evil.pdf", "/etc/passwd", "reports\\x.pdf", "C:/x.pdf", "reports/../x.pdf"):
        entries = entries_of(signed.data) + [(bad, b"x")]
        assert codes(verify_package(rezip(entries), trust=signed.trust)) == ["unsafe_name"], bad


def test_zip_bomb_is_refused_without_inflating_it(signed):
    entries = entries_of(signed.data)
    bomb = b"\0" * (3 * 1024 * 1024)  # compresses to a few KB
    entries = [(n, bomb) if n.endswith(".pdf") else (n, b) for n, b in entries]
    data = rezip(entries, method=zipfile.ZIP_DEFLATED)
    assert len(data) < 64 * 1024
    result = verify_package(data, trust=signed.trust, limits=Limits(entry_bytes=1024 * 1024))
    assert codes(result) == ["entry_too_large"]


def test_unknown_key_is_refused(signed):
    other = generate_key_pair("mật khẩu khác nữa")
    trust = StaticTrust([TrustedKey("CB-TDP07", other.fingerprint, None, None, False)], {})
    assert codes(verify_package(signed.data, trust=trust)) == ["unknown_key"]


def test_key_of_another_branch_is_refused(signed):
    trust = StaticTrust([TrustedKey("CB-KHAC", signed.key.fingerprint, None, None, False)], {})
    assert codes(verify_package(signed.data, trust=trust)) == ["key_branch_mismatch"]


def test_revoked_key_is_refused(signed):
    trust = StaticTrust([TrustedKey("CB-TDP07", signed.key.fingerprint, None, None, True)], {})
    assert codes(verify_package(signed.data, trust=trust)) == ["revoked_key"]


def test_key_expired_before_the_package_date_is_refused(signed):
    trust = StaticTrust(
        [TrustedKey("CB-TDP07", signed.key.fingerprint, date(2020, 1, 1), date(2025, 12, 31), False)], {}
    )
    assert codes(verify_package(signed.data, trust=trust)) == ["key_not_valid_at_date"]


def test_lower_or_equal_sequence_is_refused(signed):
    key = TrustedKey("CB-TDP07", signed.key.fingerprint, None, None, False)
    assert codes(verify_package(signed.data, trust=StaticTrust([key], {("CB-TDP07", 2026): 1}))) == [
        "stale_sequence"
    ]
    assert verify_package(signed.data, trust=StaticTrust([key], {("CB-TDP07", 2025): 5})).valid


def test_truncated_file_is_refused(signed):
    assert codes(verify_package(signed.data[: len(signed.data) - 30], trust=signed.trust)) == ["truncated"]


def test_a_file_that_is_not_a_zip_is_refused(signed):
    assert codes(verify_package(b"%PDF-1.4 not a package", trust=signed.trust)) == ["not_zip"]
    assert codes(verify_package(b"", trust=signed.trust)) == ["not_zip"]


def test_signature_by_another_key_is_refused(signed):
    entries = dict(entries_of(signed.data))
    other = generate_key_pair("mật khẩu khác nữa")
    other_signer = other.public_pem.encode()
    data = assemble(
        {n: b for n, b in entries.items() if n not in ("mimetype", "SHA256SUMS", "SHA256SUMS.sig", "signer.pem")},
        entries["SHA256SUMS"], entries["SHA256SUMS.sig"], other_signer, CREATED,
    )
    assert codes(verify_package(data, trust=signed.trust)) == ["bad_signature"]


def test_changed_header_byte_is_refused_even_with_intact_contents(signed):
    altered = bytearray(signed.data)
    altered[10] ^= 0x01  # the first local header's modification time
    result = verify_package(bytes(altered), trust=signed.trust)
    assert not result.valid and codes(result) == ["container_altered"]


def test_without_a_registry_the_package_is_intact_but_not_trusted(signed):
    result = verify_package(signed.data)
    assert result.valid and not result.trusted
    assert [w.code for w in result.warnings] == ["untrusted"]
