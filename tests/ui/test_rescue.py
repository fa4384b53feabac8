"""A data file too damaged to open, met in the window: the error offers a restore, the user
picks a backup, the damaged file is kept aside untouched and the restored one is shown."""

from __future__ import annotations

import sqlite3

from safety_data import add_members, corrupt_table

from desktop.store.database import open_database
from desktop.ui import rescue


def member_names(path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT full_name FROM member ORDER BY id")]
    finally:
        conn.close()


def damaged_file_with_backup(tmp_path):
    path = tmp_path / "chibo.sqlite"
    with open_database(path, create=True) as db:
        add_members(db)
        backup = db.backup("manual")  # the backups folder beside the file
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path, backup, corrupt_table(path)


def test_the_window_restores_a_file_too_damaged_to_open(qtbot, window, shown, tmp_path,
                                                        monkeypatch):
    path, backup, damaged = damaged_file_with_backup(tmp_path)
    good = member_names(backup)
    asked: list[str] = []
    offered: list[tuple] = []
    monkeypatch.setattr(rescue, "ask_restore", lambda parent, text: asked.append(text) or True)
    monkeypatch.setattr(rescue, "choose_backup",
                        lambda parent, p, folder: offered.append((p, folder)) or backup)
    with qtbot.waitSignal(window.file_opened, timeout=20_000):
        window.open_file(path)
    assert "damaged" in asked[0] and str(path) in asked[0]
    assert offered == [(path, path.parent / "backups")]  # the file's own backups are offered
    [kept] = path.parent.glob("chibo-damaged-*.sqlite")
    assert kept.read_bytes() == damaged  # the damaged file is kept exactly as it was
    assert member_names(path) == good and window.services.db.path == path
    assert shown[-1][0] == "info" and str(kept) in shown[-1][1]


def test_declining_leaves_the_damaged_file_alone(qtbot, window, shown, tmp_path, monkeypatch):
    path, _backup, damaged = damaged_file_with_backup(tmp_path)
    monkeypatch.setattr(rescue, "ask_restore", lambda parent, text: False)
    with qtbot.waitSignal(window.open_failed, timeout=20_000):
        window.open_file(path)
    assert path.read_bytes() == damaged
    assert not list(path.parent.glob("chibo-damaged-*.sqlite"))
    assert window.services is None and window.centralWidget().currentWidget() is window.welcome


def test_a_file_that_is_not_ours_is_never_offered_a_restore(qtbot, window, shown, tmp_path,
                                                             monkeypatch):
    other = tmp_path / "bảng lương.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE luong (ten TEXT)")
    conn.commit()
    conn.close()
    monkeypatch.setattr(rescue, "ask_restore", lambda *a: (_ for _ in ()).throw(AssertionError))
    with qtbot.waitSignal(window.open_failed, timeout=20_000):
        window.open_file(other)
    assert shown and shown[-1][0] == "error"


def test_a_backup_that_is_not_a_data_file_is_refused_and_nothing_changes(qtbot, window, shown,
                                                                          tmp_path, monkeypatch):
    path, _backup, damaged = damaged_file_with_backup(tmp_path)
    wrong = tmp_path / "ghi chú.sqlite"
    wrong.write_text("không phải bản sao lưu", encoding="utf-8")
    monkeypatch.setattr(rescue, "ask_restore", lambda parent, text: True)
    monkeypatch.setattr(rescue, "choose_backup", lambda parent, p, folder: wrong)
    failures: list[str] = []
    window.open_failed.connect(failures.append)
    window.open_file(path)
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=20_000)  # the file, then the backup
    assert failures[1].startswith("Không khôi phục được") and str(wrong) in failures[1]
    assert shown[-1] == ("error", failures[1])
    assert path.read_bytes() == damaged and not list(path.parent.glob("chibo-damaged-*.sqlite"))
    assert window.services is None
