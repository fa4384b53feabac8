"""One instance per data file: a second open is told who holds it; a crash leaves no real lock."""

from __future__ import annotations

import getpass
import os
import signal
import socket
import subprocess
import sys
import textwrap
from datetime import datetime, timezone
from pathlib import Path

import pytest

from desktop.paths import checkout_root
from desktop.store.database import open_database
from desktop.store.lock import FileLockedError, LockHolder
from desktop.store.messages import locked_message

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from desktop.store.database import open_database
    db = open_database(Path(sys.argv[1]), create=True)
    print("ready", flush=True)
    time.sleep(120)
""")


def test_second_open_in_this_process_is_refused(db, db_path):
    with pytest.raises(FileLockedError) as info:
        open_database(db_path)
    holder = info.value.holder
    assert holder is not None and holder.pid == os.getpid()
    message = locked_message(info.value)
    assert getpass.getuser() in message and socket.gethostname() in message
    assert "trên chính máy này" in message
    # Since when, in local time and the Vietnamese order; no process id, no ISO UTC stamp.
    opened = holder.opened_at()
    assert f"từ {opened:%H:%M} ngày {opened:%d/%m/%Y}" in message
    assert str(os.getpid()) not in message and holder.since not in message and "+00:00" not in message


def test_a_holder_on_another_computer_is_named_with_its_local_time():
    holder = LockHolder("thuky", "MAY-VAN-PHONG", 4321, "2026-03-05T01:30:00+00:00")
    message = locked_message(FileLockedError(Path("chibo.sqlite.lock"), holder))
    local = datetime(2026, 3, 5, 1, 30, tzinfo=timezone.utc).astimezone()
    assert message == (f"Tệp dữ liệu đang được người dùng «thuky» mở trên máy tính «MAY-VAN-PHONG» "
                       f"từ {local:%H:%M} ngày {local:%d/%m/%Y}. Hãy đóng Sổ Chi bộ trên máy đó "
                       "trước, rồi mở lại tệp.")
    garbled = LockHolder("thuky", "MAY-VAN-PHONG", 4321, "hôm qua")
    assert "từ lúc không rõ" in locked_message(FileLockedError(Path("x.lock"), garbled))


def test_killed_holder_leaves_a_stale_lock_that_is_cleared(tmp_path):
    path = tmp_path / "chibo.sqlite"
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE,
                             text=True, cwd=checkout_root())
    try:
        assert child.stdout.readline().strip() == "ready"
        with pytest.raises(FileLockedError) as info:
            open_database(path)
        assert info.value.holder.pid == child.pid  # the lock file names the other process
        assert socket.gethostname() in locked_message(info.value)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert str(child.pid) in path.with_name(path.name + ".lock").read_text()  # stale details remain
    with open_database(path) as db:  # the OS dropped the dead process's lock
        assert db.lock.path.exists()
        assert f'"pid": {os.getpid()}' in db.lock.path.read_text()
