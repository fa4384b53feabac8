"""Converting a file, changing its passphrase, decrypting it, restoring its backups; the year's
package and the inbox on encrypted files. Nothing in clear is ever written: every file the
operations wrote (the data file, its -wal and -shm, backups, the temporary folder) is scanned
for the members' names."""

from __future__ import annotations

import tempfile
import zipfile
from datetime import date, datetime, timedelta

import pytest
from encrypted_data import NAMES, NEW_PASSPHRASE, PASSPHRASE, copy_closed, leaks, make_branch
from safety_data import add_members

from desktop.clock import Clock
from desktop.services.backups import BackupService
from desktop.services.container import build_services
from desktop.services.demo import build_demo
from desktop.services.encryption import EncryptionService
from desktop.services.errors import UserError
from desktop.services.file_secrets import FileSecret, open_data_file, recovery_code_of
from desktop.services.inbox import InboxService
from desktop.services.keys import KeyService
from desktop.services.members import MembersService
from desktop.services.package_export import PackageExportService
from desktop.services.records import dumps, export_records
from desktop.services.restore import BackupKeyNeeded, RestoreService
from desktop.store.backup import file_fingerprint
from desktop.store.cipher import file_kind
from desktop.store.integrity import StorageProblem
from desktop.store.database import DataFileError, open_database
from tests.suite_day import SUITE_CLOCK

SECRET = FileSecret.passphrase(PASSPHRASE)
TODAY = datetime(2026, 11, 18, 10, 0)
YESTERDAY = TODAY - timedelta(days=1)


@pytest.fixture(autouse=True)
def private_temp(tmp_path, monkeypatch):
    """The temporary folder the program would use, watched: it must receive nothing in clear."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder
    assert leaks(folder) == []


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("template")
    make_branch(folder / "chibo.sqlite", SECRET)
    return folder / "chibo.sqlite"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with open_database(path, create=True) as db:
        build_demo(db, 2026, today=TODAY.date())
    return path


def _encryption(db, clock=Clock.fixed(TODAY)):  # noqa: ANN001, ANN202, B008
    return EncryptionService(db, BackupService(db, clock=clock), clock=clock)


def test_converting_the_demo_keeps_an_identical_records_export(demo_template, tmp_path):
    path = copy_closed(demo_template, tmp_path / "demo.sqlite")
    db = open_database(path)
    BackupService(db, clock=Clock.fixed(YESTERDAY)).make("manual")  # a plain backup, before
    before = dumps(export_records(db))
    names = [m.full_name for m in MembersService(db, clock=Clock.fixed(TODAY)).list_members()][:6]
    result = _encryption(db).encrypt(PASSPHRASE, PASSPHRASE)
    try:
        assert dumps(export_records(result.database)) == before
        assert result.database.encrypted and file_kind(path) == "encrypted"
        assert not result.removed_original.exists()  # kept aside until checked, then removed
        assert [p.name for p in result.encrypted_backups] == ["demo-20261117-100000-manual.sqlite"]
        assert file_kind(result.encrypted_backups[0]) == "encrypted" and result.warnings == ()
        assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "demo.sqlite", "demo.sqlite-shm",
                                                               "demo.sqlite-wal", "demo.sqlite.lock", "tmp"]
    finally:
        result.database.close()
    assert leaks(tmp_path, names) == []
    code = result.recovery_code
    for secret in (SECRET, FileSecret.recovery_code(code)):
        with open_data_file(path, secret) as reopened:
            assert dumps(export_records(reopened)) == before
        with open_data_file(result.encrypted_backups[0], secret) as backup:
            assert backup.encrypted


def test_a_converted_file_that_fails_its_check_is_dropped_and_the_original_kept(tmp_path, monkeypatch):
    path = tmp_path / "chibo.sqlite"
    make_branch(path, None)
    before = file_fingerprint(path)
    db = open_database(path)

    monkeypatch.setattr("desktop.services.encryption.check_storage_file",
                        lambda p, key=None: [StorageProblem("structure", "Page 3: btreeInitPage() returns error")])
    with pytest.raises(UserError, match="không qua được bước kiểm tra") as caught:
        _encryption(db).encrypt(PASSPHRASE, PASSPHRASE)
    assert "btreeInitPage" in caught.value.message
    db.close()
    # The same records, in clear as before (only the journal mode in its header was left).
    assert file_fingerprint(path) == before and file_kind(path) == "plain"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chibo.sqlite", "chibo.sqlite.lock", "tmp"]


def test_a_weak_or_mistyped_passphrase_converts_nothing(tmp_path):
    path = tmp_path / "chibo.sqlite"
    make_branch(path, None)
    with open_database(path) as db:
        with pytest.raises(UserError, match="ít nhất 12 ký tự"):
            _encryption(db).encrypt("ngắn quá", "ngắn quá")
        with pytest.raises(UserError, match="không giống nhau"):
            _encryption(db).encrypt(PASSPHRASE, PASSPHRASE + " ")
    assert file_kind(path) == "plain"


def test_changing_the_passphrase_backs_up_first_and_retires_the_old_code(encrypted_template, tmp_path):
    path = copy_closed(encrypted_template, tmp_path / "chibo.sqlite")
    db = open_data_file(path, SECRET)
    old_code = recovery_code_of(db.key)
    service = _encryption(db)
    with pytest.raises(UserError, match="hiện tại không đúng"):
        service.change_passphrase(FileSecret.passphrase(NEW_PASSPHRASE), NEW_PASSPHRASE, NEW_PASSPHRASE)
    change = service.change_passphrase(FileSecret.recovery_code(old_code), NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert change.recovery_code != old_code and change.backup.name.endswith("-before-passphrase-change.sqlite")
    assert len(MembersService(db, clock=Clock.fixed(TODAY)).list_members()) == 5  # the open file goes on
    db.close()
    for secret in (SECRET, FileSecret.recovery_code(old_code)):
        with pytest.raises(DataFileError) as caught:
            open_data_file(path, secret)
        assert caught.value.reason in ("wrong_passphrase", "wrong_recovery_code")
        open_data_file(change.backup, secret).close()  # the backup made before: the old secret
    for secret in (FileSecret.passphrase(NEW_PASSPHRASE), FileSecret.recovery_code(change.recovery_code)):
        open_data_file(path, secret).close()
    assert leaks(tmp_path) == []


def test_restoring_yesterdays_backup_after_a_passphrase_change(encrypted_template, tmp_path):
    path = copy_closed(encrypted_template, tmp_path / "chibo.sqlite")
    db = open_data_file(path, SECRET)
    yesterday = BackupService(db, clock=Clock.fixed(YESTERDAY)).make("close").path
    add_members(db, [("Đoàn Thị Nga", date(1988, 6, 1), date(2015, 2, 3), date(2016, 2, 3))])
    _encryption(db).change_passphrase(SECRET, NEW_PASSPHRASE, NEW_PASSPHRASE)
    clock = Clock.fixed(TODAY)
    restore = RestoreService(db, BackupService(db, clock=clock), clock=clock)
    with pytest.raises(BackupKeyNeeded, match="cụm mật khẩu khác"):
        restore.restore(yesterday)
    with pytest.raises(UserError, match="không mở được bản sao lưu"):
        restore.restore(yesterday, FileSecret.passphrase("một cụm mật khẩu không đúng"))
    result = restore.restore(yesterday, SECRET)
    try:
        assert result.database.encrypted
        assert len(MembersService(result.database, clock=clock).list_members()) == 5
    finally:
        result.database.close()
    # The restored records live under the file's current passphrase, not the backup's.
    with pytest.raises(DataFileError):
        open_data_file(path, SECRET)
    open_data_file(path, FileSecret.passphrase(NEW_PASSPHRASE)).close()
    assert not list(tmp_path.glob("*.restoring*")) and leaks(tmp_path) == []


def test_a_plain_backup_restored_into_an_encrypted_file_comes_in_encrypted(tmp_path):
    plain = tmp_path / "cu.sqlite"
    make_branch(plain, None)
    path = tmp_path / "chibo.sqlite"
    make_branch(path, SECRET)
    clock = Clock.fixed(TODAY)
    with open_data_file(path, SECRET) as db:
        result = RestoreService(db, BackupService(db, clock=clock), clock=clock).restore(plain)
        result.database.close()
    assert file_kind(path) == "encrypted"
    open_data_file(path, SECRET).close()


def test_an_encrypted_backup_is_not_restored_into_a_plain_file(encrypted_template, tmp_path):
    backup = copy_closed(encrypted_template, tmp_path / "backups" / "chibo-20261117-100000-close.sqlite")
    path = tmp_path / "thuong.sqlite"
    make_branch(path, None)
    before = path.read_bytes()
    clock = Clock.fixed(TODAY)
    with open_database(path) as db:
        with pytest.raises(UserError, match="được mã hóa, còn tệp dữ liệu"):
            RestoreService(db, BackupService(db, clock=clock), clock=clock).restore(backup, SECRET)
    assert path.read_bytes() == before


def test_decrypting_writes_a_new_plain_file_and_leaves_the_encrypted_one(encrypted_template, tmp_path):
    path = copy_closed(encrypted_template, tmp_path / "chibo.sqlite")
    with open_data_file(path, SECRET) as db:
        service = _encryption(db)
        out = service.decrypt_to(tmp_path / "ban-thuong.sqlite")
        with pytest.raises(UserError, match="đã tồn tại"):
            service.decrypt_to(out)
        with pytest.raises(UserError, match="khác tệp dữ liệu"):
            service.decrypt_to(path)
        expected = dumps(export_records(db))
    assert file_kind(out) == "plain" and file_kind(path) == "encrypted"
    with open_database(out) as plain:
        assert dumps(export_records(plain)) == expected
    assert any(name.encode() in out.read_bytes() for name in NAMES)  # the leak this one is for


def test_the_year_package_and_the_inbox_work_on_encrypted_files(tmp_path):
    clock = Clock.fixed(date(2026, 3, 1))
    branch = open_data_file(tmp_path / "chibo.sqlite", SECRET, create=True)
    try:
        build_demo(branch, 2025, today=clock.today())
        KeyService(branch, clock=clock).create_key("mật khẩu khóa ký của chi bộ", "Nguyễn Hữu Quỳnh")
        out = tmp_path / "usb"
        out.mkdir()
        result, _ = PackageExportService(branch, clock=clock).export(2025, "mật khẩu khóa ký của chi bộ", out)
    finally:
        branch.close()
    inbox_db = open_data_file(tmp_path / "cap-tren.sqlite", FileSecret.passphrase(NEW_PASSPHRASE), create=True)
    try:
        inbox = InboxService(inbox_db, clock=SUITE_CLOCK)
        inbox.register_branch("CB-TDP07", "Chi bộ Tổ dân phố số 7")
        inbox.add_key("CB-TDP07", zipfile.ZipFile(result.path).read("signer.pem"))
        report, _ = inbox.import_packages([result.path])
        assert [o.accepted for o in report.outcomes] == [True]
    finally:
        inbox_db.close()
    assert file_kind(tmp_path / "cap-tren.sqlite") == "encrypted"
    # The package carries what it always did (members' names in records.json), nothing more,
    # and the inbox keeps the accepted packages as received (`cap-tren-inbox/`); the data files,
    # their side files and backups hold no name in clear.
    assert "Đặng Thị Ngọc Ánh" in zipfile.ZipFile(result.path).read("records.json").decode("utf-8")
    for folder in (out, tmp_path / "cap-tren-inbox"):
        for package in folder.iterdir():
            package.unlink()
    assert leaks(tmp_path, ("Đặng Thị Ngọc Ánh", "Nguyễn Hữu Quỳnh")) == []


def test_the_services_of_an_encrypted_file_carry_its_key(encrypted_template, tmp_path):
    path = copy_closed(encrypted_template, tmp_path / "chibo.sqlite")
    with open_data_file(path, SECRET) as db:
        services = build_services(db, Clock.fixed(TODAY))
        assert services.encryption.encrypted
        assert services.data_check.check().ok
        made = services.backups.make("manual")
        assert file_kind(made.path) == "encrypted"


def test_an_encrypted_file_cut_short_is_replaced_by_its_backup_with_the_passphrase(encrypted_template,
                                                                                  tmp_path):
    from desktop.services.restore import restore_into_new_file, restore_over_unopenable

    backup = copy_closed(encrypted_template, tmp_path / "backups" / "chibo-20261117-100000-close.sqlite")
    live = copy_closed(encrypted_template, tmp_path / "chibo.sqlite")
    live.write_bytes(live.read_bytes()[:6000])
    with pytest.raises(DataFileError) as caught:
        open_data_file(live, SECRET)
    assert caught.value.reason == "encrypted_truncated"
    with pytest.raises(BackupKeyNeeded):
        restore_over_unopenable(backup, live, TODAY)
    kept = restore_over_unopenable(backup, live, TODAY, SECRET)
    assert kept.read_bytes()[:16] == backup.read_bytes()[:16] and kept.stat().st_size == 6000
    with open_data_file(live, SECRET) as db:
        assert len(MembersService(db, clock=Clock.fixed(TODAY)).list_members()) == 5
    fresh = restore_into_new_file(backup, tmp_path / "may-moi" / "chibo.sqlite", SECRET)
    assert file_kind(fresh) == "encrypted"
    open_data_file(fresh, SECRET).close()
    assert leaks(tmp_path) == []
