"""The main flows open no socket (issue 8, item 5).

Every way out to a network — `socket.connect`/`connect_ex`/`sendto`, `create_connection`,
`getaddrinfo` — is replaced by a trap that records the attempt and raises. Then the flows run
in-process through the CLI and the services, as a user would drive them: open/create the file,
record (demo branch: members and a year of meetings), meetings overview, evaluation (member
ratings and the four-criteria self-evaluation), print to PDF (minutes, year register), records
export, signing key, backup, check, restore. Each flow must succeed and the trap must
stay empty.
"""

from __future__ import annotations

import json
import socket

import pytest
from suite_day import SUITE_CLOCK

from desktop.cli import main


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def trap(name):
        def refuse(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise AssertionError(f"network access attempted: {name}")

        return refuse

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, trap(f"socket.{name}"))
    monkeypatch.setattr(socket, "create_connection", trap("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", trap("getaddrinfo"))
    return attempts


def test_the_trap_really_catches_a_connection(no_network):
    with pytest.raises(AssertionError):
        socket.create_connection(("example.org", 80))
    with pytest.raises(AssertionError):
        socket.socket().connect(("127.0.0.1", 9))
    assert len(no_network) == 2


def run(*argv: str) -> None:
    code = main(list(argv), SUITE_CLOCK)
    assert code == 0, f"chibo {' '.join(argv)} exited {code}"


def test_main_flows_open_no_socket(no_network, tmp_path, capsys):
    db = str(tmp_path / "chi bộ 7.sqlite")
    year = SUITE_CLOCK.today().year
    # open + record: a realistic branch with members and a year of meetings.
    run("--db", db, "demo", "--year", str(year))
    run("--db", db, "meetings", "year", "--year", str(year))
    run("--db", db, "meetings", "list", "--year", str(year), "--json")
    listing = capsys.readouterr().out
    meetings = json.loads(listing[listing.index("["):])
    assert meetings
    # evaluate: the members' rating summary and the branch's four-criteria self-evaluation.
    run("--db", db, "assessments", "summary", "--year", str(year))
    run("--db", db, "evaluate", "--year", str(year), "--json")
    # print to PDF: the minutes of one meeting and the year's register.
    minutes = tmp_path / "biên bản.pdf"
    run("--db", db, "minutes", "--out", str(minutes), str(meetings[0]["id"]))
    assert minutes.read_bytes().startswith(b"%PDF")
    register = tmp_path / "sổ theo dõi.pdf"
    run("--db", db, "register", "--year", str(year), "--out", str(register))
    assert register.read_bytes().startswith(b"%PDF")
    # export: the open records file.
    exported = tmp_path / "hồ sơ.json"
    run("--db", db, "records", "export", "--out", str(exported))
    assert json.loads(exported.read_text(encoding="utf-8"))
    # signing key for the package (generated locally).
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("mật khẩu đủ dài của bí thư", encoding="utf-8")
    run("--db", db, "keys", "init", "--passphrase-file", str(passphrase), "--holder", "Trần Văn An")
    # export the previous, complete year's signed package, verify it, take it into an inbox.
    usb = tmp_path / "usb"
    usb.mkdir()
    run("--db", db, "export", "--year", str(year - 1), "--out", str(usb), "--passphrase-file", str(passphrase))
    package = next(usb.glob("*.chibo.zip"))
    run("verify", str(package), "--json")
    run("--db", db, "keys", "public", "--out", str(tmp_path / "signer.pem"))
    inbox = str(tmp_path / "cấp trên.sqlite")
    run("--db", inbox, "inbox", "init", "--name", "Đảng ủy phường Ba Đình", "--code", "DU-BD",
        "--superior", "Thành ủy Hà Nội", "--place", "Phường Ba Đình")
    run("--db", inbox, "inbox", "register", "--code", "CB-TDP07", "--name", "Chi bộ Tổ dân phố số 7",
        "--key", str(tmp_path / "signer.pem"))
    run("--db", inbox, "inbox", "import", str(usb), "--json")
    run("--db", inbox, "inbox", "summary", "--year", str(year - 1))
    # safety: backup, check, restore.
    out = tmp_path / "usb" / "sao lưu.sqlite"
    run("--db", db, "backup", "--out", str(out))
    run("--db", db, "check")
    run("--db", db, "restore", str(out))
    capsys.readouterr()
    assert no_network == []
