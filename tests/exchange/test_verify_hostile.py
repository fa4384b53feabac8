"""Every reproducer of the hostile-input issue is a named one-line refusal, never an exception:
compression methods changed in the headers, a date with a final newline, numbers out of range,
keys given twice, Windows device names, an archive dressed as a PDF, documents that disagree."""

from __future__ import annotations

import io
import json
import struct
import zipfile

import pytest

from desktop.exchange import verify as verify_module
from desktop.exchange.build import json_bytes
from desktop.exchange.problems import FAILED, INDETERMINATE, PASSED
from desktop.exchange.verify import verify_package
from tests.exchange.conftest import report_pdf


def codes(result) -> list[str]:
    return [p.code for p in result.problems]


def refused_once(result, code: str) -> str:
    """The package is refused for `code` (first) with a one-line message; that message."""
    assert not result.valid and codes(result)[0] == code, codes(result)
    message = result.problems[0].message
    assert message and "\n" not in message
    return message


def resigned(real, **documents) -> bytes:
    """The real package with some documents changed (a function of the parsed document, or raw
    bytes), signed again with its own key: the signature proves nothing about the content."""
    payload = dict(real.payload)
    for entry, change in documents.items():
        name = entry.replace("_", ".")
        if callable(change):
            document = json.loads(payload[name])
            change(document)
            payload[name] = json_bytes(document)
        else:
            payload[name] = change
    return real.sign(payload)


def set_method(data: bytes, name: bytes, *, local: int | None = None, central: int | None = None) -> bytes:
    out = bytearray(data)
    if local is not None:
        struct.pack_into("<H", out, out.index(name) - 30 + 8, local)
    if central is not None:
        struct.pack_into("<H", out, out.rindex(name) - 46 + 10, central)
    return bytes(out)


# --- the reproducers of the issue ----------------------------------------------------------
def test_deflate_named_in_the_central_directory_of_a_stored_entry_is_refused(real_package):
    data = set_method(real_package.full, b"evaluation.json", central=8)
    result = verify_package(data, trust=real_package.trust)
    assert codes(result)[0] in {"entry_unreadable", "entry_corrupted"}
    assert result.indication == FAILED and "evaluation.json" in result.problems[0].message


def test_lzma_named_in_both_headers_is_refused(real_package):
    data = set_method(real_package.full, b"evaluation.json", local=14, central=14)
    result = verify_package(data, trust=real_package.trust)
    assert codes(result)[0] in {"entry_unreadable", "entry_corrupted"}


@pytest.mark.parametrize("method", [1, 6, 9, 12, 14, 19, 93, 95, 96, 97, 98, 99, 0xFFFF])
def test_every_compression_method_in_both_headers_is_a_refusal(real_package, method):
    for name in (b"package.json", b"reports/tu-danh-gia.pdf", b"signer.pem"):
        result = verify_package(set_method(real_package.data, name, local=method, central=method),
                                trust=real_package.trust)
        assert not result.valid and not result.internal_error, (name, method, codes(result))


def test_a_created_at_ending_in_a_newline_is_refused_by_the_schema(real_package):
    def newline(manifest):
        manifest["created_at"] += "\n"

    result = verify_package(resigned(real_package, package_json=newline), trust=real_package.trust)
    message = refused_once(result, "schema_invalid")
    assert "$.created_at" in message


def test_a_sequence_of_two_to_the_seventieth_is_refused(real_package):
    def huge(manifest):
        manifest["sequence"] = 2**70

    message = refused_once(verify_package(resigned(real_package, package_json=huge)), "schema_invalid")
    assert "$.sequence" in message


def test_a_whole_number_written_as_a_float_is_refused(real_package):
    def float_sequence(manifest):
        manifest["sequence"] = 3.0

    message = refused_once(verify_package(resigned(real_package, package_json=float_sequence)), "not_integer")
    assert "$.sequence" in message and "3.0" in message


def test_a_score_of_1e308_against_a_maximum_of_zero_is_refused(real_package):
    def absurd(evaluation):
        component = evaluation["criteria"][0]["components"][0]
        component["score"], component["max"] = 1e308, 0

    message = refused_once(verify_package(resigned(real_package, evaluation_json=absurd)), "schema_invalid")
    assert "$.criteria[0].components[0].score" in message


def test_a_score_above_its_maximum_is_refused(real_package):
    def above(evaluation):
        evaluation["criteria"][1]["components"][0]["score"] = evaluation["criteria"][1]["components"][0]["max"] + 1

    message = refused_once(verify_package(resigned(real_package, evaluation_json=above)), "score_out_of_range")
    assert "$.criteria[1].components[0].score" in message


@pytest.mark.parametrize("text", [b"NaN", b"Infinity", b"-Infinity", b"1e999"])
def test_non_finite_numbers_are_refused(real_package, text):
    raw = real_package.payload["evaluation.json"].replace(b'"four_good": ', b'"x": ' + text + b', "four_good": ', 1)
    assert codes(verify_package(resigned(real_package, evaluation_json=raw)))[0] == "json_invalid"


def test_a_key_given_twice_is_refused_and_named(real_package):
    raw = real_package.payload["evaluation.json"].replace(b'"four_good": false', b'"four_good": true, "four_good": false', 1)
    assert raw != real_package.payload["evaluation.json"]
    message = refused_once(verify_package(resigned(real_package, evaluation_json=raw)), "json_duplicate_key")
    assert "four_good" in message and "evaluation.json" in message and "$" in message


def test_a_key_given_twice_deep_inside_is_named_with_its_path(real_package):
    document = json.loads(real_package.payload["records.json"])
    text = json.dumps(document, ensure_ascii=False)  # another layout: the slow reading
    text = text.replace('"official": ', '"official": 1, "official": ', 1)
    result = verify_package(resigned(real_package, records_json=text.encode()))
    message = refused_once(result, "json_duplicate_key")
    assert "«official»" in message and "$.members" in message


@pytest.mark.parametrize("name", ["reports/CON", "reports/aux.pdf", "reports/Com1.pdf", "reports/nul.",
                                  "reports/LPT9.tar.pdf", "PRN.pdf"])
def test_windows_device_names_are_refused(real_package, name):
    payload = dict(real_package.payload, **{name: report_pdf()})
    message = refused_once(verify_package(real_package.sign(payload), trust=real_package.trust), "reserved_name")
    assert name in message


def nested_zip(comment: bytes = b"") -> bytes:
    """What the issue sent: a zip holding names that climb out and a 50 MB bomb."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("../../Startup/run.bat", b"calc\r\n")
        archive.writestr("bom.bin", b"\0" * (50 * 1024 * 1024))
        archive.comment = comment
    return buffer.getvalue()


def test_a_zip_disguised_as_a_pdf_report_is_refused(real_package):
    payload = dict(real_package.payload, **{"reports/tu-danh-gia.pdf": nested_zip()})
    message = refused_once(verify_package(real_package.sign(payload), trust=real_package.trust), "archive_inside")
    assert "reports/tu-danh-gia.pdf" in message


@pytest.mark.parametrize("disguise", [b"\x1f\x8b\x08\x00", b"7z\xbc\xaf\x27\x1c\x00\x04", b"Rar!\x1a\x07\x01\x00"])
def test_other_archives_are_refused_too(real_package, disguise):
    payload = dict(real_package.payload, **{"reports/tu-danh-gia.pdf": disguise + b"\0" * 100})
    refused_once(verify_package(real_package.sign(payload)), "archive_inside")


def test_a_pdf_with_a_zip_glued_to_its_end_is_refused(real_package):
    pdf = real_package.payload["reports/tu-danh-gia.pdf"]
    glued = dict(real_package.payload, **{"reports/tu-danh-gia.pdf": pdf + nested_zip()})
    refused_once(verify_package(real_package.sign(glued)), "pdf_invalid")
    # A polyglot: the zip's comment repeats the PDF's last lines, so a PDF reader still finds
    # its end, and an unzip tool finds the archive.
    ending = pdf[pdf.rindex(b"startxref"):]
    polyglot = pdf + nested_zip(comment=b"\n" + ending)
    assert zipfile.ZipFile(io.BytesIO(polyglot)).namelist() == ["../../Startup/run.bat", "bom.bin"]
    payload = dict(real_package.payload, **{"reports/tu-danh-gia.pdf": polyglot})
    message = refused_once(verify_package(real_package.sign(payload)), "pdf_invalid")
    assert "zip" in message


@pytest.mark.parametrize(("content", "why"), [
    (b"Bao cao tu danh gia", "%PDF-"),
    (b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n", "%%EOF"),
])
def test_a_report_that_is_not_a_pdf_is_refused(real_package, content, why):
    payload = dict(real_package.payload, **{"reports/tu-danh-gia.pdf": content})
    message = refused_once(verify_package(real_package.sign(payload)), "pdf_invalid")
    assert why in message


def test_a_cut_off_pdf_is_refused(real_package):
    pdf = real_package.payload["reports/tu-danh-gia.pdf"]
    payload = dict(real_package.payload, **{"reports/tu-danh-gia.pdf": pdf[: len(pdf) // 2] + b"\n%%EOF\n"})
    refused_once(verify_package(real_package.sign(payload)), "pdf_invalid")


@pytest.mark.parametrize("name", ["notes.txt", "reports/ghi-chu.txt", "reports/anh.png", "evaluation.csv",
                                  "reports/x.PDF"])
def test_an_entry_of_another_kind_is_refused(real_package, name):
    payload = dict(real_package.payload, **{name: b"%PDF-1.4 hoac bat cu gi"})
    message = refused_once(verify_package(real_package.sign(payload)), "entry_type_unknown")
    assert name in message


@pytest.mark.parametrize(("entry", "change", "what"), [
    ("evaluation.json", lambda d: d.update(year=2019), "năm"),
    ("records.json", lambda d: d.update(year=2019), "năm"),
    ("records.json", lambda d: d["branch"].update(code="CB-KHAC"), "mã chi bộ"),
    ("records.json", lambda d: d["branch"].update(superior_committee="Đảng ủy xã Khác"), "cấp ủy nhận gói"),
    ("evaluation.json", lambda d: d["rulebook"].update(sha256="b" * 64), "mã băm bộ tiêu chí"),
])
def test_documents_that_disagree_with_the_manifest_are_refused(real_package, entry, change, what):
    result = verify_package(resigned(real_package, **{entry.replace(".", "_"): change}))
    message = refused_once(result, "documents_disagree")
    assert what in message and entry in message


# --- the verdict: indication, reason, internal errors ----------------------------------------
def test_the_indication_names_passed_failed_and_indeterminate(real_package, signed):
    assert verify_package(real_package.data, trust=real_package.trust).as_json()["indication"] == PASSED
    tampered = bytearray(real_package.data)
    tampered[len(tampered) // 2] ^= 1
    failed = verify_package(bytes(tampered)).as_json()
    assert (failed["indication"], failed["reason"]) == (FAILED, failed["problems"][0]["code"])
    unknown = verify_package(real_package.data, trust=signed.trust).as_json()
    assert (unknown["indication"], unknown["reason"]) == (INDETERMINATE, "unknown_key")
    assert unknown["problems"][0]["indication"] == INDETERMINATE


def test_an_error_of_the_verifier_itself_is_an_internal_error_not_an_exception(real_package, monkeypatch, caplog):
    def broken(*_args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(verify_module, "_check_canonical", broken)
    result = verify_package(real_package.data, file="goi.zip")
    assert result.internal_error and not result.valid
    assert (result.indication, result.reason) == (INDETERMINATE, "internal_error")
    assert "ZeroDivisionError" in result.problems[0].message
    assert "ZeroDivisionError" in caplog.text  # the traceback goes to the log, not to the user


def test_the_real_package_passes_and_names_its_model(real_package):
    result = verify_package(real_package.full, trust=real_package.trust)
    assert result.valid and result.trusted and result.indication == PASSED and result.reason is None
    assert result.model_name == "Chi bộ 4 tốt"
    assert len([n for n in result.reports if n.startswith("reports/bien-ban/")]) == 27
