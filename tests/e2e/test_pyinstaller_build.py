"""The one-folder build from build.spec: it builds, and the built program answers `--version`,
fills a demo file and starts its window (offscreen) without the source tree."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

import pytest

from desktop import __version__
from desktop.paths import checkout_root
from desktop.store.migrate import head_revision

pytest.importorskip("PyInstaller", reason="install the build extra: pip install -e '.[build]'")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    work = tmp_path_factory.mktemp("pyinstaller")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), "build.spec"],
        cwd=checkout_root(), capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-4000:]
    exe = work / "dist" / "chibo" / ("chibo.exe" if sys.platform == "win32" else "chibo")
    assert exe.exists()
    return exe


def _run(exe, *args, cwd):
    # Run from an unrelated folder, so nothing can come from the checkout.
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def test_built_version(built, tmp_path):
    done = _run(built, "--version", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"chibo {__version__}"


def test_built_demo_runs_the_bundled_migrations(built, tmp_path):
    path = tmp_path / "demo.sqlite"
    done = _run(built, "--db", str(path), "demo", "--year", "2025", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Chi bộ Tổ dân phố số 7" in done.stdout
    conn = sqlite3.connect(path)
    try:
        monthly = conn.execute("SELECT count(*) FROM meeting WHERE kind IN ('regular', 'combined') "
                               "AND held_on LIKE '2025-%'").fetchone()[0]
        assert monthly == 12
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    finally:
        conn.close()
    again = _run(built, "--db", str(path), "demo", cwd=tmp_path)
    assert again.returncode == 1 and again.stderr.startswith("Lỗi: ")
    assert "Traceback" not in again.stderr


def test_built_window_starts(built, tmp_path):
    path = tmp_path / "demo.sqlite"
    assert _run(built, "--db", str(path), "demo", "--year", "2025", cwd=tmp_path).returncode == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([str(built), "--db", str(path)], cwd=tmp_path, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 12
        while time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.5)
        if child.poll() is not None:
            pytest.fail(f"the built window exited with {child.returncode}: {child.stderr.read()[-3000:]}")
    finally:
        child.kill()
        child.wait(timeout=30)
