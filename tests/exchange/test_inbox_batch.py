"""A folder import keeps going: every package is taken on its own, a refused or broken one is
listed with its reason, the others are recorded, and no file is kept in the inbox folder
unless its row is committed. The data file is backed up first."""

from __future__ import annotations

import struct
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from desktop.services import inbox_receive
from desktop.services.errors import UserError
from desktop.services.inbox_checks import InboxJudge
from desktop.store.database import unit_of_work
from desktop.store.models import ReceivedPackage
from tests.exchange.conftest import branch_key, inbox_with


def stored_files(inbox) -> list[str]:  # noqa: ANN001
    return sorted(p.name for p in inbox.folder.iterdir()) if inbox.folder.exists() else []


def rows(db) -> int:  # noqa: ANN001
    with unit_of_work(db) as s:
        return s.scalar(select(func.count(ReceivedPackage.id)))


def lzma_in_both_headers(data: bytes) -> bytes:
    out = bytearray(data)
    name = b"evaluation.json"
    struct.pack_into("<H", out, out.index(name) - 30 + 8, 14)
    struct.pack_into("<H", out, out.rindex(name) - 46 + 10, 14)
    return bytes(out)


def newline_in_created_at(documents) -> None:  # noqa: ANN001
    documents["package.json"]["created_at"] += "\n"


def four_good_against_criterion_2(documents) -> None:  # noqa: ANN001
    second = documents["evaluation.json"]["criteria"][1]
    second["components"][1].update(score=2, good=False)
    second.update(score=second["score"] - 2, good=False)
    documents["evaluation.json"]["score"] -= 2


@pytest.fixture(scope="module")
def forty():
    """40 branches with a package each; numbers 13, 26 and 39 send a hostile one."""
    branches = [branch_key(n) for n in range(1, 41)]
    packages = {}
    for branch in branches:
        number = int(branch.code[-2:])
        if number == 13:
            data = lzma_in_both_headers(branch.package())
        elif number == 26:
            data = branch.package(change=newline_in_created_at)
        elif number == 39:
            data = branch.package(change=four_good_against_criterion_2)
        else:
            data = branch.package()
        packages[f"{branch.code}-2026-01.chibo.zip"] = data
    return branches, packages


def write_all(folder: Path, packages: dict[str, bytes]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    for name, data in packages.items():
        (folder / name).write_bytes(data)
    return sorted(folder.glob("*.zip"))


def test_forty_packages_with_three_hostile_ones_import_thirty_seven(db, tmp_path, forty):
    branches, packages = forty
    inbox = inbox_with(db, branches)
    report, _ = inbox.import_packages(write_all(tmp_path / "usb", packages))
    assert (report.accepted, report.rejected, len(report.outcomes)) == (37, 3, 40)
    reasons = {o.file: o.codes[0] for o in report.refused}
    # Stored bytes read as LZMA either fail to inflate or inflate to bytes with another CRC.
    assert reasons.pop("CB-TDP13-2026-01.chibo.zip") in {"entry_unreadable", "entry_corrupted"}
    assert reasons == {"CB-TDP26-2026-01.chibo.zip": "schema_invalid",
                       "CB-TDP39-2026-01.chibo.zip": "verdict_contradicts"}
    for outcome in report.refused:
        assert len(outcome.problems) >= 1 and all("\n" not in p for p in outcome.problems)
    assert len(inbox.results(2026)) == 37 and rows(db) == 40
    assert len(stored_files(inbox)) == 37 and not [n for n in stored_files(inbox) if n.endswith(".partial")]
    assert {o.file for o in inbox.rejected()} == {o.file for o in report.refused}


def test_a_file_that_breaks_the_import_is_listed_and_the_others_are_received(db, tmp_path, forty, monkeypatch):
    branches, packages = forty
    inbox = inbox_with(db, branches[:5])
    honest = {n: d for n, d in packages.items() if n < "CB-TDP06"}
    judge = InboxJudge.problems

    def broken_for_tdp03(self, result):  # noqa: ANN001, ANN202
        if result.branch_code == "CB-TDP03":
            raise KeyError("a bug")
        return judge(self, result)

    monkeypatch.setattr(InboxJudge, "problems", broken_for_tdp03)
    report, _ = inbox.import_packages(write_all(tmp_path / "usb", honest))
    assert [o.accepted for o in report.outcomes] == [True, True, False, True, True]
    assert report.outcomes[2].codes == ("internal_error",) and "KeyError" in report.outcomes[2].problems[0]
    assert len(stored_files(inbox)) == 4 and rows(db) == 4  # the broken one left nothing behind


def test_unreadable_files_in_the_folder_are_listed_not_fatal(db, tmp_path, forty):
    branches, packages = forty
    inbox = inbox_with(db, branches[:2])
    usb = tmp_path / "usb"
    paths = write_all(usb, {n: d for n, d in packages.items() if n < "CB-TDP03"})
    huge = usb / "lon.zip"
    with open(huge, "wb") as fh:
        fh.truncate(3 * 1024**3)  # sparse: refused by its size, never read
    (usb / "thu-muc.zip").mkdir()
    report, _ = inbox.import_packages([*paths, huge, usb / "thu-muc.zip", usb / "mat.zip"])
    assert [o.accepted for o in report.outcomes] == [True, True, False, False, False]
    assert [o.codes for o in report.outcomes[2:]] == [("package_too_large",), ("not_a_file",), ("file_not_found",)]


def test_nothing_is_kept_in_the_inbox_folder_when_the_commit_fails(db, tmp_path, forty, monkeypatch):
    branches, packages = forty
    inbox = inbox_with(db, branches[:3])
    real = inbox_receive.unit_of_work

    @contextmanager
    def failing_commit(database):  # noqa: ANN001, ANN202
        with real(database) as s:
            yield s
            s.flush()
            raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(inbox_receive, "unit_of_work", failing_commit)
    with pytest.raises(UserError, match="disk is full") as caught:
        inbox.import_packages(write_all(tmp_path / "usb", {n: d for n, d in packages.items() if n < "CB-TDP04"}))
    assert "0 gói nhận trước đó" in caught.value.message
    assert stored_files(inbox) == [] and rows(db) == 0


def test_a_run_stopped_between_commit_and_rename_is_finished_by_the_next(db, tmp_path, forty, monkeypatch):
    branches, packages = forty
    inbox = inbox_with(db, branches[:2])
    monkeypatch.setattr(inbox_receive._Batch, "publish", lambda self: None)  # stopped right after the commit
    first = write_all(tmp_path / "usb", {n: d for n, d in packages.items() if n < "CB-TDP02"})
    report, _ = inbox.import_packages(first)
    assert report.accepted == 1 and all(n.endswith(".partial") for n in stored_files(inbox))
    stray = inbox.folder / f".{'e' * 64}.partial"  # written, never committed
    stray.write_bytes(b"x")
    monkeypatch.undo()
    second = write_all(tmp_path / "usb2", {n: d for n, d in packages.items() if "TDP02" in n})
    report, _ = inbox.import_packages(second)
    assert report.accepted == 1
    names = stored_files(inbox)
    assert len(names) == 2 and all(n.endswith(".chibo.zip") for n in names)
    results = inbox.results(2026)
    assert all(inbox.report(r.package_id, "reports/tu-danh-gia.pdf").startswith(b"%PDF-") for r in results)


def test_the_data_file_is_backed_up_before_an_import(db, tmp_path, forty):
    branches, packages = forty
    inbox = inbox_with(db, branches[:1])
    report, _ = inbox.import_packages(write_all(tmp_path / "usb", {n: d for n, d in packages.items()
                                                                    if "TDP01" in n}))
    assert report.backup is not None and report.backup.exists()
    assert "before-inbox-import" in report.backup.name and report.backup.parent == db.backup_dir


def test_no_backup_no_import(db, tmp_path, forty):
    branches, packages = forty
    inbox = inbox_with(db, branches[:1])
    db.backup_dir.parent.mkdir(parents=True, exist_ok=True)
    db.backup_dir.write_text("một tệp chắn chỗ thư mục sao lưu", encoding="utf-8")
    with pytest.raises(UserError):
        inbox.import_packages(write_all(tmp_path / "usb", {n: d for n, d in packages.items() if "TDP01" in n}))
    assert rows(db) == 0 and stored_files(inbox) == []
