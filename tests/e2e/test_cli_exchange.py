"""The package from the command line, as the README shows it: keys, export, verify, inbox."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from suite_day import SUITE_CLOCK

from sqlalchemy import func, select

from desktop.cli import main
from desktop.services.demo import build_demo
from desktop.store.database import open_database
from desktop.store.models import InboxBranch


@pytest.fixture(scope="module")
def branch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-exchange")
    db_path = folder / "chi bộ 7.sqlite"
    db = open_database(db_path, create=True)
    build_demo(db, 2026, today=SUITE_CLOCK.today())
    db.close()
    passphrase = folder / "pass.txt"
    passphrase.write_text("mật khẩu của bí thư\n", encoding="utf-8")
    return folder, str(db_path), str(passphrase)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), SUITE_CLOCK)
    out, err = capsys.readouterr()
    return code, out, err


def test_keys_export_verify_and_inbox(branch, capsys, tmp_path):
    folder, db, passphrase = branch
    code, out, _ = run(capsys, "--db", db, "keys", "init", "--passphrase-file", passphrase, "--holder", "Nguyễn Hữu Quỳnh")
    assert code == 0 and "Dấu vân tay" in out
    code, out, _ = run(capsys, "--db", db, "keys", "show", "--json")
    fingerprint = json.loads(out)[0]["fingerprint"]

    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, err = run(capsys, "--db", db, "export", "--year", "2025", "--out", str(usb), "--passphrase-file", passphrase)
    assert code == 0, err
    package = Path(out.strip())
    assert package.exists() and package.parent == usb and fingerprint in err

    code, out, _ = run(capsys, "verify", str(package), "--json")
    [result] = json.loads(out)
    assert code == 0 and result["valid"] and not result["trusted"]
    assert (result["branch"], result["year"], result["seq"], result["four_good"]) == ("CB-TDP07", 2025, 1, False)
    assert set(result) >= {"file", "valid", "problems", "branch", "year", "seq", "four_good"}
    assert result["sha256"] == hashlib.sha256(package.read_bytes()).hexdigest()  # as sha256sum

    trust = tmp_path / "trust"
    trust.mkdir()
    run(capsys, "--db", db, "keys", "public", "--out", str(trust / "CB-TDP07.pem"))
    (trust / "trust.json").write_text(json.dumps({"keys": [
        {"branch_code": "CB-TDP07", "public_key": "CB-TDP07.pem", "valid_from": "2025-01-01"}]}), encoding="utf-8")
    tampered = tmp_path / "sua.chibo.zip"
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    code, out, _ = run(capsys, "verify", str(package), str(tampered), "--trust", str(trust), "--json")
    good, bad = json.loads(out)
    assert code == 1 and good["valid"] and good["trusted"] and not bad["valid"] and bad["problems"]

    inbox = str(tmp_path / "cấp trên.sqlite")
    assert run(capsys, "--db", inbox, "inbox", "init", "--name", "Đảng ủy phường Ba Đình", "--code", "DU-BD",
               "--superior", "Thành ủy Hà Nội", "--place", "Phường Ba Đình")[0] == 0
    assert run(capsys, "--db", inbox, "inbox", "register", "--code", "CB-TDP07", "--name",
               "Chi bộ Tổ dân phố số 7", "--key", str(trust / "CB-TDP07.pem"))[0] == 0
    shutil.copy(tampered, usb / tampered.name)
    code, out, _ = run(capsys, "--db", inbox, "inbox", "import", str(usb), "--json")
    outcomes = {o["file"]: o for o in json.loads(out)}
    assert code == 1 and outcomes[package.name]["accepted"] and not outcomes[tampered.name]["accepted"]
    code, out, _ = run(capsys, "--db", inbox, "inbox", "summary", "--year", "2025", "--json")
    summary = json.loads(out)
    assert summary["received"] == 1 and summary["branches"][0]["code"] == "CB-TDP07"


def test_wrong_passphrase_and_bad_files_give_one_vietnamese_line(branch, capsys, tmp_path):
    folder, db, _ = branch
    wrong = tmp_path / "sai.txt"
    wrong.write_text("không phải mật khẩu", encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "export", "--year", "2025", "--out", str(tmp_path), "--passphrase-file", str(wrong))
    assert code == 1 and err.strip().splitlines()[-1].startswith("Lỗi:") and "Traceback" not in err
    not_zip = tmp_path / "x.zip"
    not_zip.write_text("không phải zip", encoding="utf-8")
    code, out, _ = run(capsys, "verify", str(not_zip))
    assert code == 1 and "không phải gói hồ sơ" in out
    # A file that cannot be read is a refusal like any other, named on its own line.
    code, out, err = run(capsys, "verify", str(tmp_path / "không có.zip"))
    assert code == 1 and "Không có tệp này." in out and err == ""


@pytest.fixture(scope="module")
def exported(branch, tmp_path_factory):
    """The demo year exported once with its key, and a trust folder registering that key."""
    import contextlib
    import io

    folder, db, passphrase = branch
    out = tmp_path_factory.mktemp("usb")
    trust = tmp_path_factory.mktemp("trust")
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        main(["--db", db, "keys", "init", "--passphrase-file", passphrase])
        main(["--db", db, "export", "--year", "2025", "--out", str(out), "--passphrase-file", passphrase])
        main(["--db", db, "keys", "public", "--out", str(trust / "CB-TDP07.pem")])
    (trust / "trust.json").write_text(json.dumps({"keys": [
        {"branch_code": "CB-TDP07", "public_key": "CB-TDP07.pem", "valid_from": "2025-01-01"}]}), encoding="utf-8")
    [package] = sorted(out.glob("*.chibo.zip"))
    return package, trust


def with_method(data: bytes, name: bytes, method: int) -> bytes:
    import struct

    out = bytearray(data)
    struct.pack_into("<H", out, out.index(name) - 30 + 8, method)
    struct.pack_into("<H", out, out.rindex(name) - 46 + 10, method)
    return bytes(out)


def test_verify_names_its_indication_and_exits_0_1_or_3(exported, capsys, tmp_path, monkeypatch):
    package, trust = exported
    lzma = tmp_path / "nen-lzma.chibo.zip"
    lzma.write_bytes(with_method(package.read_bytes(), b"evaluation.json", 14))
    code, out, err = run(capsys, "verify", str(package), "--trust", str(trust), "--json")
    [good] = json.loads(out)
    assert code == 0 and err == "" and (good["indication"], good["reason"], good["valid"]) == ("passed", None, True)
    assert good["model_name"] == "Chi bộ 4 tốt"

    code, out, err = run(capsys, "verify", str(package), str(lzma), str(tmp_path / "mat.zip"), "--json")
    good, bad, missing = json.loads(out)
    assert code == 1 and err == "" and "Traceback" not in out
    assert good["indication"] == "passed" and [w["code"] for w in good["warnings"]] == ["untrusted"]
    assert bad["indication"] == "failed" and bad["reason"] in ("entry_unreadable", "entry_corrupted")
    assert (missing["indication"], missing["reason"]) == ("indeterminate", "file_not_found")
    assert bad["problems"][0]["indication"] == "failed" and bad["problems"][0]["message"]

    code, out, _ = run(capsys, "verify", str(lzma))
    assert code == 1 and out.splitlines()[0] == f"KHÔNG HỢP LỆ  {lzma}"
    code, out, _ = run(capsys, "--lang", "en", "verify", str(lzma))
    assert code == 1 and out.splitlines()[0] == f"INVALID  {lzma}" and "evaluation.json" in out

    from desktop.exchange import verify

    def bug(*_args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(verify, "_check_canonical", bug)
    code, out, err = run(capsys, "verify", str(package), str(lzma))
    assert code == 3 and "Traceback" not in out + err
    assert "Lỗi nội bộ" in out and "ZeroDivisionError" in out


def test_inbox_import_lists_each_refused_file_and_keeps_the_rest(exported, capsys, tmp_path):
    package, trust = exported
    usb = tmp_path / "usb"
    usb.mkdir()
    shutil.copy(package, usb / package.name)
    (usb / "CB-LZMA.chibo.zip").write_bytes(with_method(package.read_bytes(), b"evaluation.json", 14))
    (usb / "CB-HONG.chibo.zip").write_bytes(b"PK\x03\x04 hong")
    inbox = str(tmp_path / "cấp trên.sqlite")
    run(capsys, "--db", inbox, "inbox", "init", "--name", "Đảng ủy phường Ba Đình", "--code", "DU-BD",
        "--superior", "Thành ủy Hà Nội", "--place", "Phường Ba Đình")
    run(capsys, "--db", inbox, "inbox", "register", "--code", "CB-TDP07", "--name", "Chi bộ Tổ dân phố số 7",
        "--key", str(trust / "CB-TDP07.pem"))
    code, out, err = run(capsys, "--db", inbox, "inbox", "import", str(usb))
    lines = out.splitlines()
    assert code == 1 and "Traceback" not in out + err
    assert lines[0].startswith("TỪ CHỐI  CB-HONG.chibo.zip: ") and lines[1].startswith("TỪ CHỐI  CB-LZMA.chibo.zip: ")
    assert lines[2] == f"NHẬN  {package.name}"
    assert lines[3] == "Tổng: nhận 1, từ chối 2, trên 3 tệp."
    assert "before-inbox-import" in err  # the backup made first
    code, out, _ = run(capsys, "--db", inbox, "inbox", "summary", "--year", "2025")
    assert code == 0 and out.splitlines()[0] == "0/1 chi bộ đạt «Chi bộ 4 tốt»"
    assert "chưa đạt «Chi bộ 4 tốt»" in out.splitlines()[1]


def test_a_bad_key_registers_no_branch(capsys, tmp_path):
    """`inbox register --key` with a file that is not a public key: refused before the branch
    is registered (it was registered, then the command failed)."""
    inbox = str(tmp_path / "cap-tren.sqlite")
    run(capsys, "--db", inbox, "inbox", "init", "--name", "Đảng ủy phường Ba Đình", "--code", "DU-BD",
        "--superior", "Thành ủy Hà Nội", "--place", "Phường Ba Đình")
    not_a_key = tmp_path / "khoa.pem"
    not_a_key.write_text("không phải khóa\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", inbox, "inbox", "register", "--code", "CB-X", "--name", "Chi bộ X",
                         "--key", str(not_a_key))
    assert code == 1 and "Đã đăng ký" not in out and "PEM" in err
    code, out, _ = run(capsys, "--db", inbox, "inbox", "summary", "--year", "2025")
    assert code == 0 and out.splitlines()[0] == "0/0 chi bộ đạt «Chi bộ 4 tốt»"


def test_inbox_commands_refuse_a_branch_file_and_write_nothing(branch, capsys, tmp_path):
    _, db, _ = branch
    folder = tmp_path / "packages"
    folder.mkdir()
    for argv in (("inbox", "register", "--code", "CB01", "--name", "Chi bộ 1"),
                 ("inbox", "import", str(folder)), ("inbox", "summary", "--year", "2026")):
        code, out, err = run(capsys, "--db", str(db), *argv)
        assert code == 1 and out == "", argv
        assert err == (f"Lỗi: Tệp «{db}» là sổ của «Chi bộ Tổ dân phố số 7», không phải hộp thư của cấp ủy: "
                       "các lệnh «inbox» chạy trên tệp tạo bằng «chibo --db TỆP inbox init».\n")
    with open_database(Path(db)) as opened, opened.sessions() as s:
        assert s.scalar(select(func.count()).select_from(InboxBranch)) == 0


def test_branch_commands_refuse_an_inbox_file(capsys, tmp_path):
    inbox = tmp_path / "đảng ủy.sqlite"
    code, _, _ = run(capsys, "--db", str(inbox), "inbox", "init", "--name", "Đảng ủy phường Ba Đình",
                     "--code", "DU-BD", "--superior", "Quận ủy Ba Đình", "--place", "Ba Đình")
    assert code == 0
    for argv in (("members", "list"), ("meetings", "list"), ("dues", "month", "2026-11"),
                 ("tasks", "list"), ("keys", "show"), ("records", "export", "--out", str(tmp_path / "r.json"))):
        code, out, err = run(capsys, "--db", str(inbox), *argv)
        assert code == 1 and out == "", argv
        assert err == (f"Lỗi: Tệp «{inbox}» là hộp thư của «Đảng ủy phường Ba Đình», không phải sổ của một "
                       "chi bộ: lệnh này chỉ chạy trên sổ của chi bộ.\n"), argv
    assert not (tmp_path / "r.json").exists()
    code, out, _ = run(capsys, "--db", str(inbox), "inbox", "summary", "--year", "2026")
    assert code == 0 and "0/0" in out
    code, _, _ = run(capsys, "--db", str(inbox), "check")  # a file command: any kind of file
    assert code == 0
