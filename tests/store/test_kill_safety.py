"""Nothing committed is lost when the process is killed in the middle of writing."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap

from sqlalchemy import select

from desktop.paths import checkout_root
from desktop.store.database import open_database, unit_of_work
from desktop.store.models import ThematicTopic

WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from desktop.store.database import open_database, unit_of_work
    from desktop.store.models import ThematicTopic
    db = open_database(Path(sys.argv[1]), create=True)
    i = 0
    while True:
        i += 1
        with unit_of_work(db) as s:
            s.add(ThematicTopic(title=f"Chuyên đề số {i}: học tập và làm theo tư tưởng Hồ Chí Minh"))
        print(i, flush=True)  # only after the commit returned
""")


def test_rows_reported_committed_survive_sigkill(tmp_path):
    path = tmp_path / "chibo.sqlite"
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                             text=True, cwd=checkout_root())
    committed: list[int] = []
    try:
        for line in child.stdout:
            committed.append(int(line))
            if len(committed) >= 150:
                break
    finally:
        child.send_signal(signal.SIGKILL)  # mid-loop: a transaction may well be open
        child.wait(timeout=30)
    assert len(committed) >= 150
    with open_database(path) as db:
        with unit_of_work(db) as s:
            titles = set(s.scalars(select(ThematicTopic.title)))
    for i in committed:
        assert f"Chuyên đề số {i}: học tập và làm theo tư tưởng Hồ Chí Minh" in titles
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
