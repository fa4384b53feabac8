"""Engine pragmas: foreign keys on, busy timeout, durable writes, WAL locally, DELETE on a share."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import text

from desktop.store import engine as engine_module
from desktop.store.engine import BUSY_TIMEOUT_MS, create_file_engine, is_network_path


def _pragmas(engine) -> dict[str, object]:
    with engine.connect() as conn:
        return {
            name: conn.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        }


def test_local_file_pragmas(db):
    # synchronous: 0 OFF, 1 NORMAL, 2 FULL.
    assert _pragmas(db.engine) == {
        "foreign_keys": 1, "journal_mode": "wal", "synchronous": 2, "busy_timeout": BUSY_TIMEOUT_MS,
    }


def test_foreign_keys_are_enforced(db):
    from sqlalchemy.exc import IntegrityError

    with db.engine.connect() as conn:
        try:
            conn.execute(text("INSERT INTO attendance (meeting_id, member_id, status, reason, expected) "
                              "VALUES (999, 999, 'present', '', 1)"))
        except IntegrityError as exc:
            assert "FOREIGN KEY" in str(exc)
        else:
            raise AssertionError("a row pointing to no meeting was accepted")


def test_network_path_falls_back_to_delete_journal(tmp_path: Path, monkeypatch, caplog):
    monkeypatch.setattr(engine_module, "is_network_path", lambda path: True)
    with caplog.at_level(logging.WARNING, logger="desktop.store.engine"):
        engine = create_file_engine(tmp_path / "share.sqlite")
        try:
            pragmas = _pragmas(engine)
        finally:
            engine.dispose()
    assert pragmas["journal_mode"] == "delete" and pragmas["synchronous"] == 2
    assert "network drive" in caplog.text


def test_network_path_detection():
    assert is_network_path(Path("//server/share/chibo.sqlite"))
    assert is_network_path(Path("\\\\server\\share\\chibo.sqlite"))


def test_nfs_mount_is_network(monkeypatch, tmp_path):
    mounts = f"/dev/sda1 / ext4 rw 0 0\nserver:/export {tmp_path} nfs4 rw 0 0\n"
    original = Path.read_text

    def fake_read_text(self, *args, **kwargs):
        return mounts if str(self) == "/proc/mounts" else original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", fake_read_text)
    assert engine_module._posix_fs_is_network(tmp_path / "chibo.sqlite")
    assert not engine_module._posix_fs_is_network(Path("/var/lib/chibo.sqlite"))
